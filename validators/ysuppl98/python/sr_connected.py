"""A service request's end devices are joined by quantum links (8.2.1).

Common control allocates resources and routes along the quantum network; a request between
components that no chain of quantum links joins (or that are not components at all) cannot be
served.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.topology import Topology, endpoint_pair, items


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    for request in items(description, "service_requests"):
        pair = endpoint_pair(request)
        if pair is None:
            continue  # the structure check reports the shape and non-text references
        a, b = pair
        unknown = [e for e in pair if not graphs.is_component(e)]
        if unknown:
            yield (
                request.get("id"),
                f"{unknown[0]} is not a quantum component of the description",
                "endpoints",
            )
        elif a == b:
            yield (request.get("id"), f"asks for service between {a} and itself", "endpoints")
        elif not graphs.quantum_connected(a, b):
            yield (
                request.get("id"),
                f"no chain of quantum links joins {a} and {b}",
                "endpoints",
            )
