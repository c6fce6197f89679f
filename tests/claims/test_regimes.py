"""Each regime's numbers against an independent computation or a closed form.

References are in the tests: the direct-transmission rate is repetition rate x transmissivity x
efficiencies; a two-segment chain with deterministic swaps waits E[T] = (3 - 2q) / (q (2 - q))
steps for the later of two geometric links; a trusted-relay chain runs at its slowest hop.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from claims_helpers import DATA, from_yaml, load

from qnetspec.claims import simulate_description
from qnetspec.claims.sweep import sweep_request
from reference_sim import qkd
from reference_sim.bounds import plob_capacity
from reference_sim.chain import ChainParameters, run_exact
from reference_sim.links import SPEED_IN_FIBRE_M_PER_S, double_click_link
from reference_sim.states import fidelity_from_werner, werner_from_fidelity


def _eta(km: float, alpha: float = 0.2) -> float:
    return 10 ** (-alpha * km / 10)


def _delay(km: float) -> float:
    return km * 1e3 / SPEED_IN_FIBRE_M_PER_S


def test_direct_link_rate_is_clock_times_transmissivity_times_efficiencies() -> None:
    result = simulate_description(load("direct.yaml").data).get("sr1")
    assert result is not None and result.regime == "direct"
    expected = 1e8 * 0.05 * _eta(30) * 0.7 * 0.6
    assert result.entanglement_rate.value == pytest.approx(expected, rel=1e-12)
    assert result.fidelity.value == pytest.approx(0.95)
    # Set-up: mean wait for the first detected pair, plus a request and answer over 30 km.
    assert result.setup_time.value == pytest.approx(1 / expected + 2 * _delay(30), rel=1e-9)


def test_direct_link_key_is_decoy_bb84_at_the_pulse_rate() -> None:
    result = simulate_description(load("direct.yaml").data).get("sr2")
    assert result is not None
    _, per_pulse = qkd.decoy_bb84_optimal_mu(_eta(30), 0.6, 1e-6, 0.01, 1.16, 0.5)
    assert result.key_rate.value == pytest.approx(1e8 * per_pulse, rel=1e-12)
    assert result.key_rate.value < 1e8 * plob_capacity(_eta(30))
    assert result.setup_basis.startswith("first secret bit")


def _chain50_reference() -> tuple[float, float, float, ChainParameters]:
    """Rate, fidelity and step of chain50.yaml, computed here from its hardware.

    r1 declares its emitter (efficiency 0.1, fidelity 0.97, 1e8 Hz); the quantum computers at the
    ends have no emitter slot and take the same values as stated defaults.
    """
    w_source = werner_from_fidelity(0.97)
    intrinsic = fidelity_from_werner(w_source * w_source)  # two spin-photon pairs, one BSM
    link = double_click_link(
        25,
        emission_efficiency=0.1 * 0.9,  # emitter x memory efficiency, at both ends
        detector_efficiency=0.9,
        dark_count_probability=1e-7,
        intrinsic_fidelity=intrinsic,
        attenuation_db_per_km=0.2,
    )
    m = 8  # alice and bob hold 8 memories; r1 splits its 16 between two segments
    step = max(float(link.attempt_time_s), m / 1e8)
    params = ChainParameters(
        n_segments=2,
        p_gen=float(link.success_probability),
        attempt_time_s=step,
        p_swap=1.0,
        coherence_time_s=0.5,
        link_werner=float(link.werner),
        gate_fidelity=0.99,
        multiplexing=m,
    )
    exact = run_exact(params)
    return exact.rate_hz, exact.mean_fidelity, step, params


def test_two_segment_chain_matches_closed_form_and_exact_engine() -> None:
    result = simulate_description(load("chain50.yaml").data).get("sr1")
    assert result is not None and result.regime == "memory-chain"
    rate, fidelity, step, params = _chain50_reference()
    q = float(params.segment_success_probabilities[0])
    closed_form = 1.0 / ((3 - 2 * q) / (q * (2 - q)) * step)
    assert rate == pytest.approx(closed_form, rel=1e-6)
    assert result.entanglement_rate.value == pytest.approx(closed_form, rel=1e-6)
    assert result.fidelity.value == pytest.approx(fidelity, rel=1e-9)
    assert result.engine.startswith("exact")
    used = result.sections[0].chain_parameters
    assert used.segment_success_probabilities == pytest.approx([q, q], rel=1e-12)
    assert used.link_werner == pytest.approx(params.link_werner, rel=1e-12)
    assert (used.attempt_time_s, used.multiplexing) == pytest.approx((step, 8))
    assert (used.p_swap, used.gate_fidelity, used.coherence_time_s) == (1.0, 0.99, 0.5)


def test_single_stored_link_waits_a_geometric_time() -> None:
    doc = from_yaml(
        """
