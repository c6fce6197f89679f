"""Every claim of every bundled example gets a verdict; the impossible ones are named as such."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from qnetspec.check import CheckOptions, check_document
from qnetspec.conformance import builtin_packs
from qnetspec.findings import Severity
from qnetspec.load import load_document

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").rglob("*.yaml"))
FIGURES = ("entanglement_rate_hz", "fidelity", "secret_key_rate_bps", "setup_time_s")


def claim_findings(path: Path) -> list:
    result = check_document(load_document(path), builtin_packs(), CheckOptions(simulate=True))
    return [f for f in result.findings if f.rule_id.startswith("QNS-CLAIM-")]


def claimed_figures(path: Path) -> set[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        f"/claims/{i}/{figure}"
        for i, claim in enumerate(data.get("claims") or [])
        for figure in FIGURES
        if figure in claim
    }


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_claimed_figure_gets_exactly_one_verdict(path: Path) -> None:
    if path.parent.name == "nonconformant" and path.name == "broken-references.yaml":
        pytest.skip("structural errors stop the check before claims")
    verdicts = [f.location.pointer for f in claim_findings(path)]
    assert sorted(verdicts) == sorted(claimed_figures(path))


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_conformant_examples_make_only_supported_claims(path: Path) -> None:
    bad = [f.message for f in claim_findings(path) if f.severity >= Severity.WARNING]
    assert bad == []


def test_impossible_claims_are_named_beyond_the_bound() -> None:
    found = {
        (f.rule_id, f.location.pointer)
        for f in claim_findings(ROOT / "examples" / "nonconformant" / "impossible-claims.yaml")
    }
    assert found == {
        ("QNS-CLAIM-BEYOND-BOUND", "/claims/0/entanglement_rate_hz"),
        ("QNS-CLAIM-NOT-SUPPORTED", "/claims/0/fidelity"),
        ("QNS-CLAIM-BEYOND-BOUND", "/claims/0/setup_time_s"),
    }
