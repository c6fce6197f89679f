"""The report for people: findings grouped by file, one line each, and a summary line.

    metro.yaml
      metro.yaml:18:30 QNS-REF §7.4,8.1 error endpoints of link 'l2' names 'bobb', ...
      stage: fully-quantum (every path is end-to-end entanglement)
    1 error, 0 warnings, 0 info in 1 file

Each finding line starts with ``file:line:col`` so editors and terminals can jump to it. Colour is
used only when the caller says so; :func:`use_colour` gives the usual answer (a terminal, and
``NO_COLOR`` unset, see https://no-color.org).
"""

from __future__ import annotations

import os
from typing import TextIO

from qnetspec.findings import Finding, Severity
from qnetspec.report.model import FileResult, RuleInfo, counts, sorted_findings

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD = "\033[1m"
_DIM = "\033[2m"
_RESET = "\033[0m"


def use_colour(stream: TextIO) -> bool:
    """True when ``stream`` is a terminal and the user has not asked for no colour."""
    if "NO_COLOR" in os.environ:
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def clause_label(clause: str | None) -> str:
    """``"7.4, 8.1"`` -> ``"§7.4,8.1"`` (one word, so the line splits cleanly on spaces)."""
    if not clause:
        return "§-"
    return "§" + ",".join(part.strip() for part in clause.split(","))


def finding_line(finding: Finding, colour: bool = False) -> str:
    """``file:line:col rule-id clause severity message``."""
    severity = finding.severity.label
    if colour:
        severity = f"{_COLOURS[finding.severity]}{severity}{_RESET}"
    where = finding.location.render()
    return f"{where} {finding.rule_id} {clause_label(finding.clause)} {severity} {finding.message}"


def _plural(count: int, word: str) -> str:
    if word == "info":
        return f"{count} info"
    return f"{count} {word}" + ("" if count == 1 else "s")


def summary_line(results: list[FileResult]) -> str:
    totals = counts(results)
    clean = sum(1 for r in results if not r.findings)
    files = _plural(len(results), "file")
    tail = f" ({clean} clean)" if results and clean and clean != len(results) else ""
    errors = _plural(totals[Severity.ERROR], "error")
    warnings = _plural(totals[Severity.WARNING], "warning")
    infos = _plural(totals[Severity.INFO], "info")
    return f"{errors}, {warnings}, {infos} in {files}{tail}"


def render_text(
    results: list[FileResult], rules: list[RuleInfo] | None = None, *, colour: bool = False
) -> str:
    """The whole report as text (``rules`` is accepted for a uniform signature; not needed)."""
    lines: list[str] = []
    for result in results:
        header = result.path
        lines.append(f"{_BOLD}{header}{_RESET}" if colour else header)
        findings = sorted_findings(result.findings)
        if not findings:
            lines.append(f"  {_DIM}no findings{_RESET}" if colour else "  no findings")
        lines.extend("  " + finding_line(f, colour) for f in findings)
        if result.stage:
            reason = f" ({result.stage_reason})" if result.stage_reason else ""
            lines.append(f"  stage: {result.stage}{reason}")
    lines.append(summary_line(results))
    return "\n".join(lines) + "\n"