id: pair
profile: fully-quantum
nodes:
  - {id: a, kind: QuantumComputer, memory: {count: 3, coherence_time_s: 1, efficiency: 0.9}}
  - {id: b, kind: QuantumComputer, memory: {count: 5, coherence_time_s: 1, efficiency: 0.9}}
links:
  - {id: l, endpoints: [a, b], medium: SMF, length_km: 20, generation_scheme: direct,
     entanglement_source: {fidelity: 0.97, efficiency: 0.05, repetition_rate_hz: 1.0e7}}
service_requests:
  - {id: s, endpoints: [a, b]}
"""
    )
    result = simulate_description(doc.data).get("s")
    assert result is not None and result.regime == "direct"
    p = 0.05 * _eta(20) * 0.9 * 0.9
    q = 1 - (1 - p) ** 3  # three memory pairs try at once
    step = max(1.5 * _delay(20), 3 / 1e7)  # midpoint source: photons out, reports back
    assert result.entanglement_rate.value == pytest.approx(q / step, rel=1e-9)
    assert result.fidelity.value == pytest.approx(0.97)


def test_trusted_relay_key_is_the_slowest_hop() -> None:
    result = simulate_description(load("trusted.yaml").data).get("key1")
    assert result is not None and result.regime == "trusted-relay"
    hops = [(40, 0.5), (60, 0.6), (30, 0.7)]  # length and the receiving node's detectors
    per_hop = [
        qkd.decoy_bb84_optimal_mu(_eta(km), det, 1e-6, 0.01, 1.16, 0.5)[1] for km, det in hops
    ]
    assert result.key_rate.value == pytest.approx(1e9 * min(per_hop), rel=1e-12)
    assert [s.key_rate.value for s in result.sections] == pytest.approx(
        [1e9 * r for r in per_hop], rel=1e-12
    )
    assert result.entanglement_rate.value == 0.0
    assert not result.fidelity.available
    assert "QKD pulse rate not given for the transmitter on h1: assumed 1e+09 Hz" in (
        result.assumptions
    )
    assert result.bounds is not None
    assert result.bounds.path_per_s == pytest.approx(1e9 * plob_capacity(_eta(60)))


def test_mdi_key_is_near_the_optimum_over_intensities() -> None:
    from scipy.optimize import minimize

    result = simulate_description(load("station.yaml").data).get("mdi-key")
    assert result is not None and result.regime == "measurement-assisted"
    eta_a, eta_b = _eta(30) * 0.9, _eta(20) * 0.9

    def negative(mu: np.ndarray) -> float:
        return -float(qkd.mdi_qkd_key_rate(eta_a, eta_b, mu[0], mu[1], 1e-7, 0.01, 1.16))

    best = minimize(negative, x0=[0.3, 0.3], bounds=[(1e-3, 2.0), (1e-3, 2.0)])
    optimum = -best.fun * 1e9
    assert result.key_rate.value <= optimum * (1 + 1e-6)
    assert result.key_rate.value == pytest.approx(optimum, rel=0.02)
    assert result.entanglement_rate.value == 0.0


def test_twin_field_beats_the_repeaterless_bound_but_not_the_arms() -> None:
    report = simulate_description(load("station.yaml").data)
    result = report.get("tf-key")
    assert result is not None and result.key_rate.value is not None
    rate, _, _ = qkd.sns_tf_qkd_optimal_key_rate(_eta(200) ** 2, 0.9, 1e-7, 0.01, 1.16)
    assert result.key_rate.value == pytest.approx(1e9 * rate, rel=1e-12)
    # 400 km as one channel allows less than TF-QKD delivers; each 200 km arm allows more.
    assert result.key_rate.value > 1e9 * plob_capacity(_eta(400))
    assert result.bounds is not None
    assert result.key_rate.value < result.bounds.path_per_s
    assert result.bounds.path_per_s == pytest.approx(1e9 * plob_capacity(_eta(200)))


def test_all_photonic_chain_needs_every_segment_at_once() -> None:
    doc = from_yaml(
        """
id: photonic
profile: fully-quantum
nodes:
  - {id: a, kind: QKDModule, detectors: {efficiency: 0.8}}
  - {id: p1, kind: QuantumRepeater, repeater_approach: all-photonic,
     detectors: {efficiency: 0.9}, bell_state_measurement: {gate_fidelity: 1.0}}
  - {id: b, kind: QKDModule, detectors: {efficiency: 0.8}}
