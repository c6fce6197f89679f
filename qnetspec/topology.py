"""The two graphs of a description and the paths services take over them.

Why a module of its own: the quantum graph (components joined by quantum links) and the classical
graph (elements joined by classical channels) are what graph rules, the stage classifier and the
claims stage all walk. Building them once per check, and caching the service paths, keeps a 10k-node
check from rebuilding the same graph for every rule.

Service paths follow Y Suppl. 98 clauses 5 and 6: end devices terminate quantum connectivity, so a
path may start and end at an end device but never pass through one.

The graphs are plain dicts (networkx's own layout: node -> attributes, node -> neighbour -> edge
attributes) with the questions the checker asks as methods; the networkx graphs that third-party
rules receive are made from them on first use. Importing networkx alone costs about 0.2 s, a fifth
of the time budget of a 10k-node check, and no built-in rule needs it.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from qnetspec.document import escape_pointer_token

# Re-exported: rule packs (and stage.py) import the kinds from here, beside the topology.
from qnetspec.kinds import COMPONENT_KINDS as COMPONENT_KINDS
from qnetspec.kinds import END_DEVICE_KINDS as END_DEVICE_KINDS
from qnetspec.kinds import MANAGEMENT_KINDS as MANAGEMENT_KINDS
from qnetspec.kinds import QUANTUM_NODE_KINDS as QUANTUM_NODE_KINDS
from qnetspec.kinds import RELAY_KINDS as RELAY_KINDS

if TYPE_CHECKING:
    import networkx as nx

# Per-hop weight added to a link's length, so that among equally long paths the one with fewer hops
# wins and links without a stated length still count.
_HOP_KM = 1e-6


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def items(description: Any, key: str) -> list[dict]:
    """The mappings of a top-level list of a description, skipping anything malformed.

    Rules run on descriptions the structure check may already have rejected; they read through
    this so that a list that is not a list, or an item that is not a mapping, is simply not there.
    """
    value = description.get(key) if isinstance(description, dict) else None
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _is_id(value: Any) -> bool:
    return isinstance(value, str) and value != ""


@dataclass
class Topology:
    """Graphs of one description, with lookups by element id.

    ``components``: component id -> attributes ``kind``, ``end_device``, ``trusted``.
    ``adjacency``: component id -> neighbour id -> attributes of the joined pair (``link``: the
    shortest link's id, ``links``: all of them, ``length_km``, ``midpoint_station``), one dict
    shared by both directions. ``quantum`` and ``classical`` are the same graphs as networkx
    graphs, built on first use (``classical``: every node and management element, an edge per
    classical channel, attribute ``channels``). Links and channels whose ends are unknown or
    equal are left out: the structure check reports them.
    """

    description: dict
    components: dict[str, dict[str, Any]]
    adjacency: dict[str, dict[str, dict[str, Any]]]
    elements: dict[str, dict]
    _quantum: nx.Graph | None = field(default=None, repr=False)
    _pointers: dict[str, str] | None = field(default=None, repr=False)
    _classical: nx.Graph | None = field(default=None, repr=False)
    _classical_labels: dict[str, str] | None = field(default=None, repr=False)
    _quantum_labels: dict[str, int] | None = field(default=None, repr=False)
    _core_labels: dict[str, int] | None = field(default=None, repr=False)
    _paths: dict[tuple[str, str], list[str] | None] = field(default_factory=dict, repr=False)
    _by_kind: dict[Any, list[str]] | None = field(default=None, repr=False)

    @classmethod
    def build(cls, description: dict) -> Topology:
        """The element index and the quantum graph, in one pass per list."""
        elements = _elements(description)
        components: dict[str, dict[str, Any]] = {}
        adjacency: dict[str, dict[str, dict[str, Any]]] = {}
        for node in _list(description.get("nodes")):
            ident = node.get("id") if type(node) is dict else None
            if type(ident) is not str or elements.get(ident) is not node:
                continue
            kind = node.get("kind")
            kind = kind if type(kind) is str else None
            components[ident] = {
                "kind": kind,
                "end_device": kind in END_DEVICE_KINDS,
                "trusted": kind == "TrustedRelayNode" or node.get("trusted") is True,
            }
            adjacency[ident] = {}
        for (a, b), data in _quantum_edges(description, components).items():
            adjacency[a][b] = adjacency[b][a] = data
        return cls(description, components, adjacency, elements)

    @property
    def quantum(self) -> nx.Graph:
        """The quantum graph as a networkx graph (for third-party rules; built on first use).

        Its node and edge attribute dicts are the topology's own, so it is filled directly rather
        than through ``add_edges_from``, whose per-edge cost was a third of a 10k-node build.
        """
        if self._quantum is None:
            import networkx as nx

            graph = nx.Graph()
            graph._node.update(self.components)
            graph._adj.update((node, dict(nbrs)) for node, nbrs in self.adjacency.items())
            self._quantum = graph
        return self._quantum

    # -- the quantum graph without networkx ----------------------------------------------------

    def is_component(self, ident: Any) -> bool:
        """Whether ``ident`` names a component (a node of the quantum graph)."""
        return type(ident) is str and ident in self.components

    def degree(self, ident: str) -> int:
        """Number of distinct components ``ident`` has quantum links to (0 when unknown)."""
        return len(self.adjacency.get(ident, ()))

    def joined(self, a: str, b: str) -> dict[str, Any] | None:
        """Attributes of the quantum links joining ``a`` and ``b`` directly, or None."""
        return self.adjacency.get(a, {}).get(b)

    def joined_pairs(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """Every directly joined pair once, with its attributes (networkx's edge order)."""
        done: set[str] = set()
        for node, neighbours in self.adjacency.items():
            for neighbour, data in neighbours.items():
                if neighbour not in done:
                    yield node, neighbour, data
            done.add(node)

    @property
    def pointers(self) -> dict[str, str]:
        """Element id -> JSON pointer of its first occurrence (built when a finding needs one)."""
        if self._pointers is None:
            pointers: dict[str, str] = {}
            for key, items in self.description.items():
                if type(items) is not list:
                    continue
                prefix = f"/{escape_pointer_token(key)}/"
                for index, item in enumerate(items):
                    ident = item.get("id") if type(item) is dict else None
                    if type(ident) is str and ident and ident not in pointers:
                        pointers[ident] = prefix + str(index)
            self._pointers = pointers
        return self._pointers

    @property
    def classical(self) -> nx.Graph:
        """The classical graph: nodes and management elements, an edge per joined pair."""
        if self._classical is None:
            import networkx as nx

            classical = nx.Graph()
            classical.add_nodes_from(
                (item["id"], {"kind": item.get("kind")}) for item in self._classical_members()
            )
            channels: dict[tuple[str, str], list] = {}
            for pair, channel in self._channel_pairs(classical):
                channels.setdefault(pair, []).append(channel.get("id"))
            classical.add_edges_from((a, b, {"channels": ids}) for (a, b), ids in channels.items())
            self._classical = classical
        return self._classical

    def _classical_members(self) -> list[dict]:
        return [
            item
            for key in ("nodes", "management")
            for item in _list(self.description.get(key))
            if type(item) is dict and type(item.get("id")) is str and item.get("id")
        ]

    def _channel_pairs(self, members: Any) -> Iterable[tuple[tuple[str, str], dict]]:
        for channel in _list(self.description.get("classical_channels")):
            ends = _ends(channel)
            if ends is None or ends[0] not in members or ends[1] not in members:
                continue
            yield (ends if ends[0] <= ends[1] else (ends[1], ends[0])), channel

    # -- element facts -------------------------------------------------------------------------

    def kind(self, ident: Any) -> str | None:
        """The element's ``kind`` when it is text (anything else is the structure check's)."""
        element = self.elements.get(ident) if type(ident) is str else None
        kind = element.get("kind") if element else None
        return kind if type(kind) is str else None

    def is_end_device(self, ident: str) -> bool:
        return self.kind(ident) in END_DEVICE_KINDS

    def is_trusted(self, ident: str) -> bool:
        """A TrustedRelayNode, or any component marked ``trusted: true`` (clause 9.1)."""
        element = (self.elements.get(ident) if type(ident) is str else None) or {}
        return element.get("kind") == "TrustedRelayNode" or element.get("trusted") is True

    def ids_of_kind(self, kinds: Iterable[str]) -> list[str]:
        """Ids of the elements of the given kinds, in description order (indexed on first use)."""
        if self._by_kind is None:
            index: dict[Any, list[str]] = {}
            for ident, element in self.elements.items():
                kind = element.get("kind")
                if type(kind) is str:
                    index.setdefault(kind, []).append(ident)
            self._by_kind = index
        wanted = frozenset(kinds)
        if len(wanted) == 1:
            return list(self._by_kind.get(next(iter(wanted)), ()))
        # ``elements`` is in description order, so merging kinds needs that order back.
        found = {i for kind in wanted for i in self._by_kind.get(kind, ())}
        return [i for i in self.elements if i in found] if found else []

    # -- connectivity --------------------------------------------------------------------------

    def classical_labels(self) -> dict[str, str]:
        """Element id -> a label shared by exactly the elements that classical channels join.

        For rules asking the question of :meth:`classically_connected` thousands of times.
        """
        if self._classical_labels is None:
            members = [item["id"] for item in self._classical_members()]
            ends = _channel_ends(self.description, set(members))
            self._classical_labels = _union_find(members, ends)
        return self._classical_labels

    def classically_connected(self, a: str, b: str) -> bool:
        """Whether a path of classical channels joins ``a`` and ``b`` (clause 8.1)."""
        labels = self.classical_labels()
        la = labels.get(a)
        return la is not None and la == labels.get(b)

    def quantum_connected(self, a: str, b: str) -> bool:
        """Whether any chain of quantum links joins ``a`` and ``b``, through any component."""
        if self._quantum_labels is None:
            self._quantum_labels = _labels(self.adjacency)
        la, lb = self._quantum_labels.get(a), self._quantum_labels.get(b)
        return la is not None and la == lb

    def service_connected(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` are joined by a path that transits no end device (clauses 5, 6).

        Linear time: label the components of the graph without end devices once, then an end
        device reaches the labels of its non-end-device neighbours.
        """
        if not self.is_component(a) or not self.is_component(b) or a == b:
            return False
        if b in self.adjacency[a]:
            return True
        if self._core_labels is None:
            ends = [n for n, attributes in self.components.items() if attributes["end_device"]]
            self._core_labels = _labels(self.adjacency, skip=ends)
        return bool(self._reach(a) & self._reach(b))

    def _reach(self, node: str) -> set[int]:
        labels = self._core_labels or {}
        if node in labels:
            return {labels[node]}
        return {labels[n] for n in self.adjacency[node] if n in labels}

    # -- paths ---------------------------------------------------------------------------------

    def service_path(self, a: str, b: str) -> list[str] | None:
        """Shortest path by ``length_km`` from ``a`` to ``b`` transiting no end device, or None."""
        key = (a, b)
        if key not in self._paths:
            self.service_paths([key])
        return self._paths[key]

    def service_paths(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list | None]:
        """Paths for many pairs at once: one Dijkstra per distinct source, stopped early."""
        by_source: dict[str, set[str]] = {}
        wanted = list(pairs)
        for a, b in wanted:
            if (a, b) not in self._paths:
                by_source.setdefault(a, set()).add(b)
        for source, targets in by_source.items():
            found = _dijkstra(self.adjacency, self.components, source, targets)
            for target in targets:
                self._paths[(source, target)] = found.get(target)
        return {pair: self._paths[pair] for pair in wanted}

    def path_links(self, path: list[str]) -> list[dict[str, Any]]:
        """Edge attributes of each hop of ``path`` (link id, length, midpoint station)."""
        return [self.adjacency[u][v] for u, v in pairwise(path)]


def endpoint_pair(item: Any) -> tuple[str, str] | None:
    """The two text endpoints of a link, channel, EID or service request (equal ones included).

    None for anything else: rules skip what the structure check reports (a missing or odd-sized
    ``endpoints``, references that are not text).
    """
    ends = item.get("endpoints") if isinstance(item, dict) else None
    if not isinstance(ends, list) or len(ends) != 2:
        return None
    a, b = ends
    return (a, b) if isinstance(a, str) and isinstance(b, str) else None


def _ends(item: Any) -> tuple[str, str] | None:
    """The two distinct, non-empty endpoints of a link or channel, else None."""
    pair = endpoint_pair(item)
    return pair if pair is not None and all(pair) and pair[0] != pair[1] else None


def _elements(description: dict) -> dict[str, dict]:
    """Element id -> element, the first occurrence of each non-empty text id, in document order.

    Ids are unique in any description that passed the structure check, so one comprehension per
    list does; only when two elements share an id does the first-wins loop run.
    """
    lists = [items for items in description.values() if type(items) is list]
    pairs = [(item.get("id"), item) for items in lists for item in items if type(item) is dict]
    named = [(ident, item) for ident, item in pairs if type(ident) is str and ident]
    elements = dict(named)
    if len(elements) == len(named):
        return elements
    elements = {}
    for ident, item in named:
        if ident not in elements:
            elements[ident] = item
    return elements


def _quantum_edges(description: dict, nodes: dict) -> dict[tuple[str, str], dict[str, Any]]:
    """Edge attributes per joined pair of ``nodes``: the shortest link leads, all are listed."""
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for link in _list(description.get("links")):
        ends = link.get("endpoints") if type(link) is dict else None
        if type(ends) is not list or len(ends) != 2:
            continue
        a, b = ends
        if type(a) is not str or type(b) is not str or a == b or a not in nodes or b not in nodes:
            continue
        length = link.get("length_km")
        length = float(length) if type(length) is float or type(length) is int else _number(length)
        pair = (a, b) if a <= b else (b, a)
        data = edges.get(pair)
        if data is None:
            edges[pair] = {
                "link": link.get("id"),
                "links": [link.get("id")],
                "length_km": length,
                "midpoint_station": link.get("midpoint_station"),
            }
            continue
        data["links"].append(link.get("id"))
        if length is not None and (data["length_km"] is None or length < data["length_km"]):
            data.update(
                link=link.get("id"), length_km=length, midpoint_station=link.get("midpoint_station")
            )
    return edges


def _channel_ends(description: dict, members: Any) -> list[tuple[str, str]]:
    """The two ends of every classical channel joining two distinct ``members``."""
    ends = [
        channel.get("endpoints")
        for channel in _list(description.get("classical_channels"))
        if type(channel) is dict
    ]
    return [
        (pair[0], pair[1])
        for pair in ends
        if type(pair) is list
        and len(pair) == 2
        and type(pair[0]) is str
        and type(pair[1]) is str
        and pair[0] != pair[1]
        and pair[0] in members
        and pair[1] in members
    ]


def _union_find(nodes: Iterable[str], edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Component label (a representative node) of every node, from an edge list alone.

    Path halving is written inline rather than in a ``root()`` helper: a call per lookup was half
    the cost at 20k channels.
    """
    parent = {n: n for n in nodes}
    for a, b in edges:
        while (up := parent[a]) != a:
            parent[a] = a = parent[up]
        while (up := parent[b]) != b:
            parent[b] = b = parent[up]
        if a != b:
            parent[a] = b
    labels = {}
    for node in parent:
        root = node
        while (up := parent[root]) != root:
            parent[root] = root = parent[up]
        labels[node] = root
    return labels


def _labels(adjacency: dict[str, dict[str, Any]], skip: Iterable[str] = ()) -> dict[str, int]:
    """Connected-component label of every node, leaving out the nodes in ``skip``.

    A plain stack walk over the adjacency dicts: networkx's subgraph views cost a Python call per
    neighbour lookup, several times this at 10k nodes.
    """
    # Left-out nodes are pre-marked with -1, so the walk asks one question per neighbour.
    marked = dict.fromkeys(skip, -1)
    labels = dict(marked)
    label = 0
    for start in adjacency:
        if start in labels:
            continue
        labels[start] = label
        stack = [start]
        while stack:
            for neighbour in adjacency[stack.pop()]:
                if neighbour not in labels:
                    labels[neighbour] = label
                    stack.append(neighbour)
        label += 1
    for node in marked:
        del labels[node]
    return labels


def _dijkstra(
    adjacency: dict[str, dict[str, dict[str, Any]]],
    components: dict[str, dict[str, Any]],
    source: str,
    targets: set[str],
) -> dict[str, list[str]]:
    """Shortest paths from ``source`` to ``targets`` that expand no end device but the source.

    Written out rather than calling networkx with a weight callback: the callback costs a Python
    call per edge, and this stops as soon as every target is settled.
    """
    if source not in adjacency:
        return {}
    dist = {source: 0.0}
    previous: dict[str, str] = {}
    settled: set[str] = set()
    remaining = {t for t in targets if t in adjacency and t != source}
    heap: list[tuple[float, int, str]] = [(0.0, 0, source)]
    counter = 1
    while heap and remaining:
        d, _, node = heapq.heappop(heap)
        if node in settled:
            continue
        settled.add(node)
        remaining.discard(node)
        if node != source and components[node]["end_device"]:
            continue  # end devices terminate paths; they never relay (clauses 5, 6)
        for neighbour, data in adjacency[node].items():
            if neighbour in settled:
                continue
            step = (data.get("length_km") or 0.0) + _HOP_KM
            nd = d + step
            if nd < dist.get(neighbour, float("inf")):
                dist[neighbour] = nd
                previous[neighbour] = node
                heapq.heappush(heap, (nd, counter, neighbour))
                counter += 1
    paths: dict[str, list[str]] = {}
    for target in targets:
        if target not in settled or target == source:
            continue
        path = [target]
        while path[-1] != source:
            path.append(previous[path[-1]])
        paths[target] = path[::-1]
    return paths
