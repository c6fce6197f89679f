"""The engine: profiles, locations, messages, broken rules, and a third party's pack beside ours."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rules_helpers import EXAMPLES, check, document_from_data, ids

from qnetspec.check import load_packs
from qnetspec.conformance import PackError, Timings, builtin_packs, load_pack, run_packs
from qnetspec.findings import Severity


def read(name: str) -> dict:
    return yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))


def test_swapping_forwarding_is_fine_but_store_and_forward_is_not() -> None:
    data = read("memory-repeater-chain.yaml")
    data["nodes"][1]["forwarding"] = "entanglement-swapping"
    assert not ids(check(data), Severity.WARNING)
    data["nodes"][1]["forwarding"] = "store-and-forward"
    data["nodes"][2]["forwarding"] = "clone"
    assert ids(check(data), Severity.WARNING) == {
        ("YS98-NO-STORE-AND-FORWARD", "/nodes/1/forwarding"),
        ("YS98-NO-CLONE-BROADCAST", "/nodes/2/forwarding"),
    }


def test_profile_argument_overrides_the_declared_one() -> None:
    data = read("trusted-relay-backbone.yaml")
    assert not check(data)
    as_fq = ids(check(data, profile="fully-quantum"))
    assert ("YS98-FQ-NO-TRUSTED-ON-PATH", "/service_requests/0") in as_fq
    assert ("YS98-FQ-NODES-UNTRUSTED", "/nodes/1") in as_fq


def test_findings_carry_clause_title_severity_and_pack() -> None:
    data = read("tdm-router.yaml")
    del data["nodes"][2]["synchronization_source"]
    (finding,) = check(data)
    assert finding.rule_id == "YS98-TDM-SYNC-SOURCE"
    assert finding.severity is Severity.ERROR
    assert finding.clause == "7.3.1, 8.1"
    assert finding.title == "TDM qubit delivery has a synchronization source"
    assert finding.location.pointer == "/nodes/2/delivery_mode"
    assert (
        finding.message
        == "rt-a delivers qubits by TDM without a TimingSource as synchronization_source"
    )
    assert finding.properties == {"pack": "ysuppl98"}


def test_non_mappings_and_unknown_profiles() -> None:
    assert run_packs(document_from_data(["not", "a", "mapping"]), builtin_packs()) == []
    data = read("metro-switch.yaml")
    data["profile"] = "quantum-internet"
    assert check(data) == []


def test_timings_are_reported() -> None:
    timings = Timings()
    run_packs(
        document_from_data(read("multi-domain-routers.yaml")), builtin_packs(), timings=timings
    )
    assert timings.store_triples > 0
    assert len(timings.rules) == len(
        [r for r in builtin_packs()[0].rules if r.applies_to("fully-quantum")]
    )
    assert timings.total_seconds > 0


THIRD_PARTY = """\
pack: acme
title: ACME operator rules
version: 2.0.0
rules:
  - id: ACME-TRL
    clause: ["10.1"]
    severity: warning
    title: Deployed components are TRL 7 or higher
    rationale: ACME deploys only what has been tested in an operational environment.
    profiles: [trusted-relay, fully-quantum]
    kind: sparql
    file: trl.rq
    message: "{id} is only TRL {trl}"
  - id: ACME-SHORT-HOPS
    clause: ["7.4"]
    severity: error
    title: No hop is longer than 70 km
    rationale: ACME's amplifier-free spans end at 70 km.
    profiles: [all]
    kind: python
    file: hops.py
  - id: ACME-BROKEN
    clause: ["5"]
    severity: info
    title: A rule that crashes
    rationale: To show that a crash is a finding, not a traceback.
    profiles: [all]
    kind: python
    file: broken.py
"""
TRL_QUERY = """\
PREFIX qn: <https://w3id.org/qnetspec/>
SELECT ?focus ?trl WHERE { ?focus qn:trl ?trl . FILTER(?trl < 7) }
"""
HOPS = """\
def check(description, graphs):
    for a, b, data in graphs.quantum.edges(data=True):
        if (data["length_km"] or 0) > 70:
            yield data["link"], f"hop {data['link']} is {data['length_km']:g} km", "length_km"
