"""A hybrid profile mixes migration stages across its service paths (9.2, 10.3.1).

A network in migration serves some requests by trusted or measurement-assisted relaying and others
fully quantum. A description that declares hybrid while every path is in one stage should declare
that stage, so that the rules meant for it apply.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qnetspec.conformance.stage import Stage, classify
from qnetspec.topology import Topology


def check(description: dict, graphs: Topology) -> Iterator[tuple[Any, str]]:
    report = classify(description, graphs)
    if report.stage is Stage.HYBRID:
        return
    if report.stage is None:
        yield (None, f"declares hybrid but no stage can be told: {report.reason}", "profile")
        return
    yield (
        None,
        f"declares hybrid but is {report.stage.value} throughout ({report.reason}); "
        f"declare profile {report.stage.value}",
        "profile",
    )
