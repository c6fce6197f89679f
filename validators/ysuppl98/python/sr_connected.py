"""A service request's end devices are joined by quantum links (8.2.1).

Common control allocates resources and routes along the quantum network; a request between
components that no chain of quantum links joins (or that are not components at all) cannot be
served.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.topology import Topology, items


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    for request in items(description, "service_requests"):
        ends = request.get("endpoints") if isinstance(request, dict) else None
        if not isinstance(ends, list) or len(ends) != 2:
            continue
        a, b = ends
        if not (isinstance(a, str) and isinstance(b, str)):
            continue  # the structure check reports non-text references
        unknown = [e for e in ends if not graphs.is_component(e)]
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
