"""Run rule packs over one description and turn what they report into located findings.

Why one engine for both kinds of rule: SPARQL rules read the description's RDF (built once, holding
only the triples the queries can match, see :mod:`qnetspec.conformance.scope`), Python rules read
its topology (built once, paths cached); both report an element, and the engine alone knows how to
turn an element IRI or id into a line and column of the user's file. A rule that crashes becomes a
finding instead of ending the check: one broken third-party rule should not hide every other result.
"""

from __future__ import annotations

import gc
import string
import threading
import time
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from qnetspec.conformance.manifest import ManifestProblem, Pack, PackError, Rule
from qnetspec.conformance.scope import triple_filter
from qnetspec.description_rdf import (
    description_iri,
    description_to_ntriples,
    id_pointers,
    load_store,
    pointer_of_iri,
)
from qnetspec.document import Document, escape_pointer_token
from qnetspec.findings import Finding, Location, Severity
from qnetspec.topology import Topology

RULE_FAILED = "rule could not run"


@dataclass
class RuleTiming:
    """How long one rule took and how much it found (for benchmarks and ``--verbose``)."""

    rule_id: str
    kind: str
    seconds: float
    findings: int


@dataclass
class Timings:
    """Where a conformance run spent its time.

    ``store_seconds`` is the RDF conversion plus the store's load, which runs on a worker thread
    while the graph rules run, so the parts may add up to more than the run took.
    """

    store_seconds: float = 0.0
    store_triples: int = 0
    topology_seconds: float = 0.0
    rules: list[RuleTiming] = field(default_factory=list)

    @property
    def total_seconds(self) -> float:
        return self.store_seconds + self.topology_seconds + sum(r.seconds for r in self.rules)


class _Formatter(string.Formatter):
    """``str.format`` that leaves unknown ``{names}`` as written instead of raising."""

    def get_value(self, key: Any, args: Sequence[Any], kwargs: dict[str, Any]) -> Any:
        if isinstance(key, str):
            return kwargs.get(key, "{" + key + "}")
        return super().get_value(key, args, kwargs)


_FORMATTER = _Formatter()


def _render(template: str, values: dict[str, Any]) -> str:
    try:
        return _FORMATTER.format(template, **values)
    except (ValueError, IndexError, AttributeError):
        return template


