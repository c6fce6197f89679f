"""Purification where a service asks for more fidelity than its links deliver (7.1, 7.2.1, I.6).

Entanglement swapping never raises fidelity: the end-to-end pair is at best as good as the weakest
elementary pair on the path. When a request's ``min_fidelity`` exceeds the fidelity of an
entanglement source on its path, some node on the path has to purify, or the target is out of reach.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.topology import Topology, endpoint_pair, items


def _fidelity(element: Any) -> float | None:
    source = element.get("entanglement_source") if isinstance(element, dict) else None
    value = source.get("fidelity") if isinstance(source, dict) else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    links = {
        link["id"]: link for link in items(description, "links") if isinstance(link.get("id"), str)
    }
    nodes = items(description, "nodes")
    if not any(_fidelity(e) is not None for e in [*nodes, *links.values()]):
        return  # nothing states a pair fidelity: nothing to compare with
    requests = [
        r
        for r in items(description, "service_requests")
        if isinstance(r.get("min_fidelity"), int | float)
        and not isinstance(r["min_fidelity"], bool)
    ]
    for request in requests:
        pair = endpoint_pair(request)
        path = graphs.service_path(*pair) if pair is not None else None
        if not path:
            continue
        sources = [(n, _fidelity(graphs.elements.get(n))) for n in path]
        for hop in graphs.path_links(path):
            for lid in hop.get("links", []):
                if isinstance(lid, str):
                    sources.append((lid, _fidelity(links.get(lid))))
        stated = [(where, f) for where, f in sources if f is not None]
        if not stated:
            continue
        where, weakest = min(stated, key=lambda item: item[1])
        purifies = any((graphs.elements.get(n) or {}).get("purification") for n in path)
        if weakest < request["min_fidelity"] and not purifies:
            yield (
                request.get("id"),
                f"asks for fidelity {request['min_fidelity']} but the pairs from {where} have "
                f"{weakest} and no node on the path purifies: swapping cannot raise fidelity",
                "min_fidelity",
            )
