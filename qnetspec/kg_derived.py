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

Summaries, derived by SPARQL from the description's own graph when it is loaded (see
:func:`summary_update`). Why: the named questions that count or filter a description's elements
(20k links, 10k nodes on a 10k-node description) took 10 to 100 ms each, and in pyoxigraph's
in-memory store even ``<description> qn:id ?id`` is slow, since it walks every triple whose subject
is the description (one per node, link and channel). Counting once at load keeps each question
to a few milliseconds, and the facts are kept beside the paths so a dump carries them:

- ``<description> qn:description_id`` (a copy of its ``qn:id``, quick to find),
  ``qn:node_count``, ``qn:link_count``, ``qn:service_request_count`` and ``qn:claim_count`` (items
  of those lists);
- ``<description> qn:medium_summary <m>``, one ``qn:MediumSummary`` per value of ``qn:medium``
  in the description (clause 7.4): ``qn:summary_medium``, ``qn:summary_link_count`` (elements
  with that medium), ``qn:summary_total_km`` and ``qn:summary_longest_km`` (sum and maximum of
  their ``qn:length_km``; absent when SPARQL cannot add them up);
- ``<description> qn:class_summary <c>``, one ``qn:ClassSummary`` per class its elements are typed
  with: ``qn:summary_class``, ``qn:summary_instance_count`` (elements of that class, inline ones
  such as memories included) and, when some are nodes, ``qn:summary_node_count``;
- ``<description> qn:long_link <link>`` for each link longer than :data:`LONG_LINK_KM` km (the span
  worth a second look, clauses 7.1 and 7.4);
- ``<description> qn:node_without_classical_address <node>`` for each node stating no (or an
  empty) classical address (clause 8.3);
- ``<request> qn:path_via``: the ids of the intermediate nodes of its path, space-separated, in no
  particular order; ``<request> qn:routed_via_trusted <node>`` for each intermediate node that is a
  trusted relay node or marked ``trusted`` (clause 9.1).

