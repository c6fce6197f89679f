"""Migration-stage classification per service path, overall, and the next step."""

from __future__ import annotations

import pytest
import yaml
from rules_helpers import EXAMPLES, NONCONFORMANT

from qnetspec.conformance.stage import Stage, classify

EXPECTED = {
    "trusted-relay-backbone.yaml": Stage.TRUSTED_RELAY,
    "mdi-tf-qkd.yaml": Stage.MEASUREMENT_ASSISTED,
    "metro-switch.yaml": Stage.FULLY_QUANTUM,
    "memory-repeater-chain.yaml": Stage.FULLY_QUANTUM,
    "all-photonic-chain.yaml": Stage.FULLY_QUANTUM,
    "multi-domain-routers.yaml": Stage.FULLY_QUANTUM,
    "tdm-router.yaml": Stage.FULLY_QUANTUM,
    "hybrid-migration.yaml": Stage.HYBRID,
    "free-space-and-media.yaml": Stage.FULLY_QUANTUM,
}


def read(name: str) -> dict:
    return yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_example_is_in_the_stage_it_declares(name: str) -> None:
    data = read(name)
    report = classify(data)
    assert report.stage is EXPECTED[name]
    assert report.stage.value == data["profile"]


def test_trusted_relay_says_what_to_replace() -> None:
    report = classify(read("trusted-relay-backbone.yaml"))
    (path,) = report.paths
    assert path.path == ("qkd-west", "tr1", "tr2", "tr3", "qkd-east")
    assert "tr1, tr2, tr3" in path.reason
    assert "replace trusted node tr1" in path.next_step
    assert "memory-based quantum repeater" in path.next_step


def test_measurement_assisted_names_its_stations() -> None:
    report = classify(read("mdi-tf-qkd.yaml"))
    reasons = {p.service_request: p.reason for p in report.paths}
    assert "charlie" in reasons["sr-mdi"] and "tf-station" in reasons["sr-tf"]
    assert all("quantum repeaters" in p.next_step for p in report.paths)


def test_hybrid_lists_the_stage_of_each_path() -> None:
    report = classify(read("hybrid-migration.yaml"))
    stages = {p.service_request: p.stage for p in report.paths}
    assert stages == {"sr-legacy": Stage.TRUSTED_RELAY, "sr-new": Stage.FULLY_QUANTUM}
    assert "sr-legacy trusted-relay" in report.reason
    assert report.as_dict()["paths"][0]["path"] == ["qkd-n1", "tr-n", "qkd-n2"]


def test_fully_quantum_has_no_next_step() -> None:
    report = classify(read("memory-repeater-chain.yaml"))
    assert report.next_steps == ()
    assert "r1, r2, r3" in report.paths[0].reason


def test_heralding_stations_do_not_make_a_path_measurement_assisted() -> None:
    data = read("memory-repeater-chain.yaml")
    data["nodes"].append({"id": "herald", "kind": "MeasurementStation", "classical_address": "x"})
    data["links"][1].update(generation_scheme="heralded-double-click", midpoint_station="herald")
    assert classify(data).stage is Stage.FULLY_QUANTUM
    data["nodes"][-1]["measurement_protocol"] = "measurement-device-independent"
    assert classify(data).stage is Stage.MEASUREMENT_ASSISTED


def test_without_requests_the_nodes_decide() -> None:
    data = read("hybrid-migration.yaml")
    del data["service_requests"]
    report = classify(data)
    assert report.stage is Stage.HYBRID and "tr-n" in report.reason
    assert classify({"id": "empty", "nodes": []}).stage is None


def test_unconnected_requests_have_no_stage() -> None:
    data = yaml.safe_load((NONCONFORMANT / "bad-service-requests.yaml").read_text())
    verdicts = {p.service_request: p for p in classify(data).paths}
    assert verdicts["sr-island"].stage is None
    assert "not joined" in verdicts["sr-island"].reason
