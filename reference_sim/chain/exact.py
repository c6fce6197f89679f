"""Exact waiting-time distribution and fidelity of a nested repeater chain.

The method is that of Brand, Coopmans, Elkouss, "Efficient computation of the waiting time and
fidelity in quantum repeater chains", IEEE J. Sel. Areas Commun. 38, 619 (2020). For each level
of the nesting we keep, on a grid of time steps ``t = 0 .. H-1``,

* ``pmf[t] = P(T = t)``, the distribution of the time ``T`` at which the level's link appears;
* ``wmass[t] = P(T = t) E[w | T = t]``, the "Werner mass" (carrying the product instead of the
  conditional mean keeps every update linear).

Two independent halves with ``(a, Wa)`` and ``(b, Wb)`` are joined in *rounds*. A round ends
successfully at ``max(T_A, T_B)`` if ``|T_A - T_B| <= c`` (cutoff ``c``) and the swap succeeds;
the earlier link has then waited ``d = |T_A - T_B|`` steps and its ``w`` carries the factor
``r^d`` (``r`` = per-step link decay). A round fails either at ``min(T_A, T_B) + c`` (cutoff) or
at ``max`` (swap failure), and both halves restart. With round sub-distributions ``s`` (success)
and ``f`` (failure), the level's time is a geometric sum of failed rounds plus one successful
round, so in generating functions ``P(z) = S(z) / (1 - F(z))``, and the same for the Werner mass.
Window sums over ``d`` are cumulative sums (no decay) or FFT convolutions (decay); the geometric
sum is one FFT division. Each level's grid is sized from its mean time and doubled until the
probability on its upper half is below a tolerance; that half is then dropped, which also makes
the circular (aliasing) error of the FFT negligible.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reference_sim.chain.key_rate import ensemble_secret_fraction
from reference_sim.chain.parameters import ChainParameters, SwapMap
from reference_sim.chain.result import ChainResult

ENGINE_NAME = "exact (Brand-Coopmans-Elkouss recursion)"

#: A law on the grid ``t = 0 .. n-1``: ``(pmf, werner_mass)``.
_Law = tuple[np.ndarray, np.ndarray]


@dataclass(frozen=True)
class _Rules:
    """Constants of one chain that every level of the recursion needs."""

    w0: float
    cutoff: int | None
    ratio: float
    p_swap: float
    swap: SwapMap
    tol: float
    max_horizon: int


@dataclass(frozen=True, eq=False)
class DeliveryDistribution:
    """Joint law of delivery time and Werner parameter on the grid ``t = 0 .. H-1``.

    ``pmf[t] = P(T = t)`` and ``werner_mass[t] = P(T = t) E[w | T = t]``; the probability of
    ``T >= H`` is ``truncated_mass``.
    """

    pmf: np.ndarray
    werner_mass: np.ndarray

    @property
    def truncated_mass(self) -> float:
        """Probability lost beyond the horizon (``1 - sum(pmf)``)."""
        return float(max(0.0, 1.0 - self.pmf.sum()))

    @property
    def mean_waiting_steps(self) -> float:
        """``E[T]`` in steps."""
        return float(np.sum(np.arange(self.pmf.size) * self.pmf) / self.pmf.sum())

    @property
    def mean_werner(self) -> float:
        """``E[w]`` of delivered links."""
        return float(self.werner_mass.sum() / self.pmf.sum())

    def conditional_werner(self) -> np.ndarray:
        """``E[w | T = t]`` (``nan`` where ``P(T = t) = 0``)."""
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(self.pmf > 0, self.werner_mass / self.pmf, np.nan)


def _pow2_at_least(x: float) -> int:
    return int(2 ** max(4, int(np.ceil(np.log2(max(x, 1.0))))))


def _geometric_link(p: float, w0: float, tol: float, max_horizon: int) -> _Law:
    """Elementary link: ``P(T = t) = p (1 - p)^(t - 1)`` for ``t >= 1``, always ``w = w0``.

    The grid ends where ``P(T >= n) = (1 - p)^(n - 1)`` drops below ``tol``. The horizon is
    checked before anything is allocated: a tiny ``p`` would otherwise ask for gigabytes.
    """
    if p >= 1.0:
        pmf = np.zeros(16)
        pmf[1] = 1.0
        return pmf, w0 * pmf
    n = _pow2_at_least(np.log(tol) / np.log1p(-p) + 2.0)
    if n > max_horizon:
        raise RuntimeError(
            f"an elementary link with success probability {p:.3g} needs a grid of {n} steps, "
            f"more than max_horizon={max_horizon}; use the Monte Carlo engine"
        )
    t = np.arange(n, dtype=float)
    pmf = np.zeros(n)
    pmf[1:] = p * np.exp((t[1:] - 1.0) * np.log1p(-p))
    return pmf, w0 * pmf


def _shift(x: np.ndarray, by: int, size: int | None = None) -> np.ndarray:
    """``y[t] = x[t - by]`` on a grid of ``size`` (default ``x.size``), zeros shifted in."""
    size = x.size if size is None else size
    y = np.zeros(size)
    if by < size:
        m = min(x.size, size - by)
        y[by : by + m] = x[:m]
    return y


def _box_window(x: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """``y[t] = sum_{d=lo}^{hi} x[t - d]`` via a cumulative sum (``hi`` may be huge)."""
    cum = np.cumsum(x)
    return _shift(cum, lo) - _shift(cum, hi + 1)


def _fast_size(n: int) -> int:
    """Smallest ``2^a 3^b 5^c >= n``: FFT lengths that pocketfft handles at full speed."""
    best = 1 << max(0, (n - 1).bit_length())
    odd = 1
    while odd < best:
        factor = odd
        while factor < best:
            size = factor
            while size < n:
                size *= 2
            best = min(best, size)
            factor *= 3
        odd *= 5
    return best


def _decayed_sums(xs: list[np.ndarray], c: int, ratio: float) -> list[np.ndarray]:
    """``y[t] = sum_{d=0}^{c} x[t - d] ratio^d`` for each ``x`` (one batched FFT convolution)."""
    if ratio == 1.0:
        return [_box_window(x, 0, c) for x in xs]
    n = xs[0].size
    hi = min(c, n - 1)
    d = np.arange(hi + 1, dtype=float)
    kernel = np.exp(d * np.log(ratio)) if ratio > 0.0 else (d == 0.0).astype(float)
    size = _fast_size(n + hi)
    spectrum = np.fft.rfft(np.stack(xs), size) * np.fft.rfft(kernel, size)
    return list(np.fft.irfft(spectrum, size)[:, :n])


def _pad(x: np.ndarray, n: int) -> np.ndarray:
    return x if x.size == n else np.concatenate([x, np.zeros(n - x.size)])


def _join(a: _Law, b: _Law, rules: _Rules) -> _Law:
    """Law of the link made by swapping two independent halves (one nesting level).

    Builds the round sub-distributions on the inputs' grid, then sums the geometric series of
    failed rounds on a grid sized from the mean level time ``E[round] / P(success)`` (Wald's
    identity) and doubled until the mass on its upper half is below the tolerance.
    """
    same = a is b  # identical halves (memoised): half of the work
    n = max(a[0].size, b[0].size)
    pa, wa, pb, wb = (_pad(x, n) for x in (*a, *b))
    cutoff = rules.cutoff if rules.cutoff is not None and rules.cutoff < n - 1 else None
    c = n if cutoff is None else cutoff
    # B at t (or earlier by d <= c), A strictly earlier by 1 <= d <= c: every pair once.
    b_box = _box_window(pb, 0, c)
    a_box = b_box - pb if same else _box_window(pa, 1, c)
    within = pa * b_box + pb * a_box
    if same:
        (wb_dec,) = _decayed_sums([wb], c, rules.ratio)
        wa_dec = wb_dec - wa
    else:
        wa_dec, wb_dec = _decayed_sums([wa, wb], c, rules.ratio)
        wa_dec = wa_dec - wa
    # Given both times the halves' Werner parameters are independent: E[g w1 w2] factorises.
    wmass = rules.swap.g * (wa * wb_dec + wb * wa_dec)
    size = n if cutoff is None else n + cutoff
    failure = _shift((1.0 - rules.p_swap) * within, 0, size)
    cut_rounds = np.zeros(size)
    if cutoff is not None:
        # The earlier link appears at m, the other only after m + c: the round ends at m + c.
        ahead_a = _shift(np.clip(1.0 - np.cumsum(pa), 0.0, None)[cutoff:], 0, n)
        ahead_b = _shift(np.clip(1.0 - np.cumsum(pb), 0.0, None)[cutoff:], 0, n)
        cut_rounds = _shift(pa * ahead_b + pb * ahead_a, cutoff, size)
        failure += cut_rounds
    success = rules.p_swap * within
    wmass = rules.p_swap * wmass
    if not np.any(failure):
        return success, wmass
    p_success = float(success.sum())
    grid = np.arange(size, dtype=float)
    # Plain sums, not np.dot: BLAS threads can stall on a busy machine.
    mean_round = float(np.sum(grid[:n] * within) + np.sum(grid * cut_rounds))
    mean_level = mean_round / p_success
    fft_size = _pow2_at_least(2.0 * (size + mean_level * np.log(1.0 / rules.tol)))
    rounds = np.stack([success, wmass])
    while True:
        if fft_size > rules.max_horizon:
            raise RuntimeError(
                f"waiting time needs a grid above {rules.max_horizon} steps; raise max_horizon "
                "or use the Monte Carlo engine"
            )
        denom = 1.0 - np.fft.rfft(failure, fft_size)
        pmf, wout = np.fft.irfft(np.fft.rfft(rounds, fft_size) / denom, fft_size)
        if pmf[fft_size // 2 :].sum() <= rules.tol:
            break
        fft_size *= 2
    half = fft_size // 2
    return np.clip(pmf[:half], 0.0, None), wout[:half]


def _subtree(probs: tuple[float, ...], rules: _Rules, cache: dict[tuple, _Law]) -> _Law:
    """Law for the segments ``probs`` (a power-of-2 block), memoised by their values."""
    if probs not in cache:
        if len(probs) == 1:
            cache[probs] = _geometric_link(probs[0], rules.w0, rules.tol, rules.max_horizon)
        else:
            half = len(probs) // 2
            left = _subtree(probs[:half], rules, cache)
            right = _subtree(probs[half:], rules, cache)
            cache[probs] = _join(left, right, rules)
    return cache[probs]


def delivery_distribution(
    params: ChainParameters, *, tail_tolerance: float = 1e-10, max_horizon: int = 2**24
) -> DeliveryDistribution:
    """Exact joint law of end-to-end delivery time and Werner parameter (nested protocol).

    Also valid for ``protocol="swap_asap"`` with one or two segments, where the two protocols
    coincide (with geometric link generation, restarting both halves after a cutoff equals
    restarting only the discarded one). Each level's grid is cut where at most
    ``tail_tolerance`` of its probability lies beyond; ``RuntimeError`` if a grid would need more
    than ``max_horizon`` steps.
    """
    if params.protocol == "swap_asap" and params.n_segments > 2:
        raise NotImplementedError(
            "the exact engine covers the nested protocol (and swap-asap for N <= 2); "
            "use the Monte Carlo engine for swap-asap chains"
        )
    if not 0.0 < tail_tolerance < 1e-3:
        raise ValueError(f"tail_tolerance must lie in (0, 1e-3), got {tail_tolerance!r}")
    rules = _Rules(
        w0=params.link_werner,
        cutoff=params.cutoff,
        ratio=params.link_decay_per_step,
        p_swap=params.p_swap,
        swap=params.swap_map,
        tol=tail_tolerance,
        max_horizon=max_horizon,
    )
    probs = tuple(float(p) for p in params.segment_success_probabilities)
    pmf, wmass = _subtree(probs, rules, {})
    return DeliveryDistribution(pmf, wmass)


def run_exact(params: ChainParameters, *, tail_tolerance: float = 1e-10) -> ChainResult:
    """Rate, latency and fidelity of a chain from :func:`delivery_distribution`.

    ``rate_hz = 1 / (E[T] t_attempt)`` and ``E[w] = sum_t wmass[t]``; the fidelity is
    ``(1 + 3 E[w]) / 4``. The secret-key rate applies the BBM92 fraction to the delivered
    ensemble.
    """
    dist = delivery_distribution(params, tail_tolerance=tail_tolerance)
    mean_steps = dist.mean_waiting_steps
    latency = mean_steps * params.attempt_time_s
    rate = 1.0 / latency
    w = min(1.0, max(-1.0 / 3.0, dist.mean_werner))  # clip rounding (sums of ~1e4 terms)
    fraction = ensemble_secret_fraction(w)
    return ChainResult(
        engine=ENGINE_NAME,
        rate_hz=rate,
        rate_ci_hz=(rate, rate),
        mean_waiting_steps=mean_steps,
        waiting_steps_ci=(mean_steps, mean_steps),
        mean_latency_s=latency,
        mean_werner=w,
        werner_ci=(w, w),
        secret_key_fraction=fraction,
        secret_key_rate_hz=rate * fraction,
        assumptions=(*params.assumptions(), f"levels cut at tail mass {tail_tolerance:g}"),
        waiting_time_pmf=dist.pmf,
    )
