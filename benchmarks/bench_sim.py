"""Time the repeater-chain engines and the link models of ``reference_sim``.

Why: the reference simulator must be cheap enough to sit inside checks and sweeps. Targets on
one core:

(a) exact engine, 8-segment nested chain with decoherence and cutoff: < 50 ms;
(b) Monte Carlo, swap-asap chain: > 1e6 deliveries per second;
(c) a 5-node chain of 10 km links, rate and fidelity over 1 s of operation: < 0.1 s;
(d) a 1,000-point rate-vs-distance sweep as one vectorised call.

    python benchmarks/bench_sim.py

Not collected by pytest (no ``test_`` prefix). Each figure is the best of several repeats, so
it measures the code rather than a busy machine.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reference_sim import bounds, channels, links
from reference_sim.chain import (
    ChainParameters,
    run_exact,
    sample_deliveries,
    simulate_operation,
)


def best_of(fn: Callable[[], object], repeats: int) -> tuple[float, object]:
    """Shortest wall time of ``repeats`` calls, and the last result."""
    best = float("inf")
    result = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def chain_from_link(link: links.LinkPerformance, **kwargs) -> ChainParameters:
    return ChainParameters(
        p_gen=float(link.success_probability),
        attempt_time_s=float(link.attempt_time_s),
        link_werner=float(link.werner),
        **kwargs,
    )


def bench_exact() -> None:
    link = links.double_click_link(25.0, emission_efficiency=0.5, detector_efficiency=0.9)
    cfg = chain_from_link(
        link, n_segments=8, coherence_time_s=0.5, cutoff_steps=100, p_swap=0.9, gate_fidelity=0.99
    )
    seconds, result = best_of(lambda: run_exact(cfg), 5)
    print(
        f"(a) exact, 8 x 25 km nested, T=0.5 s, cutoff 100 steps, p_swap 0.9: "
        f"{seconds * 1e3:.1f} ms (target < 50 ms); p_gen={cfg.p_gen:.4f}, "
        f"E[T]={result.mean_waiting_steps:.1f} steps, rate={result.rate_hz:.1f} Hz, "
        f"F={result.mean_fidelity:.4f}"
    )


def bench_montecarlo() -> None:
    n = 1 << 20
    cases = {
        "4 segments, p=0.05, ideal swaps, T=1 s": dict(
            n_segments=4, p_gen=0.05, coherence_time_s=1.0
        ),
        "8 segments, p=0.05, ideal swaps, T=1 s": dict(
            n_segments=8, p_gen=0.05, coherence_time_s=1.0
        ),
        "4 segments, p=0.05, p_swap=0.5, cutoff 40, T=1 s": dict(
            n_segments=4, p_gen=0.05, p_swap=0.5, cutoff_steps=40, coherence_time_s=1.0
        ),
    }
    for label, kwargs in cases.items():
        cfg = ChainParameters(attempt_time_s=1e-3, protocol="swap_asap", **kwargs)
        size = n if "cutoff" not in label else n // 8
        seconds, _ = best_of(lambda cfg=cfg, size=size: sample_deliveries(cfg, size, 1), 3)
        print(f"(b) Monte Carlo swap-asap, {label}: {size / seconds:.3g} deliveries/s")
    cfg = ChainParameters(attempt_time_s=1e-3, n_segments=8, p_gen=0.05, coherence_time_s=1.0)
    seconds, _ = best_of(lambda: sample_deliveries(cfg, n // 4, 1), 3)
    print(f"    Monte Carlo nested, 8 segments, p=0.05: {n / 4 / seconds:.3g} deliveries/s")


def bench_operation() -> None:
    link = links.double_click_link(10.0, emission_efficiency=0.5, detector_efficiency=0.9)
    cfg = chain_from_link(
        link,
        n_segments=4,
        coherence_time_s=0.1,
        cutoff_s=5e-3,
        p_swap=0.95,
        protocol="swap_asap",
    )
    seconds, result = best_of(lambda: simulate_operation(cfg, 1.0, seed=3), 5)
    low, high = result.rate_ci_hz
    print(
        f"(c) 5-node chain of 10 km links, 1 s of operation: {seconds * 1e3:.1f} ms "
        f"(target < 100 ms); {result.n_deliveries} deliveries, rate {result.rate_hz:.0f} Hz "
        f"[{low:.0f}, {high:.0f}], F={result.mean_fidelity:.4f}, "
        f"key {result.secret_key_rate_hz:.0f} bit/s"
    )


def bench_sweep() -> None:
    distance_km = np.linspace(1.0, 400.0, 1000)

    def sweep() -> tuple[np.ndarray, ...]:
        direct = links.direct_transmission_link(distance_km, repetition_rate_hz=1e9)
        heralded = links.double_click_link(
            distance_km, emission_efficiency=0.5, detector_efficiency=0.9
        )
        single = links.single_click_link(distance_km, 0.05, emission_efficiency=0.5)
        plob = bounds.plob_capacity(channels.fibre_transmissivity(distance_km)) * 1e9
        return direct.rate_hz, heralded.rate_hz, single.rate_hz, plob

    seconds, (direct, heralded, single, plob) = best_of(sweep, 20)
    i = int(np.searchsorted(distance_km, 100.0))
    print(
        f"(d) 1,000-point rate-vs-distance sweep (direct, double-click, single-click, PLOB): "
        f"{seconds * 1e3:.2f} ms; at {distance_km[i]:.0f} km: direct {direct[i]:.3g} Hz, "
        f"double-click {heralded[i]:.3g} Hz, single-click {single[i]:.3g} Hz, "
        f"PLOB {plob[i]:.3g} bit/s at 1 GHz"
    )


def main() -> None:
    bench_exact()
    bench_montecarlo()
    bench_operation()
    bench_sweep()


if __name__ == "__main__":
    main()
