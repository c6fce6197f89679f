"""A routed path cut into what the physics works on: sections between trusted nodes, segments
between the nodes that hold entanglement.

Why: trusted relays end the quantum part of a path (they measure and re-send, so key is relayed hop
by hop and entanglement does not cross them), and a measurement station is not a hop of its own but
the heralding point of the elementary link around it. So a path ``alice - t1 - ms - bob`` is two
sections, ``alice - t1`` (a direct hop) and ``t1 - bob`` (one segment with its station at ``ms``).
Each section gets one regime:

* ``direct``: one segment, no station;
* ``measurement-assisted``: one segment through a measurement station (a MeasurementStation node or
  a link's ``midpoint_station``);
* ``memory-chain``: two or more segments joined by memory nodes;
* ``all-photonic``: two or more segments and at least one all-photonic repeater between them.

A path of several sections is in the ``trusted-relay`` regime.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from qnetspec.claims.media import LinkModel
from qnetspec.claims.network import Network

DIRECT = "direct"
MEASUREMENT = "measurement-assisted"
MEMORY_CHAIN = "memory-chain"
PHOTONIC = "all-photonic"
TRUSTED = "trusted-relay"


@dataclass(frozen=True)
class Segment:
    """An elementary link between two adjacent principal nodes.

    ``station`` names its heralding station; ``arms`` are then the channel transmissivities and
    delays from each end to the station (``None`` for a plain link without a station).
    """

    ends: tuple[str, str]
    links: tuple[LinkModel, ...]
    station: str | None = None
    arms_eta: tuple[float, float] | None = None
    arms_delay_s: tuple[float, float] | None = None

    @property
    def label(self) -> str:
        return "+".join(link.id for link in self.links)

    @property
    def eta(self) -> float:
        return math.prod(link.eta for link in self.links)

    @property
    def delay_s(self) -> float:
        return sum(link.delay_s for link in self.links)

    @property
    def declared_scheme(self) -> str | None:
        for link in self.links:
            if link.generation_scheme:
                return link.generation_scheme
        return None

    def halves(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """Arms of a station assumed at the middle: half the loss and half the delay each."""
        half_eta = math.sqrt(self.eta)
        half_delay = self.delay_s / 2.0
        return (half_eta, half_eta), (half_delay, half_delay)


@dataclass(frozen=True)
class Section:
    """The part of a path between two trusted nodes (or the path's ends)."""

    nodes: tuple[str, ...]
    segments: tuple[Segment, ...]
    regime: str


def split_path(
    network: Network, nodes: tuple[str, ...], links: tuple[LinkModel, ...]
) -> list[Section]:
    """Sections and segments of a routed path (``links[i]`` joins ``nodes[i]``, ``nodes[i+1]``)."""
    cuts = [0]
    for i in range(1, len(nodes) - 1):
        if _trusted(network, nodes[i]):
            cuts.append(i)
    cuts.append(len(nodes) - 1)
    sections = []
    for start, stop in itertools.pairwise(cuts):
        sections.append(_section(network, nodes[start : stop + 1], links[start:stop]))
    return sections


def _trusted(network: Network, ident: str) -> bool:
    node = network.nodes.get(ident, {})
    return node.get("kind") == "TrustedRelayNode" or node.get("trusted") is True


def _is_station(network: Network, ident: str) -> bool:
    return network.nodes.get(ident, {}).get("kind") == "MeasurementStation"


def _section(network: Network, nodes: tuple[str, ...], links: tuple[LinkModel, ...]) -> Section:
    last = len(nodes) - 1
    principal = [i for i, n in enumerate(nodes) if i in (0, last) or not _is_station(network, n)]
    segments = []
    for a, b in itertools.pairwise(principal):
        segments.append(_segment(network, nodes[a : b + 1], links[a:b]))
    inner = [nodes[i] for i in principal[1:-1]]
    if len(segments) == 1:
        regime = MEASUREMENT if segments[0].station else DIRECT
    elif any(_photonic(network, n) for n in inner):
        regime = PHOTONIC
    else:
        regime = MEMORY_CHAIN
    return Section(tuple(nodes[i] for i in principal), tuple(segments), regime)


def _photonic(network: Network, ident: str) -> bool:
    node = network.nodes.get(ident, {})
    return node.get("kind") == "QuantumRepeater" and node.get("repeater_approach") == "all-photonic"


def _segment(network: Network, nodes: tuple[str, ...], links: tuple[LinkModel, ...]) -> Segment:
    ends = (nodes[0], nodes[-1])
    if len(links) == 1:
        link = links[0]
        if link.midpoint_station:
            half_eta, half_delay = math.sqrt(link.eta), link.delay_s / 2.0
            return Segment(
                ends, links, link.midpoint_station, (half_eta, half_eta), (half_delay, half_delay)
            )
        return Segment(ends, links)
    # Two or more links: the first inner node is the station; the links on either side are its arms.
    first_station = 1
    before, after = links[:first_station], links[first_station:]
    arms_eta = (math.prod(x.eta for x in before), math.prod(x.eta for x in after))
    arms_delay = (sum(x.delay_s for x in before), sum(x.delay_s for x in after))
    return Segment(ends, links, nodes[first_station], arms_eta, arms_delay)
