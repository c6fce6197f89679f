"""What a loader refuses, and the limits it refuses by.

A file that cannot be turned into a description is not a crash: it is a :class:`LoadError` that
knows where in the file the trouble is, so the report shows it like any other finding.
"""

from __future__ import annotations

from dataclasses import dataclass

from qnetspec.findings import Finding, Location, Severity

PARSE_RULE = "QNS-PARSE"
PARSE_CLAUSE = "5"  # a description is how clause 5's components are named; unusable text names none


@dataclass(frozen=True)
class Limits:
    """Bounds that keep a hostile or broken file from eating memory or time.

    ``max_bytes`` is checked before the file is read; ``max_depth`` counts nested collections;
    ``max_alias_nodes`` bounds how many nodes YAML aliases may add by repetition (the "billion
    laughs" attack multiplies a few lines into gigabytes through nested aliases).
    """

    max_bytes: int = 64 * 1024 * 1024
    max_depth: int = 64
    max_alias_nodes: int = 100_000


DEFAULT_LIMITS = Limits()


class LoadError(Exception):
    """The file cannot be used as a description; ``location`` says where and ``code`` why.

    Codes: ``io``, ``size``, ``encoding``, ``binary``, ``syntax``, ``duplicate-key``, ``tag``,
    ``alias``, ``depth``, ``constant``, ``multiple-documents``, ``empty``, ``remote``, ``rdf``.
    """

    def __init__(self, message: str, location: Location, code: str = "syntax") -> None:
        super().__init__(message)
        self.message = message
        self.location = location
        self.code = code

    def __str__(self) -> str:
        return f"{self.location.render()}: {self.message}"

    def to_finding(self) -> Finding:
        """The error as a ``QNS-PARSE`` finding, for the report."""
        return Finding(
            rule_id=PARSE_RULE,
            severity=Severity.ERROR,
            message=self.message,
            location=self.location,
            clause=PARSE_CLAUSE,
            title="The file can be read as a description",
            properties={"reason": self.code},
        )
