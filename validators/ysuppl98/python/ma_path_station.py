"""A measurement-assisted profile serves every request through an untrusted station (9.1, 6.1).

Measurement-assisted relaying extends QKD with MDI-QKD or TF-QKD: the middle of the link is an
untrusted measurement station, and no node is trusted. A request whose path has a trusted node, or
no measurement station at all, is served some other way.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.conformance.stage import Stage, classify_requests
from qnetspec.topology import Topology


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    for verdict in classify_requests(graphs):
        if verdict.stage is None or verdict.stage is Stage.MEASUREMENT_ASSISTED:
            continue  # unconnected requests are YS98-SR-CONNECTED's
        yield (
            verdict.service_request,
            f"not measurement-assisted: {verdict.reason}",
        )
