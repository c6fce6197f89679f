"""Time the load and structure stages on generated descriptions of 1k, 10k and 100k nodes.

Why: the whole of ``qnetspec check`` on a 10k-node description (~20k links) must finish in under
2 s from YAML and 1 s from JSON on a 2-core machine, so these two stages must take well under
half of that. ``--linkml`` also times ``linkml-validate`` on the 10k file for comparison (slow:
tens of seconds), since it is what a user of the schema would otherwise reach for.

    python benchmarks/bench_load.py                 # 1k, 10k, 100k; YAML and JSON
    python benchmarks/bench_load.py --sizes 10000 --linkml

Not collected by pytest (no ``test_`` prefix). Figures go in the closing notes and in the
docstring of ``qnetspec/load/yaml_loader.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gen_description import generate, write

from qnetspec import resources
from qnetspec.load import Limits, load_document
from qnetspec.structure import StructureChecker

BIG = Limits(max_bytes=512 * 1024 * 1024)


def best_of(repeats: int, action: Callable[[], object]) -> tuple[float, float, object]:
    """Best wall-clock and best CPU seconds over ``repeats`` runs (CPU time is less disturbed by
    other processes on a shared machine), and the last result."""
    wall = cpu = float("inf")
    result: object = None
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = action()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu, result


def bench_file(path: Path, checker: StructureChecker, repeats: int) -> tuple[float, ...]:
    load_s, load_cpu, document = best_of(repeats, lambda: load_document(path, limits=BIG))
    check_s, check_cpu, _ = best_of(repeats, lambda: checker.check(document))  # type: ignore[arg-type]
    return load_s, check_s, load_cpu, check_cpu


def run_linkml(path: Path) -> float | None:
    exe = shutil.which("linkml-validate") or str(Path(sys.executable).with_name("linkml-validate"))
    if not Path(exe).exists():
        print("linkml-validate not installed; skipped")
        return None
    command = [exe, "-s", str(resources.schema_root()), "-C", "NetworkDescription", str(path)]
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    output = (proc.stdout + proc.stderr).strip()
    print(f"linkml-validate exit {proc.returncode}: {output[:200]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--linkml", action="store_true", help="also time linkml-validate on 10k")
    parser.add_argument("--dir", type=Path, help="keep generated files here")
    parser.add_argument("--uptime", action="store_true", help="print the load average first")
    args = parser.parse_args()

    if args.uptime and hasattr(os, "getloadavg"):
        print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    build_s, _, checker = best_of(1, StructureChecker)
    print(f"StructureChecker build (schema read + compile on first use): {build_s * 1000:.0f} ms")
    folder = args.dir or Path(tempfile.mkdtemp(prefix="qnetspec-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(
        f"{'nodes':>7} {'format':>6} {'MB':>6} {'load s':>8} {'struct s':>9} {'total s':>8}"
        f" {'load cpu':>9} {'struct cpu':>10}"
    )
    ten_k_yaml: Path | None = None
    for size in args.sizes:
        yaml_path, json_path = write(generate(size), folder / f"net{size}")
        if size == 10_000:
            ten_k_yaml = yaml_path
        repeats = args.repeats if size <= 10_000 else 1
        for path in (yaml_path, json_path):
            load_s, check_s, load_cpu, check_cpu = bench_file(path, checker, repeats)  # type: ignore[arg-type]
            megabytes = path.stat().st_size / 1e6
            print(
                f"{size:>7} {path.suffix[1:]:>6} {megabytes:>6.1f} {load_s:>8.3f} "
                f"{check_s:>9.3f} {load_s + check_s:>8.3f} {load_cpu:>9.3f} {check_cpu:>10.3f}"
            )
    if args.linkml:
        target = ten_k_yaml or write(generate(10_000), folder / "net10000")[0]
        elapsed = run_linkml(target)
        if elapsed is not None:
            print(f"linkml-validate on {target.name}: {elapsed:.1f} s")
    if args.dir is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
