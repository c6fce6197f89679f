"""A quantum switch has a choice of ports (7.2, 7.2.1): three or more neighbours.

With exactly two neighbours only one connection is possible, so nothing is switched: that node
repeats. Distinct neighbours on the quantum graph count.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.topology import Topology


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    for switch in graphs.ids_of_kind(["QuantumSwitch"]):
        if graphs.degree(switch) == 2:
            yield (
                switch,
                f"switch {switch} has only two neighbours: nothing to switch between (a repeater?)",
            )
