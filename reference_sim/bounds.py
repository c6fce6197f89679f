"""Fundamental limits of repeaterless and repeater-assisted quantum communication over loss.

* PLOB bound: the two-way assisted quantum and secret-key capacity of a pure-loss bosonic
  channel of transmissivity ``eta`` is ``-log2(1 - eta)`` bits per channel use (Pirandola,
  Laurenza, Ottaviani, Banchi, Nat. Commun. 8, 15043 (2017)); ``~1.44 eta`` at high
  loss.
* TGW bound: the earlier squashed-entanglement bound ``log2((1 + eta)/(1 - eta))`` (Takeoka,
  Guha, Wilde, Nat. Commun. 5, 5235 (2014)).
* Repeater chains and networks: Pirandola, Commun. Phys. 2, 51 (2019), "End-to-end capacities
  of a quantum communication network": a chain is limited by its worst link, a network by its
  widest path (single-path routing) or its minimum cut (multi-path "flooding" routing), with each
  edge weighted by its PLOB capacity.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

import numpy as np
import numpy.typing as npt

from reference_sim._validation import as_array, out, probability
from reference_sim.channels import fibre_transmissivity
from reference_sim.flow import capacity_matrix, max_flow, widest_path


def plob_capacity(eta: npt.ArrayLike) -> np.ndarray | float:
    """PLOB capacity of a pure-loss channel: ``C = -log2(1 - eta)`` bits per use (``inf`` at 1).

    Reference: Pirandola, Laurenza, Ottaviani, Banchi, Nat. Commun. 8, 15043 (2017).
    """
    e = probability(eta, "eta")
    with np.errstate(divide="ignore"):
        return out(-np.log2(1.0 - e))


def tgw_bound(eta: npt.ArrayLike) -> np.ndarray | float:
    """TGW upper bound on the secret-key capacity: ``log2((1 + eta) / (1 - eta))``.

    Looser than PLOB by a factor approaching 2 at high loss (``~2.88 eta`` vs ``~1.44 eta``).
    Reference: Takeoka, Guha, Wilde, Nat. Commun. 5, 5235 (2014).
    """
    e = probability(eta, "eta")
    with np.errstate(divide="ignore"):
        return out(np.log2((1.0 + e) / (1.0 - e)))


def plob_capacity_fibre(
    length_km: npt.ArrayLike, attenuation_db_per_km: npt.ArrayLike = 0.2
) -> np.ndarray | float:
    """PLOB capacity of a fibre of the given length: ``-log2(1 - 10^(-alpha L / 10))``."""
    return plob_capacity(fibre_transmissivity(length_km, attenuation_db_per_km))


def repeater_chain_capacity(
    eta_total: npt.ArrayLike, n_segments: npt.ArrayLike
) -> np.ndarray | float:
    """Capacity of a lossy line split into ``N`` equal segments by ideal repeaters.

    Each segment has transmissivity ``eta_total^(1/N)`` and the chain is as good as its worst
    (here: any) segment, so ``C = -log2(1 - eta_total^(1/N))``. ``N = 1`` recovers PLOB.
    Reference: Pirandola, Commun. Phys. 2, 51 (2019), linear-chain
    section (equal spacing).
    """
    e = probability(eta_total, "eta_total")
    n = as_array(n_segments, "n_segments")
    if np.any(n < 1) or np.any(n != np.round(n)):
        raise ValueError(f"n_segments must be a positive integer, got {n_segments!r}")
    with np.errstate(divide="ignore"):
        return out(-np.log2(1.0 - e ** (1.0 / n)))


def chain_capacity(link_eta: npt.ArrayLike) -> np.ndarray | float:
    """Capacity of a chain of lossy links with ideal repeaters: ``min_i -log2(1 - eta_i)``.

    The last axis of ``link_eta`` runs over the links. Reference: Pirandola, Commun. Phys. 2, 51
    (2019) (repeater-assisted capacity of a linear chain = the minimum link capacity).
    """
    e = probability(link_eta, "link_eta")
    if e.ndim == 0:
        raise ValueError("link_eta must contain at least one link (last axis)")
    return plob_capacity(np.min(e, axis=-1))


def _link_capacities(
    edges: Iterable[tuple[Hashable, Hashable, float]],
) -> list[tuple[Hashable, Hashable, float]]:
    triples = []
    for u, v, eta in edges:
        cap = float(plob_capacity(eta))
        if not np.isfinite(cap):
            raise ValueError(f"edge ({u!r}, {v!r}) is lossless; its capacity is unbounded")
        triples.append((u, v, cap))
    return triples


def network_single_path_capacity(
    edges: Iterable[tuple[Hashable, Hashable, float]], source: Hashable, target: Hashable
) -> float:
    """End-to-end single-path capacity of a network of lossy links (undirected).

    ``edges`` are ``(u, v, eta)`` triples. Routing along one path at a time, the best achievable
    rate is the widest path with edge weights ``-log2(1 - eta)``, equivalently the path whose
    worst link has the largest transmissivity. Reference: Pirandola, Commun. Phys. 2, 51 (2019),
    single-path routing.
    """
    matrix, nodes = capacity_matrix(_link_capacities(edges), combine="max")
    _require_nodes(nodes, source, target)
    return widest_path(matrix, nodes.index(source), nodes.index(target)).value


def network_flooding_capacity(
    edges: Iterable[tuple[Hashable, Hashable, float]], source: Hashable, target: Hashable
) -> float:
    """End-to-end multi-path (flooding) capacity of a network of lossy links (undirected).

    Using all links in parallel, the capacity equals the minimum cut with edge weights
    ``-log2(1 - eta)`` (max-flow/min-cut theorem). Parallel links between the same two nodes add
    up. Reference: Pirandola, Commun. Phys. 2, 51 (2019), multi-path (flooding) routing.
    """
    matrix, nodes = capacity_matrix(_link_capacities(edges), combine="sum")
    _require_nodes(nodes, source, target)
    return max_flow(matrix, nodes.index(source), nodes.index(target)).value


def _require_nodes(nodes: list[Hashable], source: Hashable, target: Hashable) -> None:
    for name, node in (("source", source), ("target", target)):
        if node not in nodes:
            raise ValueError(f"{name} {node!r} is not an endpoint of any edge")


__all__ = [
    "chain_capacity",
    "network_flooding_capacity",
    "network_single_path_capacity",
    "plob_capacity",
    "plob_capacity_fibre",
    "repeater_chain_capacity",
    "tgw_bound",
]
