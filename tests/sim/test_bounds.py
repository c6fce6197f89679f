"""PLOB, TGW, repeater-chain and network capacity bounds."""

from __future__ import annotations

import itertools
import math

import networkx as nx
import numpy as np
import pytest

from reference_sim import bounds


def test_plob_at_100_km_of_fibre() -> None:
    """PLOB -log2(1-eta) (Pirandola, Laurenza, Ottaviani, Banchi, Nat. Commun. 8, 15043 (2017)):
    100 km at 0.2 dB/km is eta = 0.01, so C = -log2(0.99) = 0.0145 bits per use."""
    assert bounds.plob_capacity_fibre(100.0) == pytest.approx(0.014499569695, rel=1e-9)
    assert bounds.plob_capacity(0.01) == pytest.approx(-math.log(0.99) / math.log(2))
    assert bounds.plob_capacity(0.5) == pytest.approx(1.0)
    assert bounds.plob_capacity(1.0) == math.inf


def test_plob_high_loss_limit() -> None:
    """At high loss PLOB ~ 1.44 eta = eta / ln 2 (Pirandola et al. 2017)."""
    eta = 1e-6
    assert bounds.plob_capacity(eta) == pytest.approx(eta / math.log(2), rel=1e-5)


def test_tgw_bound() -> None:
    """TGW log2((1+eta)/(1-eta)) (Takeoka, Guha, Wilde, Nat. Commun. 5, 5235 (2014)) is above
    PLOB everywhere and twice it at high loss."""
    eta = np.linspace(0.001, 0.99, 50)
    assert np.all(bounds.tgw_bound(eta) >= bounds.plob_capacity(eta))
    assert bounds.tgw_bound(1e-6) / bounds.plob_capacity(1e-6) == pytest.approx(2.0, rel=1e-5)
    assert bounds.tgw_bound(1 / 3) == pytest.approx(1.0)


def test_repeater_chain() -> None:
    """Equal segments: C = -log2(1 - eta^(1/N)) (Pirandola, Commun. Phys. 2, 51 (2019)). N=1 is
    PLOB, more repeaters raise it, and it equals the chain's minimum link capacity."""
    eta = 1e-4
    assert bounds.repeater_chain_capacity(eta, 1) == pytest.approx(bounds.plob_capacity(eta))
    caps = bounds.repeater_chain_capacity(eta, np.arange(1, 6))
    assert np.all(np.diff(caps) > 0)
    assert bounds.repeater_chain_capacity(eta, 4) == pytest.approx(-math.log2(1 - eta**0.25))
    assert bounds.chain_capacity([0.1, 0.01, 0.5]) == pytest.approx(bounds.plob_capacity(0.01))
    np.testing.assert_allclose(
        bounds.chain_capacity(np.full((3, 4), eta**0.25)),
        bounds.repeater_chain_capacity(eta, 4),
    )


@pytest.mark.parametrize("seed", range(5))
def test_network_capacities_match_networkx(seed: int) -> None:
    """Flooding capacity = min cut of PLOB link capacities; single-path capacity = widest path
    (Pirandola, Commun. Phys. 2, 51 (2019)), computed independently with networkx."""
    rng = np.random.default_rng(seed)
    g = nx.connected_watts_strogatz_graph(8, 4, 0.3, seed=seed)
    edges = [(u, v, float(rng.uniform(0.001, 0.5))) for u, v in g.edges()]
    for u, v, eta in edges:
        g[u][v]["capacity"] = -math.log2(1 - eta)
    flooding = nx.minimum_cut_value(g, 0, 5)
    single = max(
        min(g[a][b]["capacity"] for a, b in itertools.pairwise(p))
        for p in nx.all_simple_paths(g, 0, 5)
    )
    assert bounds.network_flooding_capacity(edges, 0, 5) == pytest.approx(flooding)
    assert bounds.network_single_path_capacity(edges, 0, 5) == pytest.approx(single)
    assert bounds.network_flooding_capacity(edges, 0, 5) >= single - 1e-12


def test_diamond_network() -> None:
    """Two disjoint routes: flooding adds their bottlenecks, single path takes the better one."""
    edges = [("A", "x", 0.1), ("x", "B", 0.2), ("A", "y", 0.05), ("y", "B", 0.5)]
    c = bounds.plob_capacity
    assert bounds.network_flooding_capacity(edges, "A", "B") == pytest.approx(c(0.1) + c(0.05))
    assert bounds.network_single_path_capacity(edges, "A", "B") == pytest.approx(c(0.1))


def test_broadcasting_and_validation() -> None:
    """Arrays broadcast; transmissivities outside [0, 1] and bad segment counts are rejected."""
    assert bounds.plob_capacity(np.ones((2, 3)) * 0.1).shape == (2, 3)
    assert bounds.repeater_chain_capacity(np.array([[1e-3], [1e-4]]), [1, 2, 3]).shape == (2, 3)
    assert bounds.plob_capacity_fibre(np.array([10.0, 20.0])).shape == (2,)
    with pytest.raises(ValueError):
        bounds.plob_capacity(1.5)
    with pytest.raises(ValueError):
        bounds.tgw_bound(-0.1)
    with pytest.raises(ValueError):
        bounds.plob_capacity_fibre(-10.0)
    with pytest.raises(ValueError):
        bounds.repeater_chain_capacity(0.1, 0)
    with pytest.raises(ValueError):
        bounds.repeater_chain_capacity(0.1, 1.5)
    with pytest.raises(ValueError):
        bounds.network_flooding_capacity([("a", "b", 1.0)], "a", "b")
    with pytest.raises(ValueError):
        bounds.network_single_path_capacity([("a", "b", 0.5)], "a", "c")
