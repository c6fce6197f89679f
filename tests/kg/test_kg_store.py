"""The graph: stable graph names and IRIs, descriptions as description_rdf writes them, derived
facts, persistence to a directory (load once, reuse, replace), dumps, and refusals of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from kg_helpers import FIXTURES, LAB, METRO, QKDN, rows, run_cli

from qnetspec.description_rdf import element_iri, graph_to_description
from qnetspec.errors import UsageError
from qnetspec.findings import Finding, Location, Severity
from qnetspec.kg_derived import Verdict, verdict_ntriples, verdicts_from_findings
from qnetspec.kg_query import LocalEngine
from qnetspec.kg_store import (
    META_GRAPH,
    KnowledgeStore,
    build_store,
    description_graph,
    load_descriptions,
)
from qnetspec.load import load_document
from qnetspec.sparql_guard import check_query

G = "https://w3id.org/qnetspec/graph/"


def ask(kg: KnowledgeStore, query: str) -> list[tuple]:
    return rows(LocalEngine(kg).run(check_query(query)))


def test_every_source_has_its_named_graph(kg: KnowledgeStore) -> None:
    graphs = ask(kg, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert graphs == [
        (G + "analysis/lab-kg",),
        (G + "analysis/metro-kg",),
        (G + "analysis/qkdn-kg",),
        (G + "meta",),
        (G + "net/lab-kg",),
        (G + "net/metro-kg",),
        (G + "net/qkdn-kg",),
        (G + "ontology",),
        (G + "supplement",),
    ]


def test_element_iris_are_description_rdf_ones(kg: KnowledgeStore) -> None:
    found = ask(
        kg,
        "PREFIX qn: <https://w3id.org/qnetspec/> SELECT ?n WHERE { "
        "<https://w3id.org/qnetspec/net/metro-kg> qn:nodes ?n } ORDER BY ?n",
    )
    assert found == [(element_iri("metro-kg", i),) for i in ("alice", "bob", "carol", "r1", "r2")]


@pytest.mark.parametrize("path", [METRO, QKDN, LAB])
def test_a_description_graph_round_trips(kg: KnowledgeStore, path: Path) -> None:
    import pyoxigraph

    data = load_document(path).data
    quads = kg.store.quads_for_pattern(
        None, None, None, pyoxigraph.NamedNode(description_graph(data))
    )
    assert graph_to_description(list(quads)) == data


def test_supplement_and_ontology_are_joined(kg: KnowledgeStore) -> None:
    """A description's node is an instance of the class the Supplement's component kind names."""
    found = ask(
        kg,
        "PREFIX qn: <https://w3id.org/qnetspec/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
        " SELECT ?label ?parent WHERE { <https://w3id.org/qnetspec/net/metro-kg/r1> a ?c . "
        "?k qn:component_class ?c ; rdfs:label ?label . ?c rdfs:subClassOf ?parent . "
        "FILTER(isIRI(?parent)) }",
    )
    assert found == [("quantum repeater", "https://w3id.org/qnetspec/QuantumNetworkNode")]


def test_derived_service_paths(kg: KnowledgeStore) -> None:
    found = ask(
        kg,
        "PREFIX qn: <https://w3id.org/qnetspec/> SELECT ?link WHERE { "
        "<https://w3id.org/qnetspec/net/qkdn-kg/key-ab> qn:routed_over ?link } ORDER BY ?link",
    )
    assert found == [(element_iri("qkdn-kg", i),) for i in ("m1", "m2", "m3")]


def test_verdicts_from_findings_exactly() -> None:
    """The mapping from the claims stage's findings to triples, on hand-made findings."""
    data = {"id": "net", "claims": [{"id": "c1"}, {"id": "c2"}]}

    def finding(rule: str, pointer: str, **props: object) -> Finding:
        return Finding(
            rule,
            Severity.INFO,
            f"{rule} message",
            Location("f", pointer=pointer),
            "8.2.1",
            None,
            props,
        )

    findings = [
        finding("QNS-CLAIM-SUPPORTED", "/claims/0/fidelity", claim="c1", figure="fidelity",
                claimed=0.9, simulated=0.95, interval=[0.94, 0.96], unit=""),
        finding("QNS-CLAIM-BEYOND-BOUND", "/claims/0/entanglement_rate_hz", claim="c1",
                figure="entanglement_rate_hz", claimed=1e9, simulated=10.0, interval=[9.0, 11.0],
                unit="Hz", bound_per_s=100.0),
        finding("QNS-CLAIM-UNVERIFIABLE", "/claims/1/service_request", reason="no path"),
        finding("QNS-SOMETHING-ELSE", "/claims/1"),
    ]  # fmt: skip
    verdicts = verdicts_from_findings(data, findings)
    assert [(v.claim_id, v.figure, v.verdict, v.bound) for v in verdicts] == [
        ("c1", "fidelity", "supported", None),
        ("c1", "entanglement_rate_hz", "beyond-bound", 100.0),
        ("c2", None, "unverifiable", None),
    ]
    kg = KnowledgeStore.open()
    kg.ensure_supplement()
    kg.add_description(data, verdicts=verdicts)
    found = ask(
        kg,
        "PREFIX qn: <https://w3id.org/qnetspec/> SELECT ?claim ?verdict ?figure ?fv ?sim ?bound "
        "WHERE { ?c qn:id ?claim ; qn:verdict ?verdict . OPTIONAL { ?c qn:judgement ?j . "
        "?j qn:figure ?figure ; qn:verdict ?fv ; qn:simulated ?sim . "
        "OPTIONAL { ?j qn:bound ?bound } } } ORDER BY ?claim ?figure",
    )
    assert found == [
        ("c1", "beyond-bound", "entanglement_rate_hz", "beyond-bound", "10", "100"),
        ("c1", "beyond-bound", "fidelity", "supported", "0.95", None),
        ("c2", "unverifiable", None, None, None, None),
    ]


