"""A description's components and links, mapped once, as the graph that routing and bounds walk.

Why not :mod:`qnetspec.topology`: that graph keeps one edge per node pair weighted by length, while
the claims stage needs each link's loss in dB (the routing criterion) and its full physical model
(medium, station, source) for the simulator inputs, so it builds its own small graph from the same
description. Parallel links are kept: routing uses the least lossy, the flooding bound adds them up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from qnetspec.claims.defaults import Assumptions
from qnetspec.claims.hardware import END_DEVICE_KINDS, NodeHardware
from qnetspec.claims.media import LinkModel, map_links

#: Loss used for a link that passes nothing, so graph searches stay finite.
BLOCKED_DB = 1e9


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


@dataclass
class Network:
    """Nodes by id, mapped links, and the quantum graph (one edge per node pair, least loss)."""

    nodes: dict[str, dict]
    links: list[LinkModel]
    graph: nx.Graph
    parallel: dict[frozenset[str], list[LinkModel]] = field(default_factory=dict)

    @classmethod
    def build(cls, data: Any) -> Network:
        description = data if isinstance(data, dict) else {}
        nodes: dict[str, dict] = {}
        for node in _list(description.get("nodes")):
            if isinstance(node, dict) and isinstance(node.get("id"), str) and node["id"]:
                nodes.setdefault(node["id"], node)
        graph = nx.Graph()
        for ident, node in nodes.items():
            graph.add_node(ident, end_device=node.get("kind") in END_DEVICE_KINDS)
        links = map_links(_list(description.get("links")))
        parallel: dict[frozenset[str], list[LinkModel]] = {}
        for model in links:
            u, v = model.endpoints
            if u not in nodes or v not in nodes:
                continue
            parallel.setdefault(frozenset((u, v)), []).append(model)
            loss = min(model.loss_db, BLOCKED_DB)
            data_uv = graph.get_edge_data(u, v)
            if data_uv is None or loss < data_uv["loss_db"]:
                graph.add_edge(u, v, loss_db=loss, link=model)
        return cls(nodes, links, graph, parallel)

    def is_end_device(self, ident: str) -> bool:
        return self.nodes.get(ident, {}).get("kind") in END_DEVICE_KINDS

    def hardware(self, ident: str, log: Assumptions) -> NodeHardware:
        """The node's hardware reader, noting defaults in ``log`` (a request's assumptions)."""
        return NodeHardware(ident, self.nodes.get(ident), log)

    def link_between(self, u: str, v: str) -> LinkModel:
        """The least lossy link joining ``u`` and ``v`` (they must be adjacent)."""
        return self.graph.edges[u, v]["link"]
