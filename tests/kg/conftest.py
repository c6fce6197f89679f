"""Fixtures of the knowledge-graph tests: one store with the fixture descriptions, one endpoint."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kg_helpers import FIXTURES

from qnetspec.kg_query import LocalEngine
from qnetspec.kg_store import KnowledgeStore, build_store
from qnetspec.sparql_http import ServeConfig, SparqlServer, make_server, start_in_thread


@pytest.fixture(scope="session")
def kg() -> KnowledgeStore:
    """The Supplement plus the three fixture descriptions, in memory, with claim verdicts."""
    return build_store(FIXTURES, verdicts=True)


@pytest.fixture(scope="session")
def engine(kg: KnowledgeStore) -> LocalEngine:
    return LocalEngine(kg)


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same graph persisted to a directory."""
    directory = tmp_path_factory.mktemp("kg-store") / "store"
    build_store(FIXTURES, directory=directory, verdicts=True)
    return directory


@pytest.fixture(scope="session")
def snapshot(kg: KnowledgeStore, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph as the N-Quads snapshot ``qnetspec serve`` hands its workers."""
    path = tmp_path_factory.mktemp("kg-snapshot") / "snapshot.nq"
    kg.dump(path)
    return path


SERVE_CONFIG = ServeConfig(
    timeout_s=1.5, max_rows=40, max_body_bytes=64 * 1024, max_concurrent=2, slot_wait_s=5.0
)


@pytest.fixture(scope="session")
def server(snapshot: Path) -> Iterator[SparqlServer]:
    """``qnetspec serve`` as the CLI runs it (worker processes holding the snapshot), on port 0 of
    127.0.0.1, in a thread; shut down after the session."""
    from qnetspec.kg_workers import ProcessEngine

    with ProcessEngine(snapshot, workers=SERVE_CONFIG.max_concurrent) as workers:
        srv = make_server(workers, "127.0.0.1", 0, SERVE_CONFIG)
        thread = start_in_thread(srv)
        try:
            yield srv
        finally:
            srv.shutdown()
            srv.server_close()
            thread.join(timeout=5)
