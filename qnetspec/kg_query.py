"""Running a checked SPARQL query on the embedded store or an external SPARQL 1.1 server.

Within a time limit and a row limit, into one result model that :mod:`qnetspec.kg_results` writes.

Why one model for both: ``qnetspec query --endpoint URL`` must print exactly what the embedded store
would, so remote answers (SPARQL 1.1 Query Results JSON, N-Triples/Turtle) are read into the same
values. Terms of solutions are kept in the shape of that JSON format (``{"type": "uri", ...}``),
which is both what the JSON output needs and easy to turn into CSV, TSV, XML or a table.

Time limits: pyoxigraph has no cancellation, but it releases the GIL while it evaluates and yields
solutions lazily. A query runs in a daemon thread; the caller waits up to the limit, and the thread
checks the deadline between solutions, so a streaming query stops at once and a blocking one (a sort
over a huge product) is abandoned by the caller and finishes in the background. A semaphore bounds
how many evaluations run at once, so abandoned queries cannot pile up and starve the machine.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from qnetspec.sparql_guard import GRAPH_BASE, CheckedQuery, MalformedQuery, RefusedQuery

if TYPE_CHECKING:
    import pyoxigraph

    from qnetspec.kg_store import KnowledgeStore

Term = dict[str, Any]
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_CHECK_EVERY = 256  # solutions between deadline checks


class QueryFailed(Exception):
    """The engine could not answer (an I/O error, an unreachable or failing endpoint)."""


class QueryTimeout(QueryFailed):
    """The query ran past its time limit."""


class Busy(QueryFailed):
    """Every evaluation slot is taken (by running or abandoned queries)."""


@dataclass(frozen=True)
class QueryLimits:
    """``timeout_s``: wall-clock limit (None: none); ``max_rows``: solutions or triples kept (None:
    all; more are dropped and the result is marked truncated)."""

    timeout_s: float | None = 30.0
    max_rows: int | None = None


DEFAULT_LIMITS = QueryLimits()


@dataclass
class Solutions:
    """A SELECT result: variable names and rows of terms (None where unbound)."""

    variables: list[str]
    rows: list[list[Term | None]]
    truncated: bool = False


@dataclass
class Boolean:
    """An ASK result."""

    value: bool
    truncated: bool = False


@dataclass
class GraphResult:
    """A CONSTRUCT or DESCRIBE result, as pyoxigraph triples."""

    triples: list[pyoxigraph.Triple] = field(default_factory=list)
    truncated: bool = False


Result = Solutions | Boolean | GraphResult


def term_to_json(term: Any) -> Term:
    """A pyoxigraph term in the SPARQL 1.1 Query Results JSON shape."""
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, pyoxigraph.Literal):
        out: Term = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (_XSD_STRING, _RDF_LANGSTRING):
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, pyoxigraph.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": term_to_json(term.subject),
                "predicate": term_to_json(term.predicate),
                "object": term_to_json(term.object),
            },
        }
    raise TypeError(f"not an RDF term: {term!r}")


def check_graph_names(names: Iterable[str]) -> list[str]:
    """The protocol's ``default-graph-uri``/``named-graph-uri`` values, if all are this graph's."""
    out = []
    for name in names:
        if not name.startswith(GRAPH_BASE):
            raise RefusedQuery(
                f"graph <{name}> is refused: only this knowledge graph's own graphs "
                f"(<{GRAPH_BASE}...>) can be named"
            )
        out.append(name)
    return out


def dataset_options(default_graphs: list[str], named_graphs: list[str]) -> dict[str, Any]:
    """pyoxigraph query options for a protocol dataset; none given: every graph is the default."""
    import pyoxigraph

    options: dict[str, Any] = {}
    if default_graphs:
        names = check_graph_names(default_graphs)
        options["default_graph"] = [pyoxigraph.NamedNode(g) for g in names]
    else:
        options["use_default_graph_as_union"] = True
    if named_graphs:
        names = check_graph_names(named_graphs)
        options["named_graphs"] = [pyoxigraph.NamedNode(g) for g in names]
    return options


def evaluate(
    store: pyoxigraph.Store,
    text: str,
    options: dict[str, Any],
    max_rows: int | None,
    deadline: float | None,
) -> Result:
    """Run ``text`` (already checked by the guard) on ``store``, stopping at ``max_rows``."""
    import pyoxigraph

    try:
        answer = store.query(text, **options)
    except SyntaxError as exc:
        raise MalformedQuery(f"malformed SPARQL query: {exc}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryFailed(f"the store failed to answer: {exc}") from None
    try:
        if isinstance(answer, pyoxigraph.QueryBoolean):
            return Boolean(bool(answer))
        if isinstance(answer, pyoxigraph.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows: list[list[Term | None]] = []
            for count, solution in enumerate(answer):
                if max_rows is not None and count >= max_rows:
                    return Solutions(variables, rows, truncated=True)
                if count % _CHECK_EVERY == 0:
                    _check_deadline(deadline)
                rows.append(
                    [None if (t := solution[v]) is None else term_to_json(t) for v in variables]
                )
            return Solutions(variables, rows)
        triples = []
        for count, triple in enumerate(answer):
            if max_rows is not None and count >= max_rows:
                return GraphResult(triples, truncated=True)
            if count % _CHECK_EVERY == 0:
                _check_deadline(deadline)
            triples.append(triple)
        return GraphResult(triples)
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryFailed(f"the store failed while answering: {exc}") from None


class LocalEngine:
    """Answers queries from a :class:`~qnetspec.kg_store.KnowledgeStore` in this process.

    Used by ``qnetspec query`` (the process ends with the command, so an abandoned evaluation dies
    with it) and by tests; ``qnetspec serve`` uses :class:`qnetspec.kg_workers.ProcessEngine`,
    which can kill a runaway query.
    """

    def __init__(self, kg: KnowledgeStore, *, max_concurrent: int = 8) -> None:
        self.kg = kg
        self._slots = threading.BoundedSemaphore(max_concurrent)

    def run(
        self,
        query: CheckedQuery,
        limits: QueryLimits = DEFAULT_LIMITS,
        *,
        default_graphs: Iterable[str] = (),
        named_graphs: Iterable[str] = (),
        wait_for_slot_s: float | None = None,
    ) -> Result:
        """Evaluate ``query``.

        Raises :class:`QueryTimeout`, :class:`Busy` (no free slot within ``wait_for_slot_s``; None
        waits), :class:`QueryFailed`, or :class:`MalformedQuery` (pyoxigraph is stricter than the
        guard's parser)."""
        options = dataset_options(list(default_graphs), list(named_graphs))
        deadline = None if limits.timeout_s is None else time.monotonic() + limits.timeout_s
        if not self._slots.acquire(timeout=wait_for_slot_s):
            raise Busy("too many queries are running; try again shortly")
        outcome: dict[str, Any] = {}
        done = threading.Event()

        def work() -> None:
            try:
                store = self.kg.store
                outcome["result"] = evaluate(store, query.text, options, limits.max_rows, deadline)
            except BaseException as exc:  # handed to the waiting thread
                outcome["error"] = exc
            finally:
                self._slots.release()
                done.set()

        worker = threading.Thread(target=work, name="qnetspec-query", daemon=True)
        worker.start()
        if not done.wait(None if deadline is None else max(0.0, deadline - time.monotonic())):
            raise QueryTimeout(f"the query ran past its {limits.timeout_s:g} s time limit")
        # The thread is finishing: let it drop its frames (and their store references) before
        # returning, so that a persisted store is closed as soon as its owner lets go of it.
        worker.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]


