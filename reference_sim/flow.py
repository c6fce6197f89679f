"""Max-flow / min-cut and widest (bottleneck) paths on small graphs, in plain numpy.

Network capacity bounds and trusted-relay key rates reduce to two classic graph problems:

* the maximum s-t flow, equal to the minimum s-t cut (Ford & Fulkerson, Can. J. Math. 8, 399
  (1956)), computed with the Edmonds-Karp shortest-augmenting-path rule (Edmonds & Karp, J. ACM
  19, 248 (1972)), O(V E^2);
* the widest path, maximising the smallest edge weight along an s-t path, computed with a
  Dijkstra-style label-setting search (Pollack, Oper. Res. 8, 733 (1960)).

Graphs are given as a dense capacity matrix ``C[u, v] >= 0`` (0 meaning no edge) over nodes
``0..n-1``; :func:`capacity_matrix` builds one from a labelled edge list.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_EPS = 1e-15


@dataclass(frozen=True)
class FlowResult:
    """Maximum flow value, a minimum cut and the flow on each edge."""

    value: float
    source_side: frozenset[int]
    cut_edges: tuple[tuple[int, int], ...]
    flow: np.ndarray


@dataclass(frozen=True)
class WidestPathResult:
    """Bottleneck value of the widest path and the path itself (node indices)."""

    value: float
    path: tuple[int, ...]


def _check_matrix(capacity: npt.ArrayLike, source: int, sink: int) -> np.ndarray:
    c = np.asarray(capacity, dtype=float)
    if c.ndim != 2 or c.shape[0] != c.shape[1]:
        raise ValueError(f"capacity must be a square matrix, got shape {c.shape}")
    if not np.all(np.isfinite(c)) or np.any(c < 0):
        raise ValueError("capacities must be finite and non-negative")
    n = c.shape[0]
    for name, node in (("source", source), ("sink", sink)):
        if not 0 <= node < n:
            raise ValueError(f"{name} {node} is not a node of a {n}-node graph")
    if source == sink:
        raise ValueError("source and sink must differ")
    return c


def capacity_matrix(
    edges: Iterable[tuple[Hashable, Hashable, float]],
    nodes: Sequence[Hashable] | None = None,
    directed: bool = False,
    combine: str = "sum",
) -> tuple[np.ndarray, list[Hashable]]:
    """Dense capacity matrix from ``(u, v, capacity)`` triples; returns ``(matrix, node_list)``.

    Undirected edges get the capacity in both directions (the standard reduction of an undirected
    flow problem). Parallel edges are summed (``combine="sum"``, right for flows: independent
    channels add up) or reduced to the largest (``combine="max"``, right for single paths).
    """
    if combine not in ("sum", "max"):
        raise ValueError(f"combine must be 'sum' or 'max', got {combine!r}")
    edge_list = list(edges)
    order: list[Hashable] = list(nodes) if nodes is not None else []
    index = {node: i for i, node in enumerate(order)}
    for u, v, _ in edge_list:
        for node in (u, v):
            if node not in index:
                if nodes is not None:
                    raise ValueError(f"edge endpoint {node!r} is not in nodes")
                index[node] = len(order)
                order.append(node)
    matrix = np.zeros((len(order), len(order)))
    for u, v, cap in edge_list:
        value = float(cap)
        if not np.isfinite(value) or value < 0:
            raise ValueError(f"edge ({u!r}, {v!r}) has invalid capacity {cap!r}")
        if u == v:
            continue
        pairs = [(index[u], index[v])] if directed else [(index[u], index[v]), (index[v], index[u])]
        for i, j in pairs:
            if combine == "sum":
                matrix[i, j] += value
            else:
                matrix[i, j] = max(matrix[i, j], value)
    return matrix, order


def max_flow(capacity: npt.ArrayLike, source: int, sink: int) -> FlowResult:
    """Maximum ``source``-``sink`` flow and a minimum cut (Edmonds-Karp).

    Repeatedly augments along a shortest path (BFS) in the residual graph; when none is left the
    nodes reachable from ``source`` form the source side of a minimum cut, whose capacity equals
    the flow value (max-flow/min-cut theorem).
    """
    c = _check_matrix(capacity, source, sink)
    n = c.shape[0]
    flow = np.zeros_like(c)
    total = 0.0
    while True:
        residual = c - flow
        parent = np.full(n, -1)
        parent[source] = source
        queue = deque([source])
        while queue and parent[sink] < 0:
            u = queue.popleft()
            for v in np.nonzero(residual[u] > _EPS)[0]:
                if parent[v] < 0:
                    parent[v] = u
                    queue.append(int(v))
        if parent[sink] < 0:
            break
        path_cap = np.inf
        v = sink
        while v != source:
            u = parent[v]
            path_cap = min(path_cap, residual[u, v])
            v = u
        v = sink
        while v != source:
            u = parent[v]
            flow[u, v] += path_cap
            flow[v, u] -= path_cap
            v = u
        total += path_cap
    reachable = frozenset(int(i) for i in np.nonzero(parent >= 0)[0])
    cut = tuple(
        (u, v) for u in sorted(reachable) for v in range(n) if v not in reachable and c[u, v] > 0
    )
    return FlowResult(
        value=float(total), source_side=reachable, cut_edges=cut, flow=np.maximum(flow, 0.0)
    )


def widest_path(capacity: npt.ArrayLike, source: int, sink: int) -> WidestPathResult:
    """Path from ``source`` to ``sink`` maximising its smallest edge capacity.

    Label-setting search: always expand the node with the largest known bottleneck, which is
    final once expanded because bottlenecks can only shrink along a path. Returns value 0 and an
    empty path if ``sink`` is unreachable.
    """
    c = _check_matrix(capacity, source, sink)
    n = c.shape[0]
    best = np.zeros(n)
    best[source] = np.inf
    parent = np.full(n, -1)
    done = np.zeros(n, dtype=bool)
    heap: list[tuple[float, int]] = [(-np.inf, source)]
    while heap:
        neg_width, u = heapq.heappop(heap)
        if done[u]:
            continue
        done[u] = True
        if u == sink:
            break
        for v in np.nonzero(c[u] > 0)[0]:
            width = min(-neg_width, c[u, v])
            if not done[v] and width > best[v]:
                best[v] = width
                parent[v] = u
                heapq.heappush(heap, (-width, int(v)))
    if not done[sink]:
        return WidestPathResult(value=0.0, path=())
    path = [sink]
    while path[-1] != source:
        path.append(int(parent[path[-1]]))
    return WidestPathResult(value=float(best[sink]), path=tuple(reversed(path)))
