"""Every quantum link has classical signalling between its ends (Y Suppl. 98 8.1, 8.3).

A graph rule: the ends may talk over a direct classical channel or over any path of channels, so
this is a connectivity question on the classical graph, answered from its connected components.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.topology import Topology, items


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    components = graphs.components
    labels = graphs.classical_labels()  # the question is asked per link: 20k times at 10k nodes
    for link in items(description, "links"):
        ends = link.get("endpoints")
        if type(ends) is not list or len(ends) != 2:
            continue
        a, b = ends
        if type(a) is not str or type(b) is not str or a == b:
            continue
        if a not in components or b not in components:
            continue
        label = labels.get(a)
        if label is None or label != labels.get(b):
            yield (
                link.get("id"),
                f"no classical channel, direct or over other elements, joins {a} and {b}: "
                "heralding, swapping results and set-up signalling need one",
            )
