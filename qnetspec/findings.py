"""Findings: what every stage of ``qnetspec check`` reports, as plain values until the report.

A finding names the rule that raised it (a conformance rule id, or a structural code such as
``QNS-SCHEMA``), the clause of Y Suppl. 98 behind it, a severity and a location inside the file the
user wrote (line and column for YAML/JSON, a JSON pointer always, an IRI for RDF input).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class Severity(IntEnum):
    """Ordered so that ``severity >= Severity.WARNING`` reads naturally."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {text!r}; expected info, warning or error"
            ) from None

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Location:
    """Where in the user's file a finding points.

    ``line`` and ``column`` are 1-based. ``pointer`` is a JSON pointer (RFC 6901) into the
    description;
    ``iri`` names the RDF subject for Turtle/JSON-LD input.
    """

    file: str
    line: int | None = None
    column: int | None = None
    pointer: str | None = None
    iri: str | None = None

    def render(self) -> str:
        """``file:line:col`` where known, else ``file#pointer`` or ``file <iri>``."""
        if self.line is not None:
            return f"{self.file}:{self.line}:{self.column or 1}"
        if self.iri:
            return f"{self.file} <{self.iri}>"
        if self.pointer is not None:
            return f"{self.file}#{self.pointer}"
        return self.file


@dataclass(frozen=True)
class Finding:
    """One result of checking one description against one rule."""

    rule_id: str
    severity: Severity
    message: str
    location: Location
    clause: str | None = None
    title: str | None = None
    # Extra machine-readable facts (e.g. a claim's simulated value and interval) for JSON/SARIF.
    properties: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    def sort_key(self) -> tuple:
        loc = self.location
        return (loc.file, loc.line or 0, loc.column or 0, loc.pointer or "", self.rule_id)
