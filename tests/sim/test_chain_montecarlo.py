"""Monte Carlo chain engine against closed forms and an independent step-by-step simulator.

Statistical checks use z-scores of 4 (two-sided p ~ 6e-5 each), so with fixed seeds a failure
means a real discrepancy, not bad luck.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from reference_sim.chain import (
    ChainParameters,
    run_montecarlo,
    sample_deliveries,
    simulate_operation,
)

T_ATT = 1e-3
Z = 4.0


def params(**kwargs) -> ChainParameters:
    kwargs.setdefault("attempt_time_s", T_ATT)
    return ChainParameters(**kwargs)


def assert_mean_close(samples: np.ndarray, expected: float) -> None:
    """``|mean - expected| < Z * standard error``."""
    sem = samples.std(ddof=1) / math.sqrt(samples.size)
    assert abs(samples.mean() - expected) < Z * sem + 1e-12, (samples.mean(), expected, sem)


def max_of_geometrics_mean(n: int, p: float) -> float:
    """Inclusion-exclusion: ``E[max of n i.i.d. Geom(p)] = sum_k (-1)^(k+1) C(n,k)/(1-q^k)``."""
    return sum((-1) ** (k + 1) * math.comb(n, k) / (1 - (1 - p) ** k) for k in range(1, n + 1))


def test_same_seed_same_samples_and_seeds_differ() -> None:
    cfg = params(n_segments=4, p_gen=0.2, p_swap=0.8, cutoff_steps=6, protocol="swap_asap")
    a = sample_deliveries(cfg, 1000, seed=7)
    b = sample_deliveries(cfg, 1000, seed=7)
    c = sample_deliveries(cfg, 1000, seed=8)
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_array_equal(a[1], b[1])
    assert not np.array_equal(a[0], c[0])


@pytest.mark.parametrize("protocol", ["nested", "swap_asap"])
def test_single_segment_waiting_time_is_geometric(protocol: str) -> None:
    """One segment: ``P(T = t) = p q^(t-1)``; the empirical CDF stays within the DKW band
    ``sqrt(ln(2/delta) / (2n))`` (Dvoretzky-Kiefer-Wolfowitz, Massart 1990), delta = 1e-6."""
    p, n = 0.12, 100_000
    steps, werner = sample_deliveries(params(n_segments=1, p_gen=p, protocol=protocol), n, 3)
    t = np.arange(1, 150)
    empirical = np.searchsorted(np.sort(steps), t, side="right") / n
    band = math.sqrt(math.log(2 / 1e-6) / (2 * n))
    assert np.max(np.abs(empirical - (1 - (1 - p) ** t))) < band
    assert np.all(werner == 1.0)


@pytest.mark.parametrize(
    ("n_segments", "protocol"), [(3, "swap_asap"), (4, "nested"), (8, "swap_asap")]
)
def test_deterministic_swaps_mean_is_max_of_geometrics(n_segments: int, protocol: str) -> None:
    """``a = 1``, no cutoff: nothing is discarded, ``T`` is the last link's arrival."""
    p = 0.1
    steps, _ = sample_deliveries(
        params(n_segments=n_segments, p_gen=p, protocol=protocol), 100_000, 11
    )
    assert_mean_close(steps.astype(float), max_of_geometrics_mean(n_segments, p))


def test_unequal_segments_nested_two() -> None:
    """``E[max(G1, G2)] = 1/p1 + 1/p2 - 1/(1 - q1 q2)``."""
    p1, p2 = 0.05, 0.3
    steps, _ = sample_deliveries(params(n_segments=2, p_gen=(p1, p2)), 200_000, 5)
    expected = 1 / p1 + 1 / p2 - 1 / (1 - (1 - p1) * (1 - p2))
    assert_mean_close(steps.astype(float), expected)


@pytest.mark.parametrize("protocol", ["nested", "swap_asap"])
def test_two_segments_probabilistic_swap(protocol: str) -> None:
    """Failed swap restarts both links: ``E[T] = (3 - 2p) / (a p (2 - p))`` (Shchukin, Schmidt,
    van Loock, PRA 100, 032322 (2019), N = 2)."""
    p, a = 0.2, 0.4
    cfg = params(n_segments=2, p_gen=p, p_swap=a, protocol=protocol)
    steps, _ = sample_deliveries(cfg, 200_000, 21)
    assert_mean_close(steps.astype(float), (3 - 2 * p) / (a * p * (2 - p)))


