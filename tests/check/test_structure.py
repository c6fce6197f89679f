"""The structure stage: exact rule ids, messages and locations for each kind of mistake."""

from __future__ import annotations

import json
import math
import textwrap

import pytest
import yaml
from check_helpers import VALID_YAML, check_yaml, rules_at

from qnetspec.document import Document
from qnetspec.findings import Location, Severity
from qnetspec.load import load_document, load_text
from qnetspec.structure import STRUCTURE_RULES, StructureChecker, check_structure

HEAD_COLUMN_OF_ENDPOINTS = len("  - {id: l1, ") + 1
HEAD = """\
id: net
profile: fully-quantum
nodes:
  - {id: a, kind: QKDModule}
  - {id: b, kind: QKDModule}
"""


def _check(checker: StructureChecker, tail: str) -> list:
    return check_yaml(checker, HEAD + textwrap.dedent(tail))


def _at(line: int, token: str, text: str = "", tail: str = "") -> tuple[int, int]:
    """(line, column) of the first ``token`` on ``line`` of ``HEAD + tail`` (or of ``text``)."""
    lines = (text or HEAD + textwrap.dedent(tail)).splitlines()
    return line, lines[line - 1].index(token) + 1


def _document(data: object) -> Document:
    return Document("mem.json", "json", data, lambda p: Location("mem.json", pointer=p))


def test_the_valid_fixture_has_no_findings(checker: StructureChecker) -> None:
    assert checker.check(load_document(VALID_YAML)) == []
    assert check_structure(load_document(VALID_YAML)) == []


def test_unknown_field_with_did_you_mean(checker: StructureChecker) -> None:
    tail = "links:\n  - {id: l1, endpoints: [a, b], medium: SMF, lenght_km: 3}\n"
    findings = _check(checker, tail)
    assert rules_at(findings, "QNS-UNKNOWN-FIELD") == [
        (*_at(7, "lenght_km", tail=tail), "/links/0/lenght_km")
    ]
    (finding,) = findings
    assert "did you mean 'length_km'" in finding.message
    assert finding.properties["suggestion"] == "length_km"
    assert finding.clause == "7.4" and finding.severity is Severity.ERROR


def test_unknown_field_that_belongs_to_another_kind(checker: StructureChecker) -> None:
    text = HEAD.replace("{id: a, kind: QKDModule}", "{id: a, kind: QKDModule, qubit_count: 5}")
    (finding,) = check_yaml(checker, text)
    assert finding.rule_id == "QNS-UNKNOWN-FIELD"
    assert finding.location.pointer == "/nodes/0/qubit_count"
    assert "QuantumComputer" in finding.message


def test_unknown_top_level_field(checker: StructureChecker) -> None:
    (finding,) = _check(checker, "serivce_requests: []\n")
    assert (finding.rule_id, finding.location.line) == ("QNS-UNKNOWN-FIELD", 6)
    assert "service_requests" in finding.message


def test_wrong_type(checker: StructureChecker) -> None:
    tail = "links:\n  - {id: l1, endpoints: [a, b], medium: SMF, length_km: '25 km'}\n"
    findings = _check(checker, tail)
    assert rules_at(findings, "QNS-SCHEMA") == [
        (*_at(7, "length", tail=tail), "/links/0/length_km")
    ]
    assert "must be a number, not the text '25 km'" in findings[0].message


def test_wrong_type_of_inline_object_field(checker: StructureChecker) -> None:
    text = HEAD + "  - {id: r, kind: QuantumRepeater, repeater_approach: all-photonic,"
    text += " memory: {count: many}}\n"
    findings = check_yaml(checker, text)
    assert rules_at(findings, "QNS-SCHEMA") == [(*_at(6, "count", text), "/nodes/2/memory/count")]
    assert "whole number" in findings[0].message


def test_enum_value_with_suggestion(checker: StructureChecker) -> None:
    (finding,) = _check(checker, "links:\n  - {id: l1, endpoints: [a, b], medium: SNF}\n")
    assert (finding.rule_id, finding.location.pointer) == ("QNS-SCHEMA", "/links/0/medium")
    assert "did you mean 'SMF'" in finding.message


def test_missing_required_field(checker: StructureChecker) -> None:
    (finding,) = _check(checker, "links:\n  - {id: l1, endpoints: [a, b]}\n")
    assert (finding.rule_id, finding.location.pointer) == ("QNS-SCHEMA", "/links/0")
    assert "'medium'" in finding.message
    assert (finding.location.line, finding.location.column) == (7, 5)


def test_root_must_be_a_mapping_and_needs_profile(checker: StructureChecker) -> None:
    (finding,) = checker.check(load_text("- a\n- b\n", "t.yaml"))
    assert (finding.rule_id, finding.location.pointer) == ("QNS-SCHEMA", "")
    (finding,) = checker.check(load_text("id: x\n", "t.yaml"))
    assert finding.rule_id == "QNS-SCHEMA" and "'profile'" in finding.message


