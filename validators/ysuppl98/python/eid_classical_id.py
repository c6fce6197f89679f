"""EIDs come on top of classical identifiers (8.3, 8.1): both ends keep a classical address.

Follows each EID's endpoints to the elements they name (a join over references, kept in Python so
that the store need not hold the endpoints of every link and channel).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.topology import Topology, items


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    for eid in items(description, "entanglement_identifiers"):
        ends = eid.get("endpoints") if isinstance(eid, dict) else None
        named = [e for e in ends if isinstance(e, str)] if isinstance(ends, list) else []
        for node in dict.fromkeys(named):
            element = graphs.elements.get(node) if isinstance(node, str) else None
            if element is None:
                continue  # YS98-EID-PAIR-EXISTS reports unknown ends
            address = element.get("classical_address")
            if not (isinstance(address, str) and address.strip()):
                yield (
                    eid.get("id"),
                    f"EID {eid.get('id')} pairs {node}, which has no classical address",
                    "endpoints",
                )
