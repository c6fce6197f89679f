"""``qnetspec query``: sources of the question, output formats, limits, an external endpoint, and a
clear message with exit 2 for every kind of bad input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from kg_helpers import FIXTURES, METRO, QKDN, run_cli

from qnetspec.kg_questions import list_questions
from qnetspec.sparql_http import SparqlServer

NODES = "PREFIX qn: <https://w3id.org/qnetspec/> SELECT ?id { ?d qn:nodes/qn:id ?id } ORDER BY ?id"
METRO_NODES = ["alice", "bob", "carol", "r1", "r2"]


def test_list_names_every_question_with_its_clauses() -> None:
    code, out, _ = run_cli(["query", "--list"])
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == [q.name for q in list_questions()]
    assert any(line.startswith("trusted-nodes-on-paths") and " 9.1, 5 " in line for line in lines)


def test_table_is_the_default_for_a_select() -> None:
    code, out, _ = run_cli(["query", NODES, str(METRO)])
    assert code == 0
    assert out.splitlines() == ["id", "-----", *METRO_NODES, "(5 rows)"]


def test_csv_and_json_results() -> None:
    code, out, _ = run_cli(["query", "--format", "csv", NODES, str(METRO)])
    assert code == 0 and list(csv.reader(io.StringIO(out))) == [["id"], *([n] for n in METRO_NODES)]
    code, out, _ = run_cli(["query", "--format", "json", NODES, str(METRO)])
    payload = json.loads(out)
    assert payload["head"] == {"vars": ["id"]}
    assert payload["results"]["bindings"][0] == {"id": {"type": "literal", "value": "alice"}}
    code, out, _ = run_cli(["query", "--format", "json", "ASK { ?s a <urn:none> }"])
    assert json.loads(out) == {"head": {}, "boolean": False}


def test_turtle_for_a_construct() -> None:
    import pyoxigraph

    query = (
        "PREFIX qn: <https://w3id.org/qnetspec/> CONSTRUCT { ?sr qn:routed_via ?n } "
        "WHERE { ?sr qn:routed_via ?n }"
    )
    code, out, _ = run_cli(["query", query, str(QKDN)])  # turtle by default
    assert code == 0 and "@prefix qn: <https://w3id.org/qnetspec/> ." in out
    triples = list(pyoxigraph.parse(out.encode(), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == 4
    code, _, err = run_cli(["query", "--format", "csv", query])
    assert code == 2 and "is a graph" in err
    code, _, err = run_cli(["query", "--format", "turtle", NODES])
    assert code == 2 and "is a table" in err


def test_options_may_come_between_the_query_and_the_paths() -> None:
    code, out, err = run_cli(
        ["query", NODES, "--format", "csv", str(QKDN), "--max-rows", "9", str(METRO)]
    )
    assert code == 0, err
    assert out.split()[1:4] == ["a", "alice", "b"]
    code, _, err = run_cli(["query", NODES, "--no-such-option"])
    assert code == 2 and "unrecognized arguments: --no-such-option" in err


def test_named_file_and_stdin_questions(tmp_path: Path) -> None:
    code, out, _ = run_cli(
        ["query", "--name", "nodes-without-classical-id", "--format", "csv", *FIXTURES]
    )
    assert code == 0 and out.splitlines()[1] == "metro-kg,carol,QuantumSensor\r".rstrip("\r")
    path = tmp_path / "q.rq"
    path.write_text(NODES, encoding="utf-8")
    assert (
        run_cli(["query", "--file", str(path), "--format", "csv", str(METRO)])[1].split()[1:]
        == METRO_NODES
    )
    assert (
        run_cli(["query", "--file", "-", "--format", "csv", str(METRO)], stdin=NODES)[1].split()[1:]
        == METRO_NODES
    )


def test_unknown_name_missing_file_and_no_query(tmp_path: Path) -> None:
    code, _, err = run_cli(["query", "--name", "no-such-question"])
    assert code == 2 and "no such question" in err and "trusted-nodes-on-paths" in err
    code, _, err = run_cli(["query", "--file", str(tmp_path / "absent.rq")])
    assert code == 2 and "absent.rq" in err and "cannot read" in err
    code, _, err = run_cli(["query"])
    assert code == 2 and "give a SPARQL query" in err
    binary = tmp_path / "binary.rq"
    binary.write_bytes(b"\xff\xfe\x00")
    code, _, err = run_cli(["query", "--file", str(binary)])
    assert code == 2 and "not UTF-8" in err


def test_max_rows_cuts_and_says_so() -> None:
    code, out, err = run_cli(["query", "--max-rows", "2", "--format", "csv", NODES, str(METRO)])
    assert code == 0 and out.split() == ["id", "alice", "bob"]
    assert "cut at --max-rows 2" in err


def test_timeout_gives_up_with_exit_2() -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    code, out, err = run_cli(["query", "--timeout", "0.3", query])
    assert code == 2 and out == "" and "0.3 s time limit" in err


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert run_cli(["query", "-o", str(target), "--format", "csv", NODES, str(METRO)])[0] == 0
    assert target.read_text(encoding="utf-8").split() == ["id", *METRO_NODES]


# -- an external endpoint ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["terms", "trusted-nodes-on-paths", "links-by-medium"])
def test_endpoint_gives_the_same_answer_as_the_embedded_store(
    server: SparqlServer, name: str
) -> None:
    local = run_cli(["query", "--name", name, "--format", "json", *FIXTURES])
    remote = run_cli(["query", "--name", name, "--format", "json", "--endpoint", server.url])
    assert local[0] == remote[0] == 0
    assert json.loads(remote[1]) == json.loads(local[1])


def test_endpoint_construct_and_refusals(server: SparqlServer) -> None:
    query = (
        "CONSTRUCT { ?d a ?t } WHERE { ?d a ?t } "
        "VALUES ?t { <https://w3id.org/qnetspec/NetworkDescription> }"
    )
    code, out, _ = run_cli(["query", "--format", "ntriples", "--endpoint", server.url, query])
    assert code == 0 and len(out.strip().splitlines()) == 3
    code, _, err = run_cli(["query", "--endpoint", server.url, NODES, str(METRO)])
    assert code == 2 and "--dump" in err
    code, _, err = run_cli(["query", "--endpoint", "file:///etc/passwd", NODES])
    assert code == 2 and "http:// or https://" in err
    code, _, err = run_cli(
        ["query", "--endpoint", "http://127.0.0.1:9/sparql", "--timeout", "5", NODES]
    )
    assert code == 2 and "cannot reach" in err


def test_endpoint_truncation_and_malformed(server: SparqlServer) -> None:
    code, out, err = run_cli(
        ["query", "--format", "csv", "--endpoint", server.url, "SELECT * { ?s ?p ?o }"]
    )
    assert code == 0 and len(out.strip().splitlines()) == 1 + 40  # the server's max-rows
    code, _, err = run_cli(["query", "--endpoint", server.url, "SELECT * { ?s ?p }"])
    assert code == 2 and "line 1, column 12" in err


def test_help_stays_light() -> None:
    """The modules the CLI owner wires in import nothing heavy at start-up."""
    code = (
        "import sys, argparse\n"
        "from qnetspec.query_cli import add_query_parser\n"
        "from qnetspec.serve import add_serve_parser\n"
        "p = argparse.ArgumentParser(); s = p.add_subparsers()\n"
        "add_query_parser(s); add_serve_parser(s)\n"
        "names = ('rdflib', 'pyoxigraph', 'numpy', 'networkx', 'pyparsing', 'http.server')\n"
        "heavy = [m for m in names if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
    )
    assert out.stdout.strip() == ""
