"""Verdicts: supported, not supported, beyond the bound; located at the claimed figure."""

from __future__ import annotations

import pytest
from claims_helpers import from_yaml, load
from test_regimes import _chain50_reference

from qnetspec.claims import (
    BEYOND_BOUND,
    NOT_SUPPORTED,
    SUPPORTED,
    UNVERIFIABLE,
    SimulationOptions,
    simulate_description,
    verify_claims,
)
from qnetspec.document import Document
from qnetspec.findings import Location, Severity


def _by_claim(findings: list) -> dict[tuple[str, str], object]:
    return {(f.properties.get("claim"), f.properties.get("figure")): f for f in findings}


def test_the_40_pairs_claim_over_a_50_km_chain() -> None:
    """40 pairs/s at F 0.93: the physics (computed in test_regimes) decides each figure."""
    rate, fidelity, _, _ = _chain50_reference()
    findings, report = verify_claims(load("chain50.yaml"))
    found = _by_claim(findings)
    rate_finding = found[("k1", "entanglement_rate_hz")]
    fidelity_finding = found[("k1", "fidelity")]
    assert rate_finding.rule_id == (SUPPORTED if rate >= 40 else NOT_SUPPORTED)
    assert fidelity_finding.rule_id == (SUPPORTED if fidelity >= 0.93 else NOT_SUPPORTED)
    # As the numbers stand: about 45 pairs/s, but fidelity about 0.85 after swap and storage.
    assert rate_finding.rule_id == SUPPORTED and fidelity_finding.rule_id == NOT_SUPPORTED
    assert fidelity_finding.severity == Severity.WARNING
    assert fidelity_finding.properties["simulated"] == pytest.approx(fidelity)
    assert fidelity_finding.properties["interval"] == [pytest.approx(fidelity)] * 2
    assert f"{fidelity:.4g}" in fidelity_finding.message
    assert "alice-r1-bob" in fidelity_finding.message
    assert report.get("sr1") is not None


def test_findings_point_at_the_claimed_figure() -> None:
    findings, _ = verify_claims(load("chain50.yaml"))
    first = findings[0]
    assert first.location.pointer == "/claims/0/entanglement_rate_hz"
    assert first.location.line == 52
    assert all(f.clause == "8.2.1" for f in findings)
    assert all(f.title for f in findings)


def test_a_rate_above_the_plob_bound_is_beyond_the_bound() -> None:
    findings, report = verify_claims(load("chain50.yaml"))
    beyond = _by_claim(findings)[("k2", "entanglement_rate_hz")]
    assert beyond.rule_id == BEYOND_BOUND and beyond.severity == Severity.ERROR
    bounds = report.get("sr1").bounds
    assert beyond.properties["bound_per_s"] == pytest.approx(bounds.best_per_s)
    assert "repeater-assisted PLOB" in beyond.message and "flooding" in beyond.message


def test_an_impossible_setup_time_is_beyond_the_bound() -> None:
    findings, _ = verify_claims(load("chain50.yaml"))
    found = _by_claim(findings)
    assert found[("k3", "setup_time_s")].rule_id == BEYOND_BOUND
    assert "light alone needs" in found[("k3", "setup_time_s")].message
    assert found[("k4", "setup_time_s")].rule_id == SUPPORTED


def test_direct_claims_each_figure() -> None:
    found = _by_claim(verify_claims(load("direct.yaml"))[0])
    assert found[("ok", "entanglement_rate_hz")].rule_id == SUPPORTED
    assert found[("ok", "fidelity")].rule_id == SUPPORTED
    assert found[("ok", "fidelity")].severity == Severity.INFO
    assert found[("too-fast", "entanglement_rate_hz")].rule_id == BEYOND_BOUND
    assert found[("fid", "fidelity")].rule_id == BEYOND_BOUND
    assert found[("faster-than-light", "setup_time_s")].rule_id == BEYOND_BOUND
    assert found[("key-ok", "secret_key_rate_bps")].rule_id == SUPPORTED
    assert found[("key-above-capacity", "secret_key_rate_bps")].rule_id == BEYOND_BOUND


def test_trusted_relays_carry_no_entanglement() -> None:
    found = _by_claim(verify_claims(load("trusted.yaml"))[0])
    assert found[("kr", "secret_key_rate_bps")].rule_id == SUPPORTED
    pairs = found[("pairs", "entanglement_rate_hz")]
    assert pairs.rule_id == NOT_SUPPORTED and "trusted relays" in pairs.message
    assert found[("pair-fidelity", "fidelity")].rule_id == NOT_SUPPORTED


