"""End devices terminate quantum connectivity and are never used as transit (5, 6 NOTE).

An end device hosts applications; quantum information starts or ends there and is not relayed
through it. A request whose ends are joined only through another end device has no valid path.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.topology import Topology, endpoint_pair, items


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    for request in items(description, "service_requests"):
        pair = endpoint_pair(request)
        if pair is None:
            continue
        a, b = pair
        if a == b or not graphs.is_component(a) or not graphs.is_component(b):
            continue
        if graphs.quantum_connected(a, b) and not graphs.service_connected(a, b):
            yield (
                request.get("id"),
                f"{a} and {b} are joined only through an end device, which cannot relay "
                "quantum information",
                "endpoints",
            )
