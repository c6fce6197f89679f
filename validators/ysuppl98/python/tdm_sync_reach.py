"""A TDM router's timing source reaches it over the classical network (7.3.1, 8.1).

Time slots only line up if every node gets the same clock; the Supplement has the conventional
network distribute it. Naming a timing source is not enough: a path of classical channels must join
the router and the source.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.topology import Topology


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    for ident, element in graphs.elements.items():
        if element.get("delivery_mode") != "tdm-packet" or not graphs.is_component(ident):
            continue
        clock = element.get("synchronization_source")
        if not isinstance(clock, str) or graphs.kind(clock) != "TimingSource":
            continue  # YS98-TDM-SYNC-SOURCE reports a missing or wrong source
        if not graphs.classically_connected(ident, clock):
            yield (
                ident,
                f"timing source {clock} has no classical path to {ident}: its TDM time slots "
                "cannot be synchronised",
                "synchronization_source",
            )
