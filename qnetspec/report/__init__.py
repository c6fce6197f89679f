"""Reports of ``qnetspec check``: text for people, JSON, SARIF 2.1.0 for code scanning, JUnit XML.

Every format takes ``(results: list[FileResult], rules: list[RuleInfo])`` (see :mod:`.model`) and
returns text; writing it anywhere is the caller's business. :func:`render` picks the format by
name and imports only the module it needs.
"""

from __future__ import annotations

from pathlib import Path

from qnetspec.findings import Severity
from qnetspec.report.model import FileResult, RuleInfo

__all__ = ["REPORT_FORMATS", "FileResult", "RuleInfo", "render"]

REPORT_FORMATS = ("text", "json", "sarif", "junit")


def render(
    fmt: str,
    results: list[FileResult],
    rules: list[RuleInfo],
    *,
    colour: bool = False,
    fail_on: Severity = Severity.ERROR,
    cwd: Path | None = None,
) -> str:
    """The report in format ``fmt`` (one of :data:`REPORT_FORMATS`).

    ``colour`` applies to text only, ``fail_on`` to JUnit (which findings fail a test case),
    ``cwd`` to SARIF (what artifact URIs are relative to; the working directory by default).
    """
    if fmt == "text":
        from qnetspec.report.text import render_text

        return render_text(results, rules, colour=colour)
    if fmt == "json":
        from qnetspec.report.json_report import render_json

        return render_json(results, rules)
    if fmt == "sarif":
        from qnetspec.report.sarif import render_sarif

        return render_sarif(results, rules, cwd=cwd)
    if fmt == "junit":
        from qnetspec.report.junit import render_junit

        return render_junit(results, rules, fail_on=fail_on)
    raise ValueError(f"unknown report format {fmt!r}; expected one of {', '.join(REPORT_FORMATS)}")
