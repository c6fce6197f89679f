"""`qnetspec export` and `qnetspec coverage` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import rdflib


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qnetspec", *args], capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def kg_turtle() -> rdflib.Graph:
    proc = run("export", "--what", "kg", "--format", "turtle")
    assert proc.returncode == 0, proc.stderr
    return rdflib.Graph().parse(data=proc.stdout, format="turtle")


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("json-ld", "json-ld"), ("nt", "nt")])
def test_kg_formats_carry_the_same_triples(kg_turtle, fmt, rdflib_format) -> None:
    proc = run("export", "--what", "kg", "--format", fmt)
    assert proc.returncode == 0, proc.stderr
    graph = rdflib.Graph().parse(data=proc.stdout, format=rdflib_format)
    assert len(graph) == len(kg_turtle)


def test_kg_holds_schema_and_supplement_data(kg_turtle) -> None:
    qn = rdflib.Namespace("https://w3id.org/qnetspec/")
    assert (qn.QuantumRouter, rdflib.RDF.type, rdflib.OWL.Class) in kg_turtle
    assert (qn.SG13, rdflib.RDF.type, qn.StudyGroup) in kg_turtle
    # The schema's clause annotations are queryable facts of the ontology.
    clauses = {str(o) for o in kg_turtle.objects(qn.QuantumRouter, qn.clause)}
    assert clauses and all("7.3" in c or "3.2.8" in c for c in clauses)


def test_ontology_and_shacl_exports_differ_and_parse(tmp_path) -> None:
    out = tmp_path / "shapes.ttl"
    assert run("export", "--what", "shacl", "-o", str(out)).returncode == 0
    shapes = rdflib.Graph().parse(out, format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    assert (
        rdflib.URIRef("https://w3id.org/qnetspec/QuantumLink"),
        rdflib.RDF.type,
        sh.NodeShape,
    ) in shapes
    onto = run("export", "--what", "ontology", "--format", "nt")
    assert onto.returncode == 0 and "owl#Class" in onto.stdout


def test_jsonschema_export_is_json() -> None:
    proc = run("export", "--what", "jsonschema")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["$defs"]["NetworkDescription"]


def test_jsonschema_refuses_rdf_format() -> None:
    proc = run("export", "--what", "jsonschema", "--format", "turtle")
    assert proc.returncode == 2
    assert "JSON only" in proc.stderr and "Traceback" not in proc.stderr


def test_unwritable_output_is_a_clear_error(tmp_path) -> None:
    proc = run("export", "--what", "kg", "-o", str(tmp_path / "missing" / "kg.ttl"))
    assert proc.returncode == 2
    assert "cannot write" in proc.stderr and "Traceback" not in proc.stderr


def test_coverage_reports_every_clause_covered() -> None:
    proc = run("coverage", "--format", "json")
    assert proc.returncode == 0, proc.stdout[-2000:]
    report = json.loads(proc.stdout)
    numbers = {row["clause"] for row in report["clauses"]}
    # Clauses 3-10 with their sub-clauses and Appendix I are all in the matrix.
    assert {"3", "3.2.11", "4", "6.2", "7.3.1", "8.2.1", "9.2", "10.3.3", "I", "I.8"} <= numbers
    assert not {"1", "2"} & numbers
    assert report["uncovered"] == []


def test_coverage_exits_1_when_a_clause_is_uncovered(monkeypatch) -> None:
    from qnetspec import coverage

    matrix = coverage.build_matrix()
    row = next(r for r in matrix if r.number == "10.3.2")
    row.schema_elements.clear()
    row.individuals.clear()
    row.rules.clear()
    assert not row.covered
    assert "1 uncovered: 10.3.2" in coverage.render_table(matrix)


def test_coverage_table_lists_titles() -> None:
    proc = run("coverage")
    assert proc.returncode == 0
    assert "Quantum routers" in proc.stdout
