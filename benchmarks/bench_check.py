"""Time the whole of ``qnetspec check --no-simulate`` on generated 1k/10k/100k-node descriptions.

Why: the target is the 10k-node description (about 20k quantum links) fully checked (parse,
schema, references, every rule) in under 2 s from YAML and under 1 s from JSON on a 2-core
machine, with time growing linearly in size. This prints, per size and format:

- each stage as ``check`` runs it (load, structure, topology, RDF + store, SPARQL rules, Python
  rules, stage classification with its location), best of ``--repeats`` with the collector paused
  as ``check`` pauses it;
- the whole in-process ``qnetspec.check.check_paths`` (best of ``--repeats``); on Linux a large
  file's SPARQL side (parse, RDF + store, SPARQL rules) runs in a forked worker on the second core,
  so this is well below the sum of the stages;
- the command itself in a fresh interpreter (``python -m qnetspec check --no-simulate``), best of
  ``--repeats`` runs, wall and CPU seconds (the worker's included); its excess over the in-process
  figure is start-up (imports, packs, schema compilation), the report and the exit; and the same
  command with ``--serial`` (everything in one process, as on a one-core machine or without fork);
- every rule's time, one column per size and format.

``--linkml`` also times ``linkml-validate -s schema/qnetspec.yaml -C NetworkDescription`` once on
the 10k YAML, the validator a user of the schema would otherwise reach for (it checks types and
slots, not references or rules).

    python benchmarks/bench_check.py                         # 1k, 10k, 100k; YAML and JSON
    python benchmarks/bench_check.py --sizes 10000 --linkml --dir /tmp/bench

Not collected by pytest; figures go in the closing notes. Speed is never asserted by a test.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:
    import resource
except ImportError:  # not on Windows: the command's CPU time is then not shown
    resource = None  # type: ignore[assignment]

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gen_description import generate, write

from qnetspec.check import CheckOptions, check_paths
from qnetspec.conformance import Timings, builtin_packs, run_packs
from qnetspec.conformance.stage import classify
from qnetspec.document import pointer
from qnetspec.load import load_document
from qnetspec.structure import default_checker
from qnetspec.topology import Topology

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("load", "structure", "topology", "rdf+store", "sparql", "python", "stage")


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def pipeline(path: Path) -> tuple[dict[str, float], dict[str, float]]:
    """One pass of the check's stages on ``path``: seconds per stage, and per rule.

    Mirrors ``qnetspec.check.check_document`` (structure, one shared topology, the rule packs,
    the stage finding) so that each part can be timed on its own.
    """
    packs = builtin_packs()
    seconds: dict[str, float] = {}
    seconds["load"], document = _timed(lambda: load_document(path))
    was_enabled = gc.isenabled()
    gc.disable()  # as check_document does
    try:
        seconds["structure"], _ = _timed(lambda: default_checker().check(document))
        seconds["topology"], topology = _timed(lambda: Topology.build(document.data))
        timings = Timings()
        run_packs(document, packs, timings=timings, topology=topology)
        seconds["rdf+store"] = timings.store_seconds
        seconds["sparql"] = sum(r.seconds for r in timings.rules if r.kind == "sparql")
        seconds["python"] = sum(r.seconds for r in timings.rules if r.kind == "python")
        seconds["stage"], _ = _timed(
            lambda: (classify(document.data, topology), document.locate(pointer("profile")))
        )
    finally:
        if was_enabled:
            gc.enable()
    return seconds, {r.rule_id: r.seconds for r in timings.rules}


def best_pipeline(path: Path, repeats: int) -> tuple[dict[str, float], dict[str, float]]:
    """Per stage and per rule, the fastest of ``repeats`` passes (least disturbed by neighbours)."""
    stages: dict[str, float] = {}
    rules: dict[str, float] = {}
    for _ in range(repeats):
        gc.collect()
        seconds, rule_seconds = pipeline(path)
        for name, value in seconds.items():
            stages[name] = min(stages.get(name, value), value)
        for name, value in rule_seconds.items():
            rules[name] = min(rules.get(name, value), value)
    return stages, rules


def in_process(path: Path, repeats: int) -> tuple[float, int]:
    """Best wall time of ``check_paths`` on ``path``, and how many findings it gave."""
    best, count = float("inf"), 0
    for _ in range(repeats):
        gc.collect()
        seconds, run = _timed(lambda: check_paths([path], CheckOptions(simulate=False)))
        best = min(best, seconds)
        count = sum(len(result.findings) for result in run.results)
    return best, count


def command(
    path: Path, pycache: Path, repeats: int = 1, options: tuple[str, ...] = ()
) -> tuple[float, float]:
    """Best wall and CPU seconds of ``python -m qnetspec check --no-simulate`` in a fresh process.

    Byte-code is cached (in ``pycache``, outside the tree) as it is for an installed package, even
    where the environment sets ``PYTHONDONTWRITEBYTECODE``; ``warm_up`` filled the cache.
    """
    argv = [sys.executable, "-m", "qnetspec", "check", "--no-simulate", *options]
    argv += ["-o", os.devnull, str(path)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    wall = cpu = float("inf")
    for _ in range(repeats):
        before = _children_cpu()
        seconds, proc = _timed(lambda: subprocess.run(argv, capture_output=True, env=env))
        if proc.returncode not in (0, 1):
            print(f"  command failed ({proc.returncode}): {proc.stderr.decode()[-300:]}")
        wall = min(wall, seconds)
        cpu = min(cpu, _children_cpu() - before)
    return wall, cpu


def _children_cpu() -> float:
    if resource is None:
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def linkml(path: Path) -> float | None:
    """Wall time of one ``linkml-validate`` run on ``path`` (None when it is not installed)."""
    exe = shutil.which("linkml-validate") or str(Path(sys.executable).with_name("linkml-validate"))
    if not Path(exe).exists():
        print("linkml-validate is not installed; skipped")
        return None
    schema = ROOT / "schema" / "qnetspec.yaml"
    argv = [exe, "-s", str(schema), "-C", "NetworkDescription", str(path)]
    seconds, proc = _timed(lambda: subprocess.run(argv, capture_output=True, text=True))
    output = (proc.stdout + proc.stderr).strip().splitlines()
    print(f"linkml-validate exit {proc.returncode}; {len(output)} lines of output")
    return seconds


def described(folder: Path, size: int, fraction: float) -> tuple[Path, Path]:
    """The YAML and JSON files of ``size`` nodes, generated unless ``folder`` already has them.

    Writing the 100k-node YAML takes minutes (PyYAML's dumper), so ``--dir`` keeps the files.
    """
    stem = folder / (f"net{size}" + (f"-bad{fraction:g}" if fraction else ""))
    paths = stem.with_suffix(".yaml"), stem.with_suffix(".json")
    if not all(p.exists() for p in paths):
        paths = write(generate(size, nonconformant_fraction=fraction), stem)
    return paths


def warm_up(folder: Path) -> None:
    """Import everything, load the packs and compile the schema once, outside the figures; fill
    the byte-code cache the command runs use."""
    for path in described(folder, 50, 0.0):
        check_paths([path], CheckOptions(simulate=False))
        command(path, folder / "pycache")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--formats", nargs="+", default=["yaml", "json"], choices=["yaml", "json"])
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure (1 at 100k+)")
    parser.add_argument("--dir", type=Path, help="keep (and reuse) generated files here")
    parser.add_argument("--nonconformant-fraction", type=float, default=0.0)
    parser.add_argument("--linkml", action="store_true", help="time linkml-validate on 10k YAML")
    parser.add_argument("--no-command", action="store_true", help="skip the subprocess run")
    args = parser.parse_args()

    if hasattr(os, "getloadavg"):
        print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    folder = args.dir or Path(tempfile.mkdtemp(prefix="qnetspec-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    warm_up(folder)
    columns_after = ("sum", "check", "command", "cmd cpu", "serial cmd")
    header = " ".join(f"{name:>9}" for name in (*STAGES, *columns_after))
    print(f"\nseconds, best of {args.repeats}\n{'nodes':>7} {'fmt':>4} {'MB':>5} {header} findings")
    columns: dict[str, dict[str, float]] = {}
    for size in args.sizes:
        repeats = args.repeats if size < 100_000 else 1
        yaml_path, json_path = described(folder, size, args.nonconformant_fraction)
        paths = {"yaml": yaml_path, "json": json_path}
        for fmt in args.formats:
            path = paths[fmt]
            stages, rules = best_pipeline(path, repeats)
            total, findings = in_process(path, repeats)
            nothing = (float("nan"), float("nan"))
            pycache = folder / "pycache"
            shell = nothing if args.no_command else command(path, pycache, repeats)
            serial = nothing if args.no_command else command(path, pycache, repeats, ("--serial",))
            columns[f"{size // 1000}k {fmt}"] = rules
            cells = [stages[name] for name in STAGES] + [sum(stages.values()), total, *shell]
            cells.append(serial[0])
            print(
                f"{size:>7} {fmt:>4} {path.stat().st_size / 1e6:>5.1f} "
                + " ".join(f"{value:>9.3f}" for value in cells)
                + f" {findings:>8}"
            )
    print("\nmilliseconds per rule\n" + f"{'rule':34}" + "".join(f"{c:>10}" for c in columns))
    for rule in sorted({r for rules in columns.values() for r in rules}):
        print(f"{rule:34}" + "".join(f"{c.get(rule, 0) * 1000:>10.1f}" for c in columns.values()))
    if args.linkml:
        seconds = linkml(described(folder, 10_000, 0.0)[0])
        if seconds is not None:
            print(f"linkml-validate on the 10k-node YAML: {seconds:.1f} s")
    if args.dir is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
