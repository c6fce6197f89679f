"""Capacity bounds: PLOB per path, flooding capacity per network, light-travel time."""

from __future__ import annotations

import math

import pytest
from claims_helpers import load

from qnetspec.claims import simulate_description
from qnetspec.claims.bounds import flooding_capacity, path_capacity
from qnetspec.claims.elementary import Channel
from qnetspec.claims.network import Network
from reference_sim.bounds import network_flooding_capacity, plob_capacity

C_VACUUM = 299_792_458.0


def _diamond() -> dict:
    """a -> b over two routes (x and y) and a parallel pair of links on the second route."""
    node = {"kind": "QuantumRepeater", "repeater_approach": "quantum-memory"}
    return {
        "nodes": [
            {"id": "a", "kind": "QKDModule"},
            {"id": "b", "kind": "QKDModule"},
            {"id": "x", **node},
            {"id": "y", **node},
            {"id": "c", "kind": "QKDModule"},
        ],
        "links": [
            {"id": "ax", "endpoints": ["a", "x"], "medium": "SMF", "length_km": 10},
            {"id": "xb", "endpoints": ["x", "b"], "medium": "SMF", "length_km": 30},
            {"id": "ay", "endpoints": ["a", "y"], "medium": "SMF", "length_km": 20},
            {"id": "yb1", "endpoints": ["y", "b"], "medium": "SMF", "length_km": 25},
            {"id": "yb2", "endpoints": ["y", "b"], "medium": "SMF", "length_km": 35},
            # An end device joining a and b cheaply: it must not carry flow.
            {"id": "ac", "endpoints": ["a", "c"], "medium": "SMF", "length_km": 1},
            {"id": "cb", "endpoints": ["c", "b"], "medium": "SMF", "length_km": 1},
        ],
    }


def test_flooding_capacity_matches_reference_sim_min_cut() -> None:
    data = _diamond()
    network = Network.build(data)
    edges = [
        (link["endpoints"][0], link["endpoints"][1], 10 ** (-0.2 * link["length_km"] / 10))
        for link in data["links"]
        if "c" not in link["endpoints"]
    ]
    expected = network_flooding_capacity(edges, "a", "b")
    assert flooding_capacity(network, "a", "b", set()) == pytest.approx(expected, rel=1e-9)


def test_a_station_splits_a_link_for_the_bounds() -> None:
    data = {
        "nodes": [{"id": "a", "kind": "QKDModule"}, {"id": "b", "kind": "QKDModule"}],
        "links": [
            {
                "id": "l",
                "endpoints": ["a", "b"],
                "medium": "SMF",
                "length_km": 100,
                "midpoint_station": "m",
            }
        ],
    }
    network = Network.build(data)
    assert flooding_capacity(network, "a", "b", set()) == pytest.approx(
        plob_capacity(10 ** (-0.2 * 50 / 10))
    )


def test_lossless_links_are_unbounded_not_an_error() -> None:
    data = {
        "nodes": [{"id": "a", "kind": "QKDModule"}, {"id": "b", "kind": "QKDModule"}],
        "links": [{"id": "l", "endpoints": ["a", "b"], "medium": "SMF", "length_km": 0}],
    }
    assert math.isinf(flooding_capacity(Network.build(data), "a", "b", set()))
    bits, label, eta = path_capacity([Channel("l", 1.0, ("l",))])
    assert math.isinf(bits) and label == "l" and eta == 1.0


def test_path_bound_is_clock_times_worst_link_capacity() -> None:
    result = simulate_description(load("chain50.yaml").data).get("sr1")
    assert result is not None and result.bounds is not None
    bounds = result.bounds
    half = 10 ** (-0.2 * 12.5 / 10)  # heralded links: the station in the middle is a node
    assert bounds.channel_use_rate_hz == 1e8
    assert bounds.rate_source == "the highest declared source clock on the path"
    assert bounds.path_bits_per_use == pytest.approx(-math.log2(1 - half))
    assert bounds.path_per_s == pytest.approx(1e8 * -math.log2(1 - half))
    assert bounds.network_bits_per_use >= bounds.path_bits_per_use * (1 - 1e-12)
    assert bounds.light_time_s == pytest.approx(50e3 / C_VACUUM)
    assert result.entanglement_rate.value < bounds.path_per_s


def test_simulated_rates_stay_below_their_bounds() -> None:
    for name in ("direct.yaml", "chain50.yaml", "trusted.yaml", "station.yaml"):
        for result in simulate_description(load(name).data).requests:
            if result.bounds is None:
                continue
            for estimate in (result.entanglement_rate, result.key_rate):
                if estimate.available:
                    assert estimate.value <= result.bounds.path_per_s
