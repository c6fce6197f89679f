"""Generate a large, valid network description for load and check benchmarks.

Why a generator rather than a committed file: a 10k-node description is megabytes of text that says
nothing a reviewer could read, and the size we want to measure changes (1k, 10k, 100k nodes). The
output is deterministic for a given size and seed, so figures are comparable between runs.

The network is realistic enough to exercise every stage: end devices (QKD modules, quantum
computers, sensors) hang off a backbone of repeaters and switches, a few routers join the domains,
every quantum link has a classical channel beside it, an SDN controller and a timing source serve
the nodes, and a handful of service requests carry claims. About two quantum links per node.

    python benchmarks/gen_description.py 10000 --out /tmp/net10k   # writes net10k.yaml and .json
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any


def _memory(rng: random.Random) -> dict[str, Any]:
    return {
        "count": rng.choice([4, 8, 16]),
        "coherence_time_s": round(rng.uniform(0.1, 2.0), 3),
        "efficiency": round(rng.uniform(0.5, 0.95), 3),
    }


def _node(index: int, rng: random.Random, domain: str) -> dict[str, Any]:
    """One node; roughly 45% repeaters, 15% switches, 40% end devices."""
    node_id = f"n{index}"
    address = f"10.{index // 65536 % 256}.{index // 256 % 256}.{index % 256}"
    roll = rng.random()
    base: dict[str, Any] = {"id": node_id, "classical_address": address, "domain": domain}
    if roll < 0.45:
        base.update(
            kind="QuantumRepeater",
            repeater_approach="quantum-memory",
            memory=_memory(rng),
            bell_state_measurement={"success_probability": 0.5, "gate_fidelity": 0.99},
        )
    elif roll < 0.60:
        base.update(kind="QuantumSwitch", osi_layers=[2], memory=_memory(rng))
    elif roll < 0.85:
        base.update(
            kind="QKDModule",
            qkd_protocol_families=["entanglement-based"],
            detectors={"efficiency": 0.8, "dark_count_probability": 1e-6},
        )
    elif roll < 0.95:
        base.update(kind="QuantumComputer", qubit_count=rng.choice([20, 50, 100]))
    else:
        base.update(kind="QuantumSensor", senses=["time"])
    return base


def _edges(n: int, rng: random.Random) -> list[tuple[int, int]]:
    """A connected graph with about 2n edges: a random tree plus n extra chords, no repeats."""
    seen: set[tuple[int, int]] = set()
    edges: list[tuple[int, int]] = []
    for v in range(1, n):
        u = rng.randrange(max(0, v - 50), v)
        seen.add((u, v))
        edges.append((u, v))
    while len(edges) < 2 * n - 1 and n > 2:
        a, b = rng.randrange(n), rng.randrange(n)
        key = (min(a, b), max(a, b))
        if a != b and key not in seen:
            seen.add(key)
            edges.append(key)
    return edges


def generate(n: int, seed: int = 1) -> dict[str, Any]:
    """Return a description with ``n`` nodes (at least 2) as plain data."""
    rng = random.Random(seed)
    n = max(2, n)
    domain_count = max(1, n // 1000)
    domains = [
        {"id": f"d{i}", "kind": "Domain", "domain_kind": "entanglement-network"}
        for i in range(domain_count)
    ]
    nodes = [_node(i, rng, f"d{i * domain_count // n}") for i in range(n)]
    # One router per domain boundary, joining neighbouring domains.
    for i in range(domain_count - 1):
        router = nodes[(i + 1) * n // domain_count]
        router.clear()
        router.update(
            id=f"n{(i + 1) * n // domain_count}",
            kind="QuantumRouter",
            classical_address=f"10.255.{i // 256}.{i % 256}",
            domain=f"d{i + 1}",
            osi_layers=[3],
            joins_domains=[f"d{i}", f"d{i + 1}"],
            delivery_mode="tdm-packet",
            synchronization_source="clock",
            memory={"count": 16, "coherence_time_s": 1.0, "efficiency": 0.9},
        )
    links = []
    channels = []
    for k, (u, v) in enumerate(_edges(n, rng)):
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
    ends = [node["id"] for node in nodes if node["kind"] in ("QKDModule", "QuantumComputer")]
    requests = []
    claims = []
    for k in range(max(1, n // 200)):
        a, b = rng.sample(ends, 2) if len(ends) >= 2 else (nodes[0]["id"], nodes[1]["id"])
        requests.append(
            {
                "id": f"sr{k}",
                "endpoints": [a, b],
                "service": "entanglement",
                "min_entanglement_rate_hz": 1.0,
                "min_fidelity": 0.8,
                "max_setup_time_s": 1.0,
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
    return {
        "id": f"bench-{n}",
        "name": f"Generated benchmark network with {n} nodes",
        "profile": "fully-quantum",
        "control_approach": "y3805-sdn-reuse",
        "domains": domains,
        "nodes": nodes,
        "links": links,
        "classical_channels": channels,
        "management": [
            {
                "id": "sdn",
                "kind": "SDNController",
                "classical_address": "10.254.0.1",
                "control_approach": "y3805-sdn-reuse",
                "serves": [d["id"] for d in domains],
            },
            {
                "id": "clock",
                "kind": "TimingSource",
                "classical_address": "10.254.0.2",
                "sync_precision_s": 1e-9,
                "serves": [d["id"] for d in domains],
            },
        ],
        "service_requests": requests,
        "claims": claims,
    }


def write(data: dict[str, Any], stem: Path) -> tuple[Path, Path]:
    """Write ``stem.yaml`` (block style, as people write it) and ``stem.json``; return both."""
    import yaml

    yaml_path = stem.with_suffix(".yaml")
    json_path = stem.with_suffix(".json")
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with yaml_path.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle, Dumper=dumper, sort_keys=False, default_flow_style=None, width=100)
    with json_path.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1)
    return yaml_path, json_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("nodes", type=int)
    parser.add_argument("--out", type=Path, required=True, help="path stem, without extension")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    for path in write(generate(args.nodes, args.seed), args.out):
        print(f"{path} {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
