"""The examples: conformant ones pass the pack, nonconformant ones give exactly the expected set."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rules_helpers import (
    conformant_examples,
    ids,
    nonconformant_examples,
)

from qnetspec.check import STAGE_RULE, CheckOptions, check_document
from qnetspec.conformance import Pack, builtin_packs
from qnetspec.description_rdf import NODE_KINDS
from qnetspec.findings import Severity
from qnetspec.load import load_document

EXPECTED = yaml.safe_load(
    (Path(__file__).with_name("expected_nonconformant.yaml")).read_text(encoding="utf-8")
)


def findings_of(path: Path):
    """Every finding of the whole `qnetspec check` pipeline (claims aside) but the stage note."""
    result = check_document(load_document(path), builtin_packs(), CheckOptions(simulate=False))
    return [f for f in result.findings if f.rule_id != STAGE_RULE]


def test_there_are_enough_examples() -> None:
    assert len(conformant_examples()) >= 8
    assert len(nonconformant_examples()) >= 12
    assert set(EXPECTED) == {p.name for p in nonconformant_examples()}


@pytest.mark.parametrize("path", conformant_examples(), ids=lambda p: p.name)
def test_conformant_examples_have_no_error_or_warning(path: Path) -> None:
    bad = [f for f in findings_of(path) if f.severity >= Severity.WARNING]
    assert bad == [], "\n".join(f"{f.rule_id} {f.location.pointer} {f.message}" for f in bad)


@pytest.mark.parametrize("path", nonconformant_examples(), ids=lambda p: p.name)
def test_nonconformant_examples_give_exactly_the_expected_findings(path: Path) -> None:
    expected = {(item["rule"], item["pointer"]) for item in EXPECTED[path.name]}
    assert ids(findings_of(path)) == expected


def test_every_rule_fails_somewhere_and_passes_somewhere(pack: Pack) -> None:
    broken = {rule for items in EXPECTED.values() for rule in (i["rule"] for i in items)}
    assert {"QNS-DUPLICATE-ID", "QNS-REF"} <= broken
    assert {r.id for r in pack.rules} <= broken
    # ...and passes: no rule fires on any conformant example, each of which it was run on
    for path in conformant_examples():
        assert not {f.rule_id for f in findings_of(path) if f.severity >= Severity.WARNING}


def test_examples_cover_every_profile_and_component_kind() -> None:
    data = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in conformant_examples()]
    assert {d["profile"] for d in data} == {
        "trusted-relay",
        "measurement-assisted",
        "fully-quantum",
        "hybrid",
    }
    kinds = {n["kind"] for d in data for n in d.get("nodes", [])}
    kinds |= {m["kind"] for d in data for m in d.get("management", [])}
    assert kinds >= NODE_KINDS | {"SDNController", "ManagementSystem", "KeyManager", "TimingSource"}
    media = {link["medium"] for d in data for link in d.get("links", [])}
    assert {"SMF", "MCF", "FMF", "free-space-satellite", "underwater"} <= media
    assert any(d.get("entanglement_identifiers") for d in data)
    assert any(d.get("domains") for d in data)


def test_fibre_examples_use_realistic_attenuation() -> None:
    for path in conformant_examples():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for link in data.get("links", []):
            if link["medium"] in ("SMF", "MCF", "FMF"):
                assert 0.14 <= link.get("attenuation_db_per_km", 0.2) <= 0.25, (path, link["id"])
