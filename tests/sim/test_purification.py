"""BBPSSW and DEJMPS against their published closed forms and a four-qubit simulation."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from qubit_numerics import (
    CNOT,
    apply,
    bell_coefficients,
    bell_diagonal,
    depolarise_pair,
    partial_trace,
    projector,
    rx,
)

from reference_sim import purification
from reference_sim.states import werner_bell_coefficients


def simulate_purification(
    c_source: np.ndarray,
    c_target: np.ndarray,
    gate_p: float = 1.0,
    meas_eta: float = 1.0,
    dejmps: bool = False,
) -> tuple[np.ndarray, float]:
    """Qubits: A1=0, B1=1 (source), A2=2, B2=3 (target). Optional DEJMPS rotations Rx(pi/2) on
    Alice's and Rx(-pi/2) on Bob's qubits, then CNOT A1->A2 and B1->B2 each followed by the
    party's gate noise, Z measurements of A2 and B2 flipped with probability 1-eta, and the source
    kept when the *recorded* outcomes agree. Returns (Bell coefficients, success probability)."""
    n = 4
    rho = np.kron(bell_diagonal(c_source), bell_diagonal(c_target))
    if dejmps:
        for q in (0, 2):
            rho = apply(rho, rx(np.pi / 2), [q], n)
        for q in (1, 3):
            rho = apply(rho, rx(-np.pi / 2), [q], n)
    rho = depolarise_pair(apply(rho, CNOT, [0, 2], n), gate_p, [0, 2], n)
    rho = depolarise_pair(apply(rho, CNOT, [1, 3], n), gate_p, [1, 3], n)
    kept = np.zeros((4, 4), dtype=complex)
    for ma, mb in itertools.product((0, 1), repeat=2):
        proj = projector(2, ma, n) @ projector(3, mb, n)
        post = partial_trace(proj @ rho @ proj, [0, 1], n)
        for ra, rb in itertools.product((0, 1), repeat=2):
            if ra != rb:
                continue
            weight = (meas_eta if ra == ma else 1 - meas_eta) * (
                meas_eta if rb == mb else 1 - meas_eta
            )
            kept += weight * post
    p = np.trace(kept).real
    return bell_coefficients(kept / p), p


def bbpssw_closed_form(f: float) -> tuple[float, float]:
    """Bennett et al., PRL 76, 722 (1996), typed from the paper."""
    g = (1 - f) / 3
    n = f**2 + 2 * f * g + 5 * g**2
    return (f**2 + g**2) / n, n


def dejmps_closed_form(a: float, b: float, c: float, d: float) -> tuple[list[float], float]:
    """Deutsch et al., PRL 77, 2818 (1996): A=Phi+, B=Psi-, C=Psi+, D=Phi- labels."""
    n = (a + b) ** 2 + (c + d) ** 2
    return [(a**2 + b**2) / n, 2 * c * d / n, (c**2 + d**2) / n, 2 * a * b / n], n


@pytest.mark.parametrize("f", [0.3, 0.6, 0.75, 0.9, 0.99])
def test_bbpssw_matches_bennett_formula(f: float) -> None:
    """BBPSSW on Werner pairs (Bennett et al., PRL 76, 722 (1996))."""
    f_out, p = purification.bbpssw_round(f)
    f_ref, p_ref = bbpssw_closed_form(f)
    assert f_out == pytest.approx(f_ref, abs=1e-12)
    assert p == pytest.approx(p_ref, abs=1e-12)


def test_bbpssw_matches_simulation() -> None:
    """The bilateral-CNOT step of BBPSSW simulated on four qubits gives the same F' and p."""
    c = werner_bell_coefficients((4 * 0.8 - 1) / 3)
    coeffs, p = simulate_purification(c, c)
    f_out, p_lib = purification.bbpssw_round(0.8)
    assert f_out == pytest.approx(coeffs[0], abs=1e-12)
    assert p_lib == pytest.approx(p, abs=1e-12)


def test_bbpssw_improves_only_above_one_half() -> None:
    """Purification gains fidelity iff F > 1/2 (Bennett et al. 1996, Fig. 1 discussion)."""
    f = np.array([0.4, 0.55, 0.8])
    f_out, _ = purification.bbpssw_round(f)
    assert f_out[0] < f[0]
    assert np.all(f_out[1:] > f[1:])


def test_dejmps_matches_deutsch_formula() -> None:
    """DEJMPS map in Deutsch et al.'s labels (PRL 77, 2818 (1996)); this
    library's order is (Phi+, Psi+, Psi-, Phi-) = (A, C, B, D)."""
    rng = np.random.default_rng(11)
    for _ in range(5):
        a, c, b, d = rng.dirichlet(np.ones(4))  # our order: Phi+, Psi+, Psi-, Phi-
        (a2, b2, c2, d2), n = dejmps_closed_form(a, b, c, d)
        coeffs, p = purification.dejmps_round([a, c, b, d])
        np.testing.assert_allclose(coeffs, [a2, c2, b2, d2], atol=1e-12)
        assert p == pytest.approx(n, abs=1e-12)