@pytest.mark.parametrize("protocol", ["nested", "swap_asap"])
def test_two_segments_decoherence_closed_form(protocol: str) -> None:
    """``E[w] = w0^2 p (1 + q r) / ((2 - p)(1 - q r))`` with ``r = exp(-2 t / T)``: the earlier
    link waits ``|T1 - T2|`` steps with both qubits stored (two-segment case of Brand,
    Coopmans, Elkouss, JSAC 38, 619 (2020))."""
    p, w0, coherence = 0.1, 0.96, 0.03
    r = math.exp(-2 * T_ATT / coherence)
    q = 1 - p
    cfg = params(
        n_segments=2, p_gen=p, link_werner=w0, coherence_time_s=coherence, protocol=protocol
    )
    _, werner = sample_deliveries(cfg, 200_000, 2)
    assert_mean_close(werner, w0**2 * p * (1 + q * r) / ((2 - p) * (1 - q * r)))


def exposure_by_counting(times: np.ndarray) -> np.ndarray:
    """Storage exposure of swap-asap with ideal swaps, counted directly: at every step before
    delivery, add the number of separate links (runs of generated segments). ``times`` has
    shape (N, M) of generation steps."""
    end = times.max(axis=0)
    exposure = np.zeros(times.shape[1], dtype=np.int64)
    for s in range(int(times.min()), int(end.max())):
        present = times <= s
        starts = present[0].astype(np.int64) + (present[1:] & ~present[:-1]).sum(axis=0)
        exposure += np.where(s < end, starts, 0)
    return exposure


def test_swap_asap_three_segments_decoherence_exact_sum() -> None:
    """N = 3, ideal swaps: ``E[w] = w0^3 sum_t P(t) r^X(t)`` summed over all generation-time
    triples (truncated where the geometric tail is below 1e-12), with the exposure ``X``
    counted step by step (:func:`exposure_by_counting`), independent of the sampler's
    algebraic bookkeeping."""
    p, w0, coherence = 0.35, 0.99, 0.02
    r = math.exp(-2 * T_ATT / coherence)
    grid = np.arange(1, 70)
    t1, t2, t3 = (x.ravel() for x in np.meshgrid(grid, grid, grid, indexing="ij"))
    times = np.stack([t1, t2, t3])
    prob = np.prod(p * (1 - p) ** (times - 1.0), axis=0)
    expected = w0**3 * float(np.sum(prob * r ** exposure_by_counting(times)))
    cfg = params(
        n_segments=3, p_gen=p, link_werner=w0, coherence_time_s=coherence, protocol="swap_asap"
    )
    _, werner = sample_deliveries(cfg, 200_000, 9)
    assert_mean_close(werner, expected)


