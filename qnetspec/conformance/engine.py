"""Run rule packs over one description and turn what they report into located findings.

Why one engine for both kinds of rule: SPARQL rules read the description's RDF (built once, holding
only the triples the queries can match, see :mod:`qnetspec.conformance.scope`), Python rules read
its topology (built once, paths cached); both report an element, and the engine alone knows how to
turn an element IRI or id into a line and column of the user's file. A rule that crashes becomes a
finding instead of ending the check: one broken third-party rule should not hide every other result.
"""

from __future__ import annotations

import string
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from qnetspec.conformance.manifest import ManifestProblem, Pack, PackError, Rule
from qnetspec.conformance.sparql_answers import (
    Answers,
    ForkedAnswers,
    LocalAnswers,
    QueryFailed,
    answer_here,
    fork,
    worth_forking,
)
from qnetspec.description_rdf import description_iri, id_pointers, pointer_of_iri
from qnetspec.document import Document, escape_pointer_token
from qnetspec.findings import Finding, Location, Severity
from qnetspec.load.gc_pause import paused_gc
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

    ``store_seconds`` is the RDF conversion plus the store's load, which run in a forked worker
    or on a thread while the graph rules run, so the parts may add up to more than the run took.
    A SPARQL rule's time includes its query's.
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


class _Context:
    """What the rules of one run share; each part is built on first use, then kept."""

    def __init__(
        self,
        data: dict,
        rules: Sequence[Rule],
        timings: Timings,
        topology: Topology | None,
        worker: ForkedAnswers | None = None,
    ) -> None:
        self.data = data
        self.rules = rules
        self.sparql_rules = [rule for rule in rules if rule.kind == "sparql"]
        self.timings = timings
        self.base = description_iri(data) + "/"
        self._pending: ForkedAnswers | LocalAnswers | None = worker
        self._answers: Answers | None = None
        self._topology = topology
        self._pointers: dict[str, str] | None = None

    def start_answers(self) -> None:
        """Convert the description now and load its store in the background (unless a worker is
        already answering)."""
        if self._pending is None and self._answers is None and self.sparql_rules:
            self._pending = LocalAnswers(self.data, self.sparql_rules)

    @property
    def answers(self) -> Answers:
        """The rows of every SPARQL rule (waits for the worker or the store)."""
        if self._answers is None:
            self.start_answers()
            answers = self._pending.result() if self._pending is not None else Answers()
            if answers is None or set(answers.rows) != {r.id for r in self.sparql_rules}:
                # The worker failed, or answered other rules than these: answer here.
                answers = LocalAnswers(self.data, self.sparql_rules).result()
            self._pending = None
            self._answers = answers
            self.timings.store_seconds = answers.store_seconds
            self.timings.store_triples = answers.store_triples
        return self._answers

    def cancel(self) -> None:
        """Stop a worker whose answers will not be read."""
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

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


class PackRun:
    """One run of rule packs over one description, begun before the structure check finishes.

    Why begun early: with ``may_fork``, a large description's SPARQL rules start in a forked
    worker (:mod:`qnetspec.conformance.sparql_answers`) as soon as the run is created, so their
    conversion, store load and queries overlap the structure check and the graph rules here.
    Call :meth:`findings` for the results, or :meth:`cancel` when they are not wanted (the
    description failed its structure check). Raises :class:`PackError` when two packs define the
    same rule id.
    """

    def __init__(
        self,
        document: Document,
        packs: Iterable[Pack],
        profile: str | None = None,
        *,
        timings: Timings | None = None,
        may_fork: bool = False,
        worker: ForkedAnswers | None = None,
    ) -> None:
        data = document.data
        packs = tuple(packs)
        self.document = document
        self.timings = timings if timings is not None else Timings()
        self._usable = isinstance(data, dict)
        try:
            self.rules = _selected(packs, profile, data) if self._usable else []
        except PackError:
            if worker is not None:
                worker.cancel()  # its answers can never be used
            raise
        if worker is None and may_fork and worth_forking(data):
            worker = fork_worker(lambda: data, packs, profile)
        self._worker = worker

    def findings(self, topology: Topology | None = None) -> list[Finding]:
        """Every finding of the selected rules, sorted (``topology``: one already built)."""
        if not self._usable:
            self.cancel()
            return []
        context = _Context(self.document.data, self.rules, self.timings, topology, self._worker)
        self._worker = None
        findings: list[Finding] = []
        # A 10k-node description is about a million Python objects; the cyclic garbage collector
        # would walk all of them again and again while the store and graphs are built (measured:
        # it doubles the topology build). Nothing here makes reference cycles worth collecting.
        with paused_gc():
            try:
                # The SPARQL side runs (in a worker, or a store loading on a thread) while the
                # graph rules run here.
                context.start_answers()
                graph_rules = [rule for rule in self.rules if rule.kind != "sparql"]
                if graph_rules:
                    context.topology  # noqa: B018 - built first, so rule timings are the rules' own
                for rule in graph_rules:
                    findings.extend(_timed_rule(rule, context, self.document, self.timings))
                if context.sparql_rules:
                    context.answers  # noqa: B018 - waited for here, for the same reason
                for rule in context.sparql_rules:
                    findings.extend(_timed_rule(rule, context, self.document, self.timings))
            finally:
                context.cancel()
        return sorted(findings, key=Finding.sort_key)

    def cancel(self) -> None:
        """Stop the worker, if any: the findings will not be asked for."""
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None


