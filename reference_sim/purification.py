"""Recurrence entanglement purification: BBPSSW and DEJMPS, ideal or with noisy operations.

Both protocols take two copies of a noisy pair, apply a bilateral CNOT (each party a CNOT from
its half of the *source* pair to its half of the *target* pair), measure the target halves in
the computational basis and keep the source pair when the two outcomes agree.

Working in the Pauli-error picture of :mod:`reference_sim.states` (a Bell-diagonal pair is
Phi+ with error ``P_k``, ``k`` over (I, X, Y, Z) with bits ``(x, z)`` = (0,0), (1,0), (1,1),
(0,1)), the bilateral CNOT maps source error ``(x1, z1)`` and target error ``(x2, z2)`` to
``(x1, z1 ^ z2)`` and ``(x1 ^ x2, z2)``; the target outcomes agree iff ``x1 ^ x2 = 0``
(Bennett, DiVincenzo, Smolin, Wootters, Phys. Rev. A 54, 3824 (1996), Sec. III). All formulas
below follow from this rule.

Noise follows Duer, Briegel, Cirac, Zoller, Phys. Rev. A 59, 169 (1999): each party's two-qubit
gate works with reliability ``p`` and otherwise leaves its two qubits maximally mixed, and each
one-qubit measurement gives the wrong result with probability ``1 - eta``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from reference_sim._validation import out, probability
from reference_sim.states import check_bell_coefficients, werner_bell_coefficients

_BITS = np.array([[0, 0], [1, 0], [1, 1], [0, 1]])  # (x, z) bits of I, X, Y, Z
_INDEX = {(0, 0): 0, (1, 0): 1, (1, 1): 2, (0, 1): 3}


def _transition_tables() -> tuple[np.ndarray, np.ndarray]:
    """(4, 4, 4) tables: [i, j, k] = 1 if source error i and target error j leave source error k
    with agreeing (first table) or disagreeing (second table) target outcomes."""
    agree = np.zeros((4, 4, 4))
    disagree = np.zeros((4, 4, 4))
    for i in range(4):
        x1, z1 = _BITS[i]
        for j in range(4):
            x2, z2 = _BITS[j]
            k = _INDEX[(int(x1), int(z1 ^ z2))]
            if x1 == x2:
                agree[i, j, k] = 1.0
            else:
                disagree[i, j, k] = 1.0
    return agree, disagree


_AGREE, _DISAGREE = _transition_tables()


def bcnot_purify(
    source: npt.ArrayLike,
    target: npt.ArrayLike,
    gate_fidelity: npt.ArrayLike = 1.0,
    measurement_fidelity: npt.ArrayLike = 1.0,
) -> tuple[np.ndarray, np.ndarray | float]:
    """One bilateral-CNOT purification step on two Bell-diagonal pairs.

    Returns ``(coefficients, success_probability)`` of the kept source pair. With ``p`` the gate
    reliability and ``eta`` the measurement fidelity, the unnormalised output is

    ``c'_k = p^2 [ (eta^2 + (1-eta)^2) A_k + 2 eta (1-eta) D_k ] + (1 - p^2) / 8``

    where ``A_k`` (``D_k``) sums ``c_s[i] c_t[j]`` over error pairs that leave source error ``k``
    with agreeing (disagreeing) target outcomes: a wrong measurement on one side turns a
    rejected pair into an accepted one. A failed gate on either side leaves all four qubits
    maximally mixed (the reduced state of each side of a Bell-diagonal pair is maximally mixed),
    which is accepted half of the time and contributes ``I/4``. The success probability is
    ``sum_k c'_k``. Reference: Duer et al., Phys. Rev. A 59, 169 (1999), Appendix.
    """
    cs = check_bell_coefficients(source, "source")
    ct = check_bell_coefficients(target, "target")
    p = probability(gate_fidelity, "gate_fidelity")[..., np.newaxis]
    eta = probability(measurement_fidelity, "measurement_fidelity")[..., np.newaxis]
    accepted = np.einsum("...i,...j,ijk->...k", cs, ct, _AGREE)
    rejected = np.einsum("...i,...j,ijk->...k", cs, ct, _DISAGREE)
    right = eta**2 + (1.0 - eta) ** 2
    wrong = 2.0 * eta * (1.0 - eta)
    unnormalised = p**2 * (right * accepted + wrong * rejected) + (1.0 - p**2) / 8.0
    success = unnormalised.sum(axis=-1)
    return unnormalised / success[..., np.newaxis], out(success)


def bbpssw_round(
    fidelity: npt.ArrayLike,
    gate_fidelity: npt.ArrayLike = 1.0,
    measurement_fidelity: npt.ArrayLike = 1.0,
) -> tuple[np.ndarray | float, np.ndarray | float]:
    """One BBPSSW round on two Werner pairs of fidelity ``F``; returns ``(F', p_success)``.

    Ideal operations give Bennett et al.'s formula

    ``F' = (F^2 + ((1-F)/3)^2) / N``, ``N = F^2 + 2 F (1-F)/3 + 5 ((1-F)/3)^2 = p_success``;

    noisy operations use :func:`bcnot_purify`. The output is twirled back to a Werner state, so
    only its Phi+ fidelity is kept. Reference: Bennett, Brassard, Popescu, Schumacher, Smolin,
    Wootters, Phys. Rev. Lett. 76, 722 (1996) (stated there for Psi-; Phi+ is
    equivalent by a local Pauli rotation).
    """
    f = probability(fidelity, "fidelity")
    coeffs = werner_bell_coefficients((4.0 * f - 1.0) / 3.0)
    out_coeffs, success = bcnot_purify(coeffs, coeffs, gate_fidelity, measurement_fidelity)
    return out(out_coeffs[..., 0]), success


def dejmps_round(
    coeffs: npt.ArrayLike,
    gate_fidelity: npt.ArrayLike = 1.0,
    measurement_fidelity: npt.ArrayLike = 1.0,
) -> tuple[np.ndarray, np.ndarray | float]:
    """One DEJMPS round on two identical Bell-diagonal pairs; returns ``(coeffs', p_success)``.

    Before the bilateral CNOT, Alice applies ``Rx(pi/2)`` and Bob ``Rx(-pi/2)``, which exchanges
    the Psi- and Phi- coefficients (Y and Z errors). In Deutsch et al.'s labels ``A = Phi+``,
    ``B = Psi-``, ``C = Psi+``, ``D = Phi-`` the ideal map is

    ``A' = (A^2 + B^2)/N``, ``B' = 2CD/N``, ``C' = (C^2 + D^2)/N``, ``D' = 2AB/N``,
    ``N = (A + B)^2 + (C + D)^2 = p_success``.

    Coefficients in and out use this library's order (Phi+, Psi+, Psi-, Phi-) = (A, C, B, D).
    Noisy operations use :func:`bcnot_purify` (the local rotations are taken as perfect).
    Reference: Deutsch, Ekert, Jozsa, Macchiavello, Popescu, Sanpera, Phys. Rev. Lett. 77, 2818
    (1996).
    """
    c = check_bell_coefficients(coeffs)
    rotated = c[..., [0, 1, 3, 2]]
    return bcnot_purify(rotated, rotated, gate_fidelity, measurement_fidelity)


@dataclass(frozen=True)
class RecurrenceResult:
    """Per-round record of a recurrence purification protocol (index 0 = input).

    ``coefficients`` has shape ``(rounds + 1, ..., 4)``; ``fidelity``, ``success_probability``
    and ``pair_cost`` have shape ``(rounds + 1, ...)``. ``success_probability[0]`` is 1 and
    ``pair_cost[n]`` is the expected number of input pairs consumed per output pair of round
    ``n``: ``cost_n = 2 cost_{n-1} / p_n``.
    """

    coefficients: np.ndarray
    fidelity: np.ndarray
    success_probability: np.ndarray
    pair_cost: np.ndarray


def purify_recurrence(
    initial: npt.ArrayLike,
    rounds: int,
    protocol: str = "dejmps",
    gate_fidelity: npt.ArrayLike = 1.0,
    measurement_fidelity: npt.ArrayLike = 1.0,
) -> RecurrenceResult:
    """Iterate a recurrence protocol ``rounds`` times, each round pairing two outputs of the last.

    ``initial`` is a fidelity for ``protocol="bbpssw"`` (Werner input) and Bell-diagonal
    coefficients for ``protocol="dejmps"``. Each round needs two pairs of the previous level and
    succeeds with probability ``p_n``, so the expected pair cost grows as ``prod_n 2 / p_n``.
    References: Bennett et al. (1996); Deutsch et al. (1996); Duer et al. (1999).
    """
    if rounds < 0 or int(rounds) != rounds:
        raise ValueError(f"rounds must be a non-negative integer, got {rounds!r}")
    if protocol == "bbpssw":
        f = probability(initial, "initial")
        coeffs = werner_bell_coefficients((4.0 * f - 1.0) / 3.0)
    elif protocol == "dejmps":
        coeffs = check_bell_coefficients(initial, "initial")
    else:
        raise ValueError(f"protocol must be 'bbpssw' or 'dejmps', got {protocol!r}")
    probability(gate_fidelity, "gate_fidelity")
    probability(measurement_fidelity, "measurement_fidelity")
    history = [coeffs]
    successes = [np.ones(coeffs.shape[:-1])]
    costs = [np.ones(coeffs.shape[:-1])]
    for _ in range(int(rounds)):
        if protocol == "bbpssw":
            f_new, p = bbpssw_round(coeffs[..., 0], gate_fidelity, measurement_fidelity)
            coeffs = werner_bell_coefficients((4.0 * np.asarray(f_new) - 1.0) / 3.0)
        else:
            coeffs, p = dejmps_round(coeffs, gate_fidelity, measurement_fidelity)
        p_arr = np.asarray(p)
        coeffs, p_arr = np.broadcast_arrays(coeffs, p_arr[..., np.newaxis])
        p_arr = p_arr[..., 0]
        history.append(np.array(coeffs))
        successes.append(p_arr)
        costs.append(2.0 * costs[-1] / p_arr)
    shape = np.broadcast_shapes(*(h.shape for h in history))
    stacked = np.stack([np.broadcast_to(h, shape) for h in history])
    lead = shape[:-1]
    return RecurrenceResult(
        coefficients=stacked,
        fidelity=stacked[..., 0],
        success_probability=np.stack([np.broadcast_to(s, lead) for s in successes]),
        pair_cost=np.stack([np.broadcast_to(c, lead) for c in costs]),
    )
