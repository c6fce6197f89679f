"""What a read-only query service refuses: updates, ``SERVICE``, ``LOAD``, foreign ``FROM`` graphs.

Why a parser rather than a keyword search: ``SERVICE`` inside a comment, a string or an IRI is
harmless, while a keyword search is easy to evade (a line break, odd case, an escape). The query is
parsed with rdflib's SPARQL 1.1 grammar and the parse tree is walked for the constructs that would
make the engine reach out of the store:

- an update (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``...): the knowledge graph is read-only, and
  ``LOAD`` would fetch a remote document;
- ``SERVICE``: pyoxigraph evaluates federated queries by calling the named endpoint over HTTP;
- ``FROM`` / ``FROM NAMED`` naming anything but one of this knowledge graph's own graphs: pyoxigraph
  only selects graphs by name, but rdflib and several servers dereference the IRI, and the same
  query must be safe whatever engine runs it.

A query rdflib cannot parse is refused even if another engine might accept it: failing closed is the
point. Parsing costs tens of milliseconds (pyparsing), so verdicts are cached by query text; an
endpoint sees the same few queries again and again.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin

GRAPH_BASE = "https://w3id.org/qnetspec/graph/"
MAX_QUERY_CHARS = 256 * 1024
QUERY_FORMS = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}
_UPDATE_OPERATIONS = {
    "Load": "LOAD",
    "Clear": "CLEAR",
    "Drop": "DROP",
    "Create": "CREATE",
    "Add": "ADD",
    "Move": "MOVE",
    "Copy": "COPY",
    "InsertData": "INSERT DATA",
    "DeleteData": "DELETE DATA",
    "DeleteWhere": "DELETE WHERE",
    "Modify": "DELETE/INSERT",
}
_PARSE_LOCK = threading.Lock()


class QueryProblem(Exception):
    """A query that will not be run; ``status`` is the HTTP status an endpoint answers with."""

    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class MalformedQuery(QueryProblem):
    """The text is not a SPARQL 1.1 query (the parser's message says where)."""


class RefusedQuery(QueryProblem):
    """A well-formed request that this read-only service will not run."""

    status = 403


@dataclass(frozen=True)
class CheckedQuery:
    """A query that passed the guard, and its form: SELECT, ASK, CONSTRUCT or DESCRIBE."""

    text: str
    form: str

    @property
    def is_graph(self) -> bool:
        """Whether the result is an RDF graph (CONSTRUCT, DESCRIBE) rather than solutions."""
        return self.form in ("CONSTRUCT", "DESCRIBE")


def check_query(text: str) -> CheckedQuery:
    """Return the checked query, or raise :class:`MalformedQuery` / :class:`RefusedQuery`."""
    if not isinstance(text, str):
        raise MalformedQuery("the query must be text")
    if len(text) > MAX_QUERY_CHARS:
        raise RefusedQuery(f"the query is longer than the {MAX_QUERY_CHARS} character limit")
    if not text.strip():
        raise MalformedQuery("the query is empty")
    outcome = _check_cached(text)
    if isinstance(outcome, CheckedQuery):
        return outcome
    kind, message = outcome
    raise kind(message)


@lru_cache(maxsize=1024)
def _check_cached(text: str) -> CheckedQuery | tuple[type[QueryProblem], str]:
    # Cache the verdict, not an exception instance: re-raising one object would pile up tracebacks.
    try:
        return _check(text)
    except QueryProblem as problem:
        return type(problem), problem.message


def _parse(parse: Any, text: str) -> Any:
    """Run one of rdflib's parse functions in a thread of its own.

    pyparsing leaves reference cycles of exceptions, tracebacks and frames behind; each frame keeps
    its caller alive, so, parsed on the caller's stack, they would keep whatever the caller holds
    (a store and its file lock, say) until the garbage collector next runs. On a thread of its own
    the chain of callers ends at the thread.
    """
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["tree"] = parse(text)
        except BaseException as exc:  # handed to the caller below
            outcome["error"] = exc

    with _PARSE_LOCK:
        thread = threading.Thread(target=work, name="qnetspec-sparql-parse", daemon=True)
        thread.start()
        thread.join()
    if "error" in outcome:
        raise outcome.pop("error")
    return outcome["tree"]


def _check(text: str) -> CheckedQuery:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = _parse(parseQuery, text)
    except ParseBaseException as exc:
        message = _parse_message(exc)
        try:
            update = _parse(parseUpdate, text)
        except (ParseBaseException, RecursionError, ValueError):
            raise MalformedQuery(message) from None
        raise RefusedQuery(_update_message(update)) from None
    except RecursionError:
        raise MalformedQuery("the query is nested too deeply to parse") from None
    except ValueError as exc:  # rdflib raises it for bad escapes and IRIs
        raise MalformedQuery(f"malformed SPARQL query: {exc}") from None

    prologue, query = tree[0], tree[1]
    form = QUERY_FORMS.get(getattr(query, "name", ""), "")
    if not form:
        raise MalformedQuery("not a SELECT, ASK, CONSTRUCT or DESCRIBE query")
    if _contains(query, "ServiceGraphPattern"):
        raise RefusedQuery(
            "SERVICE is refused: federated queries would make this service call other endpoints"
        )
    for iri in _dataset_iris(prologue, query):
        if not iri.startswith(GRAPH_BASE):
            raise RefusedQuery(
                f"FROM <{iri}> is refused: only this knowledge graph's own graphs "
                f"(<{GRAPH_BASE}...>) can be named, and no remote document is fetched"
            )
    return CheckedQuery(text, form)


def _parse_message(exc: Any) -> str:
    """``line L, column C: <what the parser expected>``, short enough to read."""
    detail = str(getattr(exc, "msg", "") or exc)
    if len(detail) > 300:
        detail = detail[:297] + "..."
    found = ""
    line_text = getattr(exc, "line", "") or ""
    col = getattr(exc, "col", 0) or 0
    if line_text and 0 < col <= len(line_text):
        token = line_text[col - 1 :].split()[0] if line_text[col - 1 :].split() else ""
        found = f", found {token[:40]!r}" if token else ""
    return f"malformed SPARQL query at line {exc.lineno}, column {col}: {detail}{found}"


def _update_message(update: Any) -> str:
    names = sorted(
        {_UPDATE_OPERATIONS.get(n, n) for n in _names(update) if n in _UPDATE_OPERATIONS}
    )
    if "LOAD" in names:
        return "LOAD is refused: the knowledge graph is read-only and fetches no remote document"
    what = ", ".join(names) if names else "SPARQL Update"
    return f"SPARQL Update ({what}) is refused: the knowledge graph is read-only"


def _children(node: Any) -> list[Any]:
    if isinstance(node, dict):  # rdflib's CompValue is an OrderedDict
        return list(node.values())
    if isinstance(node, list | tuple):
        return list(node)
    if type(node).__name__ == "ParseResults":
        return list(node)
    return []


def _names(node: Any) -> set[str]:
    """Names of every parse-tree node below ``node`` (iterative: deep trees must not recurse)."""
    names: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        name = getattr(current, "name", None)
        if isinstance(name, str) and isinstance(current, dict):
            names.add(name)
        stack.extend(_children(current))
    return names


def _contains(node: Any, name: str) -> bool:
    return name in _names(node)


def _get(node: Any, key: str) -> Any:
    """``node[key]`` or None (rdflib's ``CompValue.get`` returns the key itself when missing)."""
    return node[key] if isinstance(node, dict) and key in node else None


def _dataset_iris(prologue: Any, query: Any) -> list[str]:
    """IRIs of the query's ``FROM`` and ``FROM NAMED`` clauses, prefixed names resolved."""
    clauses = _get(query, "datasetClause")
    if not clauses:
        return []
    prefixes: dict[str, str] = {}
    base = ""
    for decl in prologue or []:
        if getattr(decl, "name", "") == "PrefixDecl":
            prefixes[str(_get(decl, "prefix") or "")] = str(decl["iri"])
        elif getattr(decl, "name", "") == "Base":
            base = str(decl["iri"])
    iris = []
    for clause in clauses:
        term = _get(clause, "default")
        if term is None:
            term = _get(clause, "named")
        if getattr(term, "name", "") == "pname":
            prefix = str(_get(term, "prefix") or "")
            if prefix not in prefixes:
                raise MalformedQuery(f"unknown prefix {prefix!r} in a FROM clause")
            iris.append(prefixes[prefix] + str(_get(term, "localname") or ""))
        else:
            iris.append(urljoin(base, str(term)) if base else str(term))
    return iris