def test_dejmps_matches_simulation_with_rotations() -> None:
    """The full DEJMPS circuit (local Rx rotations, bilateral CNOT, coincidence post-selection)
    simulated on four qubits agrees with dejmps_round."""
    c = np.array([0.7, 0.05, 0.15, 0.1])
    coeffs_sim, p_sim = simulate_purification(c, c, dejmps=True)
    coeffs, p = purification.dejmps_round(c)
    np.testing.assert_allclose(coeffs, coeffs_sim, atol=1e-12)
    assert p == pytest.approx(p_sim, abs=1e-12)


@pytest.mark.parametrize(("gate_p", "eta"), [(0.95, 1.0), (1.0, 0.97), (0.98, 0.99)])
def test_noisy_bcnot_purification_matches_simulation(gate_p: float, eta: float) -> None:
    """Noisy gates and measurements in the model of Duer, Briegel, Cirac, Zoller, PRA 59, 169
    (1999): two different Bell-diagonal inputs, simulated on four qubits."""
    rng = np.random.default_rng(5)
    cs, ct = rng.dirichlet(np.ones(4) * 2), rng.dirichlet(np.ones(4) * 2)
    coeffs_sim, p_sim = simulate_purification(cs, ct, gate_p, eta)
    coeffs, p = purification.bcnot_purify(cs, ct, gate_p, eta)
    np.testing.assert_allclose(coeffs, coeffs_sim, atol=1e-12)
    assert p == pytest.approx(p_sim, abs=1e-12)
    c = np.array([0.8, 0.1, 0.06, 0.04])
    coeffs_sim, p_sim = simulate_purification(c, c, gate_p, eta, dejmps=True)
    coeffs, p = purification.dejmps_round(c, gate_p, eta)
    np.testing.assert_allclose(coeffs, coeffs_sim, atol=1e-12)


def test_recurrence_converges_and_cost_grows() -> None:
    """Ideal DEJMPS recurrence converges to F -> 1 from F > 1/2 and converges faster than
    BBPSSW (Deutsch et al. 1996, Fig. 2 discussion); cost_n = 2 cost_{n-1}/p_n."""
    d = purification.purify_recurrence(werner_bell_coefficients(0.6), 6, "dejmps")
    b = purification.purify_recurrence(0.7, 6, "bbpssw")
    assert d.fidelity[-1] > 0.999
    assert d.fidelity[-1] > b.fidelity[-1]
    assert np.all(np.diff(b.fidelity) > 0)
    expected_cost = np.cumprod(np.r_[1.0, 2.0 / d.success_probability[1:]])
    np.testing.assert_allclose(d.pair_cost, expected_cost)
    assert d.coefficients.shape == (7, 4)


def test_noisy_recurrence_saturates_below_one() -> None:
    """With gate reliability p < 1 the reachable fidelity is bounded below 1 (Duer et al. 1999,
    Sec. IV: the fixed point F_max < 1)."""
    r = purification.purify_recurrence(0.8, 80, "bbpssw", gate_fidelity=0.97)
    assert r.fidelity[-1] < 0.99
    assert abs(r.fidelity[-1] - r.fidelity[-2]) < 1e-6
    f_fixed, _ = purification.bbpssw_round(r.fidelity[-1], 0.97)
    assert f_fixed == pytest.approx(r.fidelity[-1], abs=1e-6)


def test_broadcasting_and_validation() -> None:
    """Vectorised fidelities broadcast through the recurrence; bad inputs raise ValueError."""
    r = purification.purify_recurrence(np.array([0.6, 0.7, 0.9]), 2, "bbpssw")
    assert r.fidelity.shape == (3, 3)
    assert r.pair_cost.shape == (3, 3)
    f_out, p = purification.bbpssw_round(np.array([[0.6], [0.9]]), np.array([1.0, 0.99]))
    assert np.shape(f_out) == (2, 2) and np.shape(p) == (2, 2)
    with pytest.raises(ValueError):
        purification.bbpssw_round(1.2)
    with pytest.raises(ValueError):
        purification.dejmps_round([0.5, 0.5, 0.5, -0.5])
    with pytest.raises(ValueError):
        purification.purify_recurrence(0.8, 2, "unknown")
    with pytest.raises(ValueError):
        purification.purify_recurrence(0.8, -1)
    with pytest.raises(ValueError):
        purification.bcnot_purify([1, 0, 0, 0], [1, 0, 0, 0], gate_fidelity=-0.1)