def reference_swap_asap(cfg: ChainParameters, n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Plain step-by-step swap-asap simulator (one delivery at a time, explicit link list).

    Every step: free segments try; runs of adjacent links are swapped at all shared nodes at
    once (any failure loses the whole run); a link spanning the chain is delivered; links whose
    oldest part has age ``c`` are discarded; survivors decay by ``r``.
    """
    rng = random.Random(seed)
    probs = list(cfg.segment_success_probabilities)
    r, g, a, c = cfg.link_decay_per_step, cfg.swap_map.g, cfg.p_swap, cfg.cutoff
    steps, werner = [], []
    for _ in range(n):
        links: list[list] = []  # [left node, right node, w, oldest birth]
        t = 0
        while True:
            t += 1
            covered = {s for lk in links for s in range(lk[0], lk[1])}
            for s in range(cfg.n_segments):
                if s not in covered and rng.random() < probs[s]:
                    links.append([s, s + 1, cfg.link_werner, t])
            links.sort()
            merged: list[list] = []
            run: list[list] = []
            for lk in [*links, None]:
                if lk is not None and run and run[-1][1] == lk[0]:
                    run.append(lk)
                    continue
                if run:
                    ok = all(rng.random() < a for _ in range(len(run) - 1))
                    if ok:
                        w = g ** (len(run) - 1) * math.prod(x[2] for x in run)
                        merged.append([run[0][0], run[-1][1], w, min(x[3] for x in run)])
                run = [lk] if lk is not None else []
            links = merged
            done = [lk for lk in links if lk[0] == 0 and lk[1] == cfg.n_segments]
            if done:
                steps.append(t)
                werner.append(done[0][2])
                break
            if c is not None:
                links = [lk for lk in links if t - lk[3] < c]
            for lk in links:
                lk[2] *= r
    return np.array(steps, dtype=float), np.array(werner)


@pytest.mark.parametrize(
    "cfg",
    [
        params(
            n_segments=3,
            p_gen=0.3,
            p_swap=0.6,
            cutoff_steps=4,
            coherence_time_s=0.02,
            link_werner=0.97,
            gate_fidelity=0.98,
            protocol="swap_asap",
        ),
        params(
            n_segments=4,
            p_gen=(0.5, 0.2, 0.4, 0.3),
            p_swap=0.8,
            cutoff_steps=7,
            coherence_time_s=0.05,
            protocol="swap_asap",
        ),
    ],
)
def test_swap_asap_matches_step_by_step_reference(cfg: ChainParameters) -> None:
    """Event-driven vectorised sampler vs. a plain per-step simulator: two-sample z-tests on
    the mean waiting time and mean Werner parameter."""
    ref_t, ref_w = reference_swap_asap(cfg, 6000, seed=1)
    steps, werner = sample_deliveries(cfg, 200_000, 4)
    for ref, mc in ((ref_t, steps.astype(float)), (ref_w, werner)):
        se = math.sqrt(ref.var(ddof=1) / ref.size + mc.var(ddof=1) / mc.size)
        assert abs(ref.mean() - mc.mean()) < Z * se


def test_werner_without_decoherence_is_deterministic_product() -> None:
    """Ideal memories: each delivered state has ``w = w0^N g^(N-1)``, ``g = p (4 eta^2 - 1)/3``
    (Duer et al., PRA 59, 169 (1999))."""
    w0, gate, meas = 0.95, 0.97, 0.99
    g = gate * (4 * meas**2 - 1) / 3
    for protocol in ("nested", "swap_asap"):
        cfg = params(
            n_segments=4,
            p_gen=0.3,
            p_swap=0.5,
            cutoff_steps=3,
            link_werner=w0,
            gate_fidelity=gate,
            measurement_fidelity=meas,
            protocol=protocol,
        )
        _, werner = sample_deliveries(cfg, 5000, 1)
        np.testing.assert_allclose(werner, w0**4 * g**3, rtol=1e-12)


def test_result_fields_and_bbm92_key_rate() -> None:
    """Fidelity ``(1 + 3w)/4`` per sample and for the mean; rate ``1/(E[T] t)``; BBM92 fraction
    of a Werner state: ``1 - 2 h((1 - w)/2)`` (Bennett, Brassard, Mermin, PRL 68, 557 (1992);
    QBER of a Werner state is ``2(1 - F)/3``)."""
    w0 = 0.9
    result = run_montecarlo(params(n_segments=1, p_gen=0.25, link_werner=w0), 20_000, seed=1)
    assert result.fidelity_samples is not None
    np.testing.assert_allclose(result.fidelity_samples, (1 + 3 * w0) / 4)
    assert result.mean_fidelity == pytest.approx((1 + 3 * w0) / 4)
    assert result.rate_hz == pytest.approx(1 / (result.mean_waiting_steps * T_ATT))
    low, high = result.rate_ci_hz
    assert low < result.rate_hz < high
    e = (1 - w0) / 2
    h = -e * math.log2(e) - (1 - e) * math.log2(1 - e)
    assert result.secret_key_fraction == pytest.approx(1 - 2 * h, rel=1e-12)
    assert result.secret_key_rate_hz == pytest.approx(result.rate_hz * (1 - 2 * h), rel=1e-12)
    assert result.n_deliveries == 20_000


def test_multiplexing_single_segment() -> None:
    """``m`` parallel memories: per-step success ``1 - (1 - p)^m``, mean ``1 / that``."""
    steps, _ = sample_deliveries(params(n_segments=1, p_gen=0.02, multiplexing=5), 100_000, 3)
    assert_mean_close(steps.astype(float), 1 / (1 - 0.98**5))


def test_simulate_operation_counts_deliveries_in_the_window() -> None:
    """Sequential operation for a fixed time: the completed deliveries fit in the window and
    the count rate agrees with ``1 / E[T]`` (max of 4 geometrics) within the renewal-theory
    interval."""
    p = 0.3
    cfg = params(n_segments=4, p_gen=p, protocol="swap_asap")
    duration = 20.0
    result = simulate_operation(cfg, duration, seed=12)
    assert result.waiting_steps_samples is not None
    assert result.n_deliveries == result.waiting_steps_samples.size
    assert result.waiting_steps_samples.sum() * T_ATT <= duration
    assert result.rate_hz == pytest.approx(result.n_deliveries / duration)
    expected_rate = 1 / (max_of_geometrics_mean(4, p) * T_ATT)
    low, high = result.rate_ci_hz
    half = (high - low) / 2
    assert abs(result.rate_hz - expected_rate) < half * Z / 1.96


def test_invalid_inputs() -> None:
    with pytest.raises(ValueError):
        params(n_segments=2, p_gen=0.0)
    with pytest.raises(ValueError):
        params(n_segments=2, p_gen=(0.1, 0.2, 0.3))
    with pytest.raises(ValueError):
        params(n_segments=2, p_gen=0.1, cutoff_steps=3, cutoff_s=0.1)
    with pytest.raises(ValueError):
        sample_deliveries(params(n_segments=2, p_gen=0.1), 0)
    with pytest.raises(ValueError):
        run_montecarlo(params(n_segments=2, p_gen=0.1), 10, confidence=1.5)
