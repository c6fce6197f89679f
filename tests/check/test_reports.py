"""Report formats: text grouping and colour, JSON shape, SARIF validity, JUnit structure."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from qnetspec.findings import Finding, Location, Severity
from qnetspec.report.json_report import render_json
from qnetspec.report.junit import render_junit
from qnetspec.report.model import FileResult, RuleInfo
from qnetspec.report.sarif import artifact_uri, render_sarif
from qnetspec.report.text import render_text, use_colour
from qnetspec.structure import STRUCTURE_RULES

SARIF_SCHEMA = Path(__file__).resolve().parents[1] / "data" / "sarif-schema-2.1.0.json"

RULES = [
    *STRUCTURE_RULES,
    RuleInfo(
        "YS-7.4-LOSS", "7.4", Severity.WARNING, "Link loss is plausible", "Fibre loses light."
    ),
    RuleInfo("YS-9.1-INFO", "9.1", Severity.INFO, "Stage noted", ""),
]


def _finding(rule: str, severity: Severity, file: str, line: int | None, col: int | None = 1):
    return Finding(
        rule_id=rule,
        severity=severity,
        message=f"message of {rule}",
        location=Location(file, line, col, pointer="/links/0"),
        clause="7.4, 8.1",
        title="t",
        properties={"value": float("nan"), "interval": (1.0, 2.0)},
    )


@pytest.fixture
def results() -> list[FileResult]:
    return [
        FileResult(
            "examples/b.yaml",
            [
                _finding("YS-7.4-LOSS", Severity.WARNING, "examples/b.yaml", 9, 3),
                _finding("QNS-REF", Severity.ERROR, "examples/b.yaml", 4, 5),
            ],
            stage="fully-quantum",
            stage_reason="no trusted node on any path",
        ),
        FileResult("examples/a.yaml", []),
        FileResult(
            "net.ttl",
            [
                Finding(
                    "YS-9.1-INFO",
                    Severity.INFO,
                    "an RDF finding",
                    Location("net.ttl", iri="https://w3id.org/qnetspec/net/x/n1"),
                )
            ],
        ),
        FileResult(
            "broken.json",
            [_finding("QNS-PARSE", Severity.ERROR, "broken.json", 2, 7)],
        ),
    ]


# -- text -----------------------------------------------------------------------------------------


def test_text_groups_by_file_and_sorts_by_line(results: list[FileResult]) -> None:
    text = render_text(results, RULES)
    lines = text.splitlines()
    assert lines[0] == "examples/b.yaml"
    assert lines[1] == "  examples/b.yaml:4:5 QNS-REF §7.4,8.1 error message of QNS-REF"
    assert lines[2] == "  examples/b.yaml:9:3 YS-7.4-LOSS §7.4,8.1 warning message of YS-7.4-LOSS"
    assert lines[3] == "  stage: fully-quantum (no trusted node on any path)"
    assert lines[4:6] == ["examples/a.yaml", "  no findings"]
    assert (
        "  net.ttl <https://w3id.org/qnetspec/net/x/n1> YS-9.1-INFO §- info an RDF finding" in lines
    )
    assert lines[-1] == "2 errors, 1 warning, 1 info in 4 files (1 clean)"
    assert "\033[" not in text


def test_colour_only_when_asked(results: list[FileResult]) -> None:
    coloured = render_text(results, RULES, colour=True)
    assert "\033[31merror\033[0m" in coloured


def test_use_colour_respects_terminal_and_no_color(monkeypatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_colour(Tty()) is True
    assert use_colour(io.StringIO()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_colour(Tty()) is False


# -- JSON -----------------------------------------------------------------------------------------


def test_json_report_shape(results: list[FileResult]) -> None:
    report = json.loads(render_json(results, RULES))
    assert report["format"] == "qnetspec-report" and report["version"] == 1
    assert report["summary"] == {"files": 4, "error": 2, "warning": 1, "info": 1}
    first = report["files"][0]
    assert first["stage"] == "fully-quantum"
    assert [f["rule_id"] for f in first["findings"]] == ["QNS-REF", "YS-7.4-LOSS"]
    assert first["findings"][0]["location"] == {
        "file": "examples/b.yaml",
        "line": 4,
        "column": 5,
        "pointer": "/links/0",
    }
    assert first["findings"][0]["properties"] == {"value": "nan", "interval": [1.0, 2.0]}
    assert {r["rule_id"] for r in report["rules"]} >= {"QNS-REF", "YS-7.4-LOSS"}


# -- SARIF ----------------------------------------------------------------------------------------


def test_sarif_validates_against_the_oasis_schema(results: list[FileResult], tmp_path) -> None:
    schema = json.loads(SARIF_SCHEMA.read_text())
    log = json.loads(render_sarif(results, RULES, cwd=tmp_path))
    jsonschema.Draft4Validator(schema).validate(log)


def test_sarif_rules_results_and_regions(results: list[FileResult], tmp_path) -> None:
    log = json.loads(render_sarif(results, RULES, cwd=tmp_path))
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids[: len(RULES)] == [r.rule_id for r in RULES]
    loss = rules[ids.index("YS-7.4-LOSS")]
    assert loss["properties"]["clause"] == "7.4"
    assert "clause 7.4" in loss["help"]["text"] and "Fibre" in loss["help"]["text"]
    assert loss["defaultConfiguration"]["level"] == "warning"
    by_rule = {r["ruleId"]: r for r in run["results"]}
    ref = by_rule["QNS-REF"]
    assert ids[ref["ruleIndex"]] == "QNS-REF"
    assert ref["level"] == "error"
    physical = ref["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": "examples/b.yaml", "uriBaseId": "%SRCROOT%"}
    assert physical["region"] == {"startLine": 4, "startColumn": 5}
    info = by_rule["YS-9.1-INFO"]
    assert info["level"] == "note"
    assert "region" not in info["locations"][0]["physicalLocation"]
    assert info["locations"][0]["logicalLocations"][0]["fullyQualifiedName"].endswith("/n1")
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_lists_rules_it_was_not_told_about(tmp_path) -> None:
    result = FileResult("x.yaml", [_finding("NEW-RULE", Severity.ERROR, "x.yaml", 1)])
    log = json.loads(render_sarif([result], [], cwd=tmp_path))
    assert [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]] == ["NEW-RULE"]


def test_artifact_uri_is_relative_to_the_working_directory(tmp_path) -> None:
    (tmp_path / "sub dir").mkdir()
    assert artifact_uri(str(tmp_path / "sub dir" / "a.yaml"), cwd=tmp_path) == "sub%20dir/a.yaml"
    assert artifact_uri("sub dir/a.yaml", cwd=tmp_path) == "sub%20dir/a.yaml"
    outside = artifact_uri("/elsewhere/a.yaml", cwd=tmp_path)
    assert outside.startswith("file:///")


# -- JUnit ----------------------------------------------------------------------------------------


def test_junit_one_suite_per_file_one_case_per_rule(results: list[FileResult]) -> None:
    root = ET.fromstring(render_junit(results, RULES))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [r.path for r in results]
    first = suites[0]
    cases = first.findall("testcase")
    assert len(cases) == len(RULES) and first.get("tests") == str(len(RULES))
    failed = [c for c in cases if c.find("failure") is not None]
    assert [c.get("name").split(" ")[0] for c in failed] == ["QNS-REF"]
    assert failed[0].get("name").startswith("QNS-REF (§5,8.1): ")
    assert first.get("failures") == "1"
    loss = next(c for c in cases if c.get("name").startswith("YS-7.4-LOSS"))
    assert "examples/b.yaml:9:3" in loss.find("system-out").text
    assert first.find("properties/property").get("value") == "fully-quantum"
    assert root.get("failures") == "2"


def test_junit_fail_on_warning(results: list[FileResult]) -> None:
    root = ET.fromstring(render_junit(results, RULES, fail_on=Severity.WARNING))
    first = root.findall("testsuite")[0]
    assert first.get("failures") == "2"


def test_junit_unreadable_file_skips_other_rules(results: list[FileResult]) -> None:
    broken = ET.fromstring(render_junit(results, RULES)).findall("testsuite")[3]
    assert broken.get("failures") == "1"
    assert broken.get("skipped") == str(len(RULES) - 1)


def test_junit_survives_control_characters() -> None:
    finding = Finding("X", Severity.ERROR, "bad \x01 char", Location("f\x02.yaml", 1, 1))
    root = ET.fromstring(render_junit([FileResult("f\x02.yaml", [finding])], []))
    assert root.find("testsuite/testcase/failure") is not None


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit"])
def test_render_dispatches_by_name(results: list[FileResult], fmt: str) -> None:
    from qnetspec.report import render

    assert render(fmt, results, RULES).strip()


def test_render_refuses_unknown_formats(results: list[FileResult]) -> None:
    from qnetspec.report import render

    with pytest.raises(ValueError, match="unknown report format"):
        render("html", results, RULES)
