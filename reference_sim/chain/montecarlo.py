"""Vectorised Monte Carlo engine for repeater chains: rate, fidelity, their spread and key rate.

Deliveries are independent runs of the chain from empty, simulated as arrays (see
:mod:`reference_sim.chain.sample_nested` and :mod:`reference_sim.chain.sample_swap_asap`). The
engine reports sample means with normal-approximation confidence intervals, and keeps the
samples so the full fidelity and latency distributions can be inspected. It models exactly what
:mod:`reference_sim.chain.exact` computes (plus swap-asap for any N), so the two must agree
within these intervals.
"""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np

from reference_sim.chain.key_rate import ensemble_secret_fraction
from reference_sim.chain.parameters import ChainParameters
from reference_sim.chain.result import ChainResult
from reference_sim.chain.sample_nested import sample_nested
from reference_sim.chain.sample_swap_asap import sample_swap_asap

ENGINE_NAME = "monte carlo (vectorised)"

Seed = int | np.random.Generator | None


def sample_deliveries(
    params: ChainParameters, n: int, seed: Seed = None
) -> tuple[np.ndarray, np.ndarray]:
    """``n`` independent deliveries: waiting steps (int64) and Werner parameters (float)."""
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    rng = np.random.default_rng(seed)
    if params.protocol == "nested":
        return sample_nested(params, n, rng)
    return sample_swap_asap(params, n, rng)


def _mean_ci(x: np.ndarray, z: float) -> tuple[float, tuple[float, float], float]:
    """Sample mean, its normal-approximation interval ``mean +- z s / sqrt(n)``, and ``s``."""
    mean = float(x.mean())
    std = float(x.std(ddof=1)) if x.size > 1 else math.inf
    half = z * std / math.sqrt(x.size)
    return mean, (mean - half, mean + half), std


def _z_value(confidence: float) -> float:
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must lie in (0, 1), got {confidence!r}")
    return NormalDist().inv_cdf(0.5 + confidence / 2.0)


def _werner_ci(werner: np.ndarray, z: float) -> tuple[float, tuple[float, float]]:
    mean, (low, high), _ = _mean_ci(werner, z)
    return mean, (max(low, -1.0 / 3.0), min(high, 1.0))


def run_montecarlo(
    params: ChainParameters,
    n_deliveries: int = 100_000,
    *,
    seed: Seed = None,
    confidence: float = 0.95,
    keep_samples: bool = True,
) -> ChainResult:
    """Simulate ``n_deliveries`` independent deliveries and summarise them.

    ``rate_hz = 1 / (mean(T) t_attempt)``; its interval is the image of the interval of
    ``mean(T)``. The fidelity is ``(1 + 3 mean(w)) / 4`` with the interval of ``mean(w)`` mapped
    the same way. Intervals are central-limit (normal) intervals at ``confidence``.
    """
    z = _z_value(confidence)
    steps, werner = sample_deliveries(params, n_deliveries, seed)
    mean_t, (t_low, t_high), _ = _mean_ci(steps.astype(float), z)
    w, w_ci = _werner_ci(werner, z)
    t_att = params.attempt_time_s
    rate = 1.0 / (mean_t * t_att)
    rate_ci = (1.0 / (t_high * t_att), 1.0 / (t_low * t_att) if t_low > 0 else math.inf)
    fraction = ensemble_secret_fraction(w)
    return ChainResult(
        engine=ENGINE_NAME,
        rate_hz=rate,
        rate_ci_hz=rate_ci,
        mean_waiting_steps=mean_t,
        waiting_steps_ci=(t_low, t_high),
        mean_latency_s=mean_t * t_att,
        mean_werner=w,
        werner_ci=w_ci,
        secret_key_fraction=fraction,
        secret_key_rate_hz=rate * fraction,
        assumptions=(*params.assumptions(), f"{n_deliveries} deliveries, {confidence:.3g} CI"),
        n_deliveries=n_deliveries,
        werner_samples=werner if keep_samples else None,
        waiting_steps_samples=steps if keep_samples else None,
    )


def simulate_operation(
    params: ChainParameters,
    duration_s: float,
    *,
    seed: Seed = None,
    confidence: float = 0.95,
) -> ChainResult:
    """Run the chain for ``duration_s`` of operation, one delivery after another.

    Waiting times are drawn in growing batches until their running sum passes the duration; the
    deliveries completed in time are counted. ``rate_hz`` is count / duration. Its interval uses
    the renewal central limit theorem, ``Var N(t) ~ t s^2 / mu^3`` for waiting-time mean ``mu``
    and standard deviation ``s`` (Cox, *Renewal Theory*, Methuen 1962, Sec. 3.3); fidelity
    statistics are over the completed deliveries (``nan`` if there were none).
    """
    if not duration_s > 0.0:
        raise ValueError(f"duration_s must be positive, got {duration_s!r}")
    z = _z_value(confidence)
    rng = np.random.default_rng(seed)
    t_att = params.attempt_time_s
    budget = duration_s / t_att
    steps_parts: list[np.ndarray] = []
    werner_parts: list[np.ndarray] = []
    used = 0.0
    batch = 64
    while used <= budget:
        steps, werner = sample_deliveries(params, batch, rng)
        steps_parts.append(steps)
        werner_parts.append(werner)
        used += float(steps.sum())
        if used <= budget:  # aim the next batch at the remaining time
            per = used / sum(part.size for part in steps_parts)
            batch = int(min(1 << 22, max(64, 1.2 * (budget - used) / per + 16)))
    all_steps = np.concatenate(steps_parts)
    completed = int(np.searchsorted(np.cumsum(all_steps), budget, side="right"))
    steps = all_steps[:completed]
    werner = np.concatenate(werner_parts)[:completed]
    rate = completed / duration_s
    if completed >= 2:
        mu = float(steps.mean()) * t_att
        sigma = float(steps.std(ddof=1)) * t_att
        half = z * math.sqrt(duration_s * sigma**2 / mu**3) / duration_s
        w, w_ci = _werner_ci(werner, z)
        mean_t, t_ci, _ = _mean_ci(steps.astype(float), z)
    else:
        half = math.inf
        w, w_ci = (float(werner[0]), (-1.0 / 3.0, 1.0)) if completed else (math.nan, (-1 / 3, 1))
        mean_t, t_ci = (float(steps[0]) if completed else math.inf), (0.0, math.inf)
    fraction = ensemble_secret_fraction(w)
    return ChainResult(
        engine=ENGINE_NAME,
        rate_hz=rate,
        rate_ci_hz=(max(0.0, rate - half), rate + half),
        mean_waiting_steps=mean_t,
        waiting_steps_ci=t_ci,
        mean_latency_s=mean_t * t_att,
        mean_werner=w,
        werner_ci=w_ci,
        secret_key_fraction=fraction,
        secret_key_rate_hz=rate * fraction,
        assumptions=(*params.assumptions(), f"{duration_s:g} s of sequential operation"),
        n_deliveries=completed,
        werner_samples=werner,
        waiting_steps_samples=steps,
    )
