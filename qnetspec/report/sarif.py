"""SARIF 2.1.0, so code-scanning services show each finding on the line it is about.

Choices that matter for that:

- ``artifactLocation.uri`` is the file's path relative to the working directory (forward
  slashes, percent-encoded), with ``uriBaseId`` ``%SRCROOT%`` defined as the working directory;
  run ``qnetspec check`` from the repository root and the code-scanning UI finds the file.
- ``region.startLine``/``startColumn`` come from the loader; columns count characters, which the
  run declares with ``columnKind: unicodeCodePoints``. RDF input has no line: the finding then
  carries the subject IRI as a logical location instead of a region.
- every rule that ran is listed in ``tool.driver.rules`` with its clause and rationale (in
  ``help`` and ``properties``), and each result points at it by ``ruleIndex``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from qnetspec import __version__
from qnetspec.findings import Finding, Location, Severity
from qnetspec.report.json_report import plain_json
from qnetspec.report.model import FileResult, RuleInfo, sorted_findings

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_SRCROOT = "%SRCROOT%"


def artifact_uri(path: str, cwd: Path | None = None) -> str:
    """``path`` relative to ``cwd`` (when inside it) as a URI reference with forward slashes."""
    base = (cwd or Path.cwd()).resolve()
    target = Path(path)
    absolute = target if target.is_absolute() else base / target
    try:
        relative = os.path.relpath(absolute.resolve(), base)
    except ValueError:  # another drive on Windows
        relative = str(absolute)
    if relative.startswith(".."):
        return absolute.resolve().as_uri()
    return quote(str(PurePosixPath(*Path(relative).parts)), safe="/")


def _help(rule: RuleInfo) -> str:
    clause = f"ITU-T Y Suppl. 98, clause {rule.clause}. " if rule.clause else ""
    return f"{clause}{rule.rationale}".strip()


def _rule(rule: RuleInfo) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": rule.rule_id,
        "shortDescription": {"text": rule.title or rule.rule_id},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"clause": rule.clause or "", "rationale": rule.rationale},
    }
    if rule.rationale:
        entry["fullDescription"] = {"text": rule.rationale}
    help_text = _help(rule)
    if help_text:
        entry["help"] = {"text": help_text}
    return entry


def _location(location: Location, cwd: Path | None) -> dict[str, Any]:
    physical: dict[str, Any] = {
        "artifactLocation": {"uri": artifact_uri(location.file, cwd), "uriBaseId": _SRCROOT}
    }
    if location.line is not None and location.line >= 1:
        region: dict[str, Any] = {"startLine": location.line}
        if location.column is not None and location.column >= 1:
            region["startColumn"] = location.column
        physical["region"] = region
    result: dict[str, Any] = {"physicalLocation": physical}
    logical = []
    if location.iri:
        logical.append({"fullyQualifiedName": location.iri, "kind": "resource"})
    if location.pointer is not None:
        logical.append({"fullyQualifiedName": location.pointer or "/", "kind": "element"})
    if logical:
        result["logicalLocations"] = logical
    return result


def _result(finding: Finding, rule_index: int, cwd: Path | None) -> dict[str, Any]:
    properties = {"clause": finding.clause or "", **plain_json(finding.properties)}
    if finding.location.pointer is not None:
        properties["pointer"] = finding.location.pointer
    return {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index,
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(finding.location, cwd)],
        "properties": properties,
    }


def report_dict(
    results: list[FileResult], rules: list[RuleInfo], *, cwd: Path | None = None
) -> dict[str, Any]:
    """The SARIF log as a dict (see the module docstring)."""
    catalogue: list[RuleInfo] = []
    index: dict[str, int] = {}
    for rule in rules:
        if rule.rule_id not in index:
            index[rule.rule_id] = len(catalogue)
            catalogue.append(rule)
    findings = [f for result in results for f in sorted_findings(result.findings)]
    for finding in findings:  # a finding of a rule the caller did not list still gets an entry
        if finding.rule_id not in index:
            index[finding.rule_id] = len(catalogue)
            catalogue.append(
                RuleInfo(finding.rule_id, finding.clause, finding.severity, finding.title or "")
            )
    base = (cwd or Path.cwd()).resolve()
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "qnetspec",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": "https://w3id.org/qnetspec",
                "rules": [_rule(rule) for rule in catalogue],
            }
        },
        "originalUriBaseIds": {_SRCROOT: {"uri": base.as_uri().rstrip("/") + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.rule_id], cwd) for f in findings],
        "artifacts": [
            {"location": {"uri": artifact_uri(r.path, cwd), "uriBaseId": _SRCROOT}} for r in results
        ],
    }
    stages = {r.path: r.stage for r in results if r.stage}
    if stages:
        run["properties"] = {"stages": stages}
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render_sarif(
    results: list[FileResult], rules: list[RuleInfo], *, cwd: Path | None = None
) -> str:
    return json.dumps(report_dict(results, rules, cwd=cwd), indent=2, allow_nan=False) + "\n"
