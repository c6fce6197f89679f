"""Evaluating queries in worker processes, so that a query past its time limit can be killed.

Why processes: pyoxigraph cannot cancel a query it is evaluating. A thread can stop waiting for it,
but the evaluation goes on burning a core, and a few ``COUNT(*)`` over a cross product would take an
endpoint down for good. So ``qnetspec serve`` evaluates in a small pool of worker processes; a query
past its limit gets its worker killed and replaced, and its slot back.

Each worker holds the graph in memory, loaded from an N-Quads snapshot the server writes once:
queries on pyoxigraph's on-disk store run three to eight times slower than in memory (measured by
``benchmarks/bench_kg.py``), which the 50 ms target per question cannot afford. A worker can also
open a store directory read-only instead (RocksDB lets many readers share one), trading that speed
for memory: each in-memory copy of a 10k-node description takes about 300 MB.

The protocol over each worker's socket is plain data: ``(query, default graphs, named graphs, max
rows, timeout)`` in, ``(status, payload)`` out. Graph results travel as N-Triples.
"""

from __future__ import annotations

import contextlib
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qnetspec.kg_query import (
    DEFAULT_LIMITS,
    Busy,
    GraphResult,
    QueryFailed,
    QueryLimits,
    QueryTimeout,
    Result,
    check_graph_names,
)
from qnetspec.sparql_guard import CheckedQuery, MalformedQuery, QueryProblem, RefusedQuery

# A worker notices its own deadline between solutions; give it this long to say so before killing.
_GRACE_S = 0.05
# The folder holding the qnetspec package, so a worker imports the same code as its parent.
_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)


def _open(source: str) -> Any:
    """The store a worker answers from: a directory opened read-only, or a snapshot in memory."""
    import pyoxigraph

    if Path(source).is_dir():
        return pyoxigraph.Store.read_only(source)
    store = pyoxigraph.Store()
    store.bulk_load(path=source, format=pyoxigraph.RdfFormat.N_QUADS)
    return store


