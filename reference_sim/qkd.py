"""Asymptotic secret-key rates of QKD protocols, and key rates of trusted-relay chains/networks.

All rates are secret bits per emitted pulse (or per distributed pair, for BBM92) in the
asymptotic (infinite-key) limit; multiply by the pulse repetition rate for bits per second.
Rates are clipped at zero: a negative value of a key-rate formula means "no key".

Channel transmissivities are the probability that a photon reaches the receiver's detector
input; detector efficiency is a separate argument where the protocol's formula needs it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from reference_sim._validation import in_range, nonnegative, out, positive, probability
from reference_sim.flow import capacity_matrix, max_flow
from reference_sim.states import check_bell_coefficients


def binary_entropy(p: npt.ArrayLike) -> np.ndarray | float:
    """Binary Shannon entropy ``h(p) = -p log2 p - (1-p) log2(1-p)``, with ``h(0) = h(1) = 0``."""
    q = probability(p, "p")
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(q > 0, -q * np.log2(np.where(q > 0, q, 1.0)), 0.0) + np.where(
            q < 1, -(1 - q) * np.log2(np.where(q < 1, 1 - q, 1.0)), 0.0
        )
    return out(terms)


def _h(p: np.ndarray) -> np.ndarray:
    """Binary entropy of values clipped to [0, 1/2] (error rates above 1/2 carry no key)."""
    return np.asarray(binary_entropy(np.clip(p, 0.0, 0.5)))


# --------------------------------------------------------------------------------------------
# BB84 with single photons and with decoy states
# --------------------------------------------------------------------------------------------


def bb84_secret_fraction(qber: npt.ArrayLike) -> np.ndarray | float:
    """Shor-Preskill secret fraction of sifted BB84 bits: ``r = max(0, 1 - 2 h(Q))``.

    Positive for ``Q`` below ~11%. Reference: Shor & Preskill, Phys. Rev. Lett. 85, 441 (2000).
    """
    q = probability(qber, "qber")
    return out(np.maximum(0.0, 1.0 - 2.0 * _h(q)))


def bb84_single_photon_key_rate(
    transmissivity: npt.ArrayLike, qber: npt.ArrayLike, sifting: npt.ArrayLike = 0.5
) -> np.ndarray | float:
    """BB84 key per pulse with an ideal single-photon source: ``R = s eta (1 - 2 h(Q))``.

    ``eta`` is the total transmissivity (channel times detector), ``s`` the sifting factor
    (1/2 for random basis choice). Reference: Shor & Preskill, Phys. Rev. Lett. 85, 441 (2000).
    """
    eta = probability(transmissivity, "transmissivity")
    s = probability(sifting, "sifting")
    return out(s * eta * np.asarray(bb84_secret_fraction(qber)))


@dataclass(frozen=True)
class DecoyQuantities:
    """Gains and error rates of decoy-state BB84 (Lo, Ma, Chen 2005 notation)."""

    gain: np.ndarray | float  # Q_mu
    qber: np.ndarray | float  # E_mu
    single_photon_gain: np.ndarray | float  # Q_1
    single_photon_error: np.ndarray | float  # e_1
    key_rate: np.ndarray | float  # R


def decoy_bb84(
    transmissivity: npt.ArrayLike,
    mu: npt.ArrayLike,
    detector_efficiency: npt.ArrayLike = 1.0,
    dark_count_probability: npt.ArrayLike = 0.0,
    misalignment: npt.ArrayLike = 0.0,
    ec_efficiency: npt.ArrayLike = 1.0,
    sifting: npt.ArrayLike = 0.5,
) -> DecoyQuantities:
    """Asymptotic decoy-state BB84 (infinitely many decoys) with its intermediate quantities.

    With ``eta = transmissivity * detector_efficiency``, ``Y0`` the dark/background count
    probability, ``e_d`` the misalignment error and ``e0 = 1/2`` (Lo, Ma, Chen 2005):

    * ``Y1 = Y0 + eta``, ``e1 = (e0 Y0 + e_d eta) / Y1``, ``Q1 = Y1 mu exp(-mu)``;
    * ``Q_mu = Y0 + 1 - exp(-eta mu)``, ``E_mu Q_mu = e0 Y0 + e_d (1 - exp(-eta mu))``;
    * GLLP key rate ``R = q { -Q_mu f h(E_mu) + Q1 [1 - h(e1)] }`` with ``q = sifting``.

    Reference: Lo, Ma, Chen, Phys. Rev. Lett. 94, 230504 (2005); Gottesman, Lo, Luetkenhaus,
    Preskill, Quantum Inf. Comput. 4, 325 (2004).
    """
    t = probability(transmissivity, "transmissivity")
    m = nonnegative(mu, "mu")
    eta = t * probability(detector_efficiency, "detector_efficiency")
    y0 = probability(dark_count_probability, "dark_count_probability")
    e_d = in_range(misalignment, "misalignment", 0.0, 0.5)
    f = positive(ec_efficiency, "ec_efficiency")
    q = probability(sifting, "sifting")
    detected = 1.0 - np.exp(-eta * m)
    gain = y0 + detected
    with np.errstate(divide="ignore", invalid="ignore"):
        qber = np.where(gain > 0, (0.5 * y0 + e_d * detected) / gain, 0.0)
        y1 = y0 + eta
        e1 = np.where(y1 > 0, (0.5 * y0 + e_d * eta) / y1, 0.0)
    q1 = y1 * m * np.exp(-m)
    rate = q * (-gain * f * _h(qber) + q1 * (1.0 - _h(e1)))
    return DecoyQuantities(out(gain), out(qber), out(q1), out(e1), out(np.maximum(rate, 0.0)))


def decoy_bb84_key_rate(
    transmissivity: npt.ArrayLike,
    mu: npt.ArrayLike,
    detector_efficiency: npt.ArrayLike = 1.0,
    dark_count_probability: npt.ArrayLike = 0.0,
    misalignment: npt.ArrayLike = 0.0,
    ec_efficiency: npt.ArrayLike = 1.0,
    sifting: npt.ArrayLike = 0.5,
) -> np.ndarray | float:
    """Key per pulse of asymptotic decoy-state BB84; see :func:`decoy_bb84` for the formula.

    Reference: Lo, Ma, Chen, Phys. Rev. Lett. 94, 230504 (2005).
    """
    return decoy_bb84(
        transmissivity,
        mu,
        detector_efficiency,
        dark_count_probability,
        misalignment,
        ec_efficiency,
        sifting,
    ).key_rate


def _maximise_over_grid(
    rate_fn: Callable[[np.ndarray], np.ndarray], grid: np.ndarray, shape: tuple[int, ...]
) -> tuple[np.ndarray, np.ndarray]:
    """Maximise ``rate_fn(x)`` over a 1-d grid for every entry of ``shape``, then refine once."""
    values = np.asarray(rate_fn(grid))  # shape (*shape, len(grid))
    best = np.argmax(values, axis=-1)
    lo = grid[np.clip(best - 1, 0, len(grid) - 1)]
    hi = grid[np.clip(best + 1, 0, len(grid) - 1)]
    fine = lo[..., np.newaxis] + (hi - lo)[..., np.newaxis] * np.linspace(0.0, 1.0, 101)
    fine_values = np.asarray(rate_fn(fine))
    fine_best = np.argmax(fine_values, axis=-1)
    x = np.take_along_axis(fine, fine_best[..., np.newaxis], axis=-1)[..., 0]
    r = np.take_along_axis(fine_values, fine_best[..., np.newaxis], axis=-1)[..., 0]
    return np.broadcast_to(x, shape), np.broadcast_to(r, shape)


def decoy_bb84_optimal_mu(
    transmissivity: npt.ArrayLike,
    detector_efficiency: npt.ArrayLike = 1.0,
    dark_count_probability: npt.ArrayLike = 0.0,
    misalignment: npt.ArrayLike = 0.0,
    ec_efficiency: npt.ArrayLike = 1.0,
    sifting: npt.ArrayLike = 0.5,
) -> tuple[np.ndarray | float, np.ndarray | float]:
    """Signal intensity ``mu`` in (0, 2] maximising the decoy-BB84 rate; returns ``(mu, rate)``.

    Grid search (log-spaced) refined once around the best point; where no key is possible the
    rate is 0 and the returned ``mu`` is arbitrary. Lo, Ma, Chen (2005) find ``mu ~ 0.5`` for
    typical parameters.
    """
    args = [
        np.asarray(a, dtype=float)[..., np.newaxis]
        for a in (
            transmissivity,
            detector_efficiency,
            dark_count_probability,
            misalignment,
            ec_efficiency,
            sifting,
        )
    ]
    shape = np.broadcast_shapes(*(a.shape[:-1] for a in args))
    grid = np.geomspace(1e-4, 2.0, 400)

    def rate(m: np.ndarray) -> np.ndarray:
        return np.asarray(decoy_bb84_key_rate(args[0], m, *args[1:]))

    mu_best, rate_best = _maximise_over_grid(rate, grid, shape)
    return out(np.array(mu_best)), out(np.array(rate_best))


# --------------------------------------------------------------------------------------------
# Entanglement-based QKD
# --------------------------------------------------------------------------------------------


def bbm92_error_rates(coeffs: npt.ArrayLike) -> tuple[np.ndarray | float, np.ndarray | float]:
    """Bit error rates ``(e_z, e_x)`` of a Bell-diagonal pair measured in Z and in X.

    Ideal Phi+ gives perfectly correlated Z and X outcomes. An X or Y error (Psi+, Psi-)
    anticommutes with Z and flips the Z outcome; a Z or Y error (Phi-, Psi-) flips the X outcome.
    So ``e_z = c[Psi+] + c[Psi-]``, ``e_x = c[Psi-] + c[Phi-]``; for a Werner state both equal
    ``2(1-F)/3``.
    """
    c = check_bell_coefficients(coeffs)
    return out(c[..., 1] + c[..., 2]), out(c[..., 2] + c[..., 3])


def bbm92_secret_fraction(
    coeffs: npt.ArrayLike, ec_efficiency: npt.ArrayLike = 1.0
) -> np.ndarray | float:
    """Secret bits per sifted pair of BBM92 on Bell-diagonal pairs: ``1 - f h(e_z) - h(e_x)``.

    Key from the Z basis, phase error from the X basis (``e_x``), Shor-Preskill style; clipped
    at zero. Asymptotically efficient basis choice (no 1/2 sifting). References: Bennett,
    Brassard, Mermin, Phys. Rev. Lett. 68, 557 (1992); Ma, Fung, Lo, Phys. Rev. A 76, 012307
    (2007); Shor & Preskill, Phys. Rev. Lett. 85, 441 (2000).
    """
    e_z, e_x = bbm92_error_rates(coeffs)
    f = positive(ec_efficiency, "ec_efficiency")
    return out(np.maximum(0.0, 1.0 - f * _h(np.asarray(e_z)) - _h(np.asarray(e_x))))


# --------------------------------------------------------------------------------------------
# MDI-QKD
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MdiQuantities:
    """Gains, error rates and key rate of asymptotic decoy MDI-QKD (Ma & Razavi 2012 model)."""

    gain_rect: np.ndarray | float  # Q_rect
    qber_rect: np.ndarray | float  # E_rect
    gain_diag: np.ndarray | float  # Q_diag
    qber_diag: np.ndarray | float  # E_diag
    yield_11: np.ndarray | float  # Y_11
    error_11: np.ndarray | float  # e_11 (diagonal basis)
    key_rate: np.ndarray | float  # R


def mdi_qkd(
    eta_a: npt.ArrayLike,
    eta_b: npt.ArrayLike,
    mu_a: npt.ArrayLike = 0.5,
    mu_b: npt.ArrayLike = 0.5,
    dark_count_probability: npt.ArrayLike = 0.0,
    misalignment: npt.ArrayLike = 0.0,
    ec_efficiency: npt.ArrayLike = 1.0,
) -> MdiQuantities:
    """Asymptotic polarisation-encoded MDI-QKD with infinite decoys and its gains/error rates.

    ``eta_a``, ``eta_b``: transmissivity from Alice/Bob to Charlie including detector efficiency;
    ``Y0``: dark-count probability per detector (four threshold detectors); ``e_d``: misalignment.
    Closed forms of Ma & Razavi, Phys. Rev. A 86, 062319 (2012), Appendix, as restated in
    Xu, Curty, Qi, Lo, New J. Phys. 15, 113007 (2013), Appendix B; with
    ``x = sqrt(eta_a mu_a eta_b mu_b)/2``, ``mu' = eta_a mu_a + eta_b mu_b``,
    ``y = (1 - Y0) exp(-mu'/4)``, ``I0`` the modified Bessel function:

    * ``Q_C = 2 (1-Y0)^2 e^{-mu'/2} [1 - (1-Y0) e^{-eta_a mu_a/2}][1 - (1-Y0) e^{-eta_b mu_b/2}]``
    * ``Q_E = 2 Y0 (1-Y0)^2 e^{-mu'/2} [I0(2x) - (1-Y0) e^{-mu'/2}]``
    * ``Q_rect = Q_C + Q_E``, ``E_rect Q_rect = e_d Q_C + (1 - e_d) Q_E``
    * ``Q_diag = 2 y^2 [1 + 2 y^2 - 4 y I0(x) + I0(2x)]``,
      ``E_diag Q_diag = Q_diag/2 - 2 (1/2 - e_d) y^2 [I0(2x) - 1]``
    * ``Y11 = (1-Y0)^2 [eta_a eta_b/2 + (2 eta_a + 2 eta_b - 3 eta_a eta_b) Y0
      + 4 (1-eta_a)(1-eta_b) Y0^2]``, ``e11 Y11 = Y11/2 - (1/2 - e_d)(1-Y0)^2 eta_a eta_b/2``

    Key rate (Lo, Curty, Qi, Phys. Rev. Lett. 108, 130503 (2012)), key from the
    rectilinear basis, no sifting factor (asymptotically biased basis choice):
    ``R = Q11 [1 - h(e11)] - Q_rect f h(E_rect)``, ``Q11 = mu_a mu_b e^{-mu_a - mu_b} Y11``.
    """
    ea = probability(eta_a, "eta_a")
    eb = probability(eta_b, "eta_b")
    ma = nonnegative(mu_a, "mu_a")
    mb = nonnegative(mu_b, "mu_b")
    y0 = probability(dark_count_probability, "dark_count_probability")
    e_d = in_range(misalignment, "misalignment", 0.0, 0.5)
    f = positive(ec_efficiency, "ec_efficiency")
    a, b = ea * ma, eb * mb
    x = np.sqrt(a * b) / 2.0
    mu_p = a + b
    y = (1.0 - y0) * np.exp(-mu_p / 4.0)
    i0x, i02x = np.i0(x), np.i0(2.0 * x)
    q_c = (
        2.0
        * (1.0 - y0) ** 2
        * np.exp(-mu_p / 2.0)
        * (1.0 - (1.0 - y0) * np.exp(-a / 2.0))
        * (1.0 - (1.0 - y0) * np.exp(-b / 2.0))
    )
    q_e = (
        2.0 * y0 * (1.0 - y0) ** 2 * np.exp(-mu_p / 2.0) * (i02x - (1.0 - y0) * np.exp(-mu_p / 2.0))
    )
    q_rect = q_c + q_e
    q_diag = 2.0 * y**2 * (1.0 + 2.0 * y**2 - 4.0 * y * i0x + i02x)
    y11 = (1.0 - y0) ** 2 * (
        ea * eb / 2.0
        + (2.0 * ea + 2.0 * eb - 3.0 * ea * eb) * y0
        + 4.0 * (1 - ea) * (1 - eb) * y0**2
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        e_rect = np.where(q_rect > 0, (e_d * q_c + (1.0 - e_d) * q_e) / q_rect, 0.0)
        e_diag = np.where(q_diag > 0, 0.5 - 2.0 * (0.5 - e_d) * y**2 * (i02x - 1.0) / q_diag, 0.0)
        e11 = np.where(y11 > 0, 0.5 - (0.5 - e_d) * (1.0 - y0) ** 2 * ea * eb / 2.0 / y11, 0.0)
    q11 = ma * mb * np.exp(-ma - mb) * y11
    rate = q11 * (1.0 - _h(e11)) - q_rect * f * _h(e_rect)
    return MdiQuantities(
        out(q_rect),
        out(e_rect),
        out(q_diag),
        out(e_diag),
        out(y11),
        out(e11),
        out(np.maximum(rate, 0.0)),
    )


def mdi_qkd_key_rate(
    eta_a: npt.ArrayLike,
    eta_b: npt.ArrayLike,
    mu_a: npt.ArrayLike = 0.5,
    mu_b: npt.ArrayLike = 0.5,
    dark_count_probability: npt.ArrayLike = 0.0,
    misalignment: npt.ArrayLike = 0.0,
    ec_efficiency: npt.ArrayLike = 1.0,
) -> np.ndarray | float:
    """Key per pulse pair of asymptotic MDI-QKD; formula and references in :func:`mdi_qkd`."""
    return mdi_qkd(
        eta_a, eta_b, mu_a, mu_b, dark_count_probability, misalignment, ec_efficiency
    ).key_rate


# --------------------------------------------------------------------------------------------
# Twin-field QKD: sending-or-not-sending
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SnsQuantities:
    """Z-window statistics and key rate of asymptotic SNS TF-QKD."""

    gain_z: np.ndarray | float  # S_Z, probability of an effective (single-click) Z event
    qber_z: np.ndarray | float  # E_Z
    single_photon_yield: np.ndarray | float  # s_1
    phase_error: np.ndarray | float  # e_1^ph
    key_rate: np.ndarray | float  # R


def sns_tf_qkd(
    transmissivity: npt.ArrayLike,
    mu: npt.ArrayLike,
    send_probability: npt.ArrayLike,
    detector_efficiency: npt.ArrayLike = 1.0,
    dark_count_probability: npt.ArrayLike = 0.0,
    misalignment: npt.ArrayLike = 0.0,
    ec_efficiency: npt.ArrayLike = 1.0,
) -> SnsQuantities:
    """Asymptotic sending-or-not-sending TF-QKD over a symmetric channel, with its statistics.

    ``transmissivity`` is that of the whole Alice-Bob channel with Charlie in the middle, so each
    arm (detector included) has ``eta = sqrt(transmissivity) * detector_efficiency``. Alice and
    Bob each send a phase-randomised coherent state of intensity ``mu`` with probability
    ``eps`` (``send_probability``); an effective event is exactly one of Charlie's two detectors
    (dark-count probability ``p_d``) clicking. Averaging over the random relative phase:

    * neither sends: ``2 p_d (1 - p_d)``; one sends: ``2 (1-p_d) e^{-eta mu/2} [1 - (1-p_d)
      e^{-eta mu/2}]``; both send: ``2 (1-p_d) e^{-eta mu} I0(eta mu) - 2 (1-p_d)^2 e^{-2 eta mu}``;
    * ``S_Z`` weights these by ``(1-eps)^2``, ``2 eps (1-eps)``, ``eps^2``; bit errors are the
      "neither" and "both" events, giving ``E_Z``;
    * untagged single-photon yield ``s1 = (1-p_d) [eta + 2 (1-eta) p_d]`` and its phase-flip
      error ``e1 = (1-p_d) [e_d eta + (1-eta) p_d] / s1`` (misalignment routes the photon to the
      wrong detector), taking the asymptotic decoy limit and ideal phase post-selection;
    * ``R = 2 eps (1-eps) mu e^{-mu} s1 [1 - h(e1)] - f S_Z h(E_Z)``.

    The key term is linear in ``eta``, i.e. in ``sqrt(transmissivity)``, which is how TF-QKD
    beats the PLOB bound. Reference: Wang, Yu, Hu, Phys. Rev. A 98, 062323 (2018) (key-rate
    formula); Lucamarini, Yuan, Dynes, Shields, Nature 557, 400 (2018) (twin-field idea). The
    event probabilities above are this library's derivation for threshold detectors.
    """
    t = probability(transmissivity, "transmissivity")
    m = nonnegative(mu, "mu")
    eps = probability(send_probability, "send_probability")
    eta = np.sqrt(t) * probability(detector_efficiency, "detector_efficiency")
    pd = probability(dark_count_probability, "dark_count_probability")
    e_d = in_range(misalignment, "misalignment", 0.0, 0.5)
    f = positive(ec_efficiency, "ec_efficiency")
    none_sends = 2.0 * pd * (1.0 - pd)
    half = np.exp(-eta * m / 2.0)
    one_sends = 2.0 * (1.0 - pd) * half * (1.0 - (1.0 - pd) * half)
    both_send = 2.0 * (1.0 - pd) * np.exp(-eta * m) * np.i0(eta * m) - 2.0 * (1.0 - pd) ** 2 * (
        np.exp(-2.0 * eta * m)
    )
    errors = (1.0 - eps) ** 2 * none_sends + eps**2 * both_send
    gain = errors + 2.0 * eps * (1.0 - eps) * one_sends
    s1 = (1.0 - pd) * (eta + 2.0 * (1.0 - eta) * pd)
    with np.errstate(divide="ignore", invalid="ignore"):
        qber = np.where(gain > 0, errors / gain, 0.0)
        e1 = np.where(s1 > 0, (1.0 - pd) * (e_d * eta + (1.0 - eta) * pd) / s1, 0.5)
    n1 = 2.0 * eps * (1.0 - eps) * m * np.exp(-m) * s1
    rate = n1 * (1.0 - _h(e1)) - f * gain * _h(qber)
    return SnsQuantities(out(gain), out(qber), out(s1), out(e1), out(np.maximum(rate, 0.0)))


def sns_tf_qkd_key_rate(
    transmissivity: npt.ArrayLike,
    mu: npt.ArrayLike,
    send_probability: npt.ArrayLike,
    detector_efficiency: npt.ArrayLike = 1.0,
    dark_count_probability: npt.ArrayLike = 0.0,
    misalignment: npt.ArrayLike = 0.0,
    ec_efficiency: npt.ArrayLike = 1.0,
) -> np.ndarray | float:
    """Key per pulse of asymptotic SNS TF-QKD; formula and references in :func:`sns_tf_qkd`."""
    return sns_tf_qkd(
        transmissivity,
        mu,
        send_probability,
        detector_efficiency,
        dark_count_probability,
        misalignment,
        ec_efficiency,
    ).key_rate


def sns_tf_qkd_optimal_key_rate(
    transmissivity: npt.ArrayLike,
    detector_efficiency: npt.ArrayLike = 1.0,
    dark_count_probability: npt.ArrayLike = 0.0,
    misalignment: npt.ArrayLike = 0.0,
    ec_efficiency: npt.ArrayLike = 1.0,
) -> tuple[np.ndarray | float, np.ndarray | float, np.ndarray | float]:
    """SNS key rate maximised over ``mu`` and ``eps`` by grid search; returns ``(rate, mu, eps)``.

    Grids: ``mu`` in [0.01, 1.5] and ``eps`` in [0.001, 0.5], log-spaced (121 x 121 points), one
    refinement around the best point. Good to a few per cent of the true optimum.
    """
    t = np.asarray(probability(transmissivity, "transmissivity"))[..., np.newaxis, np.newaxis]
    extra = [
        np.asarray(a, dtype=float)[..., np.newaxis, np.newaxis]
        for a in (detector_efficiency, dark_count_probability, misalignment, ec_efficiency)
    ]
    shape = np.broadcast_shapes(t.shape[:-2], *(a.shape[:-2] for a in extra))

    def search(mus: np.ndarray, epss: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        m = mus[..., :, np.newaxis]
        e = epss[..., np.newaxis, :]
        r = np.asarray(sns_tf_qkd_key_rate(t, m, e, *extra))
        r = np.broadcast_to(r, (*shape, r.shape[-2], r.shape[-1])).reshape(*shape, -1)
        k = np.argmax(r, axis=-1)
        i, j = np.unravel_index(k, (m.shape[-2], e.shape[-1]))
        best_r = np.take_along_axis(r, k[..., np.newaxis], axis=-1)[..., 0]
        mu_b = np.broadcast_to(mus, (*shape, mus.shape[-1]))
        eps_b = np.broadcast_to(epss, (*shape, epss.shape[-1]))
        return (
            best_r,
            np.take_along_axis(mu_b, np.asarray(i)[..., np.newaxis], axis=-1)[..., 0],
            np.take_along_axis(eps_b, np.asarray(j)[..., np.newaxis], axis=-1)[..., 0],
        )

    mu_grid = np.geomspace(0.01, 1.5, 121)
    eps_grid = np.geomspace(0.001, 0.5, 121)
    _, mu0, eps0 = search(mu_grid, eps_grid)
    ratio = np.linspace(-1.0, 1.0, 41)
    step_mu = np.log(mu_grid[1] / mu_grid[0])
    step_eps = np.log(eps_grid[1] / eps_grid[0])
    mu_fine = mu0[..., np.newaxis] * np.exp(step_mu * ratio)
    eps_fine = np.minimum(eps0[..., np.newaxis] * np.exp(step_eps * ratio), 0.5)
    rate, mu_best, eps_best = search(mu_fine, eps_fine)
    return out(rate), out(mu_best), out(eps_best)


# --------------------------------------------------------------------------------------------
# Trusted relays
# --------------------------------------------------------------------------------------------


def trusted_relay_chain_key_rate(link_key_rates: npt.ArrayLike) -> np.ndarray | float:
    """End-to-end key rate of a chain of trusted relays: the slowest link, ``min_i R_i``.

    Each relay one-time-pads the key of one link with the key of the next (hop-by-hop key
    forwarding), so one end-to-end key bit consumes one key bit on every link. The last axis
    runs over links. Reference: Salvail, Peev, Diamanti, Alleaume, Luetkenhaus, Laenger,
    J. Comput. Secur. 18, 61 (2010); Peev et al. (SECOQC), New J. Phys. 11, 075001 (2009).
    """
    r = nonnegative(link_key_rates, "link_key_rates")
    if r.ndim == 0 or r.shape[-1] == 0:
        raise ValueError("link_key_rates must contain at least one link (last axis)")
    return out(np.min(r, axis=-1))


def trusted_relay_network_key_rate(
    edges: Iterable[tuple[Hashable, Hashable, float]], source: Hashable, target: Hashable
) -> float:
    """End-to-end key rate through a network of trusted relays: the max flow of link key rates.

    Key can be forwarded along several routes at once and the parts combined, so the rate is the
    maximum ``source``-``target`` flow with edge capacities equal to the (undirected) link key
    rates, which equals the minimum cut. Reference: Ford & Fulkerson, Can. J. Math. 8, 399
    (1956); applied to trusted-node QKD networks in e.g. Tysowski, Ling, Luetkenhaus, Mosca,
    Quantum Sci. Technol. 3, 024001 (2018).
    """
    matrix, nodes = capacity_matrix(edges, combine="sum")
    for name, node in (("source", source), ("target", target)):
        if node not in nodes:
            raise ValueError(f"{name} {node!r} is not an endpoint of any edge")
    return max_flow(matrix, nodes.index(source), nodes.index(target)).value
