"""A quantum switch connects multiple components (3.2.11, 7.2): at least two neighbours.

Degree on the quantum graph; distinct neighbours count, parallel links do not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.topology import Topology


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    for switch in graphs.ids_of_kind(["QuantumSwitch"]):
        degree = graphs.degree(switch)
        if degree < 2:
            yield (
                switch,
                f"switch {switch} has quantum links to {degree} component(s), not several",
            )