def _worker_main(source: str, conn: Any) -> None:
    """Body of a worker process: open the store, then answer until told to stop."""
    import pyoxigraph

    from qnetspec.kg_query import dataset_options, evaluate

    try:
        store = _open(source)
    except (OSError, SyntaxError, ValueError) as exc:
        conn.send(("error", f"cannot open the graph {source}: {exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        text, default_graphs, named_graphs, max_rows, timeout_s = message
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        try:
            options = dataset_options(default_graphs, named_graphs)
            result = evaluate(store, text, options, max_rows, deadline)
            if isinstance(result, GraphResult):
                data = pyoxigraph.serialize(result.triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
                reply: tuple[str, Any] = ("graph", (data or b"", result.truncated))
            else:
                reply = ("ok", result)
        except QueryTimeout as exc:
            reply = ("timeout", str(exc))
        except QueryProblem as exc:
            reply = ("refused" if isinstance(exc, RefusedQuery) else "malformed", exc.message)
        except QueryFailed as exc:
            reply = ("failed", str(exc))
        except Exception as exc:  # a worker answers every message, whatever happens
            reply = ("failed", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


@dataclass(eq=False)  # hashed by identity: the pool keeps a set of live workers
class _Worker:
    process: Any
    conn: Any


class ProcessEngine:
    """Answers queries with ``workers`` processes (the concurrency limit), each holding the graph
    from ``source``: an N-Quads snapshot (loaded into memory) or a store directory (read-only)."""

    def __init__(
        self, source: str | Path, *, workers: int = 2, start_timeout_s: float = 600.0
    ) -> None:
        self.source = str(source)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._live: set[_Worker] = set()
        self._closed = False
        self._start_timeout_s = start_timeout_s
        starting = [self._spawn() for _ in range(max(1, workers))]
        try:
            for worker in starting:
                self._await_ready(worker)
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    # -- pool ----------------------------------------------------------------------------------

    def _spawn(self) -> _Worker:
        """Start ``python -m qnetspec.kg_workers SOURCE FD`` with one end of a socket pair as FD.

        A fresh interpreter rather than multiprocessing's spawn: that one re-imports the parent's
        ``__main__``, which is whatever script embedded the server.
        """
        from multiprocessing.connection import Connection

        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH", "")) if p
        )
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "qnetspec.kg_workers", self.source, str(theirs.fileno())],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                env=env,
            )
        finally:
            theirs.close()
        worker = _Worker(process, Connection(ours.detach()))
        with self._lock:
            self._live.add(worker)
        return worker

    def _await_ready(self, worker: _Worker) -> None:
        try:
            if not worker.conn.poll(self._start_timeout_s):
                raise QueryFailed("a query worker did not start in time")
            status, detail = worker.conn.recv()
        except (EOFError, OSError):
            status, detail = "error", "a query worker died while starting"
        if status != "ready":
            self._kill(worker)
            raise QueryFailed(str(detail))

    def _kill(self, worker: _Worker) -> None:
        with self._lock:
            self._live.discard(worker)
        with contextlib.suppress(OSError):
            worker.conn.close()
        if worker.process.poll() is None:
            worker.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            worker.process.wait(timeout=5)

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and start another in the background (a start takes a fraction of a s)."""
        self._kill(worker)

        def respawn() -> None:
            if self._closed:
                return
            try:
                fresh = self._spawn()
                self._await_ready(fresh)
            except QueryFailed:
                return
            if self._closed:
                self._kill(fresh)
            else:
                self._idle.put(fresh)

        threading.Thread(target=respawn, name="qnetspec-respawn", daemon=True).start()

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._live)
        for worker in workers:
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
            with contextlib.suppress(subprocess.TimeoutExpired):
                worker.process.wait(timeout=1)
            self._kill(worker)

    def __enter__(self) -> ProcessEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries -------------------------------------------------------------------------------

    def run(
        self,
        query: CheckedQuery,
        limits: QueryLimits = DEFAULT_LIMITS,
        *,
        default_graphs: Iterable[str] = (),
        named_graphs: Iterable[str] = (),
        wait_for_slot_s: float | None = None,
    ) -> Result:
        """Evaluate ``query`` in a worker; same contract as :meth:`LocalEngine.run`."""
        import pyoxigraph

        if self._closed:
            raise QueryFailed("the query engine is closed")
        defaults = check_graph_names(list(default_graphs))
        named = check_graph_names(list(named_graphs))
        try:
            worker = self._idle.get(timeout=wait_for_slot_s)
        except queue.Empty:
            raise Busy("every query worker is busy; try again shortly") from None
        timeout = limits.timeout_s
        try:
            worker.conn.send((query.text, defaults, named, limits.max_rows, timeout))
            if not worker.conn.poll(None if timeout is None else timeout + _GRACE_S):
                self._replace(worker)
                raise QueryTimeout(f"the query ran past its {timeout:g} s time limit")
            status, payload = worker.conn.recv()
        except (EOFError, OSError, ValueError):
            self._replace(worker)
            raise QueryFailed("the query worker died while answering") from None
        self._idle.put(worker)
        if status == "ok":
            return payload
        if status == "graph":
            data, truncated = payload
            quads = pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES) if data else []
            triples = [pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in quads]
            return GraphResult(triples, truncated)
        if status == "timeout":
            raise QueryTimeout(f"the query ran past its {timeout:g} s time limit")
        if status == "malformed":
            raise MalformedQuery(payload)
        if status == "refused":
            raise RefusedQuery(payload)
        raise QueryFailed(str(payload))


def main(argv: list[str] | None = None) -> int:
    """Entry point of a worker: ``python -m qnetspec.kg_workers SNAPSHOT_OR_STORE FD``."""
    import signal
    from multiprocessing.connection import Connection

    # Ctrl-C reaches the whole process group; the parent stops its workers itself (or they see the
    # socket close), so a worker ignores it rather than print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or not args[1].isdigit():
        print("usage: python -m qnetspec.kg_workers SNAPSHOT_OR_STORE FD (run by qnetspec serve)")
        return 2
    _worker_main(args[0], Connection(int(args[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