def test_unknown_kind_gets_did_you_mean(checker: StructureChecker) -> None:
    text = HEAD + "  - {id: r, kind: QuantumRepeter}\n"
    (finding,) = check_yaml(checker, text)
    assert (finding.rule_id, finding.location.pointer) == ("QNS-SCHEMA", "/nodes/2/kind")
    assert (finding.location.line, finding.location.column) == _at(6, "kind", text)
    assert "did you mean 'QuantumRepeater'" in finding.message


def test_missing_kind_and_kind_in_the_wrong_list(checker: StructureChecker) -> None:
    findings = check_yaml(checker, HEAD + "  - {id: r}\n  - {id: t, kind: TimingSource}\n")
    assert [f.location.pointer for f in findings] == ["/nodes/2", "/nodes/3/kind"]
    assert "no kind" in findings[0].message
    assert "belongs in management" in findings[1].message


def test_nan_is_rejected_where_json_schema_lets_it_through(checker: StructureChecker) -> None:
    tail = "links:\n  - {id: l1, endpoints: [a, b], medium: SMF, length_km: .nan}\n"
    findings = _check(checker, tail)
    assert rules_at(findings, "QNS-VALUE") == [(*_at(7, "length", tail=tail), "/links/0/length_km")]
    assert "not a finite number" in findings[0].message


def test_infinity_inside_an_inline_object(checker: StructureChecker) -> None:
    text = HEAD + "  - {id: r, kind: QuantumComputer, memory: {coherence_time_s: .inf}}\n"
    findings = check_yaml(checker, text)
    expected = (*_at(6, "coherence", text), "/nodes/2/memory/coherence_time_s")
    assert rules_at(findings, "QNS-VALUE") == [expected]


def test_negative_length(checker: StructureChecker) -> None:
    tail = "links:\n  - {id: l1, endpoints: [a, b], medium: SMF, length_km: -3}\n"
    findings = _check(checker, tail)
    assert rules_at(findings, "QNS-VALUE") == [(*_at(7, "length", tail=tail), "/links/0/length_km")]
    assert "cannot be negative" in findings[0].message


def test_probability_above_one(checker: StructureChecker) -> None:
    text = HEAD + "entanglement_identifiers:\n  - {id: e, endpoints: [a, b], fidelity: 1.5}\n"
    findings = check_yaml(checker, text)
    expected = (*_at(7, "fidelity", text), "/entanglement_identifiers/0/fidelity")
    assert rules_at(findings, "QNS-VALUE") == [expected]
    assert "at most 1" in findings[0].message


def test_dangling_reference_with_suggestion(checker: StructureChecker) -> None:
    tail = "links:\n  - {id: l1, endpoints: [a, bb], medium: SMF}\n"
    findings = _check(checker, tail)
    assert rules_at(findings, "QNS-REF") == [(*_at(7, "bb", tail=tail), "/links/0/endpoints/1")]
    assert "'bb'" in findings[0].message and "did you mean 'b'" in findings[0].message


def test_wrong_class_reference(checker: StructureChecker) -> None:
    tail = """\
        domains:
          - {id: d, kind: Domain}
        management:
          - {id: sdn, kind: SDNController}
        links:
          - {id: l1, endpoints: [a, sdn], medium: SMF}
          - {id: l2, endpoints: [a, b], medium: SMF, midpoint_station: b}
        claims:
          - {id: k, service_request: l1}
        """
    findings = _check(checker, tail)
    assert rules_at(findings, "QNS-REF") == [
        (*_at(11, "sdn", tail=tail), "/links/0/endpoints/1"),
        (*_at(12, "midpoint", tail=tail), "/links/1/midpoint_station"),
        (*_at(14, "service_request", tail=tail), "/claims/0/service_request"),
    ]
    messages = " | ".join(f.message for f in findings)
    assert "SDNController; it must name a node" in messages
    assert "it must name a MeasurementStation" in messages
    assert "it must name a ServiceRequest" in messages


def test_domain_and_router_references(checker: StructureChecker) -> None:
    findings = check_yaml(
        checker,
        HEAD
        + "  - {id: r, kind: QuantumRouter, domain: a, joins_domains: [d, nowhere],"
        + " synchronization_source: d}\n"
        + "domains:\n  - {id: d, kind: Domain}\n",
    )
    pointers = [f.location.pointer for f in findings if f.rule_id == "QNS-REF"]
    assert pointers == [
        "/nodes/2/domain",
        "/nodes/2/joins_domains/1",
        "/nodes/2/synchronization_source",
    ]


def test_channel_endpoint_may_be_a_management_element(checker: StructureChecker) -> None:
    tail = """\
        domains:
          - {id: d, kind: Domain}
        management:
          - {id: sdn, kind: SDNController, serves: [a, d, c1]}
          - {id: km, kind: KeyManager}
        classical_channels:
          - {id: c1, endpoints: [a, sdn]}
          - {id: c2, endpoints: [a, d]}
        """
    findings = _check(checker, tail)
    expected = (*_at(13, "d]", tail=tail), "/classical_channels/1/endpoints/1")
    assert rules_at(findings, "QNS-REF") == [expected]


