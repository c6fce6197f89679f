"""Secret-key rates of the QKD regimes, from reference_sim's asymptotic formulas.

Why one module: the trusted-relay hop (decoy-state BB84), the measurement-assisted section (MDI-QKD
or sending-or-not-sending TF-QKD) and the entanglement-based key (BBM92 on delivered pairs) share
the protocol parameters that no schema slot carries (misalignment, error-correction efficiency), so
they are read, and noted, in one place. All rates are asymptotic (infinite key): finite-key effects
only lower them, so a claim these formulas do not reach is not reached in practice either. Every
function takes arrays of transmissivities, so a distance sweep is one call."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from qnetspec.claims.defaults import DEFAULTS, Assumptions, value
from reference_sim import qkd
from reference_sim.states import werner_bell_coefficients

DECOY_BB84 = "decoy-state BB84 (Lo-Ma-Chen 2005)"
BBM92 = "BBM92 on delivered pairs"
MDI = "MDI-QKD (Ma-Razavi 2012)"
TF = "SNS TF-QKD (Wang-Yu-Hu 2018)"

_MU_GRID = np.geomspace(0.01, 1.5, 80)


@dataclass(frozen=True)
class QkdParameters:
    """Protocol constants no description states: misalignment ``e_d`` and EC inefficiency ``f``."""

    misalignment: float
    ec_efficiency: float


def ec_efficiency(log: Assumptions) -> float:
    f = value("ec_efficiency")
    log.note(f"error-correction efficiency f (no schema slot): assumed {f:g}")
    return f


def qkd_parameters(log: Assumptions) -> QkdParameters:
    e_d = value("misalignment")
    log.note(f"QKD misalignment error (no schema slot): assumed {e_d:g}")
    return QkdParameters(e_d, ec_efficiency(log))


def qkd_clock(declared: list[float | None], what: str, log: Assumptions) -> float:
    """Pulse rate of a QKD transmitter: a declared source rate, else the default."""
    rates = [r for r in declared if r is not None]
    if rates:
        return max(rates)
    default = DEFAULTS["repetition_rate_hz.qkd"]
    log.note(f"QKD pulse rate not given for {what}: assumed {default.value:g} Hz")
    return float(default.value)


def choose_direct_protocol(words: str, log: Assumptions) -> str:
    """BBM92 for an entanglement-based module, else decoy BB84 (the default, noted)."""
    if any(key in words for key in ("entanglement-based", "bbm92", "e91")):
        return BBM92
    if not any(key in words for key in ("prepare-and-measure", "bb84")):
        log.note(f"QKD protocol not given by the end devices: assumed {DECOY_BB84}")
    return DECOY_BB84


def choose_station_protocol(words: str, log: Assumptions) -> str:
    """TF-QKD if the station or ends say twin-field, MDI-QKD if they say so, else MDI (noted)."""
    if any(key in words for key in ("twin-field", "tf-qkd", "sns")):
        return TF
    if not any(key in words for key in ("measurement-device-independent", "mdi")):
        log.note(f"measurement protocol not given by the station or the ends: assumed {MDI}")
    return MDI


def decoy_key_per_pulse(
    eta: npt.ArrayLike, detector_efficiency: float, dark: float, params: QkdParameters
) -> np.ndarray:
    """Secret bits per pulse of decoy BB84 at its optimal signal intensity (random bases)."""
    _, rate = qkd.decoy_bb84_optimal_mu(
        np.asarray(eta, dtype=float),
        detector_efficiency,
        dark,
        params.misalignment,
        params.ec_efficiency,
        value("bb84_sifting"),
    )
    return np.maximum(np.asarray(rate, dtype=float), 0.0)


def mdi_key_per_pulse(
    eta_a: npt.ArrayLike,
    eta_b: npt.ArrayLike,
    detector_efficiency: float,
    dark: float,
    params: QkdParameters,
) -> np.ndarray:
    """Secret bits per pulse pair of MDI-QKD, maximised over both intensities on a grid.

    ``eta_a``, ``eta_b`` are the arms' channel transmissivities; the station's detector efficiency
    is folded in, as :func:`reference_sim.qkd.mdi_qkd` expects.
    """
    a = np.asarray(eta_a, dtype=float)[..., np.newaxis, np.newaxis] * detector_efficiency
    b = np.asarray(eta_b, dtype=float)[..., np.newaxis, np.newaxis] * detector_efficiency
    rates = qkd.mdi_qkd_key_rate(
        a,
        b,
        _MU_GRID[:, np.newaxis],
        _MU_GRID[np.newaxis, :],
        dark,
        params.misalignment,
        params.ec_efficiency,
    )
    return np.maximum(np.max(np.asarray(rates), axis=(-2, -1)), 0.0)


def tf_key_per_pulse(
    eta_a: npt.ArrayLike,
    eta_b: npt.ArrayLike,
    detector_efficiency: float,
    dark: float,
    params: QkdParameters,
) -> np.ndarray:
    """Secret bits per pulse of SNS TF-QKD, both arms taken as lossy as the worse one.

    reference_sim's formula is for a symmetric channel; taking the lossier arm twice can only lower
    the rate, and it keeps the result below the per-arm capacity bound, which the asymmetric
    protocol cannot beat either.
    """
    worse = np.minimum(np.asarray(eta_a, dtype=float), np.asarray(eta_b, dtype=float))
    rate, _, _ = qkd.sns_tf_qkd_optimal_key_rate(
        worse * worse, detector_efficiency, dark, params.misalignment, params.ec_efficiency
    )
    return np.maximum(np.asarray(rate, dtype=float), 0.0)


def bbm92_fraction(werner: npt.ArrayLike, f: float) -> np.ndarray:
    """Secret bits per delivered pair of BBM92 on the ensemble Werner state(s) ``werner``."""
    w = np.asarray(werner, dtype=float)
    w = np.where(np.isfinite(w), np.clip(w, -1.0 / 3.0, 1.0), -1.0 / 3.0)
    return np.asarray(qkd.bbm92_secret_fraction(werner_bell_coefficients(w), f), dtype=float)
