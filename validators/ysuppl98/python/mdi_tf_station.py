"""An MDI/TF-QKD module's links have a measurement station in the middle (6.1, 9.1).

Applies to QKD modules whose protocol families are all measurement-assisted ones (MDI, TF): each of
their quantum links names a midpoint station or leads to a MeasurementStation node.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.conformance.stage import MEASUREMENT_FAMILIES
from qnetspec.topology import Topology, items


def _mdi_tf_only(element: dict) -> bool:
    families = element.get("qkd_protocol_families")
    return (
        element.get("kind") == "QKDModule"
        and isinstance(families, list)
        and bool(families)
        and all(isinstance(f, str) and f in MEASUREMENT_FAMILIES for f in families)
    )


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    modules = {i for i, e in graphs.elements.items() if _mdi_tf_only(e)}
    if not modules:
        return
    for link in items(description, "links"):
        ends = link.get("endpoints") if isinstance(link, dict) else None
        if not isinstance(ends, list) or len(ends) != 2 or link.get("midpoint_station"):
            continue
        bare = [
            module
            for module, peer in ((ends[0], ends[1]), (ends[1], ends[0]))
            if module in modules and graphs.kind(peer) != "MeasurementStation"
        ]
        if bare:
            yield (
                link.get("id"),
                f"link {link.get('id')} of MDI/TF module(s) {', '.join(bare)} has no measurement "
                "station in the middle",
            )
