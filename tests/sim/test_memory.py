"""Memory decoherence closed forms against Kraus-operator simulations on explicit matrices."""

from __future__ import annotations

import numpy as np
import pytest
from qubit_numerics import I2, PHI_PLUS, X, Y, Z, apply, bell_coefficients, bell_diagonal

from reference_sim import memory


def depolarise_qubit(rho: np.ndarray, lam: float, qubit: int) -> np.ndarray:
    """rho -> (1-lam) rho + lam Tr_q(rho) ⊗ I/2, written as a Pauli twirl with weight lam."""
    twirl = sum(apply(rho, p, [qubit], 2) for p in (I2, X, Y, Z)) / 4
    return (1 - lam) * rho + lam * twirl


def test_depolarising_decay_matches_channel() -> None:
    """A depolarising memory of strength 1 - exp(-t/T) keeps the Werner form with w e^{-t/T}
    (e.g. Collins, Jenkins, Kuhn, PRL 98, 060502 (2007))."""
    w, t, tau = 0.9, 0.3, 1.2
    rho = (w * np.outer(PHI_PLUS, PHI_PLUS.conj()) + (1 - w) * np.eye(4) / 4).astype(complex)
    out = depolarise_qubit(rho, 1 - np.exp(-t / tau), 1)
    f = bell_coefficients(out)[0]
    assert memory.depolarising_decay(w, t, tau) == pytest.approx((4 * f - 1) / 3, abs=1e-12)
    assert memory.depolarising_decay(w, 0.0, tau) == pytest.approx(w)


@pytest.mark.parametrize("qubits_stored", [1, 2])
def test_dephasing_matches_phase_damping(qubits_stored: int) -> None:
    """Phase damping with Kraus sqrt(1-p) I, sqrt(p) Z, p = (1-e^{-t/T2})/2 (Nielsen & Chuang
    2000, Sec. 8.3.6) on one or both qubits of a Bell-diagonal pair."""
    c = np.array([0.6, 0.25, 0.1, 0.05])
    t, t2 = 0.4, 1.0
    p = (1 - np.exp(-t / t2)) / 2
    rho = bell_diagonal(c)
    for q in range(qubits_stored):
        rho = (1 - p) * rho + p * apply(rho, Z, [q], 2)
    np.testing.assert_allclose(
        memory.dephasing_decay_bell_diagonal(c, t, t2, qubits_stored),
        bell_coefficients(rho),
        atol=1e-12,
    )


def test_dephasing_coherence_decays_as_exp_minus_t_over_t2() -> None:
    """The defining property of T2: the Phi+/Phi- coherence of a stored pair decays as
    exp(-t/T2) per dephasing qubit (Nielsen & Chuang 2000, Sec. 8.3.6)."""
    t, t2 = 0.7, 2.0
    c = memory.dephasing_decay_bell_diagonal([1, 0, 0, 0], t, t2, 1)
    # <00|rho|11> = (c[Phi+] - c[Phi-]) / 2 for a Bell-diagonal state
    assert (c[0] - c[3]) == pytest.approx(np.exp(-t / t2))
    c2 = memory.dephasing_decay_bell_diagonal([1, 0, 0, 0], t, t2, 2)
    assert (c2[0] - c2[3]) == pytest.approx(np.exp(-2 * t / t2))


def test_amplitude_damping_matches_kraus_simulation() -> None:
    """Amplitude damping gamma = 1 - exp(-t/T1) (Nielsen & Chuang 2000, Sec. 8.3.5) on one or
    both qubits, against Kraus operators embedded by the test helper."""
    t, t1 = 0.5, 1.3
    g = 1 - np.exp(-t / t1)
    k0 = np.array([[1, 0], [0, np.sqrt(1 - g)]], dtype=complex)
    k1 = np.array([[0, np.sqrt(g)], [0, 0]], dtype=complex)
    rng = np.random.default_rng(3)
    a = rng.normal(size=(4, 4)) + 1j * rng.normal(size=(4, 4))
    rho = a @ a.conj().T
    rho /= np.trace(rho)
    for qubits in ([0], [1], [0, 1]):
        expected = rho
        for q in qubits:
            expected = apply(expected, k0, [q], 2) + apply(expected, k1, [q], 2)
        got = memory.amplitude_damping(rho, t, t1, qubits=qubits)
        np.testing.assert_allclose(got, expected, atol=1e-12)


def test_amplitude_damping_excited_population() -> None:
    """|1><1| relaxes with population exp(-t/T1) (T1 definition)."""
    rho = np.diag([0.0, 1.0]).astype(complex)
    out = memory.amplitude_damping(rho, 2.0, 4.0)
    assert out[1, 1].real == pytest.approx(np.exp(-0.5))
    assert np.trace(out).real == pytest.approx(1.0)


def test_memory_efficiency() -> None:
    """Exponential retrieval efficiency eta0 exp(-t/tau) (Sangouard et al., RMP 83, 33 (2011))."""
    assert memory.memory_efficiency(1.0, 0.9, 1.0) == pytest.approx(0.9 / np.e)


def test_broadcasting() -> None:
    """Arrays of times and coefficients broadcast."""
    t = np.array([0.0, 0.1, 1.0])
    assert memory.depolarising_decay(0.8, t, 1.0).shape == (3,)
    out = memory.dephasing_decay_bell_diagonal([0.7, 0.1, 0.1, 0.1], t, 1.0)
    assert out.shape == (3, 4)
    np.testing.assert_allclose(out.sum(axis=-1), 1.0)
    batch = np.stack([np.diag([0.5, 0.5]), np.diag([0.0, 1.0])]).astype(complex)
    assert memory.amplitude_damping(batch, 1.0, 1.0).shape == (2, 2, 2)


def test_validation() -> None:
    """Negative times, non-positive time constants and bad qubit counts raise ValueError."""
    with pytest.raises(ValueError):
        memory.depolarising_decay(0.5, -1.0, 1.0)
    with pytest.raises(ValueError):
        memory.depolarising_decay(0.5, 1.0, 0.0)
    with pytest.raises(ValueError):
        memory.dephasing_decay_bell_diagonal([1, 0, 0, 0], 1.0, 1.0, qubits_stored=3)
    with pytest.raises(ValueError):
        memory.amplitude_damping(np.eye(3) / 3, 1.0, 1.0)
    with pytest.raises(ValueError):
        memory.amplitude_damping(np.eye(4) / 4, 1.0, 1.0, qubits=[2])
    with pytest.raises(ValueError):
        memory.memory_efficiency(1.0, 1.5, 1.0)
