"""The answers of a description's SPARQL rules, computed in this process or in a forked worker.

Why a worker: a 10k-node check spends about half its time on the SPARQL side (converting the
description to RDF, loading it into pyoxigraph, running the queries) and half on the Python side
(parsing, structure, topology, graph rules). The two halves share nothing but the description, so
on a machine with a second core they can run at once. The worker is forked as soon as the file's
bytes are read and parses them itself, with the same loader: it starts converting as early as the
parent starts checking structure, and the two never write to the same pages (a child forked after
parsing would copy most of the parsed data page by page as it touched the reference counts). Only
the answers, rows of plain strings, come back through a pipe.

A worker is used only where forking is known to be safe and worth it: on Linux, with no other
thread running in this process (a fork copies only the calling thread, and a lock another
thread held would stay locked in the child), for descriptions large enough that the fork pays
for itself. Anywhere else, or when the worker fails in any way, the same answers are computed
in this process, with the store loaded on a thread while the graph rules run.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from qnetspec.conformance.manifest import Rule
from qnetspec.conformance.scope import triple_filter
from qnetspec.description_rdf import Conversion, description_to_ntriples, load_store

# Below these sizes a description is checked in well under 0.1 s and a fork would cost more than
# it saves: list items (nodes, links, channels...) of a parsed description, bytes of a file.
FORK_MIN_ITEMS = 2000
FORK_MIN_BYTES = 256 * 1024

Row = dict[str, str]


class QueryFailed(Exception):
    """A rule's query raised; ``kind`` is the original exception's type name."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(kind, message)  # both in ``args``, so that it pickles (worker -> parent)
        self.kind = kind
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass
class Answers:
    """Rows per rule id (or the failure of its query), and where the time went."""

    rows: dict[str, list[Row] | QueryFailed] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    store_seconds: float = 0.0
    store_triples: int = 0


def _text(term: Any) -> str:
    """An IRI, a literal's lexical form or a blank node's id (anything else: its N-Triples)."""
    return str(getattr(term, "value", term))


def query_rows(store: Any, query: str) -> list[Row]:
    """Every solution of ``query`` as variable -> plain text (IRIs and literals' lexical forms);
    unbound variables are left out of their row."""
    results = store.query(query)
    names = [variable.value for variable in results.variables]
    rows = []
    for solution in results:
        bound = ((name, solution[name]) for name in names)
        rows.append({name: _text(term) for name, term in bound if term is not None})
    return rows


def convert(data: dict, rules: Sequence[Rule]) -> Conversion:
    """The description as N-Triples, holding only the triples the rules' queries can match."""
    return description_to_ntriples(data, triple_filter(rule.query or "" for rule in rules))


def answer_all(store: Any, rules: Sequence[Rule], answers: Answers) -> Answers:
    """Run each rule's query on ``store``, noting its rows (or failure) and time in ``answers``."""
    for rule in rules:
        start = time.perf_counter()
        try:
            answers.rows[rule.id] = query_rows(store, rule.query or "")
        except Exception as exc:  # one broken query is that rule's finding, not the run's end
            answers.rows[rule.id] = QueryFailed(type(exc).__name__, str(exc))
        answers.seconds[rule.id] = time.perf_counter() - start
    return answers


def answer_here(data: dict, rules: Sequence[Rule]) -> Answers:
    """Convert, load and query in this process, timing the store's part."""
    start = time.perf_counter()
    conversion = convert(data, rules)
    store = load_store(conversion)
    answers = Answers(
        store_seconds=time.perf_counter() - start, store_triples=conversion.triple_count
    )
    return answer_all(store, rules, answers)


def fork_allowed() -> bool:
    """Whether a worker may be forked now (see the module's docstring)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and _only_thread()


def _only_thread() -> bool:
    """Whether this is the only thread of the process (a fork copies the calling thread only)."""
    return threading.active_count() == 1


def worth_forking(data: Any) -> bool:
    """Whether a parsed description is large enough for a worker to pay for itself."""
    if type(data) is not dict:
        return False
    return sum(len(value) for value in data.values() if type(value) is list) >= FORK_MIN_ITEMS


class ForkedAnswers:
    """``produce()`` run in a forked child; :meth:`result` is None when the child failed.

    The child runs ``produce`` on the state of this process at the fork (the closure needs no
    pickling), sends back the :class:`Answers` it returns and leaves with ``os._exit``: it runs no
    cleanup, flushes no inherited buffer and frees nothing.
    """

    def __init__(self, produce: Callable[[], Answers]) -> None:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            _child(produce, write_end)
        os.close(write_end)
        self._pid: int | None = pid
        self._read_end = read_end

    def result(self) -> Answers | None:
        """The child's answers (waits for them), or None if it died or sent something unusable."""
        if self._pid is None:
            return None
        chunks = []
        with os.fdopen(self._read_end, "rb") as pipe:
            while chunk := pipe.read(1 << 20):
                chunks.append(chunk)
        if self._reap() != 0:
            return None
        try:
            answers = pickle.loads(b"".join(chunks))
        except Exception:  # a truncated or corrupt message: the caller answers itself
            return None
        return answers if isinstance(answers, Answers) else None

    def cancel(self) -> None:
        """Stop the child (when its answers are no longer wanted) and reap it."""
        if self._pid is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self._pid, signal.SIGKILL)
        os.close(self._read_end)
        self._reap()

    def _reap(self) -> int:
        pid, self._pid = self._pid, None
        if pid is None:
            return -1
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status)


def _child(produce: Callable[[], Answers], write_end: int) -> None:
    """Body of the forked worker; never returns.

    The cyclic collector is off: the worker builds a million objects and frees none of them.
    """
    gc.disable()
    code = 1
    try:
        payload = pickle.dumps(produce(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
        code = 0
    except BaseException:  # whatever happens, the parent falls back to answering itself
        code = 1
    finally:
        os._exit(code)


def fork(produce: Callable[[], Answers]) -> ForkedAnswers | None:
    """A worker running ``produce`` when forking is allowed here, else None."""
    if not fork_allowed():
        return None
    try:
        return ForkedAnswers(produce)
    except OSError:  # no process or pipe to be had: the caller answers itself
        return None


class LocalAnswers:
    """The SPARQL rules answered in this process; the store loads on a thread meanwhile.

    Why a thread: pyoxigraph parses and indexes without holding the GIL, so the load overlaps
    the graph rules, which run while it loads. The conversion itself is Python and runs first.
    """

    def __init__(self, data: dict, rules: Sequence[Rule]) -> None:
        self._rules = rules
        start = time.perf_counter()
        conversion = convert(data, rules)
        self._answers = Answers(
            store_seconds=time.perf_counter() - start, store_triples=conversion.triple_count
        )
        self._store: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._load, args=(conversion,), name="qnetspec-store", daemon=True
        )
        self._thread.start()

    def _load(self, conversion: Conversion) -> None:
        start = time.perf_counter()
        try:
            self._store = load_store(conversion)
        except BaseException as exc:  # handed to the caller by result()
            self._error = exc
        self._answers.store_seconds += time.perf_counter() - start

    def result(self) -> Answers:
        """Every rule's rows, once the store has loaded; re-raises what the load raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return answer_all(self._store, self._rules, self._answers)

    def cancel(self) -> None:
        self._thread.join()