def _selected(packs: Sequence[Pack], profile: str | None, data: dict) -> list[Rule]:
    """The rules for ``profile``, by default the one ``data`` declares (see :func:`run_packs`)."""
    if profile is None and isinstance(data.get("profile"), str):
        profile = data["profile"]
    return select_rules(packs, profile)


def fork_worker(
    description: Callable[[], Any], packs: Iterable[Pack], profile: str | None = None
) -> ForkedAnswers | None:
    """A forked worker answering the SPARQL rules of ``packs``, or None where none may be forked.

    ``description()`` runs in the worker: it may parse the file there, so that parsing overlaps
    too. The worker picks the rules from the description it gets, as :class:`PackRun` does; a
    run given a worker that answered other rules answers them itself.
    """
    packs = tuple(packs)

    def produce() -> Answers:
        data = description()
        if not isinstance(data, dict):
            return Answers()
        rules = [rule for rule in _selected(packs, profile, data) if rule.kind == "sparql"]
        return answer_here(data, rules)

    return fork(produce)


def run_packs(
    document: Document,
    packs: Iterable[Pack],
    profile: str | None = None,
    *,
    timings: Timings | None = None,
    topology: Topology | None = None,
) -> list[Finding]:
    """Every finding of the rules of ``packs`` that apply to ``profile``, sorted, in this process.

    ``profile`` defaults to the one the description declares; a description without a known profile
    gets only the rules marked ``all`` (the structure check reports the missing profile). Pass a
    ``topology`` already built for the description to share it (and its cached paths) with the
    claims stage. Raises :class:`PackError` when two packs define the same rule id.
    """
    return PackRun(document, packs, profile, timings=timings).findings(topology)


def _timed_rule(
    rule: Rule, context: _Context, document: Document, timings: Timings
) -> list[Finding]:
    """The findings of one rule (a crash becomes a finding), with its time noted.

    A SPARQL rule's time includes its query's, which may have run earlier or in the worker.
    """
    start = time.perf_counter()
    try:
        found = list(_run_rule(rule, context, document))
    except Exception as exc:  # a broken rule is reported, not fatal
        found = [_failure(rule, document, exc)]
    seconds = time.perf_counter() - start
    if rule.kind == "sparql":
        seconds += context.answers.seconds.get(rule.id, 0.0)
    timings.rules.append(RuleTiming(rule.id, rule.kind, seconds, len(found)))
    return found


def _run_rule(rule: Rule, context: _Context, document: Document) -> Iterable[Finding]:
    if rule.kind == "sparql":
        yield from _run_sparql(rule, context, document)
    else:
        yield from _run_python(rule, context, document)


def _run_sparql(rule: Rule, context: _Context, document: Document) -> Iterable[Finding]:
    rows = context.answers.rows.get(rule.id, [])
    if isinstance(rows, QueryFailed):
        raise rows
    seen: set[tuple[str, str]] = set()
    for values in rows:
        focus = values.get("focus")
        if focus is None:
            continue
        readable = {k: context.id_of_iri(v) for k, v in values.items()}
        readable.setdefault("id", context.id_of_iri(focus))
        message = values.get("message") or _render(rule.message or rule.title, readable)
        pointer = context.pointer_of_iri(focus)
        if pointer is not None:
            pointer = context.refine(pointer, values.get("slot"))
        key = (pointer if pointer is not None else focus, message)
        if key in seen:
            continue
        seen.add(key)
        yield _finding(rule, document, message, pointer, None if pointer is not None else focus)


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
    if isinstance(exc, QueryFailed):  # the query's own error, raised where it ran
        kind, where = exc.kind, ""
    else:
        frames = traceback.extract_tb(exc.__traceback__)
        kind = type(exc).__name__
        where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return Finding(
        rule_id=rule.id,
        severity=Severity.ERROR,
        message=f"{RULE_FAILED}: {kind}: {exc}{where}",
        location=document.locate(""),
        clause=rule.clause_text,
        title=rule.title,
        properties={"pack": rule.pack, "internal_error": True},
    )
