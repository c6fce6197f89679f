"""Werner and Bell-diagonal states against explicit kets built in the test helper."""

from __future__ import annotations

import numpy as np
import pytest
from qubit_numerics import I2, PHI_PLUS, X, Y, Z, bell_diagonal

from reference_sim import states


def test_bell_order_is_pauli_order() -> None:
    """Row k of bell_states() is (I ⊗ P_k)|Phi+> up to phase for P = (I, X, Y, Z).

    Reference: Bennett, DiVincenzo, Smolin, Wootters, Phys. Rev. A 54, 3824 (1996), Sec. II
    (Bell states as local Paulis applied to one maximally entangled state).
    """
    kets = states.bell_states()
    for k, pauli in enumerate((I2, X, Y, Z)):
        expected = np.kron(I2, pauli) @ PHI_PLUS
        assert abs(abs(np.vdot(kets[k], expected)) - 1.0) < 1e-12
    np.testing.assert_allclose(kets @ kets.T, np.eye(4), atol=1e-12)


def test_werner_fidelity_round_trip() -> None:
    """F = (1 + 3w)/4 (Werner, Phys. Rev. A 40, 4277 (1989); Duer et al., PRA 59, 169 (1999))."""
    w = np.linspace(-1 / 3, 1, 7)
    f = states.fidelity_from_werner(w)
    np.testing.assert_allclose(f, (1 + 3 * w) / 4)
    np.testing.assert_allclose(states.werner_from_fidelity(f), w)
    assert states.fidelity_from_werner(1.0) == pytest.approx(1.0)
    assert states.fidelity_from_werner(0.0) == pytest.approx(0.25)


def test_werner_state_matches_definition() -> None:
    """rho_w = w |Phi+><Phi+| + (1-w) I/4 (Werner 1989), checked element by element."""
    for w in (-1 / 3, 0.0, 0.4, 1.0):
        expected = w * np.outer(PHI_PLUS, PHI_PLUS.conj()) + (1 - w) * np.eye(4) / 4
        np.testing.assert_allclose(states.werner_state(w), expected, atol=1e-12)
        assert states.fidelity_to_phi_plus(expected) == pytest.approx((1 + 3 * w) / 4)
        assert np.linalg.eigvalsh(states.werner_state(w)).min() > -1e-12


def test_bell_diagonal_state_and_coefficients() -> None:
    """Bell-diagonal construction and read-out agree with the helper's explicit kets."""
    c = np.array([0.55, 0.2, 0.15, 0.1])
    np.testing.assert_allclose(states.bell_diagonal_state(c), bell_diagonal(c), atol=1e-12)
    np.testing.assert_allclose(states.bell_diagonal_coefficients(bell_diagonal(c)), c, atol=1e-12)
    np.testing.assert_allclose(
        states.werner_bell_coefficients(0.6), [0.7, 0.1, 0.1, 0.1], atol=1e-12
    )


def test_broadcasting() -> None:
    """Arrays in give arrays out with the input's shape (plus matrix axes)."""
    w = np.array([[0.1, 0.5, 0.9], [0.0, 0.2, 1.0]])
    assert states.werner_state(w).shape == (2, 3, 4, 4)
    assert states.fidelity_from_werner(w).shape == (2, 3)
    assert states.werner_bell_coefficients(w).shape == (2, 3, 4)
    f = states.fidelity_to_phi_plus(states.werner_state(w))
    np.testing.assert_allclose(f, (1 + 3 * w) / 4)
    assert isinstance(states.fidelity_from_werner(0.5), float)


@pytest.mark.parametrize("bad", [-0.5, 1.2, np.nan])
def test_werner_parameter_validation(bad: float) -> None:
    """Werner parameters outside [-1/3, 1] are unphysical and rejected."""
    with pytest.raises(ValueError):
        states.werner_state(bad)


def test_fidelity_validation_and_coefficient_checks() -> None:
    """Fidelities outside [0, 1] and coefficients that are not a distribution are rejected."""
    with pytest.raises(ValueError):
        states.werner_from_fidelity(1.5)
    with pytest.raises(ValueError):
        states.bell_diagonal_state([0.5, 0.5, 0.5, -0.5])
    with pytest.raises(ValueError):
        states.bell_diagonal_state([0.5, 0.2, 0.2])
    with pytest.raises(ValueError):
        states.bell_diagonal_state([0.5, 0.2, 0.2, 0.2])
