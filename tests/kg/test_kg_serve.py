"""``qnetspec serve`` over HTTP on loopback with a real SPARQL client (SPARQLWrapper): the SPARQL
1.1 Protocol (GET, POST form, POST query), content negotiation, limits and error statuses."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from kg_expected import CONCATENATED
from kg_helpers import METRO, json_rows, run_cli
from SPARQLWrapper import CSV, GET, JSON, N3, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from qnetspec.kg_query import LocalEngine
from qnetspec.kg_questions import list_questions
from qnetspec.kg_results import to_json
from qnetspec.sparql_guard import check_query
from qnetspec.sparql_http import (
    ServeConfig,
    SparqlServer,
    make_server,
    negotiate,
    parse_accept,
    start_in_thread,
)

NODES = "PREFIX qn: <https://w3id.org/qnetspec/> SELECT ?id { ?d qn:nodes/qn:id ?id } ORDER BY ?id"
ROUTES = (
    "PREFIX qn: <https://w3id.org/qnetspec/> CONSTRUCT { ?sr qn:routed_via ?n } "
    "WHERE { ?sr qn:routed_via ?n }"
)
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def client(server: SparqlServer, query: str, fmt: str = JSON, method: str = GET) -> SPARQLWrapper:
    wrapper = SPARQLWrapper(server.url)
    # SPARQLWrapper guesses the query form with a regular expression that mistakes words in
    # consecutive comment lines ("address", "load") for update keywords: send the body alone.
    wrapper.setQuery("".join(line for line in query.splitlines(True) if not line.startswith("#")))
    wrapper.setReturnFormat(fmt)
    wrapper.setMethod(method)
    return wrapper


def http(
    server: SparqlServer,
    *,
    method: str = "GET",
    query: str | None = None,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    path: str = "/sparql",
) -> tuple[int, dict[str, str], bytes]:
    base = server.url.rsplit("/", 1)[0]
    url = base + path + ("?" + urllib.parse.urlencode({"query": query}) if query else "")
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _sorted_concat(name: str, table: list[tuple]) -> list[tuple]:
    if name not in CONCATENATED:
        return table
    index, sep = CONCATENATED[name]
    return [
        (*row[:index], sorted((row[index] or "").split(sep)), *row[index + 1 :]) for row in table
    ]


@pytest.mark.parametrize("method", [GET, POST])
def test_every_named_question_answers_as_the_embedded_store_does(
    server: SparqlServer, engine: LocalEngine, method: str
) -> None:
    for question in list_questions():
        payload = client(server, question.text, JSON, method).queryAndConvert()
        local = json.loads(to_json(engine.run(check_query(question.text))))
        assert payload["head"] == local["head"], question.name
        got = _sorted_concat(question.name, json_rows(payload))
        assert got == _sorted_concat(question.name, json_rows(local)), question.name


def test_post_directly_as_application_sparql_query(server: SparqlServer) -> None:
    wrapper = client(server, NODES, JSON, POST)
    wrapper.setRequestMethod(POSTDIRECTLY)
    ids = [row[0] for row in json_rows(wrapper.queryAndConvert())]
    assert ids[:5] == ["a", "alice", "b", "bob", "c"]


def test_result_formats_by_content_negotiation(server: SparqlServer) -> None:
    xml = client(server, NODES, XML).query()
    assert xml.response.headers["Content-Type"] == "application/sparql-results+xml"
    bindings = xml.convert().getElementsByTagName("binding")
    assert bindings[0].getAttribute("name") == "id"
    csv_result = client(server, NODES, CSV).query()
    assert csv_result.response.headers["Content-Type"].startswith("text/csv")
    assert csv_result.convert().decode().splitlines()[:3] == ["id", "a", "alice"]
    tsv = client(server, NODES, TSV).query()
    assert tsv.convert().decode().splitlines()[:2] == ["?id", '"a"']


def test_graph_results_as_turtle_and_ntriples(server: SparqlServer) -> None:
    import pyoxigraph

    for fmt in (TURTLE, N3):
        result = client(server, ROUTES, fmt).query()
        assert result.response.headers["Content-Type"].startswith("text/turtle")
        triples = list(pyoxigraph.parse(result.convert(), format=pyoxigraph.RdfFormat.TURTLE))
        assert len(triples) == 6  # 2 + 2 + 2 intermediate nodes of the fixtures' requests
    status, headers, body = http(server, query=ROUTES, headers={"Accept": "application/n-triples"})
    assert status == 200 and headers["Content-Type"] == "application/n-triples"
    assert len(body.decode().strip().splitlines()) == 6


def test_service_description_without_a_query(server: SparqlServer) -> None:
    status, headers, body = http(server)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert f"sd:endpoint <{server.url}>" in body.decode()


def test_malformed_query_is_400_with_the_parsers_message(server: SparqlServer) -> None:
    with pytest.raises(QueryBadFormed) as bad:
        client(server, "SELECT * WHERE { ?s ?p }").query()
    assert "line 1, column 18" in str(bad.value)


def test_statuses(server: SparqlServer) -> None:
    assert http(server, path="/elsewhere")[0] == 404
    assert http(server, method="PUT", body=b"x")[0] == 405
    assert http(server, method="DELETE")[0] == 405
    assert http(server, query=NODES, headers={"Accept": "text/html"})[0] == 406
    assert (
        http(server, query=ROUTES, headers={"Accept": "application/sparql-results+json"})[0] == 406
    )
    big = b"ASK {} #" + b"x" * (64 * 1024)
    status, _, body = http(
        server, method="POST", body=big, headers={"Content-Type": "application/sparql-query"}
    )
    assert status == 413 and b"limit is 65536" in body
    status, _, _ = http(
        server, method="POST", body=b"ASK {}", headers={"Content-Type": "text/plain"}
    )
    assert status == 415
    status, _, body = http(server, query="ASK {}", headers={"Accept": "text/csv;q=0, */*;q=0.1"})
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}


def test_result_limit_cuts_and_says_so(server: SparqlServer) -> None:
    status, headers, body = http(server, query="SELECT * { ?s ?p ?o }")
    assert status == 200 and headers["X-Qnetspec-Truncated"] == "max-rows=40"
    assert len(json.loads(body)["results"]["bindings"]) == 40


def test_timeout_is_503_and_the_endpoint_recovers(server: SparqlServer) -> None:
    status, _, body = http(server, query=SLOW)
    assert status == 503 and b"1.5 s time limit" in body
    # the worker that ran it was killed and replaced: the endpoint still answers
    status, _, body = http(server, query="ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_dataset_from_protocol_parameters(server: SparqlServer) -> None:
    graph = urllib.parse.quote("https://w3id.org/qnetspec/graph/net/metro-kg", safe="")
    url = f"{server.url}?query={urllib.parse.quote(NODES)}&default-graph-uri={graph}"
    with urllib.request.urlopen(url, timeout=30) as response:
        ids = [row[0] for row in json_rows(json.load(response))]
    assert ids == ["alice", "bob", "carol", "r1", "r2"]


def test_concurrent_clients(server: SparqlServer) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: client(server, NODES).queryAndConvert(), range(40)))
    assert all(len(r["results"]["bindings"]) == 14 for r in results)


def test_a_body_that_never_arrives_is_408(engine: LocalEngine) -> None:
    import socket

    config = ServeConfig(request_timeout_s=0.3)
    srv = make_server(engine, "127.0.0.1", 0, config)
    thread = start_in_thread(srv)
    try:
        with socket.create_connection(srv.server_address[:2], timeout=10) as sock:
            sock.sendall(
                b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                b"Content-Length: 100\r\n\r\nASK"
            )
            chunks = []
            while chunk := sock.recv(4096):  # the server closes the connection after a 408
                chunks.append(chunk)
            reply = b"".join(chunks).decode()
        assert reply.startswith("HTTP/1.1 408") and "did not arrive" in reply
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(timeout=5)


def test_workers_can_read_a_store_directory_instead(store_dir: Path, engine: LocalEngine) -> None:
    """``--on-disk``: workers open the persisted store read-only rather than hold a copy."""
    from qnetspec.kg_workers import ProcessEngine

    with ProcessEngine(store_dir, workers=1) as workers:
        question = next(q for q in list_questions() if q.name == "trusted-nodes-on-paths")
        checked = check_query(question.text)
        assert workers.run(checked).rows == engine.run(checked).rows


def test_the_command_and_the_server_agree_on_defaults() -> None:
    from qnetspec import serve

    config = ServeConfig()
    assert (config.timeout_s, config.max_rows, config.max_body_bytes, config.max_concurrent) == (
        serve.DEFAULT_TIMEOUT_S,
        serve.DEFAULT_MAX_ROWS,
        serve.DEFAULT_MAX_BODY_BYTES,
        serve.DEFAULT_MAX_CONCURRENT,
    )


def test_accept_parsing() -> None:
    assert parse_accept(None) == [("*/*", 1.0)]
    assert parse_accept("text/csv;q=0.5, application/sparql-results+xml, */*;q=0.1") == [
        ("application/sparql-results+xml", 1.0),
        ("text/csv", 0.5),
        ("*/*", 0.1),
    ]
    assert negotiate("text/*", is_graph=False) == "csv"
    assert negotiate("text/*", is_graph=True) == "turtle"
    assert negotiate("application/*", is_graph=False) == "json"
    assert negotiate("application/json", is_graph=False) == "json"
    assert negotiate("image/png", is_graph=False) is None


def test_the_serve_command_end_to_end(tmp_path: Path) -> None:
    """``qnetspec serve --port 0``: prints its URL, answers, stops on Ctrl-C with exit 0 and leaves
    no temporary store behind."""
    root = Path(__file__).resolve().parents[2]
    script = (
        "import sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
        "from kg_helpers import cli_main\n"
        "raise SystemExit(cli_main(sys.argv[3:]))\n"
    )
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    argv = [sys.executable, "-c", script, str(root), str(Path(__file__).parent)]
    process = subprocess.Popen(
        [*argv, "serve", "--port", "0", "--max-concurrent", "1", str(METRO)],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=root,
    )
    try:
        line = process.stderr.readline()
        assert "SPARQL endpoint at http://127.0.0.1:" in line, line
        url = line.split(" at ")[1].split()[0]
        assert any(p.name.startswith("qnetspec-kg-") for p in tmp_path.iterdir())
        with urllib.request.urlopen(f"{url}?query={urllib.parse.quote(NODES)}", timeout=30) as r:
            assert json_rows(json.load(r))[0] == ("alice",)
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert not any(p.name.startswith("qnetspec-kg-") for p in tmp_path.iterdir())


def test_serve_refuses_bad_input(tmp_path: Path) -> None:
    code, _, err = run_cli(["serve", "--on-disk", str(METRO)])
    assert code == 2 and "--on-disk serves a store directory" in err
    code, _, err = run_cli(["serve", "--port", "0", str(tmp_path / "absent.yaml")])
    assert code == 2 and "absent.yaml" in err
    code, _, err = run_cli(["serve", "--timeout", "0", str(METRO)])
    assert code == 2 and "--timeout must be greater than 0" in err
