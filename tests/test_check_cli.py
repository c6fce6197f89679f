"""`qnetspec check` end to end, as a user and a CI system run it: exit codes, formats, packs."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"


def check(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qnetspec", "check", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def test_bundled_examples_conform() -> None:
    examples = sorted(str(p) for p in EXAMPLES.glob("*.yaml"))
    proc = check(*examples)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 errors" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_nonconformant_folder_exits_1_with_located_findings() -> None:
    proc = check("--no-simulate", str(EXAMPLES / "nonconformant"))
    assert proc.returncode == 1
    # file:line:col rule-id clause message
    assert "cloning-node.yaml:" in proc.stdout and "YS98-NO-CLONE-BROADCAST" in proc.stdout


def test_fail_on_warning_turns_warnings_into_exit_1() -> None:
    path = str(EXAMPLES / "nonconformant" / "bad-links.yaml")
    assert check("--no-simulate", path).returncode == 0  # warnings only
    assert check("--no-simulate", "--fail-on", "warning", path).returncode == 1


def test_missing_file_is_a_usage_error() -> None:
    proc = check("does-not-exist.yaml")
    assert proc.returncode == 2
    assert "no such file" in proc.stderr and "Traceback" not in proc.stderr


def test_malformed_yaml_is_unusable_input_with_its_position(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nnodes: [\n  - {id: a\n", encoding="utf-8")
    proc = check(str(bad))
    assert proc.returncode == 2
    assert f"{bad}:" in proc.stdout and "QNS-PARSE" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


def test_sarif_report_is_valid_and_points_at_lines(tmp_path: Path) -> None:
    out = tmp_path / "report.sarif"
    path = "examples/nonconformant/missing-classical-plane.yaml"
    proc = check("--no-simulate", "--format", "sarif", "-o", str(out), path)
    assert proc.returncode == 1
    sarif = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    results = sarif["runs"][0]["results"]
    located = [r["locations"][0]["physicalLocation"] for r in results]
    assert all(loc["artifactLocation"]["uri"] == path for loc in located)
    assert all(loc["region"]["startLine"] >= 1 for loc in located)


def test_junit_report_fails_the_rule_that_fired(tmp_path: Path) -> None:
    proc = check(
        "--no-simulate", "--format", "junit", "examples/nonconformant/tdm-without-clock.yaml"
    )
    root = ET.fromstring(proc.stdout)
    failed = {
        case.get("name") for case in root.iter("testcase") if case.find("failure") is not None
    }
    assert any("YS98-TDM-SYNC-SOURCE" in name for name in failed)


def test_json_report_carries_rules_and_findings() -> None:
    proc = check("--no-simulate", "--format", "json", "examples/nonconformant/bad-eids.yaml")
    report = json.loads(proc.stdout)
    text = json.dumps(report)
    assert "YS98-EID-PAIR-EXISTS" in text and "/entanglement_identifiers/1/endpoints" in text


VENDOR_MANIFEST = """\
pack: acme
title: ACME operator profile
version: 1.0.0
rules:
  - id: ACME-NAMED-NODES
    clause: ["5"]
    severity: error
    title: Every node has a name
    rationale: Operators find nodes by name in alarms.
    profiles: [all]
    kind: sparql
    file: named.rq
    message: "{id} has no name"
"""

VENDOR_QUERY = """\
PREFIX qn: <https://w3id.org/qnetspec/>
SELECT ?focus WHERE {
  ?focus qn:classical_address ?address .
  FILTER NOT EXISTS { ?focus qn:name ?name }
}
"""


def test_third_party_pack_runs_beside_the_builtin_one(tmp_path: Path) -> None:
    pack = tmp_path / "acme"
    pack.mkdir()
    (pack / "manifest.yaml").write_text(VENDOR_MANIFEST, encoding="utf-8")
    (pack / "named.rq").write_text(VENDOR_QUERY, encoding="utf-8")
    example = str(EXAMPLES / "trusted-relay-backbone.yaml")
    assert check("--no-simulate", example).returncode == 0
    proc = check("--no-simulate", "--rules", str(pack), example)
    assert proc.returncode == 1
    assert "ACME-NAMED-NODES" in proc.stdout and "has no name" in proc.stdout


@pytest.mark.parametrize(
    ("manifest", "complaint"),
    [
        (VENDOR_MANIFEST.replace("severity: error", "severity: fatal"), "severity"),
        (VENDOR_MANIFEST.replace("file: named.rq", "file: missing.rq"), "missing.rq"),
    ],
)
def test_broken_pack_is_refused_with_its_location(
    tmp_path: Path, manifest: str, complaint: str
) -> None:
    pack = tmp_path / "acme"
    pack.mkdir()
    (pack / "manifest.yaml").write_text(manifest, encoding="utf-8")
    (pack / "named.rq").write_text(VENDOR_QUERY, encoding="utf-8")
    proc = check("--rules", str(pack), str(EXAMPLES / "trusted-relay-backbone.yaml"))
    assert proc.returncode == 2
    assert "manifest.yaml:" in proc.stderr and complaint in proc.stderr
    assert "Traceback" not in proc.stderr
