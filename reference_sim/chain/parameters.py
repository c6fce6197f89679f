"""Inputs of a repeater-chain model, shared by the exact and the Monte Carlo engine.

Time is discrete: one step is one elementary-link attempt (``attempt_time_s``). Both engines read
the same derived quantities from here (per-step success probabilities, per-step decay factor,
cutoff in steps, the swap map), so the two can only disagree through how they compute, never
through what they model.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np

from reference_sim.links import multiplexed_success_probability
from reference_sim.memory import depolarising_decay
from reference_sim.swapping import swap_werner

Protocol = Literal["nested", "swap_asap"]


@dataclass(frozen=True)
class SwapMap:
    """Werner parameter after a successful swap, ``f(w1, w2) = g w1 w2``.

    Both engines rely on this product form: the exact engine pushes conditional expectations of
    independent halves through it (``E[g w1 w2] = g E[w1] E[w2]``), and the swap-asap sampler
    tracks a delivered ``w`` as a product of per-segment factors. ``g`` is read off
    :func:`reference_sim.swapping.swap_werner`, and the product form is checked there rather than
    assumed, so a change of that noise model cannot silently break the engines.
    """

    g: float

    @classmethod
    def from_noise(cls, gate_fidelity: float, measurement_fidelity: float) -> SwapMap:
        """``g = swap_werner(1, 1, gate_fidelity, measurement_fidelity)``, product form checked."""

        def f(a: float, b: float) -> float:
            return float(swap_werner(a, b, gate_fidelity, measurement_fidelity))

        swap_map = cls(f(1.0, 1.0))
        for probe in ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (0.3, -0.2), (0.9, 0.7)):
            if not math.isclose(swap_map(*probe), f(*probe), rel_tol=1e-12, abs_tol=1e-15):
                raise ValueError("swap_werner is not of the form g w1 w2; the chain models need it")
        return swap_map

    def __call__(self, w1, w2):
        """Apply the map to floats or arrays (no validation: hot path of both engines)."""
        return self.g * w1 * w2


@dataclass(frozen=True)
class ChainParameters:
    """A chain of ``n_segments`` elementary links between ``n_segments + 1`` nodes.

    Model (shared by both engines):

    * Time advances in steps of ``attempt_time_s``. Each segment without a link tries once per
      step and succeeds with ``p_gen`` (one value, or one per segment); with ``multiplexing = m``
      memory pairs per segment trying in parallel, the per-step success is ``1 - (1 - p)^m`` and
      one success is kept. A fresh link has Werner parameter ``link_werner``.
    * Every stored qubit depolarises: ``w <- w exp(-t / T)`` per qubit
      (:func:`reference_sim.memory.depolarising_decay`), so a waiting link, whose two qubits are
      both in memory, loses a factor ``exp(-2 t / T)``. (Brand et al. 2020 use a per-link time
      constant; theirs equals ``T / 2`` here.)
    * A swap succeeds with ``p_swap``; failure destroys both input links. A successful swap maps
      the Werner parameters by :func:`reference_sim.swapping.swap_werner` with ``gate_fidelity``
      and ``measurement_fidelity``. Swaps and classical messages take no time steps.
    * ``protocol="nested"`` (doubling; ``n_segments`` a power of 2): two adjacent links of one
      level are swapped only when both exist. Cutoff as in Brand, Coopmans, Elkouss, IEEE JSAC
      38, 619 (2020): if the two links' generation times differ by more than ``cutoff`` steps,
      the earlier link is discarded when its age exceeds the cutoff and both halves restart.
    * ``protocol="swap_asap"``: any node holding two adjacent links swaps at once. A link is
      discarded when its oldest elementary constituent is older than ``cutoff`` steps.

    The cutoff can be given in steps (``cutoff_steps``) or seconds (``cutoff_s``, rounded down to
    whole steps); ``None`` means no cutoff.
    """

    n_segments: int
    p_gen: float | tuple[float, ...]
    attempt_time_s: float
    p_swap: float = 1.0
    coherence_time_s: float = math.inf
    cutoff_steps: int | None = None
    cutoff_s: float | None = None
    link_werner: float = 1.0
    gate_fidelity: float = 1.0
    measurement_fidelity: float = 1.0
    multiplexing: int = 1
    protocol: Protocol = "nested"

    def __post_init__(self) -> None:
        if int(self.n_segments) != self.n_segments or self.n_segments < 1:
            raise ValueError(f"n_segments must be an integer >= 1, got {self.n_segments!r}")
        p = np.atleast_1d(np.asarray(self.p_gen, dtype=float))
        if p.ndim != 1 or p.size not in (1, self.n_segments):
            raise ValueError("p_gen must be one value or one value per segment")
        if np.any(p <= 0.0) or np.any(p > 1.0):
            raise ValueError(f"p_gen must lie in (0, 1], got {self.p_gen!r}")
        if isinstance(self.p_gen, list):
            object.__setattr__(self, "p_gen", tuple(float(x) for x in self.p_gen))
        if not self.attempt_time_s > 0.0 or not math.isfinite(self.attempt_time_s):
            raise ValueError(f"attempt_time_s must be positive, got {self.attempt_time_s!r}")
        if not 0.0 < self.p_swap <= 1.0:
            raise ValueError(f"p_swap must lie in (0, 1], got {self.p_swap!r}")
        if not self.coherence_time_s > 0.0:
            raise ValueError(f"coherence_time_s must be positive, got {self.coherence_time_s!r}")
        if self.cutoff_steps is not None and self.cutoff_s is not None:
            raise ValueError("give cutoff_steps or cutoff_s, not both")
        if self.cutoff_steps is not None and (
            int(self.cutoff_steps) != self.cutoff_steps or self.cutoff_steps < 0
        ):
            raise ValueError(f"cutoff_steps must be an integer >= 0, got {self.cutoff_steps!r}")
        if self.cutoff_s is not None and not self.cutoff_s >= 0.0:
            raise ValueError(f"cutoff_s must be non-negative, got {self.cutoff_s!r}")
        if not -1.0 / 3.0 <= self.link_werner <= 1.0:
            raise ValueError(f"link_werner must lie in [-1/3, 1], got {self.link_werner!r}")
        if int(self.multiplexing) != self.multiplexing or self.multiplexing < 1:
            raise ValueError(f"multiplexing must be an integer >= 1, got {self.multiplexing!r}")
        if self.protocol not in ("nested", "swap_asap"):
            raise ValueError(f"protocol must be 'nested' or 'swap_asap', got {self.protocol!r}")
        if self.protocol == "nested" and self.n_segments & (self.n_segments - 1):
            raise ValueError(f"nested protocol needs a power of 2 segments, got {self.n_segments}")
        SwapMap.from_noise(self.gate_fidelity, self.measurement_fidelity)  # validates both

    @property
    def segment_success_probabilities(self) -> np.ndarray:
        """Per-step success probability of each segment after multiplexing, shape (N,)."""
        p = np.broadcast_to(np.asarray(self.p_gen, dtype=float), (self.n_segments,))
        return np.asarray(multiplexed_success_probability(p, self.multiplexing), dtype=float)

    @property
    def is_homogeneous(self) -> bool:
        """True when every segment has the same success probability."""
        p = self.segment_success_probabilities
        return bool(np.all(p == p[0]))

    @property
    def cutoff(self) -> int | None:
        """Cutoff in whole steps (``floor(cutoff_s / attempt_time_s)``), or ``None``."""
        if self.cutoff_steps is not None:
            return int(self.cutoff_steps)
        if self.cutoff_s is not None:
            return math.floor(self.cutoff_s / self.attempt_time_s + 1e-9)
        return None

    @property
    def link_decay_per_step(self) -> float:
        """Factor by which a stored link's Werner parameter shrinks in one step, ``exp(-2t/T)``."""
        if math.isinf(self.coherence_time_s):
            return 1.0
        per_qubit = float(depolarising_decay(1.0, self.attempt_time_s, self.coherence_time_s))
        return per_qubit**2

    @property
    def swap_map(self) -> SwapMap:
        """The affine map of Werner parameters applied by one successful swap."""
        return SwapMap.from_noise(self.gate_fidelity, self.measurement_fidelity)

    def assumptions(self) -> tuple[str, ...]:
        """Plain-language statement of the model, copied into every result."""
        cutoff = self.cutoff
        notes = [
            f"protocol={self.protocol}, {self.n_segments} segments, discrete time step "
            f"{self.attempt_time_s:.6g} s (one elementary attempt)",
            f"per-step link success 1-(1-p)^m with m={self.multiplexing}",
            "swaps and classical communication take no time steps",
            f"swap success p_swap={self.p_swap:.6g}; failure destroys both input links",
            f"stored qubits depolarise with T={self.coherence_time_s:.6g} s each "
            f"(link factor exp(-2t/T))",
            "fidelity is (1+3w)/4 of the propagated Werner parameter w",
        ]
        if cutoff is None:
            notes.append("no cutoff")
        elif self.protocol == "nested":
            notes.append(f"cutoff {cutoff} steps on the age difference, restart both halves")
        else:
            notes.append(f"cutoff {cutoff} steps on the age of a link's oldest constituent")
        return tuple(notes)
