"""Quantum links between domains end at a router (Y Suppl. 98 7.3 NOTE 2, 3.2.8).

Switches handle quantum information within one network, routers between networks. An adjacency
question over the quantum graph: in SPARQL it would need every endpoints triple of every link and
channel in the store, and was measured at 0.6 s for 10k nodes; here it is one pass over the edges.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.topology import Topology


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    for a, b, data in graphs.joined_pairs():
        ea, eb = graphs.elements[a], graphs.elements[b]
        da, db = ea.get("domain"), eb.get("domain")
        if not (isinstance(da, str) and isinstance(db, str)) or da == db:
            continue
        if "QuantumRouter" in (ea.get("kind"), eb.get("kind")):
            continue
        for link in data["links"]:
            yield (
                link,
                f"link {link} joins {a} ({da}) and {b} ({db}) across domains without a router",
            )
