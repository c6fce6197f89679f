"""Decoherence of stored qubits: depolarising, dephasing and amplitude-damping memories.

These are the standard Markovian memory models used in repeater analyses: a Werner parameter
decays exponentially under depolarisation; pure dephasing with time constant T2 applies a Z
error with probability ``(1 - exp(-t/T2))/2``; energy relaxation with time constant T1 is the
amplitude-damping channel with ``gamma = 1 - exp(-t/T1)`` (Nielsen & Chuang, *Quantum
Computation and Quantum Information*, Cambridge 2000, Sec. 8.3.5-8.3.6).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from reference_sim._validation import in_range, nonnegative, out, positive, probability
from reference_sim.states import check_bell_coefficients


def depolarising_decay(
    w: npt.ArrayLike, t_s: npt.ArrayLike, coherence_time_s: npt.ArrayLike
) -> np.ndarray | float:
    """Werner parameter after storage: ``w(t) = w exp(-t / T)``.

    A depolarising channel of strength ``1 - exp(-t/T)`` on either qubit (or on both, with ``T``
    the combined time constant) shrinks the Phi+ weight of a Werner state by that factor, so the
    Werner form is preserved. Reference: e.g. Collins, Jenkins, Kuhn, Phys. Rev. Lett. 98, 060502
    (2007); Duer et al., Phys. Rev. A 59, 169 (1999) for the Werner parametrisation.
    """
    w_arr = in_range(w, "w", -1.0 / 3.0, 1.0)
    t = nonnegative(t_s, "t_s")
    tau = positive(coherence_time_s, "coherence_time_s")
    return out(w_arr * np.exp(-t / tau))


def dephasing_probability(t_s: npt.ArrayLike, t2_s: npt.ArrayLike) -> np.ndarray | float:
    """Probability of a Z error after pure dephasing: ``p = (1 - exp(-t/T2)) / 2``.

    Chosen so that the off-diagonal element of the qubit density matrix decays as
    ``exp(-t/T2)`` (Nielsen & Chuang 2000, Sec. 8.3.6, phase damping).
    """
    t = nonnegative(t_s, "t_s")
    t2 = positive(t2_s, "t2_s")
    return out((1.0 - np.exp(-t / t2)) / 2.0)


def dephasing_decay_bell_diagonal(
    coeffs: npt.ArrayLike, t_s: npt.ArrayLike, t2_s: npt.ArrayLike, qubits_stored: int = 1
) -> np.ndarray:
    """Bell-diagonal coefficients after pure dephasing of one or both stored qubits.

    A Z error maps Phi+ <-> Phi- and Psi+ <-> Psi-. With one qubit stored the error
    probability is ``p = (1 - exp(-t/T2))/2``. With both qubits dephasing independently, Z⊗Z
    leaves every Bell state unchanged, so the net flip probability is ``2 p (1 - p) =
    (1 - exp(-2t/T2))/2``: the pair dephases at twice the single-qubit rate. Coefficients use the
    (Phi+, Psi+, Psi-, Phi-) order of :mod:`reference_sim.states`; output shape is the broadcast
    of ``coeffs[..., 0]``, ``t_s`` and ``t2_s`` plus a last axis of 4.

    Reference: Nielsen & Chuang 2000, Sec. 8.3.6; Duer & Briegel, Rep. Prog. Phys. 70, 1381 (2007).
    """
    if qubits_stored not in (1, 2):
        raise ValueError(f"qubits_stored must be 1 or 2, got {qubits_stored!r}")
    c = check_bell_coefficients(coeffs)
    p = np.asarray(dephasing_probability(t_s, t2_s))
    if qubits_stored == 2:
        p = 2.0 * p * (1.0 - p)
    p = p[..., np.newaxis]
    flipped = c[..., [3, 2, 1, 0]]  # Z acting on (I, X, Y, Z) errors gives (Z, Y, X, I)
    return (1.0 - p) * c + p * flipped


def amplitude_damping(
    rho: npt.ArrayLike,
    t_s: float,
    t1_s: float,
    qubits: Sequence[int] | None = None,
) -> np.ndarray:
    """Apply amplitude damping ``gamma = 1 - exp(-t/T1)`` to selected qubits of ``rho``.

    Kraus operators ``K0 = [[1, 0], [0, sqrt(1-gamma)]]``, ``K1 = [[0, sqrt(gamma)], [0, 0]]``
    relax |1> to |0> (Nielsen & Chuang 2000, Sec. 8.3.5). ``rho`` has shape
    ``(..., 2^n, 2^n)`` with qubit 0 the most significant bit; ``qubits`` lists the qubits that
    are stored (default: all). ``t_s`` and ``t1_s`` are scalars.
    """
    r = np.asarray(rho, dtype=complex)
    dim = r.shape[-1] if r.ndim >= 2 else 0
    n = dim.bit_length() - 1
    if dim < 2 or r.shape[-2] != dim or 2**n != dim:
        raise ValueError(f"rho must have shape (..., 2^n, 2^n), got {r.shape}")
    t = float(nonnegative(t_s, "t_s"))
    t1 = float(positive(t1_s, "t1_s"))
    targets = range(n) if qubits is None else qubits
    gamma = 1.0 - np.exp(-t / t1)
    k0 = np.array([[1.0, 0.0], [0.0, np.sqrt(1.0 - gamma)]])
    k1 = np.array([[0.0, np.sqrt(gamma)], [0.0, 0.0]])
    batch = r.shape[:-2]
    for q in targets:
        if not 0 <= q < n:
            raise ValueError(f"qubit index {q} out of range for {n} qubits")
        # View as (..., left, 2, right, left, 2, right) and act on the middle index on both sides.
        left, right = 2**q, 2 ** (n - q - 1)
        view = r.reshape((*batch, left, 2, right, left, 2, right))
        new = np.zeros_like(view)
        for k in (k0, k1):
            new += np.einsum("ab,...xbyzcw,dc->...xayzdw", k, view, k.conj())
        r = new.reshape(r.shape)
    return r


def memory_efficiency(
    t_s: npt.ArrayLike, efficiency_at_zero: npt.ArrayLike, lifetime_s: npt.ArrayLike
) -> np.ndarray | float:
    """Retrieval efficiency after storage time ``t``: ``eta(t) = eta_0 exp(-t / tau)``.

    Exponential loss of the stored excitation, the usual model for atomic-ensemble memories
    (Sangouard, Simon, de Riedmatten, Gisin, Rev. Mod. Phys. 83, 33 (2011), Sec. II).
    """
    t = nonnegative(t_s, "t_s")
    eta0 = probability(efficiency_at_zero, "efficiency_at_zero")
    tau = positive(lifetime_s, "lifetime_s")
    return out(eta0 * np.exp(-t / tau))
