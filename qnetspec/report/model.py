"""What every report format is built from: the findings of each file and the rules that ran."""

from __future__ import annotations

from dataclasses import dataclass, field

from qnetspec.findings import Finding, Severity


@dataclass(frozen=True)
class RuleInfo:
    """A rule as the reports describe it (structural rules and the rule packs' rules alike)."""

    rule_id: str
    clause: str | None
    severity: Severity
    title: str
    rationale: str = ""


@dataclass(frozen=True)
class FileResult:
    """The findings for one checked file.

    ``stage`` is the migration stage ``check`` recognised in the description (if it did) and
    ``stage_reason`` why; both are optional and only shown when set.
    """

    path: str
    findings: tuple[Finding, ...] | list[Finding] = field(default_factory=tuple)
    stage: str | None = None
    stage_reason: str | None = None

    def at_least(self, severity: Severity) -> list[Finding]:
        """Findings at or above ``severity``."""
        return [f for f in self.findings if f.severity >= severity]


def sorted_findings(findings: tuple[Finding, ...] | list[Finding]) -> list[Finding]:
    """Findings in reading order: by file, line, column, pointer, rule."""
    return sorted(findings, key=Finding.sort_key)


def counts(results: list[FileResult]) -> dict[Severity, int]:
    """How many findings of each severity across all files."""
    totals = dict.fromkeys(Severity, 0)
    for result in results:
        for finding in result.findings:
            totals[finding.severity] += 1
    return totals
