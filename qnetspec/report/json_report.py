"""The report as JSON, for scripts: every finding with its location, plus the rules that ran.

The shape is stable (``"format": "qnetspec-report", "version": 1``); numbers that JSON cannot
carry (NaN, infinities) in a finding's properties are written as strings rather than producing
invalid JSON.
"""

from __future__ import annotations

import json
import math
from typing import Any

from qnetspec import __version__
from qnetspec.findings import Finding, Severity
from qnetspec.report.model import FileResult, RuleInfo, counts, sorted_findings


def plain_json(value: Any) -> Any:
    """Make ``value`` plain JSON (finite numbers, string keys, lists for tuples and sets)."""
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, dict):
        return {str(k): plain_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain_json(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def finding_dict(finding: Finding) -> dict[str, Any]:
    loc = finding.location
    location = {
        "file": loc.file,
        "line": loc.line,
        "column": loc.column,
        "pointer": loc.pointer,
        "iri": loc.iri,
    }
    return {
        "rule_id": finding.rule_id,
        "severity": finding.severity.label,
        "clause": finding.clause,
        "title": finding.title,
        "message": finding.message,
        "location": {k: v for k, v in location.items() if v is not None},
        "properties": plain_json(finding.properties),
    }


def rule_dict(rule: RuleInfo) -> dict[str, Any]:
    return {
        "rule_id": rule.rule_id,
        "clause": rule.clause,
        "severity": rule.severity.label,
        "title": rule.title,
        "rationale": rule.rationale,
    }


def report_dict(results: list[FileResult], rules: list[RuleInfo]) -> dict[str, Any]:
    totals = counts(results)
    return {
        "format": "qnetspec-report",
        "version": 1,
        "tool": {"name": "qnetspec", "version": __version__},
        "summary": {
            "files": len(results),
            **{severity.label: totals[severity] for severity in reversed(Severity)},
        },
        "files": [
            {
                "path": result.path,
                "stage": result.stage,
                "stage_reason": result.stage_reason,
                "findings": [finding_dict(f) for f in sorted_findings(result.findings)],
            }
            for result in results
        ],
        "rules": [rule_dict(rule) for rule in rules],
    }


def render_json(results: list[FileResult], rules: list[RuleInfo]) -> str:
    return json.dumps(report_dict(results, rules), indent=2, allow_nan=False) + "\n"