def test_verdict_literals_escape_messages() -> None:
    lines = verdict_ntriples(
        {"id": "n"}, [Verdict("c", "supported", "R", "fidelity", message='a "quoted"\nline')]
    )
    assert any('"a \\"quoted\\"\\nline"' in line for line in lines)


# -- persistence ---------------------------------------------------------------------------------


def test_a_store_directory_is_loaded_once_and_reused(tmp_path: Path) -> None:
    directory = tmp_path / "kg"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/qnetspec/NetworkDescription> }"
    code, out, err = run_cli(
        ["query", "--store", str(directory), "--format", "csv", count, str(METRO)]
    )
    assert (code, out) == (0, "n\r\n1\r\n"), err
    # no paths: the store is used as it is
    assert (
        run_cli(["query", "--store", str(directory), "--format", "csv", count])[1] == "n\r\n1\r\n"
    )
    # another description is added; loading the first again replaces it
    code, _, err = run_cli(["query", "--store", str(directory), count, str(QKDN), str(METRO)])
    assert code == 0, err
    assert (
        run_cli(["query", "--store", str(directory), "--format", "csv", count])[1] == "n\r\n2\r\n"
    )
    assert KnowledgeStore.open(directory, read_only=True).description_ids() == [
        "metro-kg",
        "qkdn-kg",
    ]


def test_reloading_a_description_replaces_its_triples(tmp_path: Path) -> None:
    first = tmp_path / "net.yaml"
    first.write_text(METRO.read_text(encoding="utf-8"), encoding="utf-8")
    directory = tmp_path / "kg"
    build_store([str(first)], directory=directory)
    text = METRO.read_text(encoding="utf-8")
    carol = "{id: carol, kind: QuantumSensor, senses: [time]}"
    first.write_text(text.replace(carol, "{id: dave, kind: QuantumSensor}"), encoding="utf-8")
    kg = build_store([str(first)], directory=directory)
    ids = ask(
        kg,
        "PREFIX qn: <https://w3id.org/qnetspec/> "
        "SELECT ?id WHERE { ?d qn:nodes/qn:id ?id } ORDER BY ?id",
    )
    assert ids == [("alice",), ("bob",), ("dave",), ("r1",), ("r2",)]