def _check_deadline(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise QueryTimeout("the query ran past its time limit")


class RemoteEngine:
    """Sends queries to an external SPARQL 1.1 endpoint over the SPARQL 1.1 Protocol (urllib).

    The guard has run before: the server is never asked to federate, load or update anything.
    """

    MAX_RESPONSE_BYTES = 512 * 1024 * 1024

    def __init__(self, url: str) -> None:
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"--endpoint {url}: give an http:// or https:// URL")
        self.url = url

    def run(
        self,
        query: CheckedQuery,
        limits: QueryLimits = DEFAULT_LIMITS,
        *,
        default_graphs: Iterable[str] = (),
        named_graphs: Iterable[str] = (),
        wait_for_slot_s: float | None = None,
    ) -> Result:
        import urllib.error
        import urllib.request
        from urllib.parse import urlencode

        params = [("default-graph-uri", g) for g in default_graphs]
        params += [("named-graph-uri", g) for g in named_graphs]
        url = self.url + (("&" if "?" in self.url else "?") + urlencode(params) if params else "")
        accept = (
            "application/n-triples, text/turtle;q=0.9"
            if query.is_graph
            else "application/sparql-results+json"
        )
        request = urllib.request.Request(
            url,
            data=query.text.encode("utf-8"),
            method="POST",
            headers={
                "Content-Type": "application/sparql-query; charset=utf-8",
                "Accept": accept,
                "User-Agent": "qnetspec",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=limits.timeout_s) as response:
                body = response.read(self.MAX_RESPONSE_BYTES + 1)
                content_type = response.headers.get_content_type()
                cut = response.headers.get("X-Qnetspec-Truncated") is not None  # qnetspec serve
        except urllib.error.HTTPError as exc:
            detail = exc.read(2000).decode("utf-8", "replace").strip()
            if exc.code == 400:
                raise MalformedQuery(f"the endpoint refused the query: {detail}") from None
            if exc.code == 403:
                raise RefusedQuery(f"the endpoint refused the query: {detail}") from None
            raise QueryFailed(f"the endpoint answered {exc.code} {exc.reason}: {detail}") from None
        except TimeoutError:
            raise QueryTimeout(
                f"the endpoint did not answer within {limits.timeout_s:g} s"
            ) from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise QueryTimeout(
                    f"the endpoint did not answer within {limits.timeout_s:g} s"
                ) from None
            raise QueryFailed(f"cannot reach {self.url}: {exc.reason}") from None
        except OSError as exc:
            raise QueryFailed(f"cannot reach {self.url}: {exc}") from None
        if len(body) > self.MAX_RESPONSE_BYTES:
            raise QueryFailed(
                f"the endpoint's answer is larger than {self.MAX_RESPONSE_BYTES} bytes"
            )
        result = (
            _graph_from_bytes(body, content_type, limits.max_rows)
            if query.is_graph
            else _solutions_from_json(body, limits.max_rows)
        )
        result.truncated = result.truncated or cut
        return result


def _solutions_from_json(body: bytes, max_rows: int | None) -> Result:
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise QueryFailed(f"the endpoint's answer is not SPARQL results JSON ({exc})") from None
    if not isinstance(payload, dict):
        raise QueryFailed("the endpoint's answer is not SPARQL results JSON")
    if "boolean" in payload:
        return Boolean(bool(payload["boolean"]))
    try:
        variables = list(payload["head"]["vars"])
        bindings = payload["results"]["bindings"]
    except (KeyError, TypeError):
        raise QueryFailed("the endpoint's answer lacks head.vars or results.bindings") from None
    truncated = max_rows is not None and len(bindings) > max_rows
    if truncated:
        bindings = bindings[:max_rows]
    rows = [[b.get(v) for v in variables] for b in bindings]
    return Solutions(variables, rows, truncated)


def _graph_from_bytes(body: bytes, content_type: str, max_rows: int | None) -> GraphResult:
    import pyoxigraph

    formats = {
        "application/n-triples": pyoxigraph.RdfFormat.N_TRIPLES,
        "text/turtle": pyoxigraph.RdfFormat.TURTLE,
        "application/x-turtle": pyoxigraph.RdfFormat.TURTLE,
        "text/plain": pyoxigraph.RdfFormat.N_TRIPLES,
    }
    fmt = formats.get(content_type)
    if fmt is None:
        raise QueryFailed(f"the endpoint answered a graph as {content_type}, not N-Triples/Turtle")
    try:
        triples = [
            pyoxigraph.Triple(q.subject, q.predicate, q.object)
            for q in pyoxigraph.parse(body, format=fmt)
        ]
    except SyntaxError as exc:
        raise QueryFailed(f"the endpoint's graph does not parse: {exc}") from None
    truncated = max_rows is not None and len(triples) > max_rows
    return GraphResult(triples[:max_rows] if truncated else triples, truncated)
