"""The exact and the Monte Carlo engine agree on the same inputs.

Both engines implement the model of :class:`reference_sim.chain.ChainParameters` (nested
protocol after Brand, Coopmans, Elkouss, IEEE JSAC 38, 619 (2020)); the exact engine evaluates
its recursion with cumulative sums and FFTs, the Monte Carlo engine plays the protocol. Each
configuration compares the exact ``E[T]``, ``E[w]`` and fidelity with the Monte Carlo
confidence intervals. Those are taken at 99.9 % rather than 95 %: about 40 intervals are
checked, and at 95 % two of them would be expected to miss by chance. That 95 % intervals cover
the exact value 95 % of the time is tested separately.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from reference_sim.chain import ChainParameters, delivery_distribution, run_exact, run_montecarlo

T_ATT = 1e-3
CONFIGS = {
    "N2": dict(n_segments=2, p_gen=0.1),
    "N2-decoherence": dict(n_segments=2, p_gen=0.1, coherence_time_s=0.05, link_werner=0.98),
    "N2-cutoff-pswap": dict(
        n_segments=2, p_gen=0.2, p_swap=0.6, cutoff_steps=3, coherence_time_s=0.02
    ),
    "N2-swap-asap": dict(
        n_segments=2,
        p_gen=0.15,
        p_swap=0.7,
        cutoff_steps=5,
        coherence_time_s=0.03,
        protocol="swap_asap",
    ),
    "N4-decoherence": dict(n_segments=4, p_gen=0.2, coherence_time_s=0.1, link_werner=0.97),
    "N4-cutoff-pswap-noise": dict(
        n_segments=4,
        p_gen=0.3,
        p_swap=0.5,
        cutoff_steps=6,
        coherence_time_s=0.05,
        link_werner=0.97,
        gate_fidelity=0.99,
    ),
    "N4-multiplexed": dict(
        n_segments=4, p_gen=0.05, multiplexing=3, cutoff_steps=10, coherence_time_s=0.08
    ),
    "N8-cutoff-pswap": dict(
        n_segments=8, p_gen=0.3, p_swap=0.8, cutoff_steps=6, coherence_time_s=0.3
    ),
    "N8-unequal": dict(
        n_segments=8,
        p_gen=(0.3, 0.2, 0.5, 0.3, 0.25, 0.4, 0.15, 0.3),
        p_swap=0.9,
        cutoff_steps=10,
        coherence_time_s=0.3,
        link_werner=0.99,
    ),
}


@pytest.mark.parametrize("name", list(CONFIGS))
def test_exact_value_lies_in_monte_carlo_interval(name: str) -> None:
    """Mean waiting time, rate, mean Werner parameter and fidelity: exact inside MC interval."""
    cfg = ChainParameters(attempt_time_s=T_ATT, **CONFIGS[name])
    exact = run_exact(cfg)
    mc = run_montecarlo(cfg, 100_000, seed=2024, confidence=0.999)
    low, high = mc.waiting_steps_ci
    assert low <= exact.mean_waiting_steps <= high, (exact.mean_waiting_steps, low, high)
    low, high = mc.rate_ci_hz
    assert low <= exact.rate_hz <= high
    low, high = mc.werner_ci
    assert low - 1e-12 <= exact.mean_werner <= high + 1e-12, (exact.mean_werner, low, high)
    low, high = mc.fidelity_ci
    assert low - 1e-12 <= exact.mean_fidelity <= high + 1e-12
    # The intervals are informative, not trivially wide.
    assert mc.waiting_steps_ci[1] - mc.waiting_steps_ci[0] < 0.05 * exact.mean_waiting_steps


@pytest.mark.parametrize("name", ["N4-cutoff-pswap-noise", "N8-unequal", "N2-swap-asap"])
def test_whole_waiting_time_distribution_agrees(name: str) -> None:
    """Empirical CDF of Monte Carlo waiting times within the Dvoretzky-Kiefer-Wolfowitz band
    ``sqrt(ln(2/delta) / (2n))`` of the exact CDF (Massart, Ann. Probab. 18, 1269 (1990)),
    delta = 1e-6."""
    cfg = ChainParameters(attempt_time_s=T_ATT, **CONFIGS[name])
    cdf = np.cumsum(delivery_distribution(cfg).pmf)
    mc = run_montecarlo(cfg, 100_000, seed=99)
    assert mc.waiting_steps_samples is not None
    steps = np.sort(mc.waiting_steps_samples)
    t = np.arange(cdf.size)
    empirical = np.searchsorted(steps, t, side="right") / steps.size
    band = math.sqrt(math.log(2 / 1e-6) / (2 * steps.size))
    assert np.max(np.abs(empirical - cdf)) < band


def test_conditional_werner_agrees_at_the_likeliest_times() -> None:
    """``E[w | T = t]`` of the exact engine vs. the Monte Carlo average over deliveries at ``t``
    (decoherence makes it depend on ``t``)."""
    cfg = ChainParameters(attempt_time_s=T_ATT, **CONFIGS["N4-cutoff-pswap-noise"])
    dist = delivery_distribution(cfg)
    mc = run_montecarlo(cfg, 200_000, seed=5)
    assert mc.waiting_steps_samples is not None and mc.werner_samples is not None
    conditional = dist.conditional_werner()
    for t in np.argsort(dist.pmf)[-5:]:
        at_t = mc.werner_samples[mc.waiting_steps_samples == t]
        sem = at_t.std(ddof=1) / math.sqrt(at_t.size)
        assert abs(at_t.mean() - conditional[t]) < 4 * sem + 1e-12


def test_95_percent_intervals_cover_the_exact_value_about_95_percent_of_the_time() -> None:
    """Coverage of the Monte Carlo intervals: 300 independent small runs; the count of 95 %
    intervals containing the exact ``E[T]`` (and ``E[w]``) is Binomial(300, 0.95) if the
    intervals are right, i.e. 285 +- 3.8; accept 270..297 (about -4 / +3 sigma)."""
    cfg = ChainParameters(attempt_time_s=T_ATT, **CONFIGS["N2-cutoff-pswap"])
    exact = run_exact(cfg)
    hits_t = hits_w = 0
    for seed in range(300):
        mc = run_montecarlo(cfg, 400, seed=seed, keep_samples=False)
        hits_t += mc.waiting_steps_ci[0] <= exact.mean_waiting_steps <= mc.waiting_steps_ci[1]
        hits_w += mc.werner_ci[0] <= exact.mean_werner <= mc.werner_ci[1]
    assert 270 <= hits_t <= 297
    assert 270 <= hits_w <= 297
