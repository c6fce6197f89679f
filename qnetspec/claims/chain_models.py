"""Entanglement over chains of segments: memory-based repeaters (the chain engines) and all-photonic
repeaters (a stated no-storage model).

Why the reductions below: reference_sim's :class:`~reference_sim.chain.ChainParameters` takes one
coherence time, one swap success, one gate fidelity, one multiplexing and one Werner parameter for
the whole chain, while a description gives each node its own hardware. Each reduction keeps the
model honest and is stated in the request's assumptions:

* coherence time, swap success and gate fidelity: the worst node on the chain (conservative);
* multiplexing: memory pairs per segment, an inner node splitting its memories between its two
  segments, the smallest over segments (conservative);
* link Werner parameter: the geometric mean of the segments' values, which is exact because swaps
  of Werner states are bilinear (the delivered ``w`` depends on their product only);
* time step: the slowest segment's try (the heralding round trip, and never shorter than the
  source's clock allows for one emission per multiplexed memory), so that no model uses a channel
  more often than its source can.

Engine: the exact engine (Brand-Coopmans-Elkouss) for the nested protocol when the number of
segments is a power of two and the mean waiting time is short enough for its grid; otherwise the
seeded Monte Carlo engine (nested for a power of two, swap-asap for other segment counts)."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from qnetspec.claims.defaults import Assumptions
from qnetspec.claims.elementary import Elementary
from qnetspec.claims.hardware import NodeHardware
from qnetspec.claims.qkd_models import bbm92_fraction, ec_efficiency
from qnetspec.claims.results import Estimate
from reference_sim.chain import ChainParameters, ChainResult, run_exact, run_montecarlo
from reference_sim.states import fidelity_from_werner
from reference_sim.swapping import swap_werner

#: The exact engine's grids grow with the mean waiting time (about 25 times it); above this many
#: steps the seeded Monte Carlo engine is much faster for the same model.
EXACT_MAX_STEPS = 5_000.0
#: Predicted swap-asap sampling work (events per delivery x segments) above which the nested
#: protocol stands in: about three seconds of sampling on a laptop.
SWAP_ASAP_WORK_BUDGET = 1e6
#: Below this per-try success a chain is taken to deliver nothing (Monte Carlo sums would overflow).
NEGLIGIBLE_P = 1e-12
#: Monte Carlo deliveries per point of a distance sweep (each point is its own run).
SWEEP_DELIVERIES = 2_000

#: ``sweep(scale) -> {"pairs": ..., "key": ..., "fidelity": ...}``: arrays over the scale factors
#: by which every channel's loss (and signalling delay) is multiplied; a quantity the section does
#: not deliver is left out.
SectionSweep = Callable[[np.ndarray], dict[str, np.ndarray]]


@dataclass(frozen=True)
class EngineArgs:
    """How to run the Monte Carlo engine: seed, deliveries and interval confidence."""

    seed: int
    n_deliveries: int
    confidence: float


@dataclass(frozen=True)
class ChainSettings:
    """The node-level reductions of one chain (see the module docstring)."""

    coherence_time_s: float
    p_swap: float
    gate_fidelity: float
    multiplexing: int


@dataclass
class ChainOutcome:
    """What a chain model delivers, ready to be put into a section result."""

    rate: Estimate
    fidelity: Estimate
    key_rate: Estimate
    first_pair_s: Estimate
    engine: str
    model: list[str]
    samples: np.ndarray | None = None
    parameters: ChainParameters | None = None
    sweep: SectionSweep | None = None


def nothing(reason: str, engine: str) -> ChainOutcome:
    """An outcome with no pairs and no key, for a chain that never delivers."""
    return ChainOutcome(
        rate=Estimate.point(0.0, "Hz", reason),
        fidelity=Estimate.missing("", reason),
        key_rate=Estimate.point(0.0, "bit/s", reason),
        first_pair_s=Estimate.missing("s", reason),
        engine=engine,
        model=[reason],
    )


def multiplexing(nodes: list[NodeHardware]) -> int:
    """Memory pairs that can try at once on every segment of the chain (at least 1)."""
    last = len(nodes) - 1
    per_segment = []
    for i in range(last):
        sides = []
        for j in (i, i + 1):
            node = nodes[j]
            if node.stores:
                count = node.memory_count()
                sides.append(count // 2 if 0 < j < last else count)
        per_segment.append(max(1, min(sides)) if sides else 1)
    return max(1, min(per_segment, default=1))


def chain_settings(nodes: list[NodeHardware], log: Assumptions) -> ChainSettings:
    """Worst coherence, swap success and gate fidelity on the chain, and its multiplexing."""
    storing = [node for node in nodes if node.stores]
    coherence = min((node.coherence_time_s() for node in storing), default=math.inf)
    inner = nodes[1:-1]
    p_swap = min((node.bsm_success(False) * node.bsm_efficiency() for node in inner), default=1.0)
    gate = min((node.gate_fidelity() for node in inner), default=1.0)
    if len(nodes) > 2:
        log.note(
            "the chain engine takes the worst node's coherence time, swap success and gate "
            "fidelity for every node (conservative)"
        )
    if storing and any(not node.stores for node in (nodes[0], nodes[-1])):
        log.note(
            "an end device measures on arrival, yet the engine lets both qubits of each "
            "waiting link decay (conservative)"
        )
    return ChainSettings(coherence, p_swap, gate, multiplexing(nodes))


def chain_parameters(
    settings: ChainSettings,
    ps: list[float],
    werners: list[float],
    attempts: list[float],
    clocks: list[float],
) -> ChainParameters | str:
    """The engine's inputs for per-segment values, or the reason the chain delivers nothing."""
    n = len(ps)
    worst = min(range(n), key=ps.__getitem__)
    if ps[worst] <= NEGLIGIBLE_P:
        return (
            f"segment {worst + 1} succeeds with probability {ps[worst]:.3g} per try: "
            "the chain effectively never delivers"
        )
    if settings.p_swap <= 0.0:
        return "a Bell measurement on the chain never succeeds (success probability 0)"
    m = settings.multiplexing
    step = max(max(t, m / c, 1.0 / c) for t, c in zip(attempts, clocks, strict=True))
    ws = [max(0.0, w) for w in werners]
    link_werner = 0.0 if min(ws) == 0.0 else math.exp(sum(map(math.log, ws)) / n)
    return ChainParameters(
        n_segments=n,
        p_gen=tuple(ps),
        attempt_time_s=step,
        p_swap=settings.p_swap,
        coherence_time_s=settings.coherence_time_s,
        link_werner=min(1.0, link_werner),
        gate_fidelity=settings.gate_fidelity,
        multiplexing=m,
        protocol="nested" if n & (n - 1) == 0 else "swap_asap",
    )


