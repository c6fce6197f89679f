"""The path a service request takes: least total attenuation, never through an end device.

Why this criterion: every figure a claim can make (pair rate, key rate, and the capacity bounds)
falls with loss, so the least lossy route is the one a competent operator would set up, and it is
stated in the report so a reader can disagree. End devices terminate quantum connectivity and never
relay it (Y Suppl. 98 clauses 5 and 6), so they may only be the first or last node of a path.

The candidates considered are the best path through each first hop out of the first endpoint: one
Dijkstra search from the far end gives them all, so the report can name the runners-up at the cost
of a single search even in a network of thousands of nodes.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import networkx as nx

from qnetspec.claims.media import LinkModel
from qnetspec.claims.network import Network

CRITERION = "least total attenuation in dB (ties: fewer links, then node ids)"


@dataclass(frozen=True)
class Candidate:
    """One path considered: its nodes, its links and its total loss."""

    nodes: tuple[str, ...]
    links: tuple[str, ...]
    loss_db: float

    @property
    def hops(self) -> int:
        return len(self.links)

    def label(self) -> str:
        return "-".join(self.nodes)


@dataclass(frozen=True)
class Route:
    """The chosen path, the links it uses, and why it was chosen."""

    nodes: tuple[str, ...]
    links: tuple[LinkModel, ...]
    loss_db: float
    candidates: tuple[Candidate, ...]
    reason: str
    criterion: str = CRITERION


@dataclass(frozen=True)
class NoRoute:
    """Why a request has no path."""

    message: str


def route(network: Network, a: object, b: object, max_candidates: int = 5) -> Route | NoRoute:
    """Route between ``a`` and ``b`` over ``network`` by :data:`CRITERION`."""
    for end in (a, b):
        if not isinstance(end, str) or end not in network.nodes:
            return NoRoute(f"endpoint {end!r} is not a node of the description")
    assert isinstance(a, str) and isinstance(b, str)
    if a == b:
        return NoRoute(f"both endpoints are {a!r}: there is nothing to route")
    graph = network.graph
    usable = nx.subgraph_view(
        graph,
        filter_node=lambda n: n != a and (n == b or not graph.nodes[n].get("end_device")),
    )
    found: list[Candidate] = []
    if a in graph and graph.degree(a):
        dist, paths = nx.single_source_dijkstra(usable, b, weight="loss_db")
        for first in graph.neighbors(a):
            if first not in dist:
                continue
            nodes = (a, *reversed(paths[first]))
            loss = graph.edges[a, first]["loss_db"] + dist[first]
            found.append(_candidate(network, nodes, loss))
    if not found:
        return NoRoute(_no_path_message(network, a, b))
    found.sort(key=lambda c: (round(c.loss_db, 9), c.hops, c.nodes))
    best = found[0]
    shown = tuple(found[:max_candidates])
    links = tuple(
        network.link_between(u, v) for u, v in zip(best.nodes, best.nodes[1:], strict=False)
    )
    return Route(best.nodes, links, best.loss_db, shown, _reason(best, found))


def _candidate(network: Network, nodes: tuple[str, ...], loss: float) -> Candidate:
    links = tuple(network.link_between(u, v).id for u, v in itertools.pairwise(nodes))
    return Candidate(nodes, links, loss)


def _reason(best: Candidate, found: list[Candidate]) -> str:
    text = f"least total attenuation: {best.loss_db:.4g} dB over {best.hops} link(s)"
    others = found[1:]
    if not others:
        return text + "; the only path that passes through no end device"
    runners = ", ".join(f"{c.label()} ({c.loss_db:.4g} dB)" for c in others[:3])
    more = f" and {len(others) - 3} more" if len(others) > 3 else ""
    return f"{text}; {len(found)} first hops considered, next best: {runners}{more}"


def _no_path_message(network: Network, a: str, b: str) -> str:
    graph = network.graph
    if a in graph and b in graph and nx.has_path(graph, a, b):
        path = nx.shortest_path(graph, a, b)
        blockers = [n for n in path[1:-1] if graph.nodes[n].get("end_device")]
        named = ", ".join(blockers) or "an end device"
        return (
            f"no quantum path joins {a} and {b} without passing through an end device "
            f"(e.g. {named}); end devices never relay (clauses 5, 6)"
        )
    return f"no chain of quantum links joins {a} and {b}"