"""
BROKEN = "def check(description, graphs):\n    raise RuntimeError('boom')\n"


@pytest.fixture
def acme(tmp_path: Path):
    folder = tmp_path / "acme"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(THIRD_PARTY, encoding="utf-8")
    (folder / "trl.rq").write_text(TRL_QUERY, encoding="utf-8")
    (folder / "hops.py").write_text(HOPS, encoding="utf-8")
    (folder / "broken.py").write_text(BROKEN, encoding="utf-8")
    return load_pack(folder)


def test_third_party_pack_runs_beside_the_builtin_one(acme) -> None:
    data = read("trusted-relay-backbone.yaml")
    data["nodes"][2]["trl"] = 6
    findings = check(data, packs=(*builtin_packs(), acme))
    assert ids(findings) == {
        ("ACME-TRL", "/nodes/2"),
        ("ACME-SHORT-HOPS", "/links/1/length_km"),
        ("ACME-BROKEN", ""),
    }
    by_rule = {f.rule_id: f for f in findings}
    assert by_rule["ACME-TRL"].message == "tr2 is only TRL 6"
    assert by_rule["ACME-TRL"].properties["pack"] == "acme"
    assert by_rule["ACME-SHORT-HOPS"].message == "hop hop2 is 75 km"
    assert (
        by_rule["ACME-BROKEN"].message == "rule could not run: RuntimeError: boom (at broken.py:2)"
    )
    assert by_rule["ACME-BROKEN"].severity is Severity.ERROR


def test_a_third_party_query_that_reads_everything_gets_the_whole_graph(tmp_path: Path) -> None:
    folder = tmp_path / "any"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        THIRD_PARTY.split("  - id: ACME-SHORT-HOPS")[0].replace("trl.rq", "any.rq"),
        encoding="utf-8",
    )
    (folder / "any.rq").write_text(
        "PREFIX qn: <https://w3id.org/qnetspec/>\n"
        "SELECT ?focus ?trl WHERE { ?focus ?p ?trl . FILTER(?p = qn:trl && ?trl < 7) }\n",
        encoding="utf-8",
    )
    data = read("trusted-relay-backbone.yaml")
    data["nodes"][0]["trl"] = 3
    assert ids(check(data, packs=(load_pack(folder),))) == {("ACME-TRL", "/nodes/0")}


def test_duplicate_ids_across_packs_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "dup"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        THIRD_PARTY.split("  - id: ACME-SHORT-HOPS")[0].replace("ACME-TRL", "YS98-LINK-LENGTH"),
        encoding="utf-8",
    )
    (folder / "trl.rq").write_text(TRL_QUERY, encoding="utf-8")
    with pytest.raises(PackError, match="YS98-LINK-LENGTH' is already defined"):
        check(read("metro-switch.yaml"), packs=(*builtin_packs(), load_pack(folder)))
    # The whole check refuses the packs before it reads (or forks for) any description.
    with pytest.raises(PackError, match="YS98-LINK-LENGTH' is already defined"):
        load_packs([folder])


def test_a_topology_built_by_the_caller_is_shared() -> None:
    from qnetspec.topology import Topology

    data = read("hybrid-migration.yaml")
    topology = Topology.build(data)
    assert run_packs(document_from_data(data), builtin_packs(), topology=topology) == []
    assert ("qkd-n1", "qkd-n2") in topology._paths  # the hybrid rule's paths stay cached


_junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
_keys = st.sampled_from(
    [
        "id",
        "kind",
        "endpoints",
        "domain",
        "joins_domains",
        "memory",
        "trusted",
        "forwarding",
        "osi_layers",
        "delivery_mode",
        "synchronization_source",
        "midpoint_station",
        "key_manager",
        "classical_address",
        "qkd_protocol_families",
        "length_km",
        "medium",
        "min_fidelity",
        "entanglement_source",
        "purification",
        "service",
        "fidelity",
    ]
)
_kinds = st.sampled_from(
    [
        "QKDModule",
        "QuantumRepeater",
        "QuantumSwitch",
        "QuantumRouter",
        "TrustedRelayNode",
        "MeasurementStation",
        "TimingSource",
        "SDNController",
        "ManagementSystem",
        "KeyManager",
    ]
)
_ids = st.sampled_from(["a", "b", "c", "d"])
_element = st.fixed_dictionaries(
    {"id": _ids | _junk, "kind": _kinds | _junk, "endpoints": st.lists(_ids | _junk, max_size=3)},
) | st.dictionaries(_keys, _junk | _ids, max_size=5)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.fixed_dictionaries(
        {
            "id": _ids | _junk,
            "profile": st.sampled_from(
                ["trusted-relay", "measurement-assisted", "fully-quantum", "hybrid"]
            ),
        },
        optional={
            key: st.lists(_element | _junk, max_size=4)
            for key in (
                "nodes",
                "links",
                "classical_channels",
                "management",
                "domains",
                "entanglement_identifiers",
                "service_requests",
            )
        },
    )
)
def test_malformed_descriptions_never_crash_a_rule(data: dict) -> None:
    """Broken data is the structure check's to report; every rule must still run on it."""
    for finding in check(data):
        assert not finding.properties.get("internal_error"), finding.message
