"""Claims: does physics allow what a description says its service requests achieve?

Each service request is routed over the quantum topology (:mod:`.routing`), its path's declared
hardware is mapped to reference_sim inputs with stated defaults (:mod:`.media`, :mod:`.hardware`,
:mod:`.elementary`), the path's regime is simulated (:mod:`.segments`, :mod:`.sections`,
:mod:`.chain_models`, :mod:`.qkd_models`), bounded (:mod:`.bounds`), and every claimed figure gets a
verdict (:mod:`.verdicts`).

Importing this package is cheap: the rule table (:mod:`.rules`) is loaded at once, everything that
needs numpy, networkx or reference_sim only when first used (PEP 562), so ``qnetspec check
--no-simulate`` can list the claim rules without loading the simulator.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from qnetspec.claims.rules import (
    BEYOND_BOUND,
    CLAIM_RULES,
    CLAUSE,
    NOT_SUPPORTED,
    SUPPORTED,
    UNVERIFIABLE,
)

if TYPE_CHECKING:
    from qnetspec.claims.results import Bounds, Estimate, RequestResult, SimulationReport
    from qnetspec.claims.simulate import SimulationOptions, simulate_description
    from qnetspec.claims.verdicts import verify_claims

_LAZY = {
    "Bounds": "qnetspec.claims.results",
    "Estimate": "qnetspec.claims.results",
    "RequestResult": "qnetspec.claims.results",
    "SimulationReport": "qnetspec.claims.results",
    "SimulationOptions": "qnetspec.claims.simulate",
    "simulate_description": "qnetspec.claims.simulate",
    "verify_claims": "qnetspec.claims.verdicts",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BEYOND_BOUND",
    "CLAIM_RULES",
    "CLAUSE",
    "NOT_SUPPORTED",
    "SUPPORTED",
    "UNVERIFIABLE",
    "Bounds",
    "Estimate",
    "RequestResult",
    "SimulationOptions",
    "SimulationReport",
    "simulate_description",
    "verify_claims",
]