def _estimated_steps(params: ChainParameters) -> float:
    """Rough mean waiting time of the nested protocol, ``(1/p) (3 / (2 p_swap))^levels``.

    Each doubling level waits for the later of two halves (a factor about 3/2) and repeats on a
    failed swap (a factor 1/p_swap); used only to keep the exact engine's grid affordable.
    """
    p_min = float(np.min(params.segment_success_probabilities))
    levels = math.log2(params.n_segments)
    return (1.0 / p_min) * (1.5 / params.p_swap) ** levels


def _padded_nested(params: ChainParameters) -> ChainParameters:
    """The nested protocol on the next power of two segments, padding with the worst segment."""
    n = params.n_segments
    padded = 2 ** math.ceil(math.log2(n))
    raw = [float(p) for p in np.broadcast_to(np.asarray(params.p_gen, dtype=float), (n,))]
    ps = tuple(raw + [min(raw)] * (padded - n))
    return dataclasses.replace(params, n_segments=padded, p_gen=ps, protocol="nested")


def run_chain(
    params: ChainParameters, args: EngineArgs, log: Assumptions | None = None
) -> ChainResult:
    """The exact engine where it applies and its grid stays small, else seeded Monte Carlo.

    Both engines model the same chain and agree within the Monte Carlo interval; the exact one is
    preferred because its numbers carry no sampling error. The swap-asap sampler steps through
    every link appearance, so a long chain with lossy swaps can need millions of events per
    delivery; its cost is predicted from a quick nested run (same segments, padded to a power of
    two) and, above a fixed budget, that nested run stands in for it, with a note saying so.
    """
    if params.protocol == "nested" and _estimated_steps(params) <= EXACT_MAX_STEPS:
        try:
            return run_exact(params)
        except (RuntimeError, MemoryError):
            pass
    if params.protocol == "swap_asap":
        surrogate = _padded_nested(params)
        pilot = run_montecarlo(
            surrogate, min(args.n_deliveries, 1000), seed=args.seed, keep_samples=False
        )
        n = params.n_segments
        p_step = float(np.max(params.segment_success_probabilities))
        work = n * n * min(1.0, p_step) * pilot.mean_waiting_steps
        if work > SWAP_ASAP_WORK_BUDGET:
            if log is not None:
                log.note(
                    f"swap-asap sampling of {n} segments would need about "
                    f"{work / n:.2g} events per delivery: the nested protocol on "
                    f"{surrogate.n_segments} segments (the worst segment repeated) stands in "
                    "for it; an approximation, not a bound"
                )
            result = run_montecarlo(
                surrogate, args.n_deliveries, seed=args.seed, confidence=args.confidence
            )
            engine = f"{result.engine}, nested surrogate ({surrogate.n_segments} segments)"
            return dataclasses.replace(result, engine=engine)
    return run_montecarlo(params, args.n_deliveries, seed=args.seed, confidence=args.confidence)


