"""Which migration stage of Y Suppl. 98 clause 9.1 each service path is in, and why.

Clause 9.1 names three ways to reach far: trusted relaying (keys held in the clear at trusted
nodes), measurement-assisted relaying (MDI-QKD or TF-QKD through an untrusted measurement station)
and fully quantum networking (entanglement carried end to end through quantum network nodes). Clause
9.2 and 10.3.1 describe a network in migration as a mix of them, so the stage is decided path by
path: the weakest link of a path sets its stage, and a description whose paths differ is hybrid.
Each verdict says what would move the path on to the next stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from qnetspec.topology import END_DEVICE_KINDS, QUANTUM_NODE_KINDS, Topology, endpoint_pair, items

MEASUREMENT_FAMILIES = frozenset({"measurement-device-independent", "twin-field"})
# Requests x nodes below which every path is computed for the report even when the stage follows
# from the network as a whole.
PATH_BUDGET = 200_000


class Stage(StrEnum):
    """The stages, named like the profiles a description declares."""

    TRUSTED_RELAY = "trusted-relay"
    MEASUREMENT_ASSISTED = "measurement-assisted"
    FULLY_QUANTUM = "fully-quantum"
    HYBRID = "hybrid"


@dataclass(frozen=True)
class PathStage:
    """The stage of one service request's path.

    ``path`` is None when the endpoints are not connected, or when the stage follows from the
    network as a whole (no trusted node or measurement station anywhere) and no path was computed.
    """

    service_request: str | None
    endpoints: tuple[str, str]
    path: tuple[str, ...] | None
    stage: Stage | None
    reason: str
    next_step: str | None = None


@dataclass(frozen=True)
class StageReport:
    """The description's stage with its reason, the per-path verdicts and the next steps."""

    stage: Stage | None
    reason: str
    paths: tuple[PathStage, ...]
    next_steps: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "stage": self.stage.value if self.stage else None,
            "reason": self.reason,
            "next_steps": list(self.next_steps),
            "paths": [
                {
                    "service_request": p.service_request,
                    "endpoints": list(p.endpoints),
                    "path": list(p.path) if p.path is not None else None,
                    "stage": p.stage.value if p.stage else None,
                    "reason": p.reason,
                    "next_step": p.next_step,
                }
                for p in self.paths
            ],
        }


def _names(ids: list[str]) -> str:
    return ", ".join(ids)


def is_measurement_assisted_station(topology: Topology, station: str, link: dict | None) -> bool:
    """Whether a measurement station relays MDI/TF-QKD (clause 9.1) rather than heralding pairs.

    A station that states an MDI or TF protocol relays keys; one on a link that heralds entanglement
    between memories (``generation_scheme: heralded-*``, Appendix I.4) is part of fully quantum
    networking; a station that says neither is taken as measurement-assisted relaying.
    """
    element = topology.elements.get(station) or {}
    protocol = element.get("measurement_protocol")
    if isinstance(protocol, str) and protocol in MEASUREMENT_FAMILIES:
        return True
    scheme = (link or {}).get("generation_scheme")
    return not (isinstance(scheme, str) and scheme.startswith("heralded"))


def path_stations(topology: Topology, path: list[str] | tuple[str, ...]) -> list[str]:
    """Stations doing measurement-assisted relaying on a path: nodes or link midpoints."""
    stations: list[str] = []
    links = {lid: link for lid, link in _links_by_id(topology).items()}
    for hop in topology.path_links(list(path)):
        station = hop.get("midpoint_station")
        if isinstance(station, str) and is_measurement_assisted_station(
            topology, station, _get(links, hop.get("link"))
        ):
            stations.append(station)
    for node in path[1:-1]:
        if topology.kind(node) == "MeasurementStation":
            hops = [
                _get(links, joined.get("link"))
                for n in path
                if n != node and (joined := topology.joined(node, n)) is not None
            ]
            if any(is_measurement_assisted_station(topology, node, hop) for hop in hops):
                stations.append(node)
    return stations


