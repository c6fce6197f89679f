"""Two-qubit Bell-diagonal and Werner states.

Conventions used throughout ``reference_sim``:

* Qubit order in a two-qubit ket is (A, B) with A the most significant bit, so the computational
  basis is |00>, |01>, |10>, |11>.
* The Bell basis is ordered **(Phi+, Psi+, Psi-, Phi-)**. This is the order in which the Pauli
  operators (I, X, Y, Z) acting on qubit B map Phi+ onto the basis (up to a global phase), so a
  Bell-diagonal state with coefficients ``c`` is exactly Phi+ sent through a one-qubit Pauli
  channel with error probabilities ``c``. Composition of such channels (entanglement swapping,
  memory dephasing) then reduces to index arithmetic on the Pauli group.
* A Werner state with parameter ``w`` is ``w |Phi+><Phi+| + (1 - w) I/4``; its fidelity to Phi+
  is ``F = (1 + 3 w) / 4`` (Werner, Phys. Rev. A 40, 4277 (1989); the Phi+-centred form used by
  Duer, Briegel, Cirac, Zoller, Phys. Rev. A 59, 169 (1999)). ``w`` ranges over [-1/3, 1] so that
  the state is positive; ``F`` ranges over [0, 1].
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from reference_sim._validation import as_array, in_range, out, probability

#: Names of the Bell states in the order used for coefficient vectors.
BELL_ORDER: tuple[str, str, str, str] = ("Phi+", "Psi+", "Psi-", "Phi-")

_S = 1.0 / np.sqrt(2.0)
_BELL = np.array(
    [
        [_S, 0.0, 0.0, _S],  # Phi+ = (|00> + |11>)/sqrt2
        [0.0, _S, _S, 0.0],  # Psi+ = (|01> + |10>)/sqrt2
        [0.0, _S, -_S, 0.0],  # Psi- = (|01> - |10>)/sqrt2
        [_S, 0.0, 0.0, -_S],  # Phi- = (|00> - |11>)/sqrt2
    ]
)


def bell_states() -> np.ndarray:
    """Return the four Bell kets as rows of a (4, 4) array in the order (Phi+, Psi+, Psi-, Phi-).

    Row ``k`` equals (I ⊗ P_k)|Phi+> up to a global phase, with P = (I, X, Y, Z); see the module
    docstring for why this order is used.
    """
    return _BELL.copy()


def fidelity_from_werner(w: npt.ArrayLike) -> np.ndarray | float:
    """Fidelity to Phi+ of a Werner state: ``F = (1 + 3 w) / 4``.

    Reference: Duer, Briegel, Cirac, Zoller, Phys. Rev. A 59, 169 (1999), Sec. II.
    """
    w_arr = in_range(w, "w", -1.0 / 3.0, 1.0)
    return out((1.0 + 3.0 * w_arr) / 4.0)


def werner_from_fidelity(f: npt.ArrayLike) -> np.ndarray | float:
    """Werner parameter for a given fidelity to Phi+: ``w = (4 F - 1) / 3``.

    Inverse of :func:`fidelity_from_werner`; ``F`` must be a probability.
    """
    f_arr = probability(f, "f")
    return out((4.0 * f_arr - 1.0) / 3.0)


def werner_bell_coefficients(w: npt.ArrayLike) -> np.ndarray:
    """Bell-diagonal coefficients of a Werner state, shape ``(..., 4)``.

    ``(F, (1-F)/3, (1-F)/3, (1-F)/3)`` with ``F = (1 + 3w)/4``, i.e. ``((1+3w)/4, (1-w)/4,
    (1-w)/4, (1-w)/4)``: the white-noise part spreads evenly over all four Bell states.
    """
    w_arr = in_range(w, "w", -1.0 / 3.0, 1.0)
    noise = (1.0 - w_arr) / 4.0
    return np.stack([(1.0 + 3.0 * w_arr) / 4.0, noise, noise, noise], axis=-1)


def check_bell_coefficients(coeffs: npt.ArrayLike, name: str = "coeffs") -> np.ndarray:
    """Validate Bell-diagonal coefficients: last axis of length 4, entries in [0, 1], sum 1."""
    c = as_array(coeffs, name)
    if c.ndim == 0 or c.shape[-1] != 4:
        raise ValueError(f"{name} must have a last axis of length 4, got shape {c.shape}")
    probability(c, name)
    if not np.allclose(c.sum(axis=-1), 1.0, atol=1e-9):
        raise ValueError(f"{name} must sum to 1 along the last axis")
    return c


def bell_diagonal_state(coeffs: npt.ArrayLike) -> np.ndarray:
    """Density matrix ``sum_k c_k |B_k><B_k|`` for coefficients over (Phi+, Psi+, Psi-, Phi-).

    ``coeffs`` has shape ``(..., 4)``; the result has shape ``(..., 4, 4)``.
    """
    c = check_bell_coefficients(coeffs)
    projectors = np.einsum("ki,kj->kij", _BELL, _BELL)
    return np.einsum("...k,kij->...ij", c, projectors)


def werner_state(w: npt.ArrayLike) -> np.ndarray:
    """Werner state ``w |Phi+><Phi+| + (1 - w) I/4``, one 4x4 matrix per entry of ``w``.

    The result has shape ``(..., 4, 4)`` for ``w`` of shape ``(...)``.

    Reference: Werner, Phys. Rev. A 40, 4277 (1989), in the Phi+-centred form of Duer et al. (1999).
    """
    return bell_diagonal_state(werner_bell_coefficients(w))


def bell_diagonal_coefficients(rho: npt.ArrayLike) -> np.ndarray:
    """Diagonal of ``rho`` in the Bell basis, ``<B_k|rho|B_k>``, shape ``(..., 4)``.

    For a Bell-diagonal state this recovers its coefficients; for any state it gives the
    coefficients of its Bell-twirled (Pauli-twirled) version.
    """
    r = np.asarray(rho)
    if r.shape[-2:] != (4, 4):
        raise ValueError(f"rho must have shape (..., 4, 4), got {r.shape}")
    return np.real(np.einsum("ki,...ij,kj->...k", _BELL, r, _BELL))


def fidelity_to_phi_plus(rho: npt.ArrayLike) -> np.ndarray | float:
    """Fidelity ``<Phi+|rho|Phi+>`` of a two-qubit density matrix (batch over leading axes)."""
    return out(bell_diagonal_coefficients(rho)[..., 0])
