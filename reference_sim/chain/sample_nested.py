"""Monte Carlo sampling of the nested (doubling) protocol, many deliveries at once.

The sampler plays the protocol itself. A link over a block of segments is made in *rounds*: take
one link of each half (sampled recursively, so each carries its own creation time and Werner
parameter), apply the cutoff test, decay the earlier link for the time it waited, and try the
swap. A failed round costs ``max(T_A, T_B)`` (swap failure) or ``min(T_A, T_B) + c`` (cutoff)
and the block starts again with fresh halves.

Rounds are independent and identically distributed, so instead of replaying failures one by one
the sampler draws a long stream of rounds at once and cuts it after every success: each piece is
one link, its time the summed durations of the piece. Drawing more rounds until ``n`` pieces are
complete and keeping the first ``n`` keeps them exactly distributed (the cut points are stopping
times of the stream). Arrays run over rounds; the only Python loops are over levels and the
occasional top-up batch.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reference_sim.chain.parameters import ChainParameters, SwapMap


@dataclass(frozen=True)
class _Rules:
    """Per-level constants of one chain, passed down the recursion."""

    w0: float
    cutoff: int | None
    ratio: float
    p_swap: float
    swap: SwapMap


def _play_rounds(
    probs: np.ndarray, rounds: int, rng: np.random.Generator, rules: _Rules
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``rounds`` independent rounds: (success flag, duration in steps, Werner if successful)."""
    half = probs.size // 2
    t_a, w_a = _sample_block(probs[:half], rounds, rng, rules)
    t_b, w_b = _sample_block(probs[half:], rounds, rng, rules)
    gap = t_b - t_a
    end = np.maximum(t_a, t_b)
    if rules.cutoff is None:
        within = np.ones(rounds, dtype=bool)
        duration = end
    else:
        within = np.abs(gap) <= rules.cutoff
        duration = np.where(within, end, np.minimum(t_a, t_b) + rules.cutoff)
    success = within if rules.p_swap == 1.0 else within & (rng.random(rounds) < rules.p_swap)
    if rules.ratio != 1.0:
        decay = np.power(rules.ratio, np.abs(gap).astype(float))
        w_a = np.where(gap > 0, w_a * decay, w_a)
        w_b = np.where(gap < 0, w_b * decay, w_b)
    return success, duration, rules.swap(w_a, w_b)


def _sample_block(
    probs: np.ndarray, n: int, rng: np.random.Generator, rules: _Rules
) -> tuple[np.ndarray, np.ndarray]:
    """``n`` independent (creation step, Werner parameter) pairs for the segments ``probs``."""
    if probs.size == 1:
        return rng.geometric(probs[0], n).astype(np.int64), np.full(n, rules.w0)
    flags: list[np.ndarray] = []
    durations: list[np.ndarray] = []
    werners: list[np.ndarray] = []
    successes = 0
    played = 0
    # Without a cutoff a round fails only by the swap; with one, guess half at first.
    guess = rules.p_swap * (1.0 if rules.cutoff is None else 0.5)
    while successes < n:
        # Size the batch from the success fraction seen so far; overshoot is wasted work.
        fraction = successes / played if successes else guess
        batch = int(1.05 * (n - successes) / max(fraction, 1e-3)) + 16
        success, duration, werner = _play_rounds(probs, batch, rng, rules)
        flags.append(success)
        durations.append(duration)
        werners.append(werner)
        successes += int(success.sum())
        played += batch
    success = np.concatenate(flags)
    ends = np.flatnonzero(success)[:n]
    elapsed = np.cumsum(np.concatenate(durations))[ends]
    times = np.diff(elapsed, prepend=0)
    return times, np.concatenate(werners)[ends]


def sample_nested(
    params: ChainParameters, n: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Sample ``n`` deliveries of the nested protocol: (waiting steps, Werner parameters).

    Model: :class:`~reference_sim.chain.parameters.ChainParameters` with
    ``protocol="nested"``; the halves of a block are split at its middle segment.
    """
    rules = _Rules(
        w0=params.link_werner,
        cutoff=params.cutoff,
        ratio=params.link_decay_per_step,
        p_swap=params.p_swap,
        swap=params.swap_map,
    )
    return _sample_block(params.segment_success_probabilities, n, rng, rules)
