"""Service requests join quantum end devices (8.2.1, 6).

A quantum service is delivered to applications, which run on end devices; follows each request's
endpoints to the elements they name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.topology import END_DEVICE_KINDS, Topology, items


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    for request in items(description, "service_requests"):
        ends = request.get("endpoints") if isinstance(request, dict) else None
        named = [e for e in ends if isinstance(e, str)] if isinstance(ends, list) else []
        for node in dict.fromkeys(named):
            kind = graphs.kind(node) if isinstance(node, str) else None
            if kind is not None and kind not in END_DEVICE_KINDS:
                yield (
                    request.get("id"),
                    f"service request {request.get('id')} ends at {node}, a {kind}, not a "
                    "quantum end device",
                    "endpoints",
                )
