"""Facts analysts ask about that a description does not state: service paths and claim verdicts.

Why materialise them: SPARQL cannot run a shortest-path search or the reference simulator, but
"which trusted nodes does this service cross?" and "which claims failed?" are exactly what an
analyst asks the knowledge graph. So the path each service request takes (the same one the checker
uses, :meth:`qnetspec.topology.Topology.service_path`) and each claim's verdict are written as
triples, in a graph of their own beside the description's (see :mod:`qnetspec.kg_store`).

Vocabulary (namespace ``qn:`` = ``https://w3id.org/qnetspec/``), subjects are element IRIs:

- ``<request> qn:path_found true|false``; when found, ``qn:path_hop_count`` (links on the path),
  ``qn:path_length_km`` (when every hop states a length), ``qn:routed_via <node>`` for each
  intermediate node and ``qn:routed_over <link>`` for each link;
- ``<claim> qn:verdict`` "supported" | "not-supported" | "beyond-bound" | "unverifiable": the worst
  verdict over the claim's figures; and for each judged figure ``<claim> qn:judgement <j>`` with
  ``<j> = <claim IRI>/verdict/<figure>``, typed ``qn:FigureVerdict``, carrying ``qn:figure`` (the
  claim's slot, e.g. ``entanglement_rate_hz``), ``qn:verdict``, ``qn:verdict_rule`` (the finding's
  rule id), ``qn:verdict_message``, ``qn:claimed``, ``qn:simulated`` with ``qn:simulated_low`` /
  ``qn:simulated_high`` (its interval), ``qn:bound`` (the physical bound, when one applies; ``INF``
  when unbounded), ``qn:unit``, ``qn:regime`` and ``qn:engine`` (how it was simulated).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from qnetspec.description_rdf import QN, RDF_TYPE, XSD, element_iri

VERDICT_RULES = {
    "QNS-CLAIM-SUPPORTED": "supported",
    "QNS-CLAIM-NOT-SUPPORTED": "not-supported",
    "QNS-CLAIM-BEYOND-BOUND": "beyond-bound",
    "QNS-CLAIM-UNVERIFIABLE": "unverifiable",
}
# A claim is as good as its worst figure.
_SEVERITY = {"supported": 0, "unverifiable": 1, "not-supported": 2, "beyond-bound": 3}
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


@dataclass(frozen=True)
class Verdict:
    """The verdict on one figure of one claim (``figure`` None: the claim as a whole could not be
    judged), with the figures the claims stage reported."""

    claim_id: str
    verdict: str
    rule_id: str
    figure: str | None = None
    message: str = ""
    claimed: float | None = None
    simulated: float | None = None
    simulated_low: float | None = None
    simulated_high: float | None = None
    bound: float | None = None
    unit: str | None = None
    regime: str | None = None
    engine: str | None = None


def _iri(term: str) -> str:
    return f"<{term}>"


def _string(text: str) -> str:
    return '"' + text.translate(_ESCAPES) + '"'


def _number(value: float | int | bool | str) -> str | None:
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"^^<{XSD}boolean>'
    if isinstance(value, int):
        return f'"{value}"^^<{XSD}integer>'
    if isinstance(value, float):
        if math.isnan(value):
            return f'"NaN"^^<{XSD}double>'
        if math.isinf(value):
            return f'"{"INF" if value > 0 else "-INF"}"^^<{XSD}double>'
        return f'"{value!r}"^^<{XSD}double>'
    if isinstance(value, str):
        return _string(value)
    return None


def _ids(items: Any) -> list[dict]:
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def service_path_ntriples(data: dict) -> list[str]:
    """N-Triples lines for the path of every service request with two known endpoints."""
    from qnetspec.topology import Topology

    requests = [
        r
        for r in _ids(data.get("service_requests"))
        if isinstance(r.get("id"), str | int)
        and isinstance(r.get("endpoints"), list)
        and len(r["endpoints"]) == 2
        and all(isinstance(e, str) for e in r["endpoints"])
    ]
    if not requests:
        return []
    topology = Topology.build(data)
    paths = topology.service_paths([tuple(r["endpoints"]) for r in requests])
    ident = data.get("id")
    lines: list[str] = []
    for request in requests:
        subject = _iri(element_iri(ident, request["id"]))
        path = paths.get(tuple(request["endpoints"]))
        lines.append(f"{subject} <{QN}path_found> {_number(path is not None)} .\n")
        if path is None:
            continue
        hops = topology.path_links(path)
        lines.append(f"{subject} <{QN}path_hop_count> {_number(len(hops))} .\n")
        lengths = [hop.get("length_km") for hop in hops]
        if all(isinstance(x, float) for x in lengths):
            lines.append(f"{subject} <{QN}path_length_km> {_number(float(sum(lengths)))} .\n")
        for node in path[1:-1]:
            lines.append(f"{subject} <{QN}routed_via> {_iri(element_iri(ident, node))} .\n")
        for hop in hops:
            if hop.get("link") is not None:
                link = _iri(element_iri(ident, hop["link"]))
                lines.append(f"{subject} <{QN}routed_over> {link} .\n")
    return lines


def verdict_ntriples(data: dict, verdicts: Iterable[Verdict]) -> list[str]:
    """N-Triples lines for claim verdicts: the worst per claim, and one node per judged figure."""
    ident = data.get("id")
    lines: list[str] = []
    worst: dict[str, str] = {}
    for verdict in verdicts:
        claim = element_iri(ident, verdict.claim_id)
        previous = worst.get(claim)
        if previous is None or _SEVERITY[verdict.verdict] > _SEVERITY[previous]:
            worst[claim] = verdict.verdict
        if verdict.figure is None:
            continue
        node = _iri(f"{claim}/verdict/{quote(verdict.figure, safe='')}")
        lines.append(f"{_iri(claim)} <{QN}judgement> {node} .\n")
        lines.append(f"{node} <{RDF_TYPE}> <{QN}FigureVerdict> .\n")
        facts: list[tuple[str, object]] = [
            ("figure", verdict.figure),
            ("verdict", verdict.verdict),
            ("verdict_rule", verdict.rule_id),
            ("verdict_message", verdict.message or None),
            ("claimed", verdict.claimed),
            ("simulated", verdict.simulated),
            ("simulated_low", verdict.simulated_low),
            ("simulated_high", verdict.simulated_high),
            ("bound", verdict.bound),
            ("unit", verdict.unit or None),
            ("regime", verdict.regime),
            ("engine", verdict.engine),
        ]
        for name, value in facts:
            term = None if value is None else _number(value)  # type: ignore[arg-type]
            if term is not None:
                lines.append(f"{node} <{QN}{name}> {term} .\n")
    for claim, word in worst.items():
        lines.append(f"{_iri(claim)} <{QN}verdict> {_string(word)} .\n")
    return lines


def _float(value: object) -> float | None:
    """A number from a finding's properties: floats and ints, ``"inf"``/``"-inf"``; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if value in ("inf", "-inf"):
        return float(value)  # type: ignore[arg-type]
    return None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def verdicts_from_findings(data: dict, findings: Iterable[Any]) -> list[Verdict]:
    """Turn the claims stage's findings (rule ids in :data:`VERDICT_RULES`) into verdicts.

    The claim is the finding's ``claim`` property, else the one its JSON pointer (``/claims/3/...``)
    points into; findings about a claim without a usable id are left out (it has no IRI).
    """
    claims = data.get("claims") if isinstance(data.get("claims"), list) else []
    known = {str(c["id"]) for c in claims if isinstance(c, dict) and _usable(c.get("id"))}
    verdicts: list[Verdict] = []
    for finding in findings:
        word = VERDICT_RULES.get(getattr(finding, "rule_id", ""))
        if word is None:
            continue
        props = dict(getattr(finding, "properties", None) or {})
        claim_id = props.get("claim")
        if not _usable(claim_id) or str(claim_id) not in known:
            claim_id = _claim_from_pointer(claims, getattr(finding.location, "pointer", None))
        if not _usable(claim_id) or str(claim_id) not in known:
            continue
        interval = props.get("interval")
        low, high = (
            interval if isinstance(interval, list | tuple) and len(interval) == 2 else (None, None)
        )
        verdicts.append(
            Verdict(
                claim_id=str(claim_id),
                verdict=word,
                rule_id=finding.rule_id,
                figure=_text(props.get("figure")),
                message=finding.message,
                claimed=_float(props.get("claimed")),
                simulated=_float(props.get("simulated")),
                simulated_low=_float(low),
                simulated_high=_float(high),
                bound=_float(props.get("bound_per_s", props.get("bound_s"))),
                unit=_text(props.get("unit")),
                regime=_text(props.get("regime")),
                engine=_text(props.get("engine")),
            )
        )
    return verdicts


def _usable(value: object) -> bool:
    return isinstance(value, str | int) and not isinstance(value, bool) and value != ""


def _claim_from_pointer(claims: list, pointer: str | None) -> str | None:
    match = re.match(r"^/claims/(\d+)(?:/|$)", pointer or "")
    if not match or int(match.group(1)) >= len(claims):
        return None
    claim = claims[int(match.group(1))]
    return claim.get("id") if isinstance(claim, dict) else None


def claim_verdicts(document: Any) -> list[Verdict]:
    """Run the claims stage (reference simulator) on a loaded document and collect its verdicts."""
    from qnetspec.claims import verify_claims

    findings, _report = verify_claims(document)
    return verdicts_from_findings(document.data, findings)
