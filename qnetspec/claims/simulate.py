"""Running the reference simulator for a description's service requests.

Why a driver of its own: routing, mapping, regimes and bounds are separate jobs, and this module is
the one place that strings them together for one request and decides what the request-level numbers
are (a trusted-relay path delivers the slowest hop's key and no entanglement; a set-up time counts
the time to the first delivery plus a request and an answer across the path). It never raises on a
description: anything it cannot model becomes the request's ``problem``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from qnetspec.claims.bounds import compute_bounds
from qnetspec.claims.chain_models import EngineArgs
from qnetspec.claims.defaults import Assumptions
from qnetspec.claims.network import Network
from qnetspec.claims.results import Estimate, RequestResult, SectionResult, SimulationReport
from qnetspec.claims.routing import NoRoute, route
from qnetspec.claims.sections import evaluate_section
from qnetspec.claims.segments import TRUSTED, split_path

NO_ENTANGLEMENT = "trusted relays measure and resend: no entanglement crosses them"


@dataclass(frozen=True)
class SimulationOptions:
    """How to run the engines: seed, deliveries, interval confidence, route candidates shown."""

    seed: int = 1
    n_deliveries: int = 5_000
    confidence: float = 0.95
    max_candidates: int = 5


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def simulate_description(
    data: Any, options: SimulationOptions | None = None, request_ids: Iterable[str] | None = None
) -> SimulationReport:
    """Simulate the description's service requests (only ``request_ids`` if given), in order."""
    options = options or SimulationOptions()
    wanted = set(request_ids) if request_ids is not None else None
    description = data if isinstance(data, dict) else {}
    network = Network.build(description)
    results = []
    for index, request in enumerate(_list(description.get("service_requests"))):
        ident = _request_id(request, index)
        if wanted is not None and ident not in wanted:
            continue
        results.append(simulate_request(network, request, index, options))
    return SimulationReport(results, options.seed, options.n_deliveries, options.confidence)


def _request_id(request: Any, index: int) -> str:
    ident = request.get("id") if isinstance(request, dict) else None
    return ident if isinstance(ident, str) and ident else f"service_requests[{index}]"


def simulate_request(
    network: Network, request: Any, index: int, options: SimulationOptions
) -> RequestResult:
    """Route one request and run its path's model; problems become ``result.problem``."""
    ident = _request_id(request, index)
    body = request if isinstance(request, dict) else {}
    ends = body.get("endpoints")
    service = body.get("service") if isinstance(body.get("service"), str) else None
    if not (isinstance(ends, list) and len(ends) == 2):
        return RequestResult(
            ident, index, None, service, problem=f"request {ident} does not name two endpoints"
        )
    result = RequestResult(ident, index, (str(ends[0]), str(ends[1])), service)
    found = route(network, ends[0], ends[1], options.max_candidates)
    if isinstance(found, NoRoute):
        result.problem = found.message
        return result
    result.route = found
    try:
        _model(network, result, options)
    except Exception as exc:  # the report must survive a description the model cannot handle
        result.problem = f"the path could not be modelled ({type(exc).__name__}: {exc})"
    return result


def _model(network: Network, result: RequestResult, options: SimulationOptions) -> None:
    assert result.route is not None and result.endpoints is not None
    path = result.route
    log = Assumptions()
    for link in path.links:
        log.extend(link.assumptions)
    sections = split_path(network, path.nodes, path.links)
    a, b = path.nodes[0], path.nodes[-1]
    words = " ".join(network.hardware(n, log).qkd_protocol_words() for n in (a, b)).strip()
    single = len(sections) == 1
    engine = EngineArgs(options.seed, options.n_deliveries, options.confidence)
    evaluated: list[SectionResult] = [
        evaluate_section(
            section,
            network,
            words,
            log,
            entanglement=single,
            engine=engine,
        )
        for section in sections
    ]
    result.sections = evaluated
    if single:
        only = evaluated[0]
        result.regime = only.regime
        result.entanglement_rate = only.entanglement_rate
        result.fidelity = only.fidelity
        result.key_rate = only.key_rate
        result.engine = only.engine
    else:
        result.regime = TRUSTED
        result.entanglement_rate = Estimate.point(0.0, "Hz", NO_ENTANGLEMENT)
        result.fidelity = Estimate.missing("", NO_ENTANGLEMENT)
        result.key_rate = _bottleneck(evaluated)
        result.engine = "; ".join(dict.fromkeys(s.engine for s in evaluated))
        log.note("trusted relays: end-to-end key is the slowest hop's key (one-time-pad relaying)")
    _setup(result, evaluated, single)
    channels = [c for s in evaluated for c in s.channels]
    clock = max(s.clock_hz for s in evaluated)
    said = log.as_list()
    assumed = any(
        t.startswith(("repetition rate not given", "QKD pulse rate not given")) for t in said
    )
    source = (
        "the highest source clock the path's models use, one of them assumed by default"
        if assumed
        else "the highest declared source clock on the path"
    )
    result.bounds = compute_bounds(network, a, b, path.links, channels, clock, source)
    result.assumptions = said


def _bottleneck(sections: list[SectionResult]) -> Estimate:
    """The slowest section's key: every relayed key bit uses one key bit on each hop."""
    keys = [s.key_rate for s in sections]
    if not all(k.available for k in keys):
        return Estimate.missing("bit/s", "a hop's key rate is unknown")
    triples = [k.triple() for k in keys]
    worst = min(range(len(triples)), key=lambda i: triples[i][0])
    text = f"bottleneck: {'-'.join(sections[worst].nodes)}"
    return Estimate(
        min(t[0] for t in triples),
        min(t[1] for t in triples),
        min(t[2] for t in triples),
        "bit/s",
        text,
    )


def _setup(result: RequestResult, sections: list[SectionResult], single: bool) -> None:
    """Time to the first delivery plus a request and its answer across the path (fibre speed)."""
    assert result.route is not None
    signalling = 2.0 * sum(link.delay_s for link in result.route.links)
    pair_rate = result.entanglement_rate.value or 0.0
    key_rate = result.key_rate.value or 0.0
    wants_key = result.service == "key" or not single or (pair_rate <= 0.0 < key_rate)
    if wants_key:
        result.setup_basis = "first secret bit, plus a request and its answer across the path"
        if key_rate <= 0.0:
            result.setup_time = Estimate.missing("s", "the path yields no key")
            return
        value, low, high = result.key_rate.triple()
        slowest = 1.0 / low if low > 0.0 else float("inf")
        result.setup_time = Estimate.interval(
            1.0 / value + signalling, 1.0 / high + signalling, slowest + signalling, "s"
        )
        return
    result.setup_basis = "first end-to-end pair from empty memories, plus a request and its answer"
    first = sections[0].first_pair_s
    if not first.available:
        result.setup_time = Estimate.missing("s", first.note or "the path delivers no pairs")
        return
    value, low, high = first.triple()
    result.setup_time = Estimate.interval(
        value + signalling, low + signalling, high + signalling, "s"
    )
