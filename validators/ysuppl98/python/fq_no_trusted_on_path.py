"""A fully quantum profile has no trusted node on any service path (9.1).

Fully quantum networking keeps information in quantum form at every intermediate node, so no node
on a path has to be trusted. A trusted node on the path of a request means that request is still
served by trusted relaying, whatever the description declares.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.topology import Topology, endpoint_pair, items


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    if not any(attributes["trusted"] for attributes in graphs.components.values()):
        return  # no trusted node anywhere: no path to compute
    for request in items(description, "service_requests"):
        pair = endpoint_pair(request)
        if pair is None:
            continue
        path = graphs.service_path(*pair)
        trusted = [n for n in (path or [])[1:-1] if graphs.is_trusted(n)]
        if trusted:
            yield (
                request.get("id"),
                f"the path {' - '.join(path)} relays through trusted node(s) "
                f"{', '.join(trusted)}: not fully quantum",
            )
