"""Routing: least total attenuation, never through an end device, and the reasons stated."""

from __future__ import annotations

import networkx as nx
from claims_helpers import load
from hypothesis import given, settings
from hypothesis import strategies as st

from qnetspec.claims.network import Network
from qnetspec.claims.routing import CRITERION, NoRoute, Route, route


def _network(name: str = "routing.yaml") -> Network:
    return Network.build(load(name).data)


def test_least_attenuation_path_is_chosen_and_explained() -> None:
    found = route(_network(), "alice", "bob")
    assert isinstance(found, Route)
    # 60 km of 0.2 dB/km fibre beats 80 km; the 10 km through carol is not allowed.
    assert found.nodes == ("alice", "r1", "r2", "bob")
    assert [link.id for link in found.links] == ["a1", "r12", "r2b"]
    assert abs(found.loss_db - 12.0) < 1e-9
    assert found.criterion == CRITERION
    assert "least total attenuation: 12 dB over 3 link(s)" in found.reason
    assert "alice-r3-bob (16 dB)" in found.reason
    labels = [c.label() for c in found.candidates]
    assert labels == ["alice-r1-r2-bob", "alice-r3-bob"]


def test_end_devices_never_transit() -> None:
    network = _network()
    found = route(network, "alice", "bob")
    assert isinstance(found, Route)
    for candidate in found.candidates:
        assert not any(network.is_end_device(n) for n in candidate.nodes[1:-1])


def test_a_destination_behind_an_end_device_has_no_route() -> None:
    found = route(_network(), "alice", "dave")
    assert isinstance(found, NoRoute)
    assert "carol" in found.message and "end device" in found.message


def test_unknown_and_isolated_endpoints_are_explained() -> None:
    network = _network()
    unknown = route(network, "alice", "nobody")
    assert isinstance(unknown, NoRoute) and "'nobody' is not a node" in unknown.message
    isolated = route(network, "alice", "erin")
    assert isinstance(isolated, NoRoute) and "no chain of quantum links" in isolated.message
    same = route(network, "alice", "alice")
    assert isinstance(same, NoRoute)
    assert isinstance(route(network, None, "bob"), NoRoute)


def test_parallel_links_route_over_the_least_lossy() -> None:
    data = {
        "nodes": [{"id": "a", "kind": "QKDModule"}, {"id": "b", "kind": "QKDModule"}],
        "links": [
            {"id": "slow", "endpoints": ["a", "b"], "medium": "SMF", "length_km": 50},
            {"id": "fast", "endpoints": ["a", "b"], "medium": "SMF", "length_km": 10},
        ],
    }
    found = route(Network.build(data), "a", "b")
    assert isinstance(found, Route) and found.links[0].id == "fast"


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=3, max_value=9).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(
                st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.integers(1, 100)),
                min_size=1,
                max_size=3 * n,
            ),
            st.sets(st.integers(2, n - 1), max_size=n),
        )
    )
)
def test_route_is_a_shortest_path_avoiding_end_devices(case: tuple) -> None:
    """Against networkx's Dijkstra on the graph without the other end devices."""
    n, edges, ends = case
    nodes = [
        {
            "id": f"n{i}",
            "kind": "QKDModule" if i in ends or i < 2 else "QuantumRepeater",
            "repeater_approach": "quantum-memory",
        }
        for i in range(n)
    ]
    links = [
        {"id": f"e{k}", "endpoints": [f"n{u}", f"n{v}"], "medium": "SMF", "length_km": km}
        for k, (u, v, km) in enumerate(edges)
        if u != v
    ]
    network = Network.build({"nodes": nodes, "links": links})
    found = route(network, "n0", "n1")
    graph = nx.Graph()
    graph.add_nodes_from(f"n{i}" for i in range(n) if i not in ends or i < 2)
    for link in links:
        u, v = link["endpoints"]
        if u in graph and v in graph:
            w = 0.2 * link["length_km"]
            if not graph.has_edge(u, v) or graph.edges[u, v]["w"] > w:
                graph.add_edge(u, v, w=w)
    allowed = graph.subgraph(
        [x for x in graph if x in ("n0", "n1") or network.nodes[x]["kind"] != "QKDModule"]
    )
    if nx.has_path(allowed, "n0", "n1"):
        expected = nx.shortest_path_length(allowed, "n0", "n1", weight="w")
        assert isinstance(found, Route)
        assert abs(found.loss_db - expected) < 1e-9
        assert not any(network.is_end_device(x) for x in found.nodes[1:-1])
    else:
        assert isinstance(found, NoRoute)
