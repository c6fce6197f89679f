"""Security: no update, SERVICE, LOAD, remote FROM or remote JSON-LD context gets through, from the
command line or the endpoint, and nothing is fetched while refusing. The guard parses the query, so
comments, strings and IRIs that merely mention SERVICE are not refused, and odd spellings of the
real thing are."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from kg_helpers import hit_counter, run_cli

from qnetspec.kg_query import LocalEngine
from qnetspec.sparql_guard import MalformedQuery, RefusedQuery, check_query
from qnetspec.sparql_http import SparqlServer

SERVICE_QUERIES = [
    "SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    "select * where {{ sErViCe\n<{url}/sparql>\n{{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{url}/sparql> {{ ?s ?p ?o }} }}",
    "PREFIX x: <{url}/> SELECT * WHERE {{ SERVICE x:sparql {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ BIND(<{url}/sparql> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }} }} }}",
    "ASK {{ FILTER EXISTS {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }} }}",
    "SELECT * {{ {{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ SERVICE <{url}/s> {{ ?s ?p ?o }} }} }} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o MINUS {{ SERVICE <{url}/s> {{ ?s ?p ?o }} }} }}",
    "# a comment first\nSELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }} # SERVICE",
]
UPDATES = [
    ("INSERT DATA {{ <urn:a> <urn:b> <urn:c> }}", "INSERT DATA"),
    ("DELETE DATA {{ <urn:a> <urn:b> <urn:c> }}", "DELETE DATA"),
    ("DELETE WHERE {{ ?s ?p ?o }}", "DELETE WHERE"),
    ("DELETE {{ ?s ?p ?o }} INSERT {{ ?s ?p 1 }} WHERE {{ ?s ?p ?o }}", "DELETE/INSERT"),
    ("CLEAR ALL", "CLEAR"),
    ("DROP GRAPH <urn:g>", "DROP"),
    ("CREATE GRAPH <urn:g>", "CREATE"),
    ("ADD DEFAULT TO <urn:g>", "ADD"),
    ("MOVE DEFAULT TO <urn:g>", "MOVE"),
    ("COPY DEFAULT TO <urn:g>", "COPY"),
    ("LOAD <{url}/data.ttl>", "LOAD"),
    ("LOAD SILENT <{url}/data.ttl> INTO GRAPH <urn:g>", "LOAD"),
    ("PREFIX x: <urn:x#>\nLOAD <{url}/data.ttl> ; INSERT DATA {{ x:a x:b x:c }}", "LOAD"),
]
REMOTE_FROM = [
    "SELECT * FROM <{url}/data.ttl> WHERE {{ ?s ?p ?o }}",
    "SELECT * FROM NAMED <{url}/data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "PREFIX r: <{url}/> SELECT * FROM r:data.ttl WHERE {{ ?s ?p ?o }}",
    "BASE <{url}/> SELECT * FROM <data.ttl> WHERE {{ ?s ?p ?o }}",
    "DESCRIBE <urn:x> FROM <{url}/data.ttl>",
]
HARMLESS = [
    "# SERVICE <http://example.org/sparql> in a comment\nASK { ?s ?p ?o }",
    'SELECT * WHERE { ?s ?p "SERVICE <http://example.org/> { ?a ?b ?c }" }',
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
    "PREFIX SERVICE: <http://example.org/> SELECT * WHERE { ?s SERVICE:load ?o }",
    "SELECT ?service ?load WHERE { ?service ?load ?insert }",
    "SELECT * FROM <https://w3id.org/qnetspec/graph/supplement> WHERE { ?s ?p ?o } LIMIT 1",
    "SELECT * FROM NAMED <https://w3id.org/qnetspec/graph/net/metro-kg> "
    "WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1",
]


def test_the_threat_is_real_pyoxigraph_would_call_a_service() -> None:
    """Without the guard pyoxigraph calls the SERVICE endpoint: what the guard must prevent."""
    import pyoxigraph

    with hit_counter() as counter:
        query = f"SELECT * WHERE {{ SERVICE <{counter.url}/sparql> {{ ?s ?p ?o }} }}"
        list(pyoxigraph.Store().query(query))
        assert counter.hits == ["POST /sparql"]


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_is_refused_and_never_called(template: str, engine: LocalEngine) -> None:
    with hit_counter() as counter:
        query = template.format(url=counter.url)
        with pytest.raises(RefusedQuery, match="SERVICE is refused"):
            check_query(query)
        code, out, err = run_cli(["query", query])
        assert code == 2 and out == ""
        assert "SERVICE is refused" in err and "Traceback" not in err
        assert counter.hits == []


@pytest.mark.parametrize(("template", "operation"), UPDATES)
def test_updates_are_refused_and_load_fetches_nothing(template: str, operation: str) -> None:
    with hit_counter() as counter:
        query = template.format(url=counter.url)
        with pytest.raises(RefusedQuery) as refused:
            check_query(query)
        assert operation in refused.value.message
        assert "read-only" in refused.value.message
        code, _, err = run_cli(["query", query])
        assert code == 2 and "is refused" in err
        assert counter.hits == []


@pytest.mark.parametrize("template", REMOTE_FROM)
def test_remote_from_is_refused(template: str) -> None:
    with hit_counter() as counter:
        query = template.format(url=counter.url)
        with pytest.raises(
            RefusedQuery, match=r"FROM <http://127\.0\.0\.1:\d+/data\.ttl> is refused"
        ):
            check_query(query)
        assert run_cli(["query", query])[0] == 2
        assert counter.hits == []


@pytest.mark.parametrize("query", HARMLESS)
def test_mentions_of_service_are_not_refused(query: str, engine: LocalEngine) -> None:
    checked = check_query(query)
    engine.run(checked)  # and the store answers it


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("SELECT * WHERE { ?s ?p }", "line 1, column 18"),
        ("SELECT ?s\nWHERE {\n  ?s ?p ?o\n  FILTER(\n}", "line 4, column 3"),
        ("SELEKT * { ?s ?p ?o }", "line 1, column 1"),
    ],
)
def test_malformed_queries_get_the_parsers_message_with_position(query: str, where: str) -> None:
    with pytest.raises(MalformedQuery) as bad:
        check_query(query)
    assert bad.value.message.startswith(f"malformed SPARQL query at {where}: ")
    code, out, err = run_cli(["query", query])
    assert code == 2 and out == "" and where in err and "Traceback" not in err


def test_a_query_followed_by_an_update_is_not_run() -> None:
    with pytest.raises(MalformedQuery, match="line 1, column 23"):
        check_query("SELECT * { ?s ?p ?o } ; LOAD <http://127.0.0.1:9/data.ttl>")


def test_empty_and_oversized_queries() -> None:
    with pytest.raises(MalformedQuery, match="empty"):
        check_query("  \n# only a comment? no: whitespace\n"[:3])
    with pytest.raises(RefusedQuery, match="character limit"):
        check_query("ASK {}" + " " * 300_000)


def _http(server: SparqlServer, query: str, *, form: str = "query") -> tuple[int, str]:
    body = urllib.parse.urlencode({form: query}).encode()
    request = urllib.request.Request(
        server.url, data=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_the_endpoint_refuses_the_same_and_fetches_nothing(server: SparqlServer) -> None:
    with hit_counter() as counter:
        for template in SERVICE_QUERIES:
            status, text = _http(server, template.format(url=counter.url))
            assert status == 403 and "SERVICE is refused" in text
        for template, operation in UPDATES:
            status, text = _http(server, template.format(url=counter.url))
            assert status == 403 and operation in text
            status, text = _http(server, template.format(url=counter.url), form="update")
            assert status == 403 and "read-only" in text
        for template in REMOTE_FROM:
            assert _http(server, template.format(url=counter.url))[0] == 403
        request = urllib.request.Request(
            server.url,
            data=f"LOAD <{counter.url}/data.ttl>".encode(),
            headers={"Content-Type": "application/sparql-update"},
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=30)
        assert refused.value.code == 403
        graph = urllib.parse.quote(f"{counter.url}/data.ttl", safe="")
        url = f"{server.url}?query=ASK%7B%7D&default-graph-uri={graph}"
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url, timeout=30)
        assert refused.value.code == 403
        assert counter.hits == []
    status, text = _http(server, HARMLESS[1])
    assert status == 200 and json.loads(text)["results"]["bindings"] == []


def test_no_remote_jsonld_context_is_fetched(tmp_path: Path) -> None:
    with hit_counter() as counter:
        path = tmp_path / "remote.jsonld"
        path.write_text(
            json.dumps({"@context": f"{counter.url}/context.jsonld", "@id": "urn:x", "name": "x"}),
            encoding="utf-8",
        )
        code, out, err = run_cli(["query", "ASK {}", str(path)])
        assert code == 2 and out == ""
        assert str(path) in err and "remote context" in err and "Traceback" not in err
        assert counter.hits == []
