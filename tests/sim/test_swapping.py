"""Entanglement swapping against a four-qubit density-matrix simulation of the Bell measurement."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from qubit_numerics import (
    CNOT,
    H,
    X,
    Z,
    apply,
    bell_coefficients,
    bell_diagonal,
    depolarise_pair,
    partial_trace,
    projector,
)

from reference_sim import swapping


def simulate_swap(
    c1: np.ndarray, c2: np.ndarray, gate_p: float = 1.0, meas_eta: float = 1.0
) -> np.ndarray:
    """Swap pairs (A=0, B=1) and (C=2, D=3): noisy CNOT(B->C), H(B), noisy Z measurements of B
    and C, correction Z^mB X^mC on D from the *recorded* outcomes; return Bell coefficients of
    (A, D). Teleportation circuit of Nielsen & Chuang (2000), Fig. 1.13."""
    n = 4
    rho = np.kron(bell_diagonal(c1), bell_diagonal(c2))
    rho = apply(rho, CNOT, [1, 2], n)
    rho = depolarise_pair(rho, gate_p, [1, 2], n)
    rho = apply(rho, H, [1], n)
    final = np.zeros((4, 4), dtype=complex)
    for mb, mc in itertools.product((0, 1), repeat=2):
        branch = projector(1, mb, n) @ projector(2, mc, n)
        post = branch @ rho @ branch
        for rb, rc in itertools.product((0, 1), repeat=2):
            weight = (meas_eta if rb == mb else 1 - meas_eta) * (
                meas_eta if rc == mc else 1 - meas_eta
            )
            corr = np.linalg.matrix_power(Z, rb) @ np.linalg.matrix_power(X, rc)
            final += weight * partial_trace(apply(post, corr, [3], n), [0, 3], n)
    assert np.trace(final).real == pytest.approx(1.0)
    return bell_coefficients(final)


def test_ideal_swap_of_werner_pairs_multiplies_parameters() -> None:
    """Ideal swapping of Werner pairs gives w = w1 w2 (Duer, Briegel, Cirac, Zoller, Phys. Rev.
    A 59, 169 (1999), Sec. III), checked against the density-matrix simulation."""
    for w1, w2 in [(1.0, 1.0), (0.9, 0.7), (0.5, -0.2)]:
        c1 = [(1 + 3 * w1) / 4] + [(1 - w1) / 4] * 3
        c2 = [(1 + 3 * w2) / 4] + [(1 - w2) / 4] * 3
        f = simulate_swap(np.array(c1), np.array(c2))[0]
        w_sim = (4 * f - 1) / 3
        assert swapping.swap_werner(w1, w2) == pytest.approx(w_sim, abs=1e-12)
        assert swapping.swap_werner(w1, w2) == pytest.approx(w1 * w2)


@pytest.mark.parametrize(("p", "eta"), [(0.9, 1.0), (1.0, 0.95), (0.97, 0.98)])
def test_noisy_swap_matches_simulation(p: float, eta: float) -> None:
    """Noisy connection w = w1 w2 p (4 eta^2 - 1)/3 (Duer et al., PRA 59, 169 (1999); Briegel et
    al., PRL 81, 5932 (1998)): gate depolarising with reliability p, measurement error 1-eta."""
    w1, w2 = 0.92, 0.85
    c1 = np.array([(1 + 3 * w1) / 4] + [(1 - w1) / 4] * 3)
    c2 = np.array([(1 + 3 * w2) / 4] + [(1 - w2) / 4] * 3)
    f = simulate_swap(c1, c2, p, eta)[0]
    assert swapping.swap_werner(w1, w2, p, eta) == pytest.approx((4 * f - 1) / 3, abs=1e-12)


def test_bell_diagonal_swap_matches_simulation() -> None:
    """Swapping Bell-diagonal pairs composes their Pauli channels (Duer et al. 1999, Appendix),
    checked coefficient by coefficient against the density-matrix simulation."""
    rng = np.random.default_rng(7)
    for _ in range(3):
        c1 = rng.dirichlet(np.ones(4))
        c2 = rng.dirichlet(np.ones(4))
        np.testing.assert_allclose(
            swapping.swap_bell_diagonal(c1, c2), simulate_swap(c1, c2), atol=1e-12
        )


def test_swap_bell_diagonal_of_werner_is_werner() -> None:
    """Werner in, Werner out: the Bell-diagonal composition reproduces w1 w2."""
    from reference_sim.states import werner_bell_coefficients

    out = swapping.swap_bell_diagonal(werner_bell_coefficients(0.8), werner_bell_coefficients(0.6))
    np.testing.assert_allclose(out, werner_bell_coefficients(0.48), atol=1e-12)


def test_linear_optics_bsm_success_probability() -> None:
    """Linear-optics Bell measurement succeeds at most half the time (Luetkenhaus, Calsamiglia,
    Suominen, PRA 59, 3295 (1999); Calsamiglia & Luetkenhaus, Appl. Phys. B 72, 67 (2001)),
    and needs both photons detected; a deterministic BSM always succeeds."""
    assert swapping.swap_success_probability(1.0) == pytest.approx(0.5)
    np.testing.assert_allclose(
        swapping.swap_success_probability(np.array([0.9, 0.5])), [0.5 * 0.81, 0.125]
    )
    assert swapping.swap_success_probability(0.3, linear_optics=False) == pytest.approx(1.0)


def test_broadcasting_and_validation() -> None:
    """Vectorised inputs broadcast; probabilities outside [0, 1] raise ValueError."""
    w = np.linspace(0, 1, 5)
    assert swapping.swap_werner(w, w[:, None]).shape == (5, 5)
    np.testing.assert_allclose(swapping.swap_werner(w, 0.5, np.array([1.0])), 0.5 * w)
    c = np.tile([0.7, 0.1, 0.1, 0.1], (3, 1))
    assert swapping.swap_bell_diagonal(c, c).shape == (3, 4)
    with pytest.raises(ValueError):
        swapping.swap_werner(0.5, 0.5, gate_fidelity=1.1)
    with pytest.raises(ValueError):
        swapping.swap_werner(0.5, 0.5, measurement_fidelity=-0.1)
    with pytest.raises(ValueError):
        swapping.swap_success_probability(2.0)