class _StoreLoad:
    """A pyoxigraph store being loaded on a worker thread.

    Why: loading costs about 2 microseconds a triple (0.2 s at 10k nodes) in Rust code that
    releases the GIL, so on a second core it overlaps the Python rules, which run meanwhile.
    """

    def __init__(self, conversion: Any) -> None:
        self.seconds = 0.0
        self._store: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._load, args=(conversion,), name="qnetspec-store", daemon=True
        )
        self._thread.start()

    def _load(self, conversion: Any) -> None:
        start = time.perf_counter()
        try:
            self._store = load_store(conversion)
        except BaseException as exc:  # handed to the caller by result()
            self._error = exc
        self.seconds = time.perf_counter() - start

    def result(self) -> Any:
        """The loaded store (waits for it); re-raises what the load raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._store


class _Context:
    """What the rules of one run share; each part is built on first use, then kept."""

    def __init__(
        self, data: dict, rules: Sequence[Rule], timings: Timings, topology: Topology | None
    ) -> None:
        self.data = data
        self.rules = rules
        self.timings = timings
        self.base = description_iri(data) + "/"
        self._store: Any = None
        self._loading: _StoreLoad | None = None
        self._topology = topology
        self._pointers: dict[str, str] | None = None

    def start_store(self) -> None:
        """Convert the description to RDF now and load the store in the background."""
        if self._store is None and self._loading is None:
            start = time.perf_counter()
            keep = triple_filter(r.query or "" for r in self.rules if r.kind == "sparql")
            conversion = description_to_ntriples(self.data, keep)
            self.timings.store_triples = conversion.triple_count
            self.timings.store_seconds = time.perf_counter() - start
            self._loading = _StoreLoad(conversion)

    @property
    def store(self) -> Any:
        if self._store is None:
            self.start_store()
            assert self._loading is not None
            self._store = self._loading.result()
            self.timings.store_seconds += self._loading.seconds
        return self._store

    @property
    def topology(self) -> Topology:
        if self._topology is None:
            start = time.perf_counter()
            self._topology = Topology.build(self.data)
            self.timings.topology_seconds = time.perf_counter() - start
        return self._topology

    @property
    def pointers(self) -> dict[str, str]:
        """Element id -> pointer, shared with the topology when it exists."""
        if self._pointers is None:
            built = self._topology.pointers if self._topology is not None else None
            self._pointers = built if built is not None else id_pointers(self.data)
        return self._pointers

    def pointer_of_iri(self, iri: str) -> str | None:
        return pointer_of_iri(self.data, iri, self.pointers)

    def pointer_of_id(self, ident: Any) -> str | None:
        """Pointer of an element id; ``None`` is the description; a tuple is a path of tokens."""
        if ident is None:
            return ""
        if isinstance(ident, tuple | list):
            return "".join("/" + escape_pointer_token(token) for token in ident)
        return self.pointers.get(ident) if isinstance(ident, str) else None

    def id_of_iri(self, iri: str) -> str:
        return unquote(iri[len(self.base) :]) if iri.startswith(self.base) else iri

    def refine(self, pointer: str, slot: Any) -> str:
        """``pointer/slot`` when the element at ``pointer`` has that key, else ``pointer``."""
        if not isinstance(slot, str) or not slot:
            return pointer
        node: Any = self.data
        try:
            for token in pointer.split("/")[1:]:
                token = token.replace("~1", "/").replace("~0", "~")
                node = node[int(token)] if isinstance(node, list) else node.get(token)
        except (AttributeError, IndexError, ValueError):
            return pointer
        if isinstance(node, dict) and slot in node:
            return f"{pointer}/{escape_pointer_token(slot)}"
        return pointer


def select_rules(packs: Iterable[Pack], profile: str | None) -> list[Rule]:
    """The rules of ``packs`` that apply to ``profile``; refuses a rule id defined twice."""
    seen: dict[str, Rule] = {}
    problems: list[ManifestProblem] = []
    chosen: list[Rule] = []
    for pack in packs:
        for rule in pack.rules:
            if rule.id in seen:
                first = seen[rule.id]
                problems.append(
                    ManifestProblem(
                        rule.defined_at or str(pack.path),
                        None,
                        None,
                        f"rule id {rule.id!r} is already defined by pack {first.pack!r} "
                        f"({first.defined_at})",
                    )
                )
                continue
            seen[rule.id] = rule
            if rule.applies_to(profile):
                chosen.append(rule)
    if problems:
        raise PackError(problems)
    return chosen


def run_packs(
    document: Document,
    packs: Iterable[Pack],
    profile: str | None = None,
    *,
    timings: Timings | None = None,
    topology: Topology | None = None,
) -> list[Finding]:
    """Every finding of the rules of ``packs`` that apply to ``profile``, sorted.

    ``profile`` defaults to the one the description declares; a description without a known profile
    gets only the rules marked ``all`` (the structure check reports the missing profile). Pass a
    ``topology`` already built for the description to share it (and its cached paths) with the
    claims stage. Raises :class:`PackError` when two packs define the same rule id.
    """
    data = document.data
    if not isinstance(data, dict):
        return []
    if profile is None and isinstance(data.get("profile"), str):
        profile = data["profile"]
    rules = select_rules(packs, profile)
    timings = timings if timings is not None else Timings()
    context = _Context(data, rules, timings, topology)
    findings: list[Finding] = []
    # A 10k-node description is about a million Python objects; the cyclic garbage collector would
    # walk all of them again and again while the store and graphs are built (measured: it doubles
    # the topology build). Nothing here makes reference cycles worth collecting mid-run.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # The store loads on a worker thread while the graph rules run; SPARQL rules then use it.
        sparql = [rule for rule in rules if rule.kind == "sparql"]
        if sparql:
            context.start_store()
        graph_rules = [rule for rule in rules if rule.kind != "sparql"]
        if graph_rules:
            context.topology  # noqa: B018 - built up front so that rule timings are the rules' own
        for rule in graph_rules:
            findings.extend(_timed_rule(rule, context, document, timings))
        if sparql:
            context.store  # noqa: B018 - waited for here, so that rule timings are the rules' own
        for rule in sparql:
            findings.extend(_timed_rule(rule, context, document, timings))
    finally:
        if collecting:
            gc.enable()
    return sorted(findings, key=Finding.sort_key)


def _timed_rule(
    rule: Rule, context: _Context, document: Document, timings: Timings
) -> list[Finding]:
    """The findings of one rule (a crash becomes a finding), with its time noted."""
    start = time.perf_counter()
    try:
        found = list(_run_rule(rule, context, document))
    except Exception as exc:  # a broken rule is reported, not fatal
        found = [_failure(rule, document, exc)]
    timings.rules.append(RuleTiming(rule.id, rule.kind, time.perf_counter() - start, len(found)))
    return found


def _run_rule(rule: Rule, context: _Context, document: Document) -> Iterable[Finding]:
    if rule.kind == "sparql":
        yield from _run_sparql(rule, context, document)
    else:
        yield from _run_python(rule, context, document)


def _plain(term: Any) -> Any:
    return getattr(term, "value", term) if term is not None else None


def _run_sparql(rule: Rule, context: _Context, document: Document) -> Iterable[Finding]:
    results = context.store.query(rule.query)
    names = [v.value for v in results.variables]
    seen: set[tuple[str, str]] = set()
    for solution in results:
        values = {name: _plain(solution[name]) for name in names if solution[name] is not None}
        focus = values.get("focus")
        if focus is None:
            continue
        focus = str(focus)
        readable = {k: context.id_of_iri(v) if isinstance(v, str) else v for k, v in values.items()}
        readable.setdefault("id", context.id_of_iri(focus))
        message = values.get("message") or _render(rule.message or rule.title, readable)
        pointer = context.pointer_of_iri(focus)
        if pointer is not None:
            pointer = context.refine(pointer, values.get("slot"))
        key = (pointer if pointer is not None else focus, str(message))
        if key in seen:
            continue
        seen.add(key)
        yield _finding(
            rule, document, str(message), pointer, None if pointer is not None else focus
        )


def _run_python(rule: Rule, context: _Context, document: Document) -> Iterable[Finding]:
    assert rule.check is not None
    seen: set[tuple[str, str]] = set()
    for item in rule.check(context.data, context.topology) or ():
        if not isinstance(item, tuple | list) or len(item) not in (2, 3):
            raise TypeError(f"check() must yield (element_id, message[, slot]), got {item!r}")
        element_id, message = item[0], item[1]
        slot = item[2] if len(item) == 3 else None
        pointer = context.pointer_of_id(element_id)
        if pointer is not None:
            pointer = context.refine(pointer, slot)
        message = str(message)  # a Python rule formats its own message
        key = (pointer if pointer is not None else str(element_id), message)
        if key in seen:
            continue
        seen.add(key)
        yield _finding(rule, document, message, pointer if pointer is not None else "", None)


def _finding(
    rule: Rule, document: Document, message: str, pointer: str | None, iri: str | None
) -> Finding:
    if pointer is not None:
        location = document.locate(pointer)
    else:
        location = Location(file=document.path, iri=iri)
    return Finding(
        rule_id=rule.id,
        severity=rule.severity,
        message=message,
        location=location,
        clause=rule.clause_text,
        title=rule.title,
        properties={"pack": rule.pack},
    )


def _failure(rule: Rule, document: Document, exc: Exception) -> Finding:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return Finding(
        rule_id=rule.id,
        severity=Severity.ERROR,
        message=f"{RULE_FAILED}: {type(exc).__name__}: {exc}{where}",
        location=document.locate(""),
        clause=rule.clause_text,
        title=rule.title,
        properties={"pack": rule.pack, "internal_error": True},
    )
