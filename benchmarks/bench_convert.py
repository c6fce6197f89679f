"""Time the filtered description -> N-Triples conversion that ``qnetspec check`` runs before SPARQL.

Why: the rule engine converts the description with a :class:`TripleFilter` built from the
built-in rules' queries, so that the store holds only what a query can match. On a 10k-node
description that conversion sits on the critical path of ``qnetspec check``, and most of what it
visits (classical channels, latencies, efficiencies) is dropped. This prints the best and the
spread of several runs (wall clock, and CPU time, which other jobs on a shared machine disturb
less) for the whole conversion and for each top-level list on its own, with the garbage collector
off as the checker runs it, and the number of triples kept.

``--compare`` also times the frozen pre-optimisation writer (``tests/rules/reference_writer.py``)
on the same data, interleaved with the current one so both see the same machine load, and checks
that the two outputs are byte-identical.

    python benchmarks/bench_convert.py                      # 10k nodes, best of 7
    python benchmarks/bench_convert.py 10000 --repeat 11 --compare
    python benchmarks/bench_convert.py --file net10000.json   # from gen_description.py

Not collected by pytest (no ``test_`` prefix).
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gen_description import generate, write

from qnetspec.conformance import builtin_packs
from qnetspec.conformance.scope import triple_filter
from qnetspec.description_rdf import TripleFilter, description_to_ntriples
from qnetspec.load import Limits, load_document

ROOT = Path(__file__).resolve().parents[1]
Convert = Callable[[dict, TripleFilter | None], tuple[str, int]]


def current(data: dict, keep: TripleFilter | None) -> tuple[str, int]:
    conversion = description_to_ntriples(data, keep)
    return conversion.ntriples, conversion.triple_count


def reference() -> Convert:
    """The frozen writer the tests compare against (imported from the test tree by path)."""
    sys.path.insert(0, str(ROOT / "tests" / "rules"))
    from reference_writer import reference_ntriples

    return reference_ntriples


def load(nodes: int, file: Path | None) -> dict:
    """The description as the checker sees it: generated, written as JSON, loaded back."""
    if file is not None:
        return load_document(file, limits=Limits(max_bytes=1 << 30)).data
    with tempfile.TemporaryDirectory() as tmp:
        _, json_path = write(generate(nodes), Path(tmp) / f"net{nodes}")
        return load_document(json_path, limits=Limits(max_bytes=1 << 30)).data


def builtin_filter() -> TripleFilter | None:
    rules = [r for p in builtin_packs() for r in p.rules if r.kind == "sparql"]
    return triple_filter(r.query or "" for r in rules)


def timings(converts: dict[str, Convert], data: dict, keep: Any, repeat: int) -> dict:
    """(wall, CPU) seconds of each run per converter, interleaved run by run, gc off as in the
    checker."""
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in converts}
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            for name, convert in converts.items():
                start, start_cpu = time.perf_counter(), time.process_time()
                convert(data, keep)
                runs[name].append((time.perf_counter() - start, time.process_time() - start_cpu))
    finally:
        if enabled:
            gc.enable()
    return runs


def parts(data: dict) -> dict[str, dict]:
    """The whole description, then one description per top-level list (scalars kept)."""
    scalars = {k: v for k, v in data.items() if type(v) is not list}
    lists = [k for k, v in data.items() if type(v) is list]
    return {"(all)": data} | {k: {**scalars, k: data[k]} for k in lists}


def report(label: str, data: dict, runs: dict[str, list[tuple[float, float]]], count: int) -> None:
    cells = []
    for name, seconds in runs.items():
        ms = sorted(wall * 1000 for wall, _ in seconds)
        cpu = min(cpu for _, cpu in seconds) * 1000
        spread = f"median {ms[len(ms) // 2]:.1f}, max {ms[-1]:.1f}; cpu {cpu:.1f}"
        cells.append(f"{name} {ms[0]:6.1f} ms ({spread})")
    items = sum(len(v) for v in data.values() if type(v) is list)
    print(f"{label:34} {items:7} items {count:7} triples  " + "  ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("nodes", type=int, nargs="?", default=10000)
    parser.add_argument("--file", type=Path, help="a description to load instead of generating")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--compare", action="store_true", help="also time the frozen writer")
    parser.add_argument("--unfiltered", action="store_true", help="time with no filter too")
    args = parser.parse_args()

    data = load(args.nodes, args.file)
    converts: dict[str, Convert] = {"current": current}
    if args.compare:
        converts["reference"] = reference()
    filters = {"filtered": builtin_filter()}
    if args.unfiltered:
        filters["unfiltered"] = None
    for mode, keep in filters.items():
        for name, part in parts(data).items():
            text, count = current(part, keep)
            if args.compare and converts["reference"](part, keep) != (text, count):
                raise SystemExit(f"{mode} {name}: the outputs differ")
            report(f"{mode} {name}", part, timings(converts, part, keep, args.repeat), count)


if __name__ == "__main__":
    main()