The summaries' blank nodes are typed so that :func:`summary_removal` can find them again; the meta
graph records which :data:`SUMMARY_VERSION` a description was summarised with, so that a store
persisted by an earlier qnetspec is brought up to date (:meth:`KnowledgeStore.ensure_summaries
<qnetspec.kg_store.KnowledgeStore.ensure_summaries>`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from string import Template
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

# Bump when the summaries change, so that stores persisted earlier are summarised again.
SUMMARY_VERSION = "1"
# qnetspec's threshold for a link worth a second look, not a figure of the Supplement; the
# long-links-without-repeater question filters on the same number.
LONG_LINK_KM = 80
# Subject-level summary predicates, and the classes of the summary records (for the removal).
SUMMARY_PREDICATES = (
    "description_id",
    "node_count",
    "link_count",
    "service_request_count",
    "claim_count",
    "medium_summary",
    "class_summary",
    "long_link",
    "node_without_classical_address",
    "path_via",
    "routed_via_trusted",
)
SUMMARY_CLASSES = ("MediumSummary", "ClassSummary")

# One SPARQL Update operation per fact family. $desc is the description's graph, $analysis the
# graph the facts go to. The patterns are those the named questions used to evaluate on every
# call, scoped to the one description graph, so the answers stay the same.
_SUMMARY_OPERATIONS = (
    # the id under a predicate of its own: qn:id on the description walks all its triples
    """INSERT { GRAPH $analysis { ?d qn:description_id ?id } }
WHERE { GRAPH $desc { ?d a qn:NetworkDescription ; qn:id ?id } }""",
    # list sizes (the descriptions question)
    """INSERT { GRAPH $analysis {
  ?d qn:node_count ?nodes ; qn:link_count ?links ;
     qn:service_request_count ?requests ; qn:claim_count ?claims } }
WHERE {
  { SELECT ?d (COUNT(?n) AS ?nodes) WHERE {
      GRAPH $desc { ?d a qn:NetworkDescription OPTIONAL { ?d qn:nodes ?n } } } GROUP BY ?d }
  { SELECT ?d (COUNT(?l) AS ?links) WHERE {
      GRAPH $desc { ?d a qn:NetworkDescription OPTIONAL { ?d qn:links ?l } } } GROUP BY ?d }
  { SELECT ?d (COUNT(?r) AS ?requests) WHERE {
      GRAPH $desc { ?d a qn:NetworkDescription OPTIONAL { ?d qn:service_requests ?r } } }
    GROUP BY ?d }
  { SELECT ?d (COUNT(?c) AS ?claims) WHERE {
      GRAPH $desc { ?d a qn:NetworkDescription OPTIONAL { ?d qn:claims ?c } } } GROUP BY ?d }
}""",
    # per medium (links-by-medium)
    """INSERT { GRAPH $analysis {
  ?d qn:medium_summary _:m .
  _:m a qn:MediumSummary ; qn:summary_medium ?medium ; qn:summary_link_count ?links ;
      qn:summary_total_km ?total ; qn:summary_longest_km ?longest } }
WHERE {
  GRAPH $desc { ?d a qn:NetworkDescription }
  { SELECT ?medium (COUNT(DISTINCT ?link) AS ?links) (SUM(?km) AS ?total) (MAX(?km) AS ?longest)
    WHERE { GRAPH $desc { ?link qn:medium ?medium OPTIONAL { ?link qn:length_km ?km } } }
    GROUP BY ?medium }
}""",
    # per class (node-kinds, study-groups-for-description)
    """INSERT { GRAPH $analysis {
  ?d qn:class_summary _:c .
  _:c a qn:ClassSummary ; qn:summary_class ?class ; qn:summary_instance_count ?instances ;
      qn:summary_node_count ?nodes } }
WHERE {
  GRAPH $desc { ?d a qn:NetworkDescription }
  { SELECT ?class (COUNT(DISTINCT ?e) AS ?instances) WHERE { GRAPH $desc { ?e a ?class } }
    GROUP BY ?class }
  OPTIONAL {
    SELECT ?d ?class (COUNT(DISTINCT ?n) AS ?nodes)
    WHERE { GRAPH $desc { ?d qn:nodes ?n . ?n a ?class } } GROUP BY ?d ?class }
}""",
    # long links (long-links-without-repeater)
    """INSERT { GRAPH $analysis { ?d qn:long_link ?l } }
WHERE { GRAPH $desc {
  ?d a qn:NetworkDescription . ?l qn:length_km ?km FILTER(?km > $long_km) } }""",
    # nodes without a classical address (nodes-without-classical-id)
    """INSERT { GRAPH $analysis { ?d qn:node_without_classical_address ?n } }
WHERE { GRAPH $desc {
  ?d a qn:NetworkDescription ; qn:nodes ?n .
  MINUS { ?n qn:classical_address ?address FILTER(STRLEN(STR(?address)) > 0) } } }""",
    # trusted nodes on a path (trusted-nodes-on-paths); one BGP, so it is joined from the requests
    """INSERT { GRAPH $analysis { ?sr qn:routed_via_trusted ?n } }
WHERE {
  GRAPH $desc { ?d a qn:NetworkDescription ; qn:service_requests ?sr }
  GRAPH $analysis { ?sr qn:routed_via ?n }
  GRAPH $desc { ?n qn:kind ?kind }
  OPTIONAL { GRAPH $desc { ?n qn:trusted ?flag } }
  FILTER(?kind = "TrustedRelayNode" || COALESCE(?flag, false))
}""",
    # the intermediate nodes' ids (service-paths)
    """INSERT { GRAPH $analysis { ?sr qn:path_via ?via } }
WHERE { { SELECT ?sr (GROUP_CONCAT(DISTINCT ?via_id; separator=" ") AS ?via) WHERE {
  GRAPH $desc { ?d a qn:NetworkDescription ; qn:service_requests ?sr }
  GRAPH $analysis { ?sr qn:routed_via ?v }
  GRAPH $desc { ?v qn:id ?via_id } } GROUP BY ?sr } }""",
)


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


def summary_update(description_graph: str, analysis_graph: str) -> str:
    """The SPARQL Update that writes the summaries of ``description_graph`` into
    ``analysis_graph`` (whose service paths must already be there)."""
    values = {
        "desc": _iri(description_graph),
        "analysis": _iri(analysis_graph),
        "long_km": str(LONG_LINK_KM),
    }
    operations = [Template(op).substitute(values) for op in _SUMMARY_OPERATIONS]
    return f"PREFIX qn: <{QN}>\n" + " ;\n".join(operations)


def summary_removal(analysis_graph: str) -> str:
    """The SPARQL Update that removes every summary from ``analysis_graph`` (paths and verdicts
    stay): the typed records first, then the summary predicates. A later version that drops a term
    keeps it in :data:`SUMMARY_PREDICATES` or :data:`SUMMARY_CLASSES` so that this still removes
    it."""
    graph = _iri(analysis_graph)
    classes = " ".join(f"qn:{name}" for name in SUMMARY_CLASSES)
    predicates = " ".join(f"qn:{name}" for name in SUMMARY_PREDICATES)
    return (
        f"PREFIX qn: <{QN}>\n"
        f"DELETE {{ GRAPH {graph} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {graph} "
        f"{{ ?s a ?class ; ?p ?o VALUES ?class {{ {classes} }} }} }} ;\n"
        f"DELETE {{ GRAPH {graph} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {graph} "
        f"{{ ?s ?p ?o VALUES ?p {{ {predicates} }} }} }}"
    )


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
