"""The physical limits a claim is held against: capacities of the path and of the network, and the
light-travel time.

* Path (repeater-assisted PLOB): with ideal repeaters at every node, a chain carries at most
  ``min_i -log2(1 - eta_i)`` bits per use (Pirandola, Commun. Phys. 2, 51 (2019)); a trusted relay
  path is bounded hop by hop by the same expression. A station in the middle of a link (a
  measurement station, or the heralding station of a heralded link) is a node: counting the link
  whole would let TF-QKD and single-click heralding appear to beat the bound.
* Network (flooding): routing over every path at once is bounded by the minimum cut between the
  endpoints with each link weighted by its PLOB capacity (same reference); end devices other than
  the endpoints are left out because they never relay.
* Time: no set-up can finish before light crosses the path once, ``sum L_i / c``.

Capacities are bits per channel use; the report converts them with the channel-use rate it states
(the highest source clock the path's models use), so the simulated rate can never exceed them.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
from networkx.algorithms.flow import edmonds_karp

from qnetspec.claims.elementary import Channel
from qnetspec.claims.media import HERALDED_SCHEMES, LinkModel
from qnetspec.claims.network import Network
from qnetspec.claims.results import Bounds
from reference_sim.bounds import plob_capacity


def _capacities(etas: list[float]) -> np.ndarray:
    """PLOB capacity of every transmissivity, in one vectorised call."""
    if not etas:
        return np.zeros(0)
    clipped = np.clip(np.asarray(etas, dtype=float), 0.0, 1.0)
    return np.atleast_1d(np.asarray(plob_capacity(clipped), dtype=float))


def path_capacity(channels: list[Channel]) -> tuple[float, str, float]:
    """``(bits per use, bottleneck label, bottleneck eta)`` of the path's channels."""
    if not channels:
        return math.inf, "(no lossy channel)", 1.0
    caps = _capacities([c.eta for c in channels])
    worst = int(np.argmin(caps))
    return float(caps[worst]), channels[worst].label, channels[worst].eta


def _splits(link: LinkModel, split_ids: set[str]) -> bool:
    return (
        link.midpoint_station is not None
        or link.generation_scheme in HERALDED_SCHEMES
        or link.id in split_ids
    )


def flooding_capacity(network: Network, a: str, b: str, split_ids: set[str]) -> float:
    """Max flow (min cut) from ``a`` to ``b`` of per-link PLOB capacities, bits per use.

    Parallel links add up; a lossless link has unbounded capacity (``inf`` if it closes a lossless
    route). Links in ``split_ids``, and links with a midpoint station or heralded generation, count
    as two halves through a station node.
    """
    edges: list[tuple[object, object]] = []
    etas: list[float] = []
    for link in network.links:
        u, v = link.endpoints
        if u not in network.nodes or v not in network.nodes:
            continue
        if any(network.is_end_device(n) and n not in (a, b) for n in (u, v)):
            continue
        if _splits(link, split_ids):
            mid = ("station", link.id)
            half = math.sqrt(link.eta)
            edges += [(u, mid), (mid, v)]
            etas += [half, half]
        else:
            edges.append((u, v))
            etas.append(link.eta)
    caps = _capacities(etas)
    graph = nx.Graph()
    for (u, v), cap in zip(edges, caps, strict=True):
        if graph.has_edge(u, v):
            graph.edges[u, v]["capacity"] += float(cap)
        else:
            graph.add_edge(u, v, capacity=float(cap))
    if a not in graph or b not in graph:
        return 0.0
    for _, _, data in graph.edges(data=True):
        if math.isinf(data["capacity"]):
            del data["capacity"]  # networkx reads a missing capacity as unbounded
    try:
        # Edmonds-Karp: few augmenting paths when an endpoint hangs off one or two links, and no
        # preflow bookkeeping over the whole network (several times faster here than the default).
        return float(nx.maximum_flow_value(graph, a, b, flow_func=edmonds_karp))
    except nx.NetworkXUnbounded:
        return math.inf


def light_time_s(links: tuple[LinkModel, ...]) -> float:
    """One-way light-travel time over the links at the vacuum speed of light."""
    return sum(link.light_time_s for link in links)


def compute_bounds(
    network: Network,
    a: str,
    b: str,
    links: tuple[LinkModel, ...],
    channels: list[Channel],
    clock_hz: float,
    rate_source: str,
) -> Bounds:
    """Path and network bounds of a routed request at the channel-use rate ``clock_hz``."""
    path_bits, bottleneck, eta = path_capacity(channels)
    split_ids = {ident for c in channels if c.split for ident in c.link_ids}
    network_bits = flooding_capacity(network, a, b, split_ids)
    return Bounds(
        channel_use_rate_hz=clock_hz,
        path_bits_per_use=path_bits,
        path_bottleneck=bottleneck,
        path_bottleneck_eta=eta,
        network_bits_per_use=network_bits,
        light_time_s=light_time_s(links),
        rate_source=rate_source,
    )
