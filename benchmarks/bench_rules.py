"""Time the conformance half of ``qnetspec check`` on generated 1k/10k/100k-node descriptions.

Why: the whole check of a 10k-node description should take under 2 s from YAML, so conversion to
RDF, the store, the topology and every rule together should stay well under 1 s. This prints each
part, the slowest rules, and a calibration loop so figures from a busy machine can be read fairly.
The generated descriptions are conformant; ``--nonconformant-fraction`` breaks a share of the nodes
to time the findings path too. ``benchmarks/bench_check.py`` times the whole check.

    python benchmarks/bench_rules.py                    # 1k, 10k, 100k
    python benchmarks/bench_rules.py 10000 --repeat 5 --top 15

Not collected by pytest (it lives outside tests/).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gen_description import generate

from qnetspec.conformance import Timings, builtin_packs, run_packs
from qnetspec.conformance.scope import triple_filter
from qnetspec.conformance.stage import classify
from qnetspec.description_rdf import description_to_ntriples, description_to_store
from qnetspec.document import Document
from qnetspec.findings import Location
from qnetspec.topology import Topology


def best_of(repeat: int, action: Callable[[], Any]) -> tuple[float, Any]:
    """Fastest wall time of ``repeat`` runs (with the GC off, as the engine runs) and the result."""
    times = []
    result = None
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
        gc.enable()
    return min(times), result


def calibration() -> float:
    """Seconds for a fixed pure-Python loop: about 0.4-0.6 s on an idle laptop core."""
    start = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i * i
    return time.perf_counter() - start


def bench(nodes: int, repeat: int, top: int, broken: float = 0.0) -> dict[str, float]:
    data = generate(nodes, nonconformant_fraction=broken)
    links = len(data["links"])
    document = Document("bench.yaml", "yaml", data, lambda p: Location("bench.yaml", pointer=p))
    packs = builtin_packs()
    queries = [r.query for p in packs for r in p.rules if r.kind == "sparql"]
    keep = triple_filter(q or "" for q in queries)

    t_full, full = best_of(max(1, repeat // 2), lambda: description_to_ntriples(data))
    t_conv, conv = best_of(repeat, lambda: description_to_ntriples(data, keep))
    t_store, _ = best_of(repeat, lambda: description_to_store(data, keep))
    t_topo, _ = best_of(repeat, lambda: Topology.build(data))
    t_stage, report = best_of(repeat, lambda: classify(data))

    runs = []
    timings = Timings()
    findings: list = []
    for _ in range(repeat):
        timings = Timings()
        gc.collect()
        start = time.perf_counter()
        findings = run_packs(document, packs, timings=timings)
        runs.append(time.perf_counter() - start)

    print(f"\n== {nodes} nodes, {links} links, {len(data['classical_channels'])} channels")
    print(f"  full lossless RDF      {t_full:7.3f} s  ({full.triple_count} triples, not loaded)")
    print(f"  rule-scoped RDF text   {t_conv:7.3f} s  ({conv.triple_count} triples)")
    print(f"  ... + pyoxigraph load  {t_store:7.3f} s")
    print(f"  topology (2 graphs)    {t_topo:7.3f} s")
    print(f"  stage classification   {t_stage:7.3f} s  ({report.stage})")
    print(
        f"  run_packs (all rules)  {min(runs):7.3f} s  best of {repeat} "
        f"(median {statistics.median(runs):.3f}); {len(findings)} findings"
    )
    sparql = sum(r.seconds for r in timings.rules if r.kind == "sparql")
    python = sum(r.seconds for r in timings.rules if r.kind == "python")
    print(
        f"    store {timings.store_seconds:.3f} s, topology {timings.topology_seconds:.3f} s, "
        f"SPARQL rules {sparql:.3f} s, Python rules {python:.3f} s (last run)"
    )
    for rule in sorted(timings.rules, key=lambda r: -r.seconds)[:top]:
        print(f"    {rule.rule_id:34} {rule.kind:6} {rule.seconds * 1000:8.1f} ms  {rule.findings}")
    return {"nodes": nodes, "run_packs": min(runs), "store": t_store}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="*", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (1 for 100k+)")
    parser.add_argument("--top", type=int, default=8, help="slowest rules to list")
    parser.add_argument("--nonconformant-fraction", type=float, default=0.0)
    args = parser.parse_args(argv)
    print(f"calibration loop: {calibration():.2f} s (about 0.5 s on an idle laptop core)")
    for size in args.sizes:
        repeat = 1 if size >= 100_000 else args.repeat
        bench(size, repeat, args.top, args.nonconformant_fraction)


if __name__ == "__main__":
    main()