def test_a_stale_supplement_is_reloaded(tmp_path: Path) -> None:
    import pyoxigraph

    directory = tmp_path / "kg"
    build_store([], directory=directory)
    kg = KnowledgeStore.open(directory)
    graph = pyoxigraph.NamedNode(G + "supplement")
    kg.store.remove_graph(graph)
    kg._set_meta(G + "supplement", "https://w3id.org/qnetspec/content_sha256", "old")
    kg.flush()
    del kg
    kg = build_store([], directory=directory)
    assert len(list(kg.store.quads_for_pattern(None, None, None, graph))) > 1000


def test_a_directory_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    code, _, err = run_cli(["query", "--store", str(tmp_path), "ASK {}"])
    assert code == 2 and "not empty and holds no store" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    code, _, err = run_cli(["query", "--store", str(tmp_path / "notes.txt"), "ASK {}"])
    assert code == 2 and "not a directory" in err
    with pytest.raises(UsageError, match="no store there"):
        KnowledgeStore.open(tmp_path / "missing", read_only=True)


@pytest.mark.parametrize(
    ("suffix", "graphs"), [(".nq", True), (".trig", True), (".nt", False), (".ttl", False)]
)
def test_dump_for_an_external_server(tmp_path: Path, suffix: str, graphs: bool) -> None:
    import pyoxigraph

    target = tmp_path / f"kg{suffix}"
    code, out, err = run_cli(["query", "--dump", str(target), str(METRO)])
    assert (code, out) == (0, ""), err
    quads = list(pyoxigraph.parse(path=str(target)))
    names = {q.graph_name for q in quads}
    if graphs:
        assert pyoxigraph.NamedNode(G + "net/metro-kg") in names and len(names) == 5
    else:
        assert names == {pyoxigraph.DefaultGraph()}
    assert len(quads) == len(build_store([str(METRO)]))


def test_dump_needs_a_known_extension(tmp_path: Path) -> None:
    code, _, err = run_cli(["query", "--dump", str(tmp_path / "kg.txt")])
    assert code == 2 and ".nq, .trig, .nt or .ttl" in err


# -- bad input -----------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    code, out, err = run_cli(["query", "ASK {}", str(tmp_path / "absent.yaml")])
    assert code == 2 and out == ""
    assert "absent.yaml" in err and "No such file" in err and "Traceback" not in err


def test_malformed_yaml_is_located(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(
        "id: x\nprofile: fully-quantum\nnodes:\n  - {id: a, kind: [\n", encoding="utf-8"
    )
    code, _, err = run_cli(["query", "ASK {}", str(path)])
    assert code == 2 and f"{path}:" in err and "Traceback" not in err
    assert err.split(str(path))[1].startswith(":")  # file:line:col


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("profile: fully-quantum\nnodes: []\n", "has no usable id"),
        ("id: ''\nprofile: fully-quantum\n", "has no usable id"),
        ("- id: x\n", "a description is a mapping"),
    ],
)
def test_unusable_descriptions(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    code, _, err = run_cli(["query", "ASK {}", str(path)])
    assert code == 2 and message in err and str(path) in err


def test_two_files_with_one_id_are_refused(tmp_path: Path) -> None:
    twin = tmp_path / "twin.yaml"
    twin.write_text(METRO.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(UsageError, match="'metro-kg' is also the id of"):
        load_descriptions([str(METRO), str(twin)])


def test_meta_records_each_description_source(kg: KnowledgeStore) -> None:
    found = ask(
        kg,
        f"SELECT ?g ?src WHERE {{ GRAPH <{META_GRAPH}> "
        "{ ?g <http://purl.org/dc/terms/source> ?src } } ORDER BY ?g",
    )
    assert [src for _, src in found] == [FIXTURES[2], FIXTURES[0], FIXTURES[1]]