def memory_chain(
    elementary: list[Elementary], nodes: list[NodeHardware], log: Assumptions, args: EngineArgs
) -> ChainOutcome:
    """Rate, fidelity, key and time to first pair of a memory chain (or a single stored link)."""
    settings = chain_settings(nodes, log)
    if len({round(e.werner, 12) for e in elementary}) > 1:
        log.note(
            "segments differ in link fidelity: the engine takes their geometric-mean Werner "
            "parameter (exact, since swaps multiply Werner parameters)"
        )
    f = ec_efficiency(log)
    params = chain_parameters(
        settings,
        [e.p for e in elementary],
        [e.werner for e in elementary],
        [e.attempt_time_s for e in elementary],
        [e.clock_hz for e in elementary],
    )
    sweep = _memory_sweep(elementary, settings, f, args)
    if isinstance(params, str):
        outcome = nothing(params, "none")
        outcome.sweep = sweep
        return outcome
    result = run_chain(params, args, log)
    rate_low, rate_high = result.rate_ci_hz
    w_low, w_high = result.werner_ci
    frac = bbm92_fraction([result.mean_werner, w_low, w_high], f)
    t_low, t_high = result.waiting_steps_ci
    return ChainOutcome(
        rate=Estimate.interval(result.rate_hz, rate_low, rate_high, "Hz"),
        fidelity=Estimate.interval(result.mean_fidelity, *result.fidelity_ci, ""),
        key_rate=Estimate.interval(
            result.rate_hz * frac[0], rate_low * frac[1], rate_high * frac[2], "bit/s"
        ),
        first_pair_s=Estimate.interval(
            result.mean_latency_s,
            t_low * params.attempt_time_s,
            t_high * params.attempt_time_s,
            "s",
        ),
        engine=result.engine,
        model=list(result.assumptions),
        samples=result.fidelity_samples,
        parameters=params,
        sweep=sweep,
    )


