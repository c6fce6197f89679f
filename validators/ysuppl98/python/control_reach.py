"""Quantum network nodes reach a controller or management system classically (8.1, 8.2.1).

Repeaters, switches and routers are configured and their paths set up by control and management
functions that run over the conventional network; a node that no such element can reach over
classical channels cannot be operated. Only checked when the description has such an element (the
rules YS98-SDN-CONTROLLER and YS98-MANAGEMENT-SYSTEM report their absence).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.topology import QUANTUM_NODE_KINDS, Topology

CONTROL_KINDS = ("SDNController", "ManagementSystem")


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    controllers = graphs.ids_of_kind(CONTROL_KINDS)
    if not controllers:
        return
    labels = graphs.classical_labels()
    reachable = {labels[c] for c in controllers if c in labels}
    for node in graphs.ids_of_kind(QUANTUM_NODE_KINDS):
        if labels.get(node) not in reachable:
            yield (
                node,
                f"{node} has no classical path to a controller or management system "
                f"({', '.join(controllers)}): it cannot be configured or have paths set up",
            )
