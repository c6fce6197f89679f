"""Verdicts on claims: supported, not supported, or beyond what physics allows.

Why three verdicts and not two: a claim the simulator does not reach may still be a matter of better
hardware than the description states (not supported, a warning), while a claim above the capacity of
every possible protocol over the network, or a set-up faster than light crosses the path, cannot be
met by any hardware (beyond the bound, an error). A figure is supported when the simulated value
meets it within its interval: the interval's upper end for rates and fidelity, its lower end for
set-up time. Claims that cannot be checked (no path, an unknown request, a figure that is not a
number) get a ``QNS-CLAIM-UNVERIFIABLE`` warning naming the reason; nothing here raises.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from qnetspec.claims.results import Estimate, RequestResult, SimulationReport, json_number
from qnetspec.claims.rules import (
    BEYOND_BOUND,
    CLAUSE,
    NOT_SUPPORTED,
    SEVERITIES,
    SUPPORTED,
    TITLES,
    UNVERIFIABLE,
)
from qnetspec.claims.simulate import SimulationOptions, simulate_description
from qnetspec.document import Document, pointer
from qnetspec.findings import Finding, Location

#: Claim figures in the order they are judged, with the words and unit used in messages.
FIGURES: dict[str, tuple[str, str]] = {
    "entanglement_rate_hz": ("entanglement rate", "pairs/s"),
    "fidelity": ("fidelity", ""),
    "secret_key_rate_bps": ("secret-key rate", "bit/s"),
    "setup_time_s": ("set-up time", "s"),
}
_REL = 1e-9  # equal within rounding counts as meeting a figure


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def verify_claims(
    document: Document, *, options: SimulationOptions | None = None
) -> tuple[list[Finding], SimulationReport]:
    """Judge every figure of every claim; the report covers the requests the claims refer to."""
    data = document.data if isinstance(document.data, dict) else {}
    claims = _list(data.get("claims"))
    request_ids = {
        r.get("id")
        for r in _list(data.get("service_requests"))
        if isinstance(r, dict) and isinstance(r.get("id"), str)
    }
    wanted = {
        c["service_request"]
        for c in claims
        if isinstance(c, dict)
        and isinstance(c.get("service_request"), str)
        and c["service_request"] in request_ids
    }
    report = simulate_description(data, options, request_ids=wanted)
    findings: list[Finding] = []
    for index, claim in enumerate(claims):
        findings.extend(_judge_claim(document, index, claim, report, request_ids))
    return findings, report


def _locate(document: Document, ptr: str) -> Location:
    try:
        return document.locate(ptr)
    except Exception:  # a locator bug must not hide the verdict
        return Location(document.path, pointer=ptr)


def _finding(
    document: Document, ptr: str, rule: str, message: str, properties: dict[str, Any]
) -> Finding:
    return Finding(
        rule_id=rule,
        severity=SEVERITIES[rule],
        message=message,
        location=_locate(document, ptr),
        clause=CLAUSE,
        title=TITLES[rule],
        properties=properties,
    )


def _judge_claim(
    document: Document,
    index: int,
    claim: Any,
    report: SimulationReport,
    request_ids: set[Any],
) -> list[Finding]:
    if not isinstance(claim, dict):
        return [
            _finding(
                document,
                pointer("claims", index),
                UNVERIFIABLE,
                f"claims[{index}] is not a mapping of figures",
                {},
            )
        ]
    cid = claim.get("id") if isinstance(claim.get("id"), str) else f"claims[{index}]"
    request = claim.get("service_request")
    base: dict[str, Any] = {"claim": cid, "service_request": str(request)}
    if not isinstance(request, str) or request not in request_ids:
        return [
            _finding(
                document,
                pointer("claims", index, "service_request"),
                UNVERIFIABLE,
                f"claim {cid} refers to service request {request!r}, which the description does "
                "not define, so there is nothing to simulate",
                base,
            )
        ]
    result = report.get(request)
    if result is None or result.problem:
        reason = result.problem if result else "it was not simulated"
        return [
            _finding(
                document,
                pointer("claims", index, "service_request"),
                UNVERIFIABLE,
                f"claim {cid} cannot be checked: {reason}",
                {**base, "reason": reason},
            )
        ]
    findings = []
    for figure in FIGURES:
        if figure not in claim:
            continue
        ptr = pointer("claims", index, figure)
        raw = claim[figure]
        claimed = raw if isinstance(raw, int | float) and not isinstance(raw, bool) else None
        if claimed is None or not math.isfinite(claimed) or claimed < 0:
            findings.append(
                _finding(
                    document,
                    ptr,
                    UNVERIFIABLE,
                    f"claim {cid}: {FIGURES[figure][0]} {raw!r} is not a non-negative number",
                    {**base, "figure": figure, "claimed": str(raw)},
                )
            )
            continue
        rule, message, extra = JUDGES[figure](cid, float(claimed), result)
        properties = {**base, **_facts(figure, float(claimed), result), **extra}
        findings.append(_finding(document, ptr, rule, message, properties))
    return findings


# -- the four figures ---------------------------------------------------------------------------


def _where(result: RequestResult) -> str:
    return f"on path {result.path_label} ({result.regime}; {result.engine})"


def _sim_text(estimate: Estimate, unit: str) -> str:
    if not estimate.available:
        return f"gives none ({estimate.note})" if estimate.note else "gives none"
    value, low, high = estimate.triple()
    u = f" {unit}" if unit else ""
    why = f" ({estimate.note})" if estimate.note and value == 0.0 else ""
    if low == high:
        return f"gives {value:.4g}{u}{why}"
    return f"gives {value:.4g}{u} (interval {low:.4g} to {high:.4g}){why}"


def _assumption_tail(result: RequestResult) -> str:
    n = len(result.assumptions)
    return f"; {n} assumption{'s' if n != 1 else ''} listed in the simulation report" if n else ""


def _rate_like(
    cid: str, claimed: float, result: RequestResult, figure: str, estimate: Estimate
) -> tuple[str, str, dict[str, Any]]:
    words, unit = FIGURES[figure]
    a, b = result.endpoints or ("?", "?")
    head = f"claim {cid}: {words} {claimed:.4g} {unit} between {a} and {b}"
    bounds = result.bounds
    if (
        bounds is not None
        and math.isfinite(bounds.best_per_s)
        and claimed > bounds.best_per_s * (1 + _REL)
    ):
        kind = "ebit/s" if figure == "entanglement_rate_hz" else "secret bit/s"
        message = (
            f"{head} is beyond the physical bound: at most {bounds.path_per_s:.4g} {kind} over "
            f"path {result.path_label} (repeater-assisted PLOB, bottleneck "
            f"{bounds.path_bottleneck} with transmissivity {bounds.path_bottleneck_eta:.4g}) and "
            f"{bounds.network_per_s:.4g} {kind} over the whole network (flooding capacity), at "
            f"{bounds.channel_use_rate_hz:.4g} channel uses/s ({bounds.rate_source})"
        )
        return BEYOND_BOUND, message, {"bound_per_s": json_number(bounds.best_per_s)}
    if estimate.available and claimed <= estimate.triple()[2] * (1 + _REL):
        message = (
            f"{head} is supported: the simulation {_sim_text(estimate, unit)} {_where(result)}"
        )
        return SUPPORTED, message, {}
    message = (
        f"{head} is not supported: the simulation {_sim_text(estimate, unit)} {_where(result)}"
        f"{_assumption_tail(result)}"
    )
    return NOT_SUPPORTED, message, {}


def _judge_rate(cid: str, claimed: float, result: RequestResult) -> tuple[str, str, dict]:
    return _rate_like(cid, claimed, result, "entanglement_rate_hz", result.entanglement_rate)


def _judge_key(cid: str, claimed: float, result: RequestResult) -> tuple[str, str, dict]:
    return _rate_like(cid, claimed, result, "secret_key_rate_bps", result.key_rate)


def _judge_fidelity(cid: str, claimed: float, result: RequestResult) -> tuple[str, str, dict]:
    a, b = result.endpoints or ("?", "?")
    head = f"claim {cid}: fidelity {claimed:.4g} between {a} and {b}"
    if claimed > 1.0:
        return BEYOND_BOUND, f"{head} is beyond the physical bound: a fidelity cannot exceed 1", {}
    estimate = result.fidelity
    if estimate.available and claimed <= estimate.triple()[2] * (1 + _REL):
        return (
            SUPPORTED,
            f"{head} is supported: the simulation {_sim_text(estimate, '')} {_where(result)}",
            {},
        )
    return (
        NOT_SUPPORTED,
        (
            f"{head} is not supported: the simulation {_sim_text(estimate, '')} {_where(result)}"
            f"{_assumption_tail(result)}"
        ),
        {},
    )


def _judge_setup(cid: str, claimed: float, result: RequestResult) -> tuple[str, str, dict]:
    a, b = result.endpoints or ("?", "?")
    head = f"claim {cid}: set-up time {claimed:.4g} s between {a} and {b}"
    bounds = result.bounds
    if bounds is not None and claimed < bounds.light_time_s * (1 - _REL):
        return (
            BEYOND_BOUND,
            (
                f"{head} is beyond the physical bound: light alone needs "
                f"{bounds.light_time_s:.4g} s to cross path {result.path_label}"
            ),
            {"bound_s": json_number(bounds.light_time_s)},
        )
    estimate = result.setup_time
    basis = f" ({result.setup_basis})" if result.setup_basis else ""
    if estimate.available and estimate.triple()[1] <= claimed * (1 + _REL):
        return (
            SUPPORTED,
            (
                f"{head} is supported: the simulation {_sim_text(estimate, 's')}{basis} "
                f"{_where(result)}"
            ),
            {},
        )
    return (
        NOT_SUPPORTED,
        (
            f"{head} is not supported: the simulation {_sim_text(estimate, 's')}{basis} "
            f"{_where(result)}{_assumption_tail(result)}"
        ),
        {},
    )


JUDGES: dict[str, Callable[[str, float, RequestResult], tuple[str, str, dict]]] = {
    "entanglement_rate_hz": _judge_rate,
    "fidelity": _judge_fidelity,
    "secret_key_rate_bps": _judge_key,
    "setup_time_s": _judge_setup,
}

_ESTIMATES: dict[str, Callable[[RequestResult], Estimate]] = {
    "entanglement_rate_hz": lambda r: r.entanglement_rate,
    "fidelity": lambda r: r.fidelity,
    "secret_key_rate_bps": lambda r: r.key_rate,
    "setup_time_s": lambda r: r.setup_time,
}


def _facts(figure: str, claimed: float, result: RequestResult) -> dict[str, Any]:
    """Machine-readable facts behind a verdict, for JSON and SARIF."""
    estimate = _ESTIMATES[figure](result)
    value, low, high = estimate.triple()
    facts: dict[str, Any] = {
        "figure": figure,
        "claimed": claimed,
        "simulated": json_number(value),
        "interval": [json_number(low), json_number(high)],
        "unit": estimate.unit,
        "path": list(result.route.nodes) if result.route else [],
        "regime": result.regime,
        "engine": result.engine,
        "assumptions": list(result.assumptions),
    }
    if estimate.note:
        facts["note"] = estimate.note
    if result.bounds is not None:
        facts["bounds"] = result.bounds.to_dict()
    return facts
