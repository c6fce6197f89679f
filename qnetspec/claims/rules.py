"""The rules the claims stage reports under, as the reports list them.

Why a module of its own, free of numpy: ``qnetspec check`` lists every rule it can raise (for SARIF
and the rule table) even with ``--no-simulate``, so it must be able to name these without importing
the simulator.
"""

from __future__ import annotations

from qnetspec.findings import Severity
from qnetspec.report.model import RuleInfo

SUPPORTED = "QNS-CLAIM-SUPPORTED"
NOT_SUPPORTED = "QNS-CLAIM-NOT-SUPPORTED"
BEYOND_BOUND = "QNS-CLAIM-BEYOND-BOUND"
UNVERIFIABLE = "QNS-CLAIM-UNVERIFIABLE"
CLAUSE = "8.2.1"

TITLES = {
    SUPPORTED: "The reference simulation supports the claimed figure",
    NOT_SUPPORTED: "The reference simulation does not reach the claimed figure",
    BEYOND_BOUND: "The claimed figure is beyond a physical bound",
    UNVERIFIABLE: "The claim cannot be checked against the reference simulation",
}
SEVERITIES = {
    SUPPORTED: Severity.INFO,
    NOT_SUPPORTED: Severity.WARNING,
    BEYOND_BOUND: Severity.ERROR,
    UNVERIFIABLE: Severity.WARNING,
}
RATIONALES = {
    SUPPORTED: (
        "The service request's path, simulated from its declared hardware (with stated defaults), "
        "meets the claimed figure within the simulation's interval."
    ),
    NOT_SUPPORTED: (
        "The simulated value falls short of the claim; better hardware than the description "
        "states might close the gap, so the message gives the value, its interval and the "
        "assumptions behind it."
    ),
    BEYOND_BOUND: (
        "No protocol can meet the claim: a rate above the repeater-assisted PLOB capacity of the "
        "path and the flooding capacity of the network (Pirandola 2019), a set-up faster than "
        "light crosses the path, or a fidelity above 1."
    ),
    UNVERIFIABLE: (
        "The claim names no known service request, its request has no quantum path that avoids "
        "relaying through end devices, or a figure is not a non-negative number."
    ),
}

#: The claims stage's rules, in the form the reports list them.
CLAIM_RULES: tuple[RuleInfo, ...] = tuple(
    RuleInfo(rule, CLAUSE, SEVERITIES[rule], TITLES[rule], RATIONALES[rule])
    for rule in (SUPPORTED, NOT_SUPPORTED, BEYOND_BOUND, UNVERIFIABLE)
)