def _get(mapping: dict, key: Any) -> Any:
    return mapping.get(key) if isinstance(key, str) else None


def _links_by_id(topology: Topology) -> dict[Any, dict]:
    links = topology.description.get("links")
    if not isinstance(links, list):
        return {}
    return {
        link["id"]: link
        for link in links
        if isinstance(link, dict) and isinstance(link.get("id"), str)
    }


def _qkd_without_entanglement(topology: Topology, ident: str) -> bool:
    """A QKD module that runs no entanglement-based protocol (so a direct link is plain QKD)."""
    element = topology.elements.get(ident) or {}
    if element.get("kind") != "QKDModule":
        return False
    families = element.get("qkd_protocol_families")
    return "entanglement-based" not in (families if isinstance(families, list) else [])


def classify_path(topology: Topology, path: list[str] | tuple[str, ...]) -> PathStage:
    """The stage of one connected path (service request fields left empty)."""
    ends = (path[0], path[-1])
    inner = list(path[1:-1])
    trusted = [n for n in inner if topology.is_trusted(n)]
    if trusted:
        return PathStage(
            None,
            ends,
            tuple(path),
            Stage.TRUSTED_RELAY,
            f"keys are relayed through trusted node(s) {_names(trusted)}, which hold them in the "
            "clear",
            f"replace trusted node {trusted[0]} by an untrusted MDI/TF-QKD measurement station "
            "(measurement-assisted relaying) or by a memory-based quantum repeater (fully quantum "
            "networking)",
        )
    stations = path_stations(topology, path)
    if stations:
        return PathStage(
            None,
            ends,
            tuple(path),
            Stage.MEASUREMENT_ASSISTED,
            f"keys come from MDI/TF-QKD through untrusted measurement station(s) "
            f"{_names(stations)}; no node on the path is trusted",
            f"replace the measurement-assisted hop at {stations[0]} by entanglement distribution "
            "through memory-based quantum repeaters, so that qubits rather than keys reach the end "
            "devices (fully quantum networking)",
        )
    if not inner and all(_qkd_without_entanglement(topology, e) for e in ends):
        return PathStage(
            None,
            ends,
            tuple(path),
            Stage.TRUSTED_RELAY,
            "a single QKD link without entanglement or a measurement station: any longer reach "
            "would need trusted relays",
            f"run entanglement-based QKD between {ends[0]} and {ends[1]} so that quantum repeaters "
            "can extend it (fully quantum networking)",
        )
    nodes = [n for n in inner if topology.kind(n) in QUANTUM_NODE_KINDS]
    reason = (
        f"entanglement is carried end to end through quantum network node(s) {_names(nodes)}"
        if nodes
        else "entanglement is shared over a direct quantum link"
    )
    return PathStage(
        None, ends, tuple(path), Stage.FULLY_QUANTUM, reason + "; no trusted node, no MDI/TF hop"
    )


def _requests(description: dict) -> list[tuple[str | None, str, str]]:
    found = []
    for request in items(description, "service_requests"):
        pair = endpoint_pair(request)
        if pair is not None:
            found.append((request.get("id"), *pair))
    return found


def _network_has_relays(topology: Topology) -> bool:
    """Whether any node or link could make a path other than fully quantum.

    Read from the graph's node attributes (set once by the topology) rather than by looking each
    element up again: this runs on every check.
    """
    for attributes in topology.components.values():
        if attributes["trusted"] or attributes["kind"] == "MeasurementStation":
            return True
    return any(data.get("midpoint_station") for _, _, data in topology.joined_pairs())


