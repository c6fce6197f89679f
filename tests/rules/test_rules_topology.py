"""Quantum and classical graphs, and service paths that never transit an end device."""

from __future__ import annotations

import pytest
import yaml
from rules_helpers import EXAMPLES

from qnetspec.topology import Topology, endpoint_pair


def net(links, kinds, channels=()) -> Topology:
    return Topology.build(
        {
            "id": "t",
            "nodes": [{"id": n, "kind": k} for n, k in kinds.items()],
            "links": [
                {"id": f"l{i}", "endpoints": [a, b], "length_km": km}
                for i, (a, b, km) in enumerate(links)
            ],
            "classical_channels": [
                {"id": f"c{i}", "endpoints": list(pair)} for i, pair in enumerate(channels)
            ],
        }
    )


R, E = "QuantumRepeater", "QKDModule"


def test_shortest_path_by_length() -> None:
    t = net(
        [("a", "r1", 10), ("r1", "b", 10), ("a", "r2", 1), ("r2", "b", 30)],
        {"a": E, "r1": R, "r2": R, "b": E},
    )
    assert t.service_path("a", "b") == ["a", "r1", "b"]


def test_paths_never_transit_end_devices() -> None:
    t = net(
        [("a", "x", 1), ("x", "b", 1), ("a", "r", 50), ("r", "b", 50)],
        {"a": E, "x": E, "r": R, "b": E},
    )
    assert t.service_path("a", "b") == ["a", "r", "b"]
    only_via_end = net([("a", "x", 1), ("x", "b", 1)], {"a": E, "x": E, "b": E})
    assert only_via_end.service_path("a", "b") is None
    assert only_via_end.quantum_connected("a", "b")
    assert not only_via_end.service_connected("a", "b")


def test_parallel_links_keep_the_shortest() -> None:
    t = net([("a", "b", 30), ("a", "b", 10)], {"a": E, "b": E})
    edge = t.quantum.edges["a", "b"]
    assert edge["link"] == "l1" and edge["length_km"] == 10 and edge["links"] == ["l0", "l1"]


def test_dangling_and_self_links_are_left_out() -> None:
    t = net([("a", "zz", 1), ("a", "a", 1)], {"a": E})
    assert t.quantum.number_of_edges() == 0


def test_classical_connectivity_over_paths() -> None:
    t = net([], {"a": E, "b": E, "c": R}, channels=[("a", "c"), ("c", "b")])
    assert t.classically_connected("a", "b")
    assert not t.classically_connected("a", "missing")


def test_pointers_and_kinds_of_an_example() -> None:
    data = yaml.safe_load((EXAMPLES / "hybrid-migration.yaml").read_text())
    t = Topology.build(data)
    assert t.pointers["gw"] == "/nodes/3"
    assert t.is_trusted("tr-n") and not t.is_trusted("gw")
    assert t.is_end_device("qkd-s1")
    assert t.service_paths([("qkd-n1", "qkd-n2"), ("qkd-s1", "qkd-s2")]) == {
        ("qkd-n1", "qkd-n2"): ["qkd-n1", "tr-n", "qkd-n2"],
        ("qkd-s1", "qkd-s2"): ["qkd-s1", "rep-s", "qkd-s2"],
    }


@pytest.mark.parametrize(
    ("item", "pair"),
    [
        ({"endpoints": ["a", "b"]}, ("a", "b")),
        ({"endpoints": ["a", "a"]}, ("a", "a")),  # equal ends are the rule's to judge
        ({"endpoints": ["a"]}, None),
        ({"endpoints": ["a", "b", "c"]}, None),
        ({"endpoints": ["a", 3]}, None),
        ({"endpoints": "ab"}, None),
        ({}, None),
        (["a", "b"], None),
    ],
)
def test_endpoint_pair_takes_two_text_ends_or_nothing(item, pair) -> None:
    assert endpoint_pair(item) == pair
