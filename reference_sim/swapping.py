"""Entanglement swapping (connection of two entangled pairs by a Bell-state measurement).

Werner-parameter bookkeeping follows the noise model of Briegel, Duer, Cirac, Zoller,
Phys. Rev. Lett. 81, 5932 (1998) and Duer, Briegel, Cirac, Zoller, Phys. Rev. A 59, 169 (1999):
the two-qubit gate of the Bell measurement works with reliability ``p`` and otherwise replaces
the two qubits by white noise, and each one-qubit measurement returns the wrong outcome with
probability ``1 - eta``. Bell-diagonal bookkeeping uses the Pauli-channel picture described in
:mod:`reference_sim.states`.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from reference_sim._validation import in_range, out, probability
from reference_sim.states import check_bell_coefficients

# Pauli index (I, X, Y, Z) = (0, 1, 2, 3) -> (x bit, z bit); composition ignores global phases.
_PAULI_BITS = np.array([[0, 0], [1, 0], [1, 1], [0, 1]])
_BITS_TO_INDEX = {(0, 0): 0, (1, 0): 1, (1, 1): 2, (0, 1): 3}
#: PAULI_PRODUCT[i, j] is the index of P_i P_j (up to phase) in the order (I, X, Y, Z).
PAULI_PRODUCT = np.array(
    [
        [_BITS_TO_INDEX[tuple(int(b) for b in _PAULI_BITS[i] ^ _PAULI_BITS[j])] for j in range(4)]
        for i in range(4)
    ]
)


def swap_werner(
    w1: npt.ArrayLike,
    w2: npt.ArrayLike,
    gate_fidelity: npt.ArrayLike = 1.0,
    measurement_fidelity: npt.ArrayLike = 1.0,
) -> np.ndarray | float:
    """Werner parameter after swapping two Werner pairs: ``w = w1 w2 p (4 eta^2 - 1) / 3``.

    ``p`` = ``gate_fidelity`` is the reliability of the two-qubit gate (with probability
    ``1 - p`` it outputs the maximally mixed state on its two qubits), ``eta`` =
    ``measurement_fidelity`` is the probability that a one-qubit measurement is correct. The
    Bell measurement reads two bits; the Pauli-frame correction is right only if both are
    correct (probability ``eta^2``), otherwise an X, Y or Z error is applied, which maps the Werner
    fidelity ``F`` to ``(1 - F)/3``. The result is the Werner parameter of the (twirled) output.
    Ideal case ``p = eta = 1``: ``w1 * w2``.

    Reference: Duer, Briegel, Cirac, Zoller, Phys. Rev. A 59, 169 (1999), Sec. III (connection
    of pairs); Briegel et al., Phys. Rev. Lett. 81, 5932 (1998).
    """
    a = in_range(w1, "w1", -1.0 / 3.0, 1.0)
    b = in_range(w2, "w2", -1.0 / 3.0, 1.0)
    p = probability(gate_fidelity, "gate_fidelity")
    eta = probability(measurement_fidelity, "measurement_fidelity")
    return out(a * b * p * (4.0 * eta**2 - 1.0) / 3.0)


def swap_bell_diagonal(c1: npt.ArrayLike, c2: npt.ArrayLike) -> np.ndarray:
    """Bell-diagonal coefficients after an ideal swap of two Bell-diagonal pairs.

    Each input is Phi+ with a Pauli error drawn from its coefficients (order (I, X, Y, Z) =
    (Phi+, Psi+, Psi-, Phi-)). After an ideal Bell measurement and Pauli-frame correction the
    two errors multiply, so ``c_out[k] = sum_{P_i P_j = P_k} c1[i] c2[j]``: the convolution of
    the two distributions over the Pauli group (Klein four-group) modulo phases.

    Reference: Duer, Briegel, Cirac, Zoller, Phys. Rev. A 59, 169 (1999), Appendix (Bell-diagonal
    connection); equivalently the Pauli-channel composition of e.g. Dür & Briegel, Rep. Prog.
    Phys. 70, 1381 (2007).
    """
    a = check_bell_coefficients(c1, "c1")
    b = check_bell_coefficients(c2, "c2")
    a, b = np.broadcast_arrays(a, b)
    result = np.zeros(a.shape, dtype=float)
    for i in range(4):
        for j in range(4):
            result[..., PAULI_PRODUCT[i, j]] += a[..., i] * b[..., j]
    return result


def swap_success_probability(
    detector_efficiency: npt.ArrayLike = 1.0, linear_optics: bool = True
) -> np.ndarray | float:
    """Success probability of the Bell-state measurement used for swapping.

    Linear optics (beam splitter plus two detectors, no ancillas) can identify at most two of the
    four Bell states, so ``P = eta_d^2 / 2``, where both photons must be detected (detector
    efficiency ``eta_d`` each). A deterministic measurement (two-qubit gate on matter qubits)
    succeeds with probability 1 regardless of ``detector_efficiency``.

    Reference: Luetkenhaus, Calsamiglia, Suominen, Phys. Rev. A 59, 3295 (1999) (1/2 bound);
    Calsamiglia & Luetkenhaus, Appl. Phys. B 72, 67 (2001).
    """
    eta_d = probability(detector_efficiency, "detector_efficiency")
    if linear_optics:
        return out(0.5 * eta_d**2)
    return out(np.ones_like(eta_d))