def _memory_sweep(
    elementary: list[Elementary], settings: ChainSettings, f: float, args: EngineArgs
) -> SectionSweep:
    """Rates over scaled distances: elementary links in one vectorised call each, then the chain
    engine point by point (it takes one configuration at a time)."""

    def sweep(scale: np.ndarray) -> dict[str, np.ndarray]:
        s = np.atleast_1d(np.asarray(scale, dtype=float))
        links = [
            e.sweep(s) if e.sweep else (np.full_like(s, e.p), np.full_like(s, e.werner))
            for e in elementary
        ]
        pairs = np.zeros_like(s)
        fidelity = np.full_like(s, np.nan)
        key = np.zeros_like(s)
        light = EngineArgs(args.seed, SWEEP_DELIVERIES, args.confidence)
        for i, k in enumerate(s):
            attempts = [e.attempt_time_s * (k if e.attempt_scales else 1.0) for e in elementary]
            params = chain_parameters(
                settings,
                [float(p[i]) for p, _ in links],
                [float(w[i]) for _, w in links],
                attempts,
                [e.clock_hz for e in elementary],
            )
            if isinstance(params, str):
                continue
            result = run_chain(params, light)
            pairs[i] = result.rate_hz
            fidelity[i] = result.mean_fidelity
            key[i] = result.rate_hz * float(bbm92_fraction(result.mean_werner, f))
        return {"pairs": pairs, "key": key, "fidelity": fidelity}

    return sweep


def photonic_chain(
    elementary: list[Elementary], nodes: list[NodeHardware], log: Assumptions
) -> ChainOutcome:
    """All-photonic repeaters, modelled without storage: one attempt per clock cycle succeeds only
    if every segment and every Bell measurement succeeds in it.

    A deliberate simplification of Azuma, Tamaki, Lo, Nat. Commun. 6, 6787 (2015): it ignores the
    graph-state encoding that makes their measurements near-deterministic, so it is a floor for a
    real all-photonic chain rather than an estimate of one; the assumption says so.
    """
    engine = "all-photonic closed form (no storage)"
    log.note(
        "all-photonic repeaters: modelled with no storage, every segment and Bell measurement "
        "succeeding in the same clock cycle (graph-state encoding not modelled)"
    )
    inner = nodes[1:-1]
    p_bsm = math.prod(node.bsm_success(True) * node.bsm_efficiency() for node in inner)
    gates = [node.gate_fidelity() for node in inner]
    clock = min(e.clock_hz for e in elementary)
    f = ec_efficiency(log)

    def sweep(scale: np.ndarray) -> dict[str, np.ndarray]:
        s = np.atleast_1d(np.asarray(scale, dtype=float))
        links = [
            e.sweep(s) if e.sweep else (np.full_like(s, e.p), np.full_like(s, e.werner))
            for e in elementary
        ]
        p = np.prod([pl for pl, _ in links], axis=0) * p_bsm
        w = links[0][1]
        for (_, w_next), gate in zip(links[1:], gates, strict=False):
            w = np.asarray(swap_werner(w, w_next, gate))
        pairs = clock * p
        return {
            "pairs": pairs,
            "key": pairs * bbm92_fraction(w, f),
            "fidelity": np.asarray(fidelity_from_werner(w)) * np.ones_like(s),
        }

    at_one = sweep(np.asarray([1.0]))
    rate = float(at_one["pairs"][0])
    model = [
        f"{len(elementary)} segments fire together at {clock:g} Hz; "
        f"success per cycle {rate / clock:.4g}",
        "fidelity: Werner parameters multiplied through each swap (Duer et al. 1999)",
    ]
    if rate <= 0.0:
        outcome = nothing("an all-photonic segment or measurement never succeeds", engine)
        outcome.sweep = sweep
        return outcome
    return ChainOutcome(
        Estimate.point(rate, "Hz"),
        Estimate.point(float(at_one["fidelity"][0]), ""),
        Estimate.point(float(at_one["key"][0]), "bit/s"),
        Estimate.point(1.0 / rate, "s"),
        engine,
        model,
        sweep=sweep,
    )
