"""Max-flow / min-cut and widest path against networkx as an independent implementation."""

from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import pytest

from reference_sim import flow


def test_textbook_max_flow() -> None:
    """The flow network of Cormen, Leiserson, Rivest, Stein, Introduction to Algorithms (3rd ed.,
    2009), Fig. 26.1, has maximum flow 23."""
    edges = [
        ("s", "v1", 16),
        ("s", "v2", 13),
        ("v1", "v3", 12),
        ("v2", "v1", 4),
        ("v2", "v4", 14),
        ("v3", "v2", 9),
        ("v3", "t", 20),
        ("v4", "v3", 7),
        ("v4", "t", 4),
    ]
    matrix, nodes = flow.capacity_matrix(edges, directed=True)
    result = flow.max_flow(matrix, nodes.index("s"), nodes.index("t"))
    assert result.value == pytest.approx(23.0)
    cut_capacity = sum(matrix[u, v] for u, v in result.cut_edges)
    assert cut_capacity == pytest.approx(23.0)


@pytest.mark.parametrize("seed", range(8))
def test_random_graphs_match_networkx(seed: int) -> None:
    """Max-flow value, min-cut capacity and widest-path bottleneck agree with networkx
    (maximum_flow_value; brute force over all simple paths for the bottleneck)."""
    rng = np.random.default_rng(seed)
    n = 7
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for u, v in itertools.combinations(range(n), 2):
        if rng.random() < 0.45:
            g.add_edge(u, v, capacity=float(rng.uniform(0.1, 5.0)))
    matrix, _ = flow.capacity_matrix(
        [(u, v, d["capacity"]) for u, v, d in g.edges(data=True)], nodes=list(range(n))
    )
    s, t = 0, n - 1
    expected_flow = nx.maximum_flow_value(g, s, t) if nx.has_path(g, s, t) else 0.0
    result = flow.max_flow(matrix, s, t)
    assert result.value == pytest.approx(expected_flow, abs=1e-9)
    assert sum(matrix[u, v] for u, v in result.cut_edges) == pytest.approx(expected_flow, abs=1e-9)
    assert s in result.source_side and t not in result.source_side
    widths = [
        min(g[a][b]["capacity"] for a, b in itertools.pairwise(p))
        for p in nx.all_simple_paths(g, s, t)
    ]
    widest = flow.widest_path(matrix, s, t)
    assert widest.value == pytest.approx(max(widths, default=0.0))
    if widths:
        assert widest.path[0] == s and widest.path[-1] == t
        assert min(matrix[a, b] for a, b in itertools.pairwise(widest.path)) == pytest.approx(
            widest.value
        )


def test_flow_is_feasible_and_conserved() -> None:
    """The returned flow respects capacities and conserves flow at inner nodes (definition of a
    flow, Ford & Fulkerson, Can. J. Math. 8, 399 (1956))."""
    rng = np.random.default_rng(1)
    c = rng.uniform(0, 3, size=(6, 6)) * (rng.random((6, 6)) < 0.5)
    np.fill_diagonal(c, 0)
    r = flow.max_flow(c, 0, 5)
    net = r.flow - r.flow.T
    assert np.all(r.flow <= c + 1e-12)
    np.testing.assert_allclose(net.sum(axis=1)[1:5], 0.0, atol=1e-12)
    assert net[0].sum() == pytest.approx(r.value)


def test_disconnected_and_parallel_edges() -> None:
    """No path gives zero; parallel edges add for flows and take the maximum for paths."""
    m, nodes = flow.capacity_matrix([("a", "b", 1.0), ("c", "d", 2.0)])
    assert flow.max_flow(m, nodes.index("a"), nodes.index("d")).value == 0.0
    assert flow.widest_path(m, nodes.index("a"), nodes.index("d")).path == ()
    m_sum, _ = flow.capacity_matrix([("a", "b", 1.0), ("a", "b", 2.0)])
    m_max, _ = flow.capacity_matrix([("a", "b", 1.0), ("a", "b", 2.0)], combine="max")
    assert m_sum[0, 1] == 3.0 and m_max[0, 1] == 2.0


def test_validation() -> None:
    """Negative capacities, bad node indices and source == sink raise ValueError."""
    with pytest.raises(ValueError):
        flow.max_flow(np.array([[0, -1], [1, 0]]), 0, 1)
    with pytest.raises(ValueError):
        flow.max_flow(np.zeros((2, 2)), 0, 2)
    with pytest.raises(ValueError):
        flow.widest_path(np.zeros((2, 2)), 1, 1)
    with pytest.raises(ValueError):
        flow.capacity_matrix([("a", "b", -2.0)])
    with pytest.raises(ValueError):
        flow.capacity_matrix([("a", "b", 1.0)], combine="mean")