def test_unroutable_and_unknown_requests_get_a_clear_finding() -> None:
    findings, _ = verify_claims(load("routing.yaml"))
    found = {f.properties["claim"]: f for f in findings}
    assert {f.rule_id for f in findings} == {UNVERIFIABLE}
    assert "end device" in found["k-ad"].message
    assert found["k-ad"].location.pointer == "/claims/0/service_request"
    assert "'nobody' is not a node" in found["k-ax"].message
    assert "does not define" in found["k-ghost"].message


def test_odd_input_never_raises() -> None:
    findings, report = verify_claims(load("sparse.yaml"))
    rules = [(f.properties.get("claim"), f.rule_id) for f in findings]
    assert ("c1", UNVERIFIABLE) in rules  # "fast" and a negative fidelity are not figures
    assert any(f.rule_id == UNVERIFIABLE and "not a mapping" in f.message for f in findings)
    odd = findings[-1]  # a list where a request id belongs
    assert odd.rule_id == UNVERIFIABLE and "does not define" in odd.message
    assert odd.location.pointer == "/claims/4/service_request"
    assert report.get("sr2") is not None and report.get("sr2").problem is None
    for data in (None, [], {}, {"claims": "x"}, {"claims": [{}], "service_requests": [{}]}):
        doc = Document("odd.yaml", "yaml", data, lambda p: Location("odd.yaml", pointer=p))
        found, _ = verify_claims(doc)
        assert all(f.rule_id == UNVERIFIABLE for f in found)


def test_a_claim_inside_the_monte_carlo_interval_is_supported() -> None:
    text = """
id: mc
profile: fully-quantum
nodes:
  - {id: a, kind: QuantumComputer, memory: {count: 1, coherence_time_s: 1, efficiency: 1}}
  - {id: r1, kind: QuantumRepeater, repeater_approach: quantum-memory}
  - {id: r2, kind: QuantumRepeater, repeater_approach: quantum-memory}
  - {id: b, kind: QuantumComputer, memory: {count: 1, coherence_time_s: 1, efficiency: 1}}
links:
  - {id: l1, endpoints: [a, r1], medium: SMF, length_km: 10}
  - {id: l2, endpoints: [r1, r2], medium: SMF, length_km: 10}
  - {id: l3, endpoints: [r2, b], medium: SMF, length_km: 10}
service_requests:
  - {id: s, endpoints: [a, b]}
"""
    options = SimulationOptions(seed=7, n_deliveries=2000)
    result = simulate_description(from_yaml(text).data, options).get("s")
    assert result is not None and result.engine.startswith("monte carlo")
    value, low, high = result.entanglement_rate.triple()
    assert low < value < high
    inside, outside = (value + high) / 2, high * 1.01
    claims = (
        f"claims:\n  - {{id: inside, service_request: s, entanglement_rate_hz: {inside!r}}}\n"
        f"  - {{id: outside, service_request: s, entanglement_rate_hz: {outside!r}}}\n"
    )
    found = _by_claim(verify_claims(from_yaml(text + claims), options=options)[0])
    assert found[("inside", "entanglement_rate_hz")].rule_id == SUPPORTED
    missed = found[("outside", "entanglement_rate_hz")]
    assert missed.rule_id == NOT_SUPPORTED
    assert missed.properties["interval"] == [pytest.approx(low), pytest.approx(high)]
    assert "interval" in missed.message


def test_finding_properties_are_json() -> None:
    import json

    for name in ("chain50.yaml", "direct.yaml", "trusted.yaml", "routing.yaml", "sparse.yaml"):
        findings, report = verify_claims(load(name))
        for finding in findings:
            json.dumps(finding.properties, allow_nan=False)
        json.dumps(report.to_dict(), allow_nan=False)


def test_claim_rules_are_listed_without_loading_the_simulator() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from qnetspec.claims import CLAIM_RULES\n"
        "print(sorted(r.rule_id for r in CLAIM_RULES))\n"
        "print([m for m in ('numpy', 'networkx', 'reference_sim') if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    listed, heavy = out.stdout.strip().splitlines()
    assert listed == str(sorted([SUPPORTED, NOT_SUPPORTED, BEYOND_BOUND, UNVERIFIABLE]))
    assert heavy == "[]"
