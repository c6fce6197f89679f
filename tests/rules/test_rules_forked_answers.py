"""SPARQL rules answered in a forked worker give exactly what answering them here gives.

The worker is an optimisation only (``qnetspec.conformance.sparql_answers``): every example,
conformant or not, must get the same findings, in the same order, with the worker forced on as
with ``--serial``; a worker that fails must be replaced by answering here; a worker whose answers
are not wanted must be stopped and reaped.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from rules_helpers import conformant_examples, document_from_data, nonconformant_examples

from qnetspec.check import CheckOptions, check_document, check_paths
from qnetspec.conformance import PackRun, builtin_packs, fork_worker
from qnetspec.conformance import engine as engine_module
from qnetspec.conformance import sparql_answers as answers_module
from qnetspec.description_rdf import description_to_graph
from qnetspec.load import load_document

pytestmark = pytest.mark.skipif(
    not answers_module.sys.platform.startswith("linux"), reason="the worker is forked on Linux only"
)

EVERY_EXAMPLE = conformant_examples() + nonconformant_examples()


@pytest.fixture
def always_fork(monkeypatch):
    """Fork for descriptions and files of any size (the examples are far below the thresholds).

    Also with other threads running: the suite keeps a SPARQL endpoint serving from a thread for
    the whole session, and the children forked here run nothing but the checker's own code.
    """
    monkeypatch.setattr(answers_module, "FORK_MIN_ITEMS", 0)
    monkeypatch.setattr(answers_module, "FORK_MIN_BYTES", 0)
    monkeypatch.setattr(answers_module, "_only_thread", lambda: True)


@pytest.fixture
def forks(monkeypatch):
    """Count the workers actually forked."""
    started: list[int] = []
    real = answers_module.ForkedAnswers.__init__

    def counting(self, produce):
        real(self, produce)
        started.append(self._pid)

    monkeypatch.setattr(answers_module.ForkedAnswers, "__init__", counting)
    return started


@pytest.fixture
def answered_here(monkeypatch):
    """Count the times this process answered the SPARQL rules itself (no worker, or one failed)."""
    calls: list[int] = []
    real = answers_module.LocalAnswers.__init__

    def counting(self, data, rules):
        calls.append(len(rules))
        real(self, data, rules)

    monkeypatch.setattr(answers_module.LocalAnswers, "__init__", counting)
    return calls


def _all_reaped(pids: list[int]) -> bool:
    """Whether every worker forked here has been waited for (none is left running or a zombie)."""
    for pid in pids:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            continue
        return False
    return True


def _check(path: Path, parallel: bool):
    options = CheckOptions(simulate=False, parallel=parallel)
    return check_document(load_document(path), builtin_packs(), options).findings


@pytest.mark.parametrize("path", EVERY_EXAMPLE, ids=lambda p: p.name)
def test_forked_worker_gives_the_serial_findings(
    path: Path, always_fork, forks, answered_here
) -> None:
    serial = _check(path, parallel=False)
    assert forks == []
    here = len(answered_here)
    parallel = _check(path, parallel=True)
    assert len(answered_here) == here  # the worker's answers were used
    assert parallel == serial
    assert _all_reaped(forks)


@pytest.mark.parametrize("parallel", [True, False], ids=["worker", "serial"])
def test_whole_runs_match_with_workers_forked_before_parsing(
    parallel: bool, always_fork, forks, tmp_path: Path
) -> None:
    """``check_paths`` forks a worker per file before parsing it, whatever the format (the worker
    takes a faster path for JSON); an unreadable file stops it."""
    unreadable = tmp_path / "unreadable.json"
    unreadable.write_text('{"id": "x", "id": "y"}', encoding="utf-8")
    other_formats = []
    for source in (EVERY_EXAMPLE[0], nonconformant_examples()[-1]):
        data = load_document(source).data
        as_json = tmp_path / f"{source.stem}.json"
        as_json.write_text(json.dumps(data, indent=1), encoding="utf-8")
        as_turtle = tmp_path / f"{source.stem}.ttl"
        as_turtle.write_text(
            description_to_graph(data).serialize(format="turtle"), encoding="utf-8"
        )
        other_formats += [as_json, as_turtle]
    paths = [*EVERY_EXAMPLE, *other_formats, unreadable]
    run = check_paths(paths, CheckOptions(simulate=False, parallel=parallel))
    assert len(forks) == (len(paths) if parallel else 0)
    serial = check_paths(paths, CheckOptions(simulate=False, parallel=False))
    assert run.results == serial.results
    assert run.unusable_inputs == [str(unreadable)]
    assert _all_reaped(forks)


def test_examples_do_fork_when_forced(always_fork, forks) -> None:
    _check(conformant_examples()[0], parallel=True)
    assert len(forks) == 1


def test_small_descriptions_are_not_forked(forks) -> None:
    _check(conformant_examples()[0], parallel=True)
    assert forks == []


def test_threads_prevent_forking(monkeypatch) -> None:
    monkeypatch.setattr(answers_module.threading, "active_count", lambda: 1)
    assert answers_module.fork_allowed()
    monkeypatch.setattr(answers_module.threading, "active_count", lambda: 2)
    assert not answers_module.fork_allowed()
    assert answers_module.fork(answers_module.Answers) is None


def test_a_thread_of_our_own_counts() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not answers_module.fork_allowed()
    finally:
        stop.set()
        thread.join()


def test_size_decides_for_parsed_descriptions() -> None:
    items = answers_module.FORK_MIN_ITEMS
    assert answers_module.worth_forking({"nodes": [{}] * (items // 2), "links": [{}] * items})
    assert not answers_module.worth_forking({"nodes": [{}] * (items - 1), "id": "x" * items})
    assert not answers_module.worth_forking(["not", "a", "mapping"])


def test_a_failed_worker_is_replaced_by_answering_here(
    always_fork, forks, answered_here, monkeypatch
) -> None:
    path = nonconformant_examples()[0]
    serial = _check(path, parallel=False)
    answered_here.clear()

    def crash(data, rules):
        raise MemoryError("the worker ran out of memory")

    monkeypatch.setattr(engine_module, "answer_here", crash)  # only the child calls it
    assert _check(path, parallel=True) == serial
    assert len(forks) == 1
    assert len(answered_here) == 1
    assert _all_reaped(forks)


def test_structural_errors_stop_the_worker(always_fork, forks) -> None:
    path = next(p for p in nonconformant_examples() if p.name == "broken-references.yaml")
    findings = _check(path, parallel=True)
    assert any(f.rule_id == "QNS-SKIPPED" for f in findings)
    assert len(forks) == 1
    assert _all_reaped(forks)


def test_a_query_that_fails_in_the_worker_is_that_rules_finding(
    always_fork, forks, answered_here, monkeypatch
) -> None:
    real = answers_module.query_rows

    def failing(store, query):
        if "qn:classical_address" in query:
            raise ValueError("the engine gave up")
        return real(store, query)

    monkeypatch.setattr(answers_module, "query_rows", failing)  # the child inherits the patch
    document = load_document(conformant_examples()[0])
    here = PackRun(document, builtin_packs()).findings()
    forked = PackRun(document, builtin_packs(), may_fork=True).findings()
    assert len(forks) == 1
    assert len(answered_here) == 1  # only the run without a worker: the failure came back whole
    assert forked == here
    failure = next(f for f in forked if f.rule_id == "YS98-CLASSICAL-ADDRESS")
    assert failure.message == "rule could not run: ValueError: the engine gave up"


def test_a_worker_whose_answers_cannot_be_used_is_stopped(always_fork, forks) -> None:
    worker = fork_worker(lambda: {"nodes": []}, builtin_packs())
    run = PackRun(document_from_data(["not", "a", "mapping"]), builtin_packs(), worker=worker)
    assert run.findings() == []
    assert len(forks) == 1
    assert _all_reaped(forks)
