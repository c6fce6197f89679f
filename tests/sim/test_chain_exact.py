"""Exact chain engine against closed forms and independent computations.

Notation: per-step link success ``p``, ``q = 1 - p``; swap success ``a``; cutoff ``c`` steps;
per-step decay of a stored link ``r = exp(-2 t_attempt / T)`` (two stored qubits, each
depolarising with time constant ``T``); ``D = |T_1 - T_2|`` for two i.i.d. geometric links.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from reference_sim.chain import ChainParameters, delivery_distribution, run_exact
from reference_sim.swapping import swap_werner

T_ATT = 1e-3


def params(**kwargs) -> ChainParameters:
    kwargs.setdefault("attempt_time_s", T_ATT)
    return ChainParameters(**kwargs)


def expected_max_of_geometrics(probs: list[float]) -> float:
    """``E[max_i G_i] = sum_{t>=0} (1 - prod_i (1 - q_i^t))`` for independent geometric G_i."""
    t = np.arange(0, 200_000, dtype=float)
    cdf = np.prod([1.0 - (1.0 - p) ** t for p in probs], axis=0)
    return float(np.sum(1.0 - cdf))


def two_segment_closed_form(p: float, a: float, c: float, r: float) -> tuple[float, float]:
    """(E[T], E[w]/(w0^2 g)) for two segments with swap success a, cutoff c, decay r.

    Rounds are i.i.d.; ``min(T1, T2)`` is geometric with success ``1 - q^2`` and independent of
    ``D``, with ``P(D = 0) = p / (2 - p)`` and ``P(D = d) = 2 p q^d / (2 - p)``. A round lasts
    ``min + D`` if ``D <= c`` and ``min + c`` otherwise, so by Wald's identity
    ``E[T] = (E[min] + E[min(D, c)]) / (a P(D <= c))`` with ``E[min(D, c)] =
    2 q (1 - q^c) / (p (2 - p))`` and ``P(D <= c) = 1 - 2 q^(c+1) / (2 - p)``. The delivered
    state is from a round with ``D <= c``: ``E[r^D | D <= c]`` is a finite geometric sum; without
    cutoff it is ``p (1 + q r) / ((2 - p)(1 - q r))``.
    """
    q = 1.0 - p
    qc = 0.0 if math.isinf(c) else q**c
    e_min = 1.0 / (1.0 - q * q)
    e_min_d_c = 2.0 * q * (1.0 - qc) / (p * (2.0 - p))
    p_within = 1.0 - 2.0 * q * qc / (2.0 - p)
    mean_t = (e_min + e_min_d_c) / (a * p_within)
    qr = q * r
    geometric_sum = qr * (1.0 - (qr**c if not math.isinf(c) else 0.0)) / (1.0 - qr)
    mean_decay = (p / (2.0 - p)) * (1.0 + 2.0 * geometric_sum) / p_within
    return mean_t, mean_decay


def test_single_segment_is_geometric() -> None:
    """One segment: ``P(T = t) = p q^(t-1)``, ``E[T] = 1 / p``, state delivered at once."""
    p = 0.07
    dist = delivery_distribution(params(n_segments=1, p_gen=p, link_werner=0.9))
    t = np.arange(1, 200)
    np.testing.assert_allclose(dist.pmf[1:200], p * (1 - p) ** (t - 1), rtol=1e-12)
    assert dist.pmf[0] == 0.0
    result = run_exact(params(n_segments=1, p_gen=p, link_werner=0.9, coherence_time_s=0.01))
    assert result.mean_waiting_steps == pytest.approx(1 / p, rel=1e-9)
    assert result.mean_werner == pytest.approx(0.9, rel=1e-12)
    assert result.rate_hz == pytest.approx(p / T_ATT, rel=1e-9)


@pytest.mark.parametrize("p", [0.9, 0.3, 0.02])
def test_two_segments_deterministic_swap_is_max_of_two_geometrics(p: float) -> None:
    """``E[T] = (3 - 2p) / (p (2 - p))`` and ``P(T <= t) = (1 - q^t)^2``
    (e.g. Shchukin, Schmidt, van Loock, PRA 100, 032322 (2019), N = 2 with a = 1)."""
    dist = delivery_distribution(params(n_segments=2, p_gen=p))
    assert dist.mean_waiting_steps == pytest.approx((3 - 2 * p) / (p * (2 - p)), rel=1e-9)
    t = np.arange(dist.pmf.size)
    np.testing.assert_allclose(np.cumsum(dist.pmf), (1 - (1 - p) ** t) ** 2, atol=1e-12)


def test_two_segments_probabilistic_swap() -> None:
    """A failed swap restarts both links: ``E[T] = (3 - 2p) / (a p (2 - p))`` (Shchukin et al.
    2019, N = 2)."""
    p, a = 0.2, 0.45
    result = run_exact(params(n_segments=2, p_gen=p, p_swap=a))
    assert result.mean_waiting_steps == pytest.approx((3 - 2 * p) / (a * p * (2 - p)), rel=1e-9)


@pytest.mark.parametrize("n_segments", [4, 8])
def test_deterministic_swaps_deliver_at_the_last_link(n_segments: int) -> None:
    """With ``a = 1`` and no cutoff nothing is ever discarded: ``T = max`` of N geometrics,
    ``E[T] = sum_k (-1)^(k+1) C(N, k) / (1 - q^k)`` by inclusion-exclusion."""
    p = 0.15
    closed = sum(
        (-1) ** (k + 1) * math.comb(n_segments, k) / (1 - (1 - p) ** k)
        for k in range(1, n_segments + 1)
    )
    result = run_exact(params(n_segments=n_segments, p_gen=p))
    assert result.mean_waiting_steps == pytest.approx(closed, rel=1e-9)


def test_unequal_segments_deterministic_swap() -> None:
    """Per-segment probabilities: ``T = max_i G_i``; checked against ``sum_t P(max > t)``."""
    probs = (0.3, 0.05, 0.6, 0.2)
    result = run_exact(params(n_segments=4, p_gen=probs))
    assert result.mean_waiting_steps == pytest.approx(expected_max_of_geometrics(probs), rel=1e-9)


def nested_four_markov_mean(p: float, a: float) -> float:
    """Mean delivery time of the nested N = 4 chain from an absorbing Markov chain.

    This is the method of Shchukin, Schmidt, van Loock, PRA 100, 032322 (2019). Each half is in
    one of: no link, left link only, right link only, half-link ready (states 0, 1, 2, 3). In a
    step every missing link appears with ``p``; a half holding both links swaps (success ``a``,
    else it empties); if both halves are ready the top swap succeeds with ``a`` (absorbing) or
    empties everything. ``E[T]`` solves ``(I - Q) tau = 1``.
    """

    def half_step(state: int) -> dict[int, float]:
        if state == 3:
            return {3: 1.0}
        have = {0: (False, False), 1: (True, False), 2: (False, True)}[state]
        out: dict[int, float] = {}
        for gains in itertools.product((True, False), repeat=2):
            prob = 1.0
            now = []
            for had, gain in zip(have, gains, strict=True):
                if had:
                    prob *= 1.0 if gain else 0.0
                    now.append(True)
                else:
                    prob *= p if gain else 1 - p
                    now.append(gain)
            if prob == 0.0:
                continue
            if all(now):
                out[3] = out.get(3, 0.0) + prob * a
                out[0] = out.get(0, 0.0) + prob * (1 - a)
            else:
                nxt = 1 if now[0] else (2 if now[1] else 0)
                out[nxt] = out.get(nxt, 0.0) + prob
        return out

    states = [(x, y) for x in range(4) for y in range(4)]
    index = {s: i for i, s in enumerate(states)}
    q_matrix = np.zeros((16, 16))
    for x, y in states:
        for nx, px in half_step(x).items():
            for ny, py in half_step(y).items():
                if nx == 3 and ny == 3:
                    q_matrix[index[(x, y)], index[(0, 0)]] += px * py * (1 - a)
                else:
                    q_matrix[index[(x, y)], index[(nx, ny)]] += px * py
    tau = np.linalg.solve(np.eye(16) - q_matrix, np.ones(16))
    return float(tau[index[(0, 0)]])


@pytest.mark.parametrize(("p", "a"), [(0.3, 0.5), (0.1, 0.8), (0.5, 0.25)])
def test_four_segments_probabilistic_swap_against_markov_chain(p: float, a: float) -> None:
    """Nested N = 4 with ``a < 1``: exact ``E[T]`` from the Markov chain of Shchukin et al. 2019
    (built independently in :func:`nested_four_markov_mean`)."""
    result = run_exact(params(n_segments=4, p_gen=p, p_swap=a))
    assert result.mean_waiting_steps == pytest.approx(nested_four_markov_mean(p, a), rel=1e-9)


@pytest.mark.parametrize("n_levels", [1, 2, 3])
def test_small_p_harmonic_limit_for_deterministic_swaps(n_levels: int) -> None:
    """For ``a = 1`` and ``p -> 0``, ``p E[T] -> H_N`` (the mean of the maximum of N unit
    exponentials): 1.5, 2.083, 2.718 for N = 2, 4, 8. (The ``(3/2)^n`` rule of Sangouard et al.
    RMP 83, 33 (2011) assumes each level exponential, which holds for small ``a``; see below.)"""
    n = 2**n_levels
    p = 1e-3
    harmonic = sum(1 / k for k in range(1, n + 1))
    result = run_exact(params(n_segments=n, p_gen=p))
    assert p * result.mean_waiting_steps == pytest.approx(harmonic, rel=2e-3)


def test_small_p_and_small_swap_probability_three_halves_rule() -> None:
    """Sangouard et al., RMP 83, 33 (2011), Eq. (9)-(10): ``E[T] ~ (3/2)^n / (p a^n)`` for
    ``2^n`` segments when ``p`` and ``a`` are small (each level's time is then near-exponential,
    and the maximum of two i.i.d. exponentials has mean 3/2 of one)."""
    p, a = 0.01, 0.1
    result = run_exact(params(n_segments=4, p_gen=p, p_swap=a))
    approx = 1.5**2 / (p * a**2)
    assert result.mean_waiting_steps == pytest.approx(approx, rel=0.02)
    assert result.mean_waiting_steps != pytest.approx(approx, rel=1e-4)


@pytest.mark.parametrize("n_segments", [2, 4, 8])
def test_werner_without_decoherence_is_the_product(n_segments: int) -> None:
    """Ideal memories: every delivered state has ``w = w0^N g^(N-1)`` with ``g`` the swap noise
    factor ``p_gate (4 eta^2 - 1) / 3`` (Duer et al., PRA 59, 169 (1999)), whatever the time."""
    w0, gate, meas = 0.93, 0.99, 0.995
    g = float(swap_werner(1.0, 1.0, gate, meas))
    cfg = params(
        n_segments=n_segments,
        p_gen=0.3,
        p_swap=0.7,
        cutoff_steps=5,
        link_werner=w0,
        gate_fidelity=gate,
        measurement_fidelity=meas,
    )
    dist = delivery_distribution(cfg)
    expected = w0**n_segments * g ** (n_segments - 1)
    assert dist.mean_werner == pytest.approx(expected, rel=1e-9)
    conditional = dist.conditional_werner()
    mask = dist.pmf > 1e-9
    np.testing.assert_allclose(conditional[mask], expected, rtol=1e-6)


@pytest.mark.parametrize(("p", "a", "cutoff"), [(0.2, 1.0, None), (0.05, 0.6, None)])
def test_two_segments_decoherence_closed_form(p: float, a: float, cutoff: int | None) -> None:
    """``E[w] = w0^2 E[r^D] = w0^2 p (1 + q r) / ((2 - p)(1 - q r))``: the earlier link waits
    ``D = |T1 - T2|`` steps (Brand, Coopmans, Elkouss, JSAC 38, 619 (2020), two segments). The
    swap success does not bias ``D`` of the delivering round."""
    coherence = 0.02
    r = math.exp(-2 * T_ATT / coherence)
    w0 = 0.97
    result = run_exact(
        params(n_segments=2, p_gen=p, p_swap=a, coherence_time_s=coherence, link_werner=w0)
    )
    mean_t, mean_decay = two_segment_closed_form(p, a, math.inf, r)
    q = 1 - p
    assert mean_decay == pytest.approx(p * (1 + q * r) / ((2 - p) * (1 - q * r)), rel=1e-12)
    assert result.mean_werner == pytest.approx(w0**2 * mean_decay, rel=1e-9)
    assert result.mean_waiting_steps == pytest.approx(mean_t, rel=1e-9)
    assert result.mean_fidelity == pytest.approx((1 + 3 * w0**2 * mean_decay) / 4, rel=1e-9)


@pytest.mark.parametrize(("p", "a", "cutoff"), [(0.1, 1.0, 5), (0.3, 0.5, 0), (0.05, 0.8, 12)])
def test_two_segments_cutoff_closed_form(p: float, a: float, cutoff: int) -> None:
    """Cutoff ``c``: a round fails at ``min + c`` if ``D > c``; both waiting time and fidelity
    from :func:`two_segment_closed_form` (geometric sums over the law of ``D``)."""
    coherence = 0.01
    r = math.exp(-2 * T_ATT / coherence)
    cfg = params(n_segments=2, p_gen=p, p_swap=a, cutoff_steps=cutoff, coherence_time_s=coherence)
    result = run_exact(cfg)
    mean_t, mean_decay = two_segment_closed_form(p, a, cutoff, r)
    assert result.mean_waiting_steps == pytest.approx(mean_t, rel=1e-9)
    assert result.mean_werner == pytest.approx(mean_decay, rel=1e-9)


def brute_force_nested(cfg: ChainParameters, horizon: int) -> tuple[np.ndarray, np.ndarray]:
    """The Brand-Coopmans-Elkouss recursion by explicit double sums over ``(t_A, t_B)`` and
    repeated convolution of the failed-round law, without cumulative sums or FFTs."""
    c = math.inf if cfg.cutoff is None else cfg.cutoff
    r = cfg.link_decay_per_step
    swap = cfg.swap_map
    a = cfg.p_swap
    t = np.arange(horizon)

    def link(p: float) -> tuple[np.ndarray, np.ndarray]:
        pmf = np.where(t >= 1, p * (1 - p) ** (t - 1.0), 0.0)
        return pmf, cfg.link_werner * pmf

    def join(left, right):
        (pa, wa), (pb, wb) = left, right
        ta, tb = np.meshgrid(t, t, indexing="ij")
        joint = np.outer(pa, pb)
        wait = tb - ta
        within = np.abs(wait) <= c
        # Werner masses with the earlier link decayed; swap map is bilinear here.
        wmass = swap.g * np.outer(wa, wb) * r ** np.abs(wait)
        end = np.maximum(ta, tb)
        success = np.bincount(end[within], joint[within], minlength=horizon)[:horizon]
        wsucc = np.bincount(end[within], wmass[within], minlength=horizon)[:horizon]
        fail = (1 - a) * success
        if not math.isinf(c):
            cut_end = (np.minimum(ta, tb) + c)[~within].astype(int)
            keep = cut_end < horizon
            fail = (
                fail + np.bincount(cut_end[keep], joint[~within][keep], minlength=horizon)[:horizon]
            )
        pmf, wout = a * success, a * wsucc
        term_p, term_w = pmf.copy(), wout.copy()
        for _ in range(10_000):
            term_p = np.convolve(term_p, fail)[:horizon]
            term_w = np.convolve(term_w, fail)[:horizon]
            pmf, wout = pmf + term_p, wout + term_w
            if term_p.sum() < 1e-16:
                break
        return pmf, wout

    def block(probs):
        if len(probs) == 1:
            return link(probs[0])
        half = len(probs) // 2
        return join(block(probs[:half]), block(probs[half:]))

    return block(list(cfg.segment_success_probabilities))


@pytest.mark.parametrize(
    "cfg",
    [
        params(
            n_segments=4,
            p_gen=0.5,
            p_swap=0.7,
            cutoff_steps=3,
            coherence_time_s=0.02,
            link_werner=0.95,
            gate_fidelity=0.98,
        ),
        params(n_segments=4, p_gen=(0.6, 0.4, 0.7, 0.5), p_swap=0.9, coherence_time_s=0.01),
        params(n_segments=2, p_gen=0.35, cutoff_steps=2, coherence_time_s=0.005),
    ],
)
def test_engine_matches_brute_force_recursion(cfg: ChainParameters) -> None:
    """Whole pmf and Werner mass agree with a direct evaluation of the BCE recursion."""
    horizon = 160
    pmf, wmass = brute_force_nested(cfg, horizon)
    dist = delivery_distribution(cfg)
    np.testing.assert_allclose(dist.pmf[:100], pmf[:100], atol=1e-12, rtol=1e-9)
    np.testing.assert_allclose(dist.werner_mass[:100], wmass[:100], atol=1e-12, rtol=1e-9)


def test_multiplexing_raises_per_step_success() -> None:
    """``m`` parallel memories: per-step success ``1 - (1 - p)^m`` (documented model)."""
    p, m = 0.05, 4
    p_eff = 1 - (1 - p) ** m
    result = run_exact(params(n_segments=2, p_gen=p, multiplexing=m))
    assert result.mean_waiting_steps == pytest.approx((3 - 2 * p_eff) / (p_eff * (2 - p_eff)))


def test_cutoff_in_seconds_is_rounded_down_to_steps() -> None:
    """``cutoff_s = 5.7 t_attempt`` acts as a 5-step cutoff."""
    a = run_exact(params(n_segments=2, p_gen=0.1, cutoff_s=5.7 * T_ATT, coherence_time_s=0.1))
    b = run_exact(params(n_segments=2, p_gen=0.1, cutoff_steps=5, coherence_time_s=0.1))
    assert a.mean_waiting_steps == pytest.approx(b.mean_waiting_steps, rel=1e-12)
    assert a.mean_werner == pytest.approx(b.mean_werner, rel=1e-12)


def test_swap_asap_two_segments_equals_nested_and_longer_is_refused() -> None:
    """For N <= 2 swap-asap and nested are the same protocol; the exact engine refuses N > 2."""
    nested = run_exact(params(n_segments=2, p_gen=0.2, cutoff_steps=4, coherence_time_s=0.05))
    asap = run_exact(
        params(n_segments=2, p_gen=0.2, cutoff_steps=4, coherence_time_s=0.05, protocol="swap_asap")
    )
    assert asap.mean_waiting_steps == nested.mean_waiting_steps
    with pytest.raises(NotImplementedError):
        run_exact(params(n_segments=3, p_gen=0.2, protocol="swap_asap"))
    with pytest.raises(ValueError):
        params(n_segments=3, p_gen=0.2)


def test_distribution_is_normalised_and_result_consistent() -> None:
    """The pmf sums to one within the tail tolerance; rate, latency and fidelity are derived
    from the same ``E[T]`` and ``E[w]``; BBM92 key fraction at the ensemble ``E[w]``."""
    cfg = params(
        n_segments=8,
        p_gen=0.1,
        p_swap=0.8,
        cutoff_steps=20,
        coherence_time_s=0.5,
        link_werner=0.98,
    )
    result = run_exact(cfg)
    pmf = result.waiting_time_pmf
    assert pmf is not None and pmf.sum() == pytest.approx(1.0, abs=1e-8)
    assert result.mean_latency_s == pytest.approx(result.mean_waiting_steps * T_ATT)
    assert result.rate_hz == pytest.approx(1 / result.mean_latency_s)
    assert result.mean_fidelity == pytest.approx((1 + 3 * result.mean_werner) / 4)
    e = (1 - result.mean_werner) / 2
    h = -e * math.log2(e) - (1 - e) * math.log2(1 - e)
    assert result.secret_key_fraction == pytest.approx(max(0.0, 1 - 2 * h), abs=1e-12)
    assert result.secret_key_rate_hz == pytest.approx(result.rate_hz * result.secret_key_fraction)


def test_tiny_success_probability_is_refused_before_allocating() -> None:
    # P(T >= n) = (1-p)^(n-1) < 1e-10 needs n ~ 23/p steps: 2.3e8 for p = 1e-7, far above the
    # horizon, so the engine must refuse at once instead of allocating gigabytes.
    params = ChainParameters(n_segments=2, p_gen=1e-7, attempt_time_s=1e-4)
    with pytest.raises(RuntimeError, match="max_horizon"):
        delivery_distribution(params, max_horizon=2**20)