def test_trusted_relay_key_manager(checker: StructureChecker) -> None:
    text = HEAD + "  - {id: t, kind: TrustedRelayNode, key_manager: a}\n"
    (finding,) = check_yaml(checker, text)
    assert finding.rule_id == "QNS-REF" and "KeyManager" in finding.message


def test_duplicate_ids_across_collections(checker: StructureChecker) -> None:
    tail = "links:\n  - {id: a, endpoints: [a, b], medium: SMF}\n"
    findings = _check(checker, tail)
    assert rules_at(findings, "QNS-DUPLICATE-ID") == [(*_at(7, "id", tail=tail), "/links/0/id")]
    assert "node 'a' at line 4" in findings[0].message


def test_duplicate_ids_within_nodes(checker: StructureChecker) -> None:
    text = HEAD + "  - {id: a, kind: QuantumComputer}\n"
    findings = check_yaml(checker, text)
    assert rules_at(findings, "QNS-DUPLICATE-ID") == [(*_at(6, "id", text), "/nodes/2/id")]


def test_self_loops(checker: StructureChecker) -> None:
    findings = _check(
        checker,
        "links:\n  - {id: l1, endpoints: [a, a], medium: SMF}\n"
        "classical_channels:\n  - {id: c1, endpoints: [b, b]}\n",
    )
    assert rules_at(findings, "QNS-SELF-LOOP") == [
        (7, HEAD_COLUMN_OF_ENDPOINTS, "/links/0/endpoints"),
        (9, HEAD_COLUMN_OF_ENDPOINTS, "/classical_channels/0/endpoints"),
    ]


def test_endpoint_count(checker: StructureChecker) -> None:
    (finding,) = _check(checker, "links:\n  - {id: l1, endpoints: [a], medium: SMF}\n")
    assert finding.rule_id == "QNS-SCHEMA" and "exactly 2 items, not 1" in finding.message


def test_items_that_are_not_mappings(checker: StructureChecker) -> None:
    findings = _check(checker, "links: [3, null]\nclassical_channels: nope\n")
    assert {f.rule_id for f in findings} == {"QNS-SCHEMA"}
    assert {f.location.pointer for f in findings} == {"/links/0", "/links/1", "/classical_channels"}


def test_json_document_locations(checker: StructureChecker, tmp_path) -> None:
    data = load_document(VALID_YAML).data
    data["links"][1]["length_km"] = -1
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, indent=2))
    (finding,) = checker.check(load_document(path))
    lines = path.read_text().splitlines()
    assert finding.rule_id == "QNS-VALUE"
    assert lines[finding.location.line - 1].strip().startswith('"length_km": -1')


def test_works_on_documents_without_positions(checker: StructureChecker) -> None:
    findings = checker.check(_document({"id": "x", "profile": "hybrid", "nodes": [{"id": 1}]}))
    assert findings and all(f.location.file == "mem.json" for f in findings)
    assert checker.check(_document({"id": "x", "profile": "hybrid", "links": [math.nan]}))


def test_every_structural_rule_is_described() -> None:
    ids = [rule.rule_id for rule in STRUCTURE_RULES]
    assert ids == [
        "QNS-PARSE",
        "QNS-SCHEMA",
        "QNS-UNKNOWN-FIELD",
        "QNS-VALUE",
        "QNS-REF",
        "QNS-DUPLICATE-ID",
        "QNS-SELF-LOOP",
    ]
    assert all(rule.clause and rule.title and rule.rationale for rule in STRUCTURE_RULES)


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_findings_are_deterministic(checker: StructureChecker, fmt: str, tmp_path) -> None:
    data = load_document(VALID_YAML).data
    data["links"][0]["endpoints"] = ["alice", "nobody"]
    data["nodes"][0]["colour"] = "red"
    path = tmp_path / f"d.{fmt}"
    path.write_text(json.dumps(data) if fmt == "json" else yaml.safe_dump(data))
    first = checker.check(load_document(path))
    assert first == checker.check(load_document(path))
    assert [f.rule_id for f in first] == ["QNS-UNKNOWN-FIELD", "QNS-REF"]


def test_generated_benchmark_description_is_clean(checker: StructureChecker, tmp_path) -> None:
    import importlib.util
    from pathlib import Path

    source = Path(__file__).resolve().parents[2] / "benchmarks" / "gen_description.py"
    spec = importlib.util.spec_from_file_location("gen_description", source)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    yaml_path, json_path = module.write(module.generate(2000), tmp_path / "net")
    for path in (yaml_path, json_path):
        document = load_document(path)
        assert checker.check(document) == []
    data = load_document(json_path).data
    assert len(data["links"]) == 2 * 2000 - 1
    assert {n["kind"] for n in data["nodes"]} >= {"QuantumRepeater", "QKDModule", "QuantumRouter"}
