"""Generate a large, conformant network description for load and check benchmarks.

Why a generator rather than a committed file: a 10k-node description is megabytes of text that says
nothing a reviewer could read, and the size we want to measure changes (1k, 10k, 100k nodes). The
output is deterministic for a given size and seed, so figures are comparable between runs.

Why conformant: a benchmark of ``qnetspec check`` should time checking, not the making and locating
of thousands of findings a random graph provokes (a real description under review is nearly clean).
``tests/test_bench_generator.py`` keeps it clean as rules evolve. ``--nonconformant-fraction``
breaks that share of the elements on purpose, to time the findings path too.

The shape (Y Suppl. 98 clauses 6-8): the nodes are split into domains of about a thousand; in each,
a backbone of memory repeaters and swapping switches (a random local tree plus local chords, every
switch with three or more neighbours) carries end devices (QKD modules, quantum computers, sensors)
that hang off one or two backbone nodes and never relay. Quantum routers at layer 3 join
neighbouring domains, with TDM delivery synchronised by a timing source. Every quantum link has a
classical channel beside it; an SDN controller, an FCAPS management system and the timing source
reach the domains over channels of their own. Service requests and claims join end devices, and
their pairs carry entanglement identifiers (dual addressing). About two quantum links per node.

    python benchmarks/gen_description.py 10000 --out /tmp/net10k   # writes net10k.yaml and .json
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

DOMAIN_SIZE = 1000  # nodes per domain, roughly
WINDOW = 30  # backbone neighbours are picked among this many nearby backbone nodes
END_DEVICE_KINDS = ("QKDModule", "QuantumComputer", "QuantumSensor")
FCAPS = ["fault", "configuration", "accounting", "performance", "security"]


def _memory(rng: random.Random) -> dict[str, Any]:
    return {
        "count": rng.choice([4, 8, 16]),
        "coherence_time_s": round(rng.uniform(0.1, 2.0), 3),
        "efficiency": round(rng.uniform(0.5, 0.95), 3),
    }


def _bsm() -> dict[str, Any]:
    return {"success_probability": 0.5, "gate_fidelity": 0.99}


def _address(index: int) -> str:
    return f"10.{index // 65536 % 256}.{index // 256 % 256}.{index % 256}"


def _kind(rng: random.Random, backbone_only: bool) -> str:
    """Roughly 45% repeaters, 15% switches, 25% QKD modules, 10% computers, 5% sensors."""
    roll = rng.random()
    if backbone_only:
        return "QuantumRepeater"
    for kind, upto in (
        ("QuantumRepeater", 0.45),
        ("QuantumSwitch", 0.60),
        ("QKDModule", 0.85),
        ("QuantumComputer", 0.95),
    ):
        if roll < upto:
            return kind
    return "QuantumSensor"


def _node(index: int, kind: str, domain: str, rng: random.Random) -> dict[str, Any]:
    """One component with the fields its kind needs to pass every rule."""
    node: dict[str, Any] = {
        "id": f"n{index}",
        "kind": kind,
        "classical_address": _address(index),
        "domain": domain,
    }
    if kind == "QuantumRepeater":
        node.update(
            repeater_approach="quantum-memory", memory=_memory(rng), bell_state_measurement=_bsm()
        )
    elif kind == "QuantumSwitch":
        node.update(
            osi_layers=[2],
            switching_mode="entanglement-swapping-circuit",
            memory=_memory(rng),
            bell_state_measurement=_bsm(),
        )
    elif kind == "QKDModule":
        node.update(
            qkd_protocol_families=["entanglement-based"],
            detectors={"efficiency": 0.8, "dark_count_probability": 1e-6},
        )
    elif kind == "QuantumComputer":
        node.update(qubit_count=rng.choice([20, 50, 100]))
    else:
        node.update(senses=["time"])
    return node


def _router(index: int, joins: list[str]) -> dict[str, Any]:
    """A layer-3 router between two domains, delivering by TDM with the shared clock."""
    return {
        "id": f"n{index}",
        "kind": "QuantumRouter",
        "classical_address": _address(index),
        "osi_layers": [3],
        "joins_domains": joins,
        "delivery_mode": "tdm-packet",
        "synchronization_source": "clock",
        "memory": {"count": 16, "coherence_time_s": 1.0, "efficiency": 0.9},
    }


class _Graph:
    """Quantum links as index pairs, kept free of repeats and self-loops."""

    def __init__(self) -> None:
        self.edges: list[tuple[int, int]] = []
        self.seen: set[tuple[int, int]] = set()
        self.degree: dict[int, int] = {}

    def add(self, a: int, b: int) -> bool:
        key = (min(a, b), max(a, b))
        if a == b or key in self.seen:
            return False
        self.seen.add(key)
        self.edges.append(key)
        self.degree[a] = self.degree.get(a, 0) + 1
        self.degree[b] = self.degree.get(b, 0) + 1
        return True

    def chords(self, rng: random.Random, backbone: list[int], target: int) -> None:
        """Local backbone chords until there are ``target`` links (or the backbone is full)."""
        attempts = 0
        while len(self.edges) < target and attempts < 20 * len(backbone) + 100:
            attempts += 1
            at = rng.randrange(len(backbone))
            self.add(backbone[at], _near(rng, backbone, at))


def _near(rng: random.Random, pool: list[int], at: int) -> int:
    """A member of ``pool`` within WINDOW places of position ``at`` (links stay local)."""
    low, high = max(0, at - WINDOW), min(len(pool), at + WINDOW + 1)
    return pool[rng.randrange(low, high)]


def _wire_domain(
    rng: random.Random, graph: _Graph, backbone: list[int], ends: list[int], kinds: dict[int, str]
) -> None:
    """Backbone tree and chords, end devices on one or two backbone nodes, switches fanned out.

    End devices only ever touch the backbone, so every service path runs through network nodes
    (clauses 5, 6). Chords bring the domain a little under two links per node, leaving room for
    the routers and the final top-up in :func:`_links`.
    """
    for position in range(1, len(backbone)):
        graph.add(backbone[position], backbone[rng.randrange(max(0, position - WINDOW), position)])
    for device in ends:
        at = rng.randrange(len(backbone))
        graph.add(device, backbone[at])
        if rng.random() < 0.4:
            graph.add(device, _near(rng, backbone, at))
    # So far (b - 1) + 1.4e links; b + e/2 chords make it 2b + 1.9e - 1.
    graph.chords(rng, backbone, len(graph.edges) + len(backbone) + len(ends) // 2)
    for at, node in enumerate(backbone):
        tries = 0
        while kinds[node] == "QuantumSwitch" and graph.degree.get(node, 0) < 3 and tries < 100:
            tries += 1
            graph.add(node, _near(rng, backbone, at))


class _Plan:
    """Which index is what: domain of each node, backbone and end devices per domain, routers."""

    def __init__(self, domains: list[str]) -> None:
        self.domains = domains
        self.kinds: dict[int, str] = {}
        self.domain_of: dict[int, str] = {}
        self.backbone: dict[str, list[int]] = {d: [] for d in domains}
        self.ends: dict[str, list[int]] = {d: [] for d in domains}
        self.routers: dict[int, list[str]] = {}


def _plan(n: int, rng: random.Random) -> _Plan:
    """Contiguous blocks of indices per domain; the first index of each later block is a router."""
    count = max(2, n // DOMAIN_SIZE) if n >= 40 else 1
    plan = _Plan([f"d{i}" for i in range(count)])
    for i, domain in enumerate(plan.domains):
        start, stop = i * n // count, (i + 1) * n // count
        for index in range(start, stop):
            if i > 0 and index == start:
                plan.routers[index] = [plan.domains[i - 1], domain]
                plan.kinds[index] = "QuantumRouter"
                continue
            kind = _kind(rng, backbone_only=index - start < 4)
            plan.kinds[index] = kind
            plan.domain_of[index] = domain
            group = plan.ends if kind in END_DEVICE_KINDS else plan.backbone
            group[domain].append(index)
    return plan


def _links(n: int, plan: _Plan, rng: random.Random) -> _Graph:
    """Every quantum link: domains, then routers (two links into each side), then chords up to
    exactly ``2n - 1`` links, the count earlier versions of this generator made."""
    graph = _Graph()
    for domain in plan.domains:
        _wire_domain(rng, graph, plan.backbone[domain], plan.ends[domain], plan.kinds)
    for router, joined in plan.routers.items():
        for domain in joined:
            backbone = plan.backbone[domain]
            for _ in range(2):
                graph.add(router, backbone[rng.randrange(len(backbone))])
    for domain in plan.domains:
        share = (2 * n - 1 - len(graph.edges)) // max(
            1, len(plan.domains) - plan.domains.index(domain)
        )
        graph.chords(rng, plan.backbone[domain], len(graph.edges) + share)
    graph.chords(rng, plan.backbone[plan.domains[-1]], 2 * n - 1)
    return graph


def _requests(plan: _Plan, n: int, rng: random.Random) -> tuple[list, list, list]:
    """Service requests between end devices, a claim for each, an EID for each pair."""
    hosts = [
        i for i, kind in sorted(plan.kinds.items()) if kind in ("QKDModule", "QuantumComputer")
    ]
    requests, claims, eids = [], [], []
    for k in range(max(1, n // 200)):
        a, b = rng.sample(hosts, 2)
        requests.append(
            {
                "id": f"sr{k}",
                "endpoints": [f"n{a}", f"n{b}"],
                "service": "entanglement",
                "min_entanglement_rate_hz": 1.0,
                "min_fidelity": 0.8,
                "max_setup_time_s": 1.0,
                "min_coherence_time_s": 0.01,
            }
        )
        claims.append(
            {
                "id": f"k{k}",
                "service_request": f"sr{k}",
                "entanglement_rate_hz": 2.0,
                "fidelity": 0.85,
            }
        )
        eids.append({"id": f"eid{k}", "endpoints": [f"n{a}", f"n{b}"], "fidelity": 0.85})
    return requests, claims, eids


def _management(plan: _Plan) -> tuple[list[dict], list[dict]]:
    """Controller, FCAPS system and clock, and the channels that make them reach every domain."""
    management = [
        {
            "id": "sdn",
            "kind": "SDNController",
            "classical_address": "10.254.0.1",
            "control_approach": "y3805-sdn-reuse",
            "serves": list(plan.domains),
        },
        {
            "id": "nms",
            "kind": "ManagementSystem",
            "classical_address": "10.254.0.2",
            "fcaps": list(FCAPS),
            "serves": list(plan.domains),
        },
        {
            "id": "clock",
            "kind": "TimingSource",
            "classical_address": "10.254.0.3",
            "sync_precision_s": 1e-9,
            "serves": list(plan.domains),
        },
    ]
    control = ["control-signalling", "management-orchestration"]
    channels = [
        {"id": "c-nms", "endpoints": ["nms", "sdn"], "roles": ["management-orchestration"]},
        {"id": "c-clock", "endpoints": ["clock", "sdn"], "roles": ["synchronization-timing"]},
    ]
    for domain in plan.domains:
        gateway = plan.backbone[domain][0]
        channels.append(
            {"id": f"c-sdn-{domain}", "endpoints": ["sdn", f"n{gateway}"], "roles": list(control)}
        )
    for router in plan.routers:
        channels.append(
            {
                "id": f"c-clock-n{router}",
                "endpoints": ["clock", f"n{router}"],
                "roles": ["synchronization-timing"],
            }
        )
    return management, channels


def generate(n: int, seed: int = 1, nonconformant_fraction: float = 0.0) -> dict[str, Any]:
    """Return a description with ``n`` nodes (at least 8) as plain data.

    ``nonconformant_fraction`` (0 to 1) breaks about that share of the nodes, see :func:`_spoil`.
    """
    rng = random.Random(seed)
    n = max(8, n)
    plan = _plan(n, rng)
    nodes = [
        _router(i, plan.routers[i])
        if i in plan.routers
        else _node(i, plan.kinds[i], plan.domain_of[i], rng)
        for i in range(n)
    ]
    links, channels = [], []
    for k, (u, v) in enumerate(_links(n, plan, rng).edges):
        links.append(
            {
                "id": f"l{k}",
                "endpoints": [f"n{u}", f"n{v}"],
                "medium": "SMF",
                "length_km": round(rng.uniform(1.0, 50.0), 2),
                "attenuation_db_per_km": 0.2,
            }
        )
        channels.append({"id": f"c{k}", "endpoints": [f"n{u}", f"n{v}"], "latency_s": 1e-4})
    management, control_channels = _management(plan)
    requests, claims, eids = _requests(plan, n, rng)
    data = {
        "id": f"bench-{n}",
        "name": f"Generated benchmark network with {n} nodes",
        "profile": "fully-quantum",
        "addressing_approach": "dual-classical-eid",
        "control_approach": "y3805-sdn-reuse",
        "domains": [
            {"id": d, "kind": "Domain", "domain_kind": "entanglement-network"} for d in plan.domains
        ],
        "nodes": nodes,
        "links": links,
        "classical_channels": channels + control_channels,
        "management": management,
        "entanglement_identifiers": eids,
        "service_requests": requests,
        "claims": claims,
    }
    if nonconformant_fraction > 0:
        _spoil(data, plan, nonconformant_fraction, random.Random(seed + 1))
    return data


def _spoil(data: dict[str, Any], plan: _Plan, fraction: float, rng: random.Random) -> None:
    """Break about ``fraction`` of the nodes, one of four ways each, to exercise the findings path.

    A node loses its classical address (error), a link its length (warning), a memory its
    coherence time (warning), or a new link crosses domains without a router (warning).
    """
    nodes, links = data["nodes"], data["links"]
    plain = [i for i in range(len(nodes)) if i not in plan.routers]
    for index in rng.sample(plain, min(len(plain), round(fraction * len(nodes)))):
        node, how = nodes[index], rng.randrange(4)
        if how == 0:
            node.pop("classical_address", None)
        elif how == 1:
            links[rng.randrange(len(links))].pop("length_km", None)
        elif how == 2 and "memory" in node:
            node["memory"].pop("coherence_time_s", None)
        elif len(plan.domains) > 1:
            own = plan.domain_of[index]
            other = rng.choice([d for d in plan.domains if d != own])
            peer = rng.choice(plan.backbone[other])
            lid = f"x{len(links)}"
            links.append(
                {
                    "id": lid,
                    "endpoints": [node["id"], f"n{peer}"],
                    "medium": "SMF",
                    "length_km": 5.0,
                }
            )
            data["classical_channels"].append(
                {"id": f"c{lid}", "endpoints": [node["id"], f"n{peer}"]}
            )


def write(data: dict[str, Any], stem: Path) -> tuple[Path, Path]:
    """Write ``stem.yaml`` (block style, as people write it) and ``stem.json``; return both."""
    import yaml

    yaml_path = stem.parent / (stem.name + ".yaml")  # not with_suffix: a stem may hold a dot
    json_path = stem.parent / (stem.name + ".json")
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with yaml_path.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle, Dumper=dumper, sort_keys=False, default_flow_style=None, width=100)
    with json_path.open("w", encoding="utf-8") as handle:
        handle.write(_json_text(data))
    return yaml_path, json_path


def _json_text(data: dict[str, Any]) -> str:
    """JSON with one element of each top-level list per line, compact as tools write it.

    Why not ``indent``: indented, the 100k-node description is 81 MB, over the 64 MiB a check reads
    by default; this is 58 MB and still puts each element on a line of its own.
    """
    compact = {"separators": (",", ":"), "ensure_ascii": False}
    members = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            items = ",\n".join(json.dumps(item, **compact) for item in value)
            members.append(f"{json.dumps(key)}:[\n{items}\n]")
        else:
            members.append(f"{json.dumps(key)}:{json.dumps(value, **compact)}")
    return "{\n" + ",\n".join(members) + "\n}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("nodes", type=int)
    parser.add_argument("--out", type=Path, required=True, help="path stem, without extension")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--nonconformant-fraction",
        type=float,
        default=0.0,
        help="share of nodes to break on purpose (0 to 1), to time the findings path",
    )
    args = parser.parse_args()
    data = generate(args.nodes, args.seed, args.nonconformant_fraction)
    for path in write(data, args.out):
        print(f"{path} {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