links:
  - {id: l1, endpoints: [a, p1], medium: SMF, length_km: 10,
     entanglement_source: {fidelity: 0.99, efficiency: 0.1, repetition_rate_hz: 1.0e7}}
  - {id: l2, endpoints: [p1, b], medium: SMF, length_km: 10,
     entanglement_source: {fidelity: 0.99, efficiency: 0.1, repetition_rate_hz: 1.0e7}}
service_requests:
  - {id: s, endpoints: [a, b]}
"""
    )
    result = simulate_description(doc.data).get("s")
    assert result is not None and result.regime == "all-photonic"
    segment = 0.1 * _eta(10) * 0.8 * 0.9
    assert result.entanglement_rate.value == pytest.approx(1e7 * segment**2 * 0.5, rel=1e-12)
    w = werner_from_fidelity(0.99)
    assert result.fidelity.value == pytest.approx(fidelity_from_werner(w * w), rel=1e-12)
    said = " ".join(result.assumptions)
    assert "all-photonic repeaters: modelled with no storage" in said
    assert "Bell-measurement success probability not given for p1: assumed 0.5" in said


def test_monte_carlo_chain_is_seeded_and_has_an_interval() -> None:
    text = (DATA / "chain50.yaml").read_text(encoding="utf-8")
    three = text.replace(
        "  - {id: l2, endpoints: [r1, bob]",
        "  - {id: l1b, endpoints: [r1, r2], medium: SMF, length_km: 10}\n"
        "  - {id: l2, endpoints: [r2, bob]",
    ).replace(
        "  - id: bob\n",
        "  - {id: r2, kind: QuantumRepeater, repeater_approach: quantum-memory}\n  - id: bob\n",
    )
    doc = from_yaml(three)
    first = simulate_description(doc.data).get("sr1")
    again = simulate_description(doc.data).get("sr1")
    assert first is not None and again is not None
    assert first.route is not None and first.route.nodes == ("alice", "r1", "r2", "bob")
    assert first.engine.startswith("monte carlo")
    assert first.entanglement_rate.value == again.entanglement_rate.value
    _, low, high = first.entanglement_rate.triple()
    assert low < first.entanglement_rate.value < high
    assert first.fidelity_samples is not None and first.fidelity_samples.size == 5000


def test_sweep_at_the_described_length_reproduces_the_result() -> None:
    for name, request in (
        ("direct.yaml", "sr1"),
        ("chain50.yaml", "sr1"),
        ("trusted.yaml", "key1"),
        ("station.yaml", "mdi-key"),
    ):
        result = simulate_description(load(name).data).get(request)
        assert result is not None
        sweep = sweep_request(result, points=150)
        assert not isinstance(sweep, str)
        at = int(np.argmin(np.abs(sweep.distance_km - sweep.described_km)))
        if math.isclose(sweep.distance_km[at], sweep.described_km, rel_tol=1e-9):
            expected = (
                result.entanglement_rate if sweep.quantity == "pairs" else result.key_rate
            ).value
            assert sweep.rate[at] == pytest.approx(expected, rel=1e-6)
        assert np.all(sweep.rate <= sweep.path_bound * (1 + 1e-9))
        assert np.all(np.diff(sweep.path_bound) <= 0)


def test_a_swap_asap_chain_too_costly_to_sample_gets_a_stated_stand_in() -> None:
    from qnetspec.claims.chain_models import EngineArgs, run_chain
    from qnetspec.claims.defaults import Assumptions
    from reference_sim.chain import ChainParameters

    params = ChainParameters(
        n_segments=5,
        p_gen=(1e-5, 0.5, 0.5, 0.5, 0.5),
        attempt_time_s=1e-4,
        p_swap=0.5,
        protocol="swap_asap",
    )
    log = Assumptions()
    result = run_chain(params, EngineArgs(seed=1, n_deliveries=500, confidence=0.95), log)
    assert "nested surrogate (8 segments)" in result.engine
    assert any("stands in" in text and "not a bound" in text for text in log.as_list())
    # A cheap chain is sampled as swap-asap itself.
    cheap = ChainParameters(n_segments=3, p_gen=0.2, attempt_time_s=1e-4, protocol="swap_asap")
    assert run_chain(cheap, EngineArgs(1, 500, 0.95)).engine == "monte carlo (vectorised)"
