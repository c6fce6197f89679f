"""An EID names a pair that can exist: two distinct components joined by quantum links (8.3).

An entangled pair is shared by two components that quantum links connect (through network nodes,
never through an end device); an EID between unconnected or unknown elements names nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.topology import Topology, endpoint_pair, items


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    for eid in items(description, "entanglement_identifiers"):
        pair = endpoint_pair(eid)
        if pair is None:
            continue  # the structure check reports the shape and non-text references
        a, b = pair
        if a == b:
            yield (eid.get("id"), f"EID {eid.get('id')} pairs {a} with itself", "endpoints")
        elif not graphs.is_component(a) or not graphs.is_component(b):
            missing = b if graphs.is_component(a) else a
            yield (
                eid.get("id"),
                f"EID {eid.get('id')} names {missing}, which is not a quantum component",
                "endpoints",
            )
        elif not graphs.service_connected(a, b):
            yield (
                eid.get("id"),
                f"EID {eid.get('id')} pairs {a} and {b}, which no chain of quantum links joins",
                "endpoints",
            )
