"""The benchmark generator makes conformant descriptions, so benchmarks time checking, not findings.

Why a test: rules evolve, and a rule that starts firing on the generated network would silently turn
``benchmarks/bench_check.py`` into a benchmark of thousands of findings. 300 nodes give two domains,
a router, switches, end devices, requests and EIDs: every kind of element the generator makes.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from qnetspec.check import STAGE_RULE, CheckOptions, check_paths
from qnetspec.findings import Severity

_GENERATOR = Path(__file__).resolve().parents[1] / "benchmarks" / "gen_description.py"


@pytest.fixture(scope="module")
def generator():
    spec = importlib.util.spec_from_file_location("gen_description", _GENERATOR)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_description", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def written(generator, tmp_path_factory) -> tuple[Path, Path]:
    return generator.write(generator.generate(300), tmp_path_factory.mktemp("bench") / "net300")


def _findings(path: Path):
    run = check_paths([path], CheckOptions(simulate=False))
    assert run.unusable_inputs == []
    return [f for result in run.results for f in result.findings]


@pytest.mark.parametrize("index", [0, 1], ids=["yaml", "json"])
def test_generated_description_checks_clean(written, index: int) -> None:
    findings = _findings(written[index])
    bad = [f for f in findings if f.severity >= Severity.WARNING]
    assert bad == [], "\n".join(f"{f.rule_id} {f.location.pointer} {f.message}" for f in bad)
    assert [f.rule_id for f in findings if f.severity == Severity.INFO] == [STAGE_RULE]


def test_generated_description_has_the_intended_shape(generator) -> None:
    data = generator.generate(300)
    kinds = {node["kind"] for node in data["nodes"]}
    assert {"QuantumRouter", "QuantumSwitch", "QuantumRepeater", "QKDModule"} <= kinds
    assert len(data["domains"]) >= 2
    assert 1.8 <= len(data["links"]) / len(data["nodes"]) <= 2.3
    assert len(data["classical_channels"]) > len(data["links"])
    assert data == generator.generate(300)  # deterministic for a size and seed


def test_generated_yaml_takes_the_fast_path(written) -> None:
    # Shared objects would make PyYAML write anchors and aliases, which send a file down the exact
    # (slower) path: the benchmark would no longer time what a hand-written description costs.
    from qnetspec.load import DEFAULT_LIMITS
    from qnetspec.load.yaml_fast import fast_data

    text = written[0].read_text(encoding="utf-8")
    assert fast_data(text, DEFAULT_LIMITS.max_depth) is not None


def test_nonconformant_fraction_provokes_findings(generator, tmp_path: Path) -> None:
    yaml_path, _ = generator.write(
        generator.generate(300, nonconformant_fraction=0.1), tmp_path / "bad300"
    )
    assert any(f.severity >= Severity.WARNING for f in _findings(yaml_path))