def classify_requests(topology: Topology) -> list[PathStage]:
    """A verdict for every service request of the description.

    In a large network with no trusted node and no measurement station every connected path is
    fully quantum (bar a direct QKD link), so paths are not computed there: that keeps a 10k-node
    check from running a Dijkstra per request. Small descriptions always get their paths.
    """
    requests = _requests(topology.description)
    relays = _network_has_relays(topology)
    # Paths are shown when they are cheap to find (about a Dijkstra per request on a small graph).
    cheap = len(requests) * len(topology.components) <= PATH_BUDGET
    verdicts: list[PathStage] = []
    needed = [
        (a, b)
        for _, a, b in requests
        if relays or cheap or (topology.joined(a, b) and topology.service_connected(a, b))
    ]
    paths = topology.service_paths(needed)
    for request_id, a, b in requests:
        if not topology.service_connected(a, b):
            verdicts.append(
                PathStage(
                    request_id,
                    (a, b),
                    None,
                    None,
                    f"{a} and {b} are not joined by quantum links without passing an end device",
                )
            )
            continue
        path = paths.get((a, b))
        if path is None:
            verdicts.append(
                PathStage(
                    request_id,
                    (a, b),
                    None,
                    Stage.FULLY_QUANTUM,
                    "the network has no trusted node and no measurement station, so entanglement "
                    "is carried end to end through quantum network nodes",
                )
            )
            continue
        verdict = classify_path(topology, path)
        verdicts.append(
            PathStage(
                request_id,
                verdict.endpoints,
                verdict.path,
                verdict.stage,
                verdict.reason,
                verdict.next_step,
            )
        )
    return verdicts


def _inventory(topology: Topology) -> tuple[set[Stage], str]:
    """Stages present judging by the kinds of intermediate node (no service request to follow)."""
    stages: set[Stage] = set()
    found: list[str] = []
    trusted = [i for i in topology.components if topology.is_trusted(i)]
    if trusted:
        stages.add(Stage.TRUSTED_RELAY)
        found.append(f"trusted node(s) {_names(sorted(trusted)[:3])}")
    stations = [i for i in topology.components if topology.kind(i) == "MeasurementStation"]
    stations += [
        d["midpoint_station"]
        for _, _, d in topology.joined_pairs()
        if isinstance(d.get("midpoint_station"), str)
    ]
    if stations:
        stages.add(Stage.MEASUREMENT_ASSISTED)
        found.append(f"measurement station(s) {_names(sorted(set(stations))[:3])}")
    nodes = [i for i in topology.components if topology.kind(i) in QUANTUM_NODE_KINDS]
    if nodes:
        stages.add(Stage.FULLY_QUANTUM)
        found.append(f"quantum network node(s) {_names(sorted(nodes)[:3])}")
    return stages, "; ".join(found)


def classify(description: dict, topology: Topology | None = None) -> StageReport:
    """The migration stage of a description: per service path, then overall.

    One stage across all paths is the description's stage; several make it hybrid (clause 9.2).
    Without service requests, the kinds of intermediate node present decide.
    """
    topology = topology or Topology.build(description)
    verdicts = classify_requests(topology)
    stages = {v.stage for v in verdicts if v.stage is not None}
    next_steps = tuple(dict.fromkeys(v.next_step for v in verdicts if v.next_step))
    if not stages:
        present, what = _inventory(topology)
        if not present:
            ends = [i for i in topology.components if topology.kind(i) in END_DEVICE_KINDS]
            reason = (
                "no service path and no intermediate node to judge by"
                if not ends
                else "end devices only, with no service request: nothing is relayed"
            )
            return StageReport(None, reason, tuple(verdicts), ())
        stage = present.pop() if len(present) == 1 else Stage.HYBRID
        return StageReport(
            stage,
            f"no connected service path; judged by the nodes present: {what}",
            tuple(verdicts),
            next_steps,
        )
    if len(stages) == 1:
        stage = stages.pop()
        reason = f"every service path is {stage.value}: " + verdicts_summary(verdicts)
        return StageReport(stage, reason, tuple(verdicts), next_steps)
    return StageReport(
        Stage.HYBRID,
        "service paths are in different stages: " + verdicts_summary(verdicts),
        tuple(verdicts),
        next_steps,
    )


def verdicts_summary(verdicts: list[PathStage]) -> str:
    parts = [
        f"{v.service_request or '-'} {v.stage.value if v.stage else 'not connected'}"
        for v in verdicts
    ]
    return ", ".join(parts)
