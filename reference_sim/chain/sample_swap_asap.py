"""Monte Carlo sampling of the swap-as-soon-as-possible protocol, event by event.

Stepping through every attempt would cost ``E[T]`` array passes per delivery. Instead each
free segment draws the step of its next success directly (geometric: per-step trials are
memoryless), and each delivery jumps to its own next event, a link appearing or a link reaching
the cutoff age. All deliveries advance together as ``(n_segments, batch)`` arrays; the Python
loops are over events (and, only when links are destroyed, over segments).

Werner bookkeeping. Swaps are bilinear (``w = g w1 w2``, see
:class:`~reference_sim.chain.parameters.SwapMap`) and a stored link decays by ``r`` per step, so
a delivered link made of ``N`` elementary links by ``N - 1`` swaps has
``w = w0^N g^(N-1) r^X`` with ``X`` its *exposure*: the summed lifetimes of every link in its
merge history. Counting links alive over time, ``X = t_end - sum(births) + sum(merge times)``
(each birth adds a link until ``t_end``, each merge removes one from then on). That sum is
additive over segments: a segment stores ``-birth`` when its elementary link appears and adds
the merge time when its link is swapped with the link on its left. A destroyed link's terms
vanish when its segments are refilled, so nothing else is tracked per event.

At an event at step ``t`` of a delivery:

1. segments due at ``t`` receive fresh links; adjacent links merge (a swap at every node where
   two links meet). If a swap fails, its whole run of merged links is lost: a failed Bell
   measurement consumes the qubits of both links it touches, which are swapped onward;
2. a link covering the chain is delivered; a link whose oldest elementary part was made
   ``cutoff`` steps ago is discarded (it would exceed the cutoff at the next step);
3. freed segments draw the step of their next success.
"""

from __future__ import annotations

import numpy as np

from reference_sim.chain.parameters import ChainParameters

_NEVER = np.iinfo(np.int64).max // 4


def _spread_over_links(flag: np.ndarray, same_link: np.ndarray) -> np.ndarray:
    """Extend per-segment flags (in place) to every segment of a flagged link.

    ``same_link[i]`` says that segments ``i`` and ``i + 1`` belong to one link.
    """
    for i in range(1, flag.shape[0]):
        flag[i] |= flag[i - 1] & same_link[i - 1]
    for i in range(flag.shape[0] - 2, -1, -1):
        flag[i] |= flag[i + 1] & same_link[i]
    return flag


class _Draws:
    """Geometric step counts per segment (a scalar ``p`` is markedly faster in numpy)."""

    def __init__(self, probs: np.ndarray, rng: np.random.Generator) -> None:
        self.probs = probs
        self.rng = rng
        self.same = bool(np.all(probs == probs[0]))

    def full(self, n: int) -> np.ndarray:
        if self.same:
            return self.rng.geometric(self.probs[0], size=(self.probs.size, n))
        return self.rng.geometric(self.probs[:, None], size=(self.probs.size, n))

    def at(self, rows: np.ndarray) -> np.ndarray:
        if self.same:
            return self.rng.geometric(self.probs[0], size=rows.size)
        return self.rng.geometric(self.probs[rows])


def _sample_chunk(
    params: ChainParameters, n: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Run ``n`` independent deliveries to completion; return (steps, Werner parameters)."""
    draws = _Draws(params.segment_success_probabilities, rng)
    n_seg = params.n_segments
    cutoff = params.cutoff
    swap = params.swap_map
    p_fail = 1.0 - params.p_swap

    out_steps = np.empty(n, dtype=np.int64)
    out_exposure = np.empty(n, dtype=np.int64)
    ids = np.arange(n)
    next_gen = draws.full(n)
    occ = np.zeros((n_seg, n), dtype=bool)
    first = np.zeros((n_seg, n), dtype=bool)
    exposure = np.zeros((n_seg, n), dtype=np.int64)
    # Free segments keep exposure 0 and birth _NEVER, so updates below are plain arithmetic
    # (masked numpy updates cost several times more per element).
    born = np.full((n_seg, n), _NEVER, dtype=np.int64) if cutoff is not None else None

    while ids.size:
        t = next_gen.min(axis=0)
        if born is not None:
            t = np.minimum(t, born.min(axis=0) + cutoff)

        new = next_gen == t
        occ |= new
        first |= new
        next_gen += new * _NEVER  # occupied segments wait for no success
        exposure -= new * t
        if born is not None:
            born -= new * (_NEVER - t)

        meet = first[1:] & occ[:-1]
        first[1:] ^= meet
        exposure[1:] += meet * t
        lost = None
        if p_fail > 0.0 and meet.any():
            broken = meet & (rng.random(meet.shape) < p_fail)
            if broken.any():
                lost = np.zeros(occ.shape, dtype=bool)
                lost[1:] = broken

        same_link = None
        delivered = occ.all(axis=0)
        if lost is not None:
            same_link = occ[1:] & ~first[1:]
            lost = _spread_over_links(lost, same_link)
            delivered &= ~lost[0]
        if born is not None:
            expired = born <= t - cutoff
            expired &= ~delivered
            if expired.any():
                if same_link is None:
                    same_link = occ[1:] & ~first[1:]
                expired = _spread_over_links(expired, same_link)
                lost = expired if lost is None else lost | expired
        if lost is not None:
            occ &= ~lost
            first &= ~lost
            rows, cols = np.nonzero(lost)
            next_gen[rows, cols] = t[cols] + draws.at(rows)
            exposure[rows, cols] = 0
            if born is not None:
                born[rows, cols] = _NEVER

        if delivered.any():
            done = ids[delivered]
            out_steps[done] = t[delivered]
            out_exposure[done] = t[delivered] + exposure[:, delivered].sum(axis=0)
            keep = np.flatnonzero(~delivered)
            ids = ids[keep]
            next_gen, occ, first = (a.take(keep, axis=1) for a in (next_gen, occ, first))
            exposure = exposure.take(keep, axis=1)
            if born is not None:
                born = born.take(keep, axis=1)
    base = params.link_werner**n_seg * swap.g ** (n_seg - 1)
    ratio = params.link_decay_per_step
    if ratio == 1.0:
        return out_steps, np.full(n, base)
    return out_steps, base * np.power(ratio, out_exposure.astype(float))


def sample_swap_asap(
    params: ChainParameters, n: int, rng: np.random.Generator, *, chunk: int = 1 << 14
) -> tuple[np.ndarray, np.ndarray]:
    """Sample ``n`` deliveries of the swap-asap protocol: (waiting steps, Werner parameters).

    Deliveries are simulated in chunks of ``chunk`` so the working arrays stay in cache. Model:
    :class:`~reference_sim.chain.parameters.ChainParameters` with ``protocol="swap_asap"``.
    """
    steps = np.empty(n, dtype=np.int64)
    werner = np.empty(n)
    for start in range(0, n, chunk):
        stop = min(n, start + chunk)
        steps[start:stop], werner[start:stop] = _sample_chunk(params, stop - start, rng)
    return steps, werner
