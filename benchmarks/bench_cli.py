"""Start-up time of ``qnetspec --help`` (goal: well under 0.5 s).

Run: python benchmarks/bench_cli.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def main(repeats: int = 15) -> None:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "qnetspec", "--help"], capture_output=True, check=True
        )
        times.append(time.perf_counter() - start)
    print(f"qnetspec --help: median {statistics.median(times) * 1000:.0f} ms over {repeats} runs")


if __name__ == "__main__":
    main()
