"""Description <-> RDF: lossless on every example and on generated descriptions; stable IRIs."""

from __future__ import annotations

import math
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from rules_helpers import EXAMPLES, conformant_examples, load_yaml, nonconformant_examples

from qnetspec import resources
from qnetspec.conformance import builtin_packs, run_packs
from qnetspec.conformance import sparql_answers as answers_module
from qnetspec.description_rdf import (
    QN,
    REFERENCE_SLOTS,
    TripleFilter,
    description_iri,
    description_to_graph,
    description_to_ntriples,
    description_to_quads,
    description_to_store,
    element_iri,
    graph_to_description,
    iri_pointers,
)

ALL_EXAMPLES = conformant_examples() + nonconformant_examples()


def read(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: p.name)
def test_round_trip_on_every_example(path: Path) -> None:
    data = read(path)
    assert graph_to_description(description_to_graph(data)) == data
    store, _ = description_to_store(data)
    assert graph_to_description(store) == data
    assert graph_to_description(description_to_quads(data)) == data


def test_iris_types_and_literals() -> None:
    data = read(EXAMPLES / "memory-repeater-chain.yaml")
    graph = description_to_graph(data)
    qn = rdflib.Namespace(QN)
    me = rdflib.URIRef(description_iri(data))
    r1 = rdflib.URIRef(element_iri("repeater-chain", "r1"))
    assert str(me) == "https://w3id.org/qnetspec/net/repeater-chain"
    assert (me, rdflib.RDF.type, qn.NetworkDescription) in graph
    assert (me, qn.nodes, r1) in graph
    assert (r1, rdflib.RDF.type, qn.QuantumRepeater) in graph
    link = rdflib.URIRef(element_iri("repeater-chain", "l1"))
    assert (link, rdflib.RDF.type, qn.QuantumLink) in graph
    assert (link, qn.endpoints, r1) in graph
    length = graph.value(link, qn.length_km)
    assert length.datatype == rdflib.XSD.integer and length.toPython() == 25
    memory = graph.value(r1, qn.memory)
    assert isinstance(memory, rdflib.BNode)
    assert (memory, rdflib.RDF.type, qn.QuantumMemory) in graph
    assert graph.value(memory, qn.coherence_time_s).datatype == rdflib.XSD.double
    ordered = graph.value(link, rdflib.URIRef(QN + "rdf/order/endpoints"))
    assert next(iter(rdflib.collection.Collection(graph, ordered))) == rdflib.URIRef(
        element_iri("repeater-chain", "alice")
    )


def test_ids_are_percent_encoded_and_come_back() -> None:
    data = {
        "id": "net/1 ü",
        "profile": "fully-quantum",
        "nodes": [{"id": "a/b c%", "kind": "QKDModule"}, {"id": "ä", "kind": "QKDModule"}],
        "links": [{"id": "l#1", "endpoints": ["a/b c%", "ä"], "medium": "SMF"}],
    }
    conversion = description_to_ntriples(data)
    assert "<https://w3id.org/qnetspec/net/net%2F1%20%C3%BC/a%2Fb%20c%25>" in conversion.ntriples
    assert graph_to_description(description_to_graph(data)) == data
    assert conversion.pointers()[element_iri("net/1 ü", "l#1")] == "/links/0"


def test_pointers_cover_every_element() -> None:
    data = read(EXAMPLES / "multi-domain-routers.yaml")
    pointers = iri_pointers(data)
    assert pointers[description_iri(data)] == ""
    assert pointers[element_iri("multi-domain", "rt1")] == "/nodes/3"
    assert pointers[element_iri("multi-domain", "eid-0002")] == "/entanglement_identifiers/1"
    expected = sum(len(v) for v in data.values() if isinstance(v, list)) + 1
    assert len(pointers) == expected


def test_awkward_values_round_trip() -> None:
    data = {
        "id": "odd",
        "profile": "hybrid",
        "description": 'quotes " and \\ and\nnew lines\r',
        "nodes": [
            {"id": "n1", "kind": "Quantum Thing", "x": None, "y": [], "z": {}, "w": [[1, 2], []]},
            {"id": 7, "kind": "QKDModule", "trusted": False, "big": 10**30, "f": 1e-300},
            {"kind": "QKDModule"},
            {"id": "n1", "kind": "QKDModule", "dup": True},
        ],
        "links": [{"id": "l", "endpoints": ["n1", "n1", "n1"], "length_km": -0.0}],
        "extra": [1, "two", 3.0, True, None],
        "inf": math.inf,
    }
    assert graph_to_description(description_to_graph(data)) == data


def test_hand_written_turtle_without_order_lists() -> None:
    turtle = """
    @prefix qn: <https://w3id.org/qnetspec/> .
    @prefix net: <https://w3id.org/qnetspec/net/t/> .
    <https://w3id.org/qnetspec/net/t> a qn:NetworkDescription ; qn:id "t" ;
        qn:profile "fully-quantum" .
    net:b a qn:QKDModule ; qn:id "b" .
    net:a a qn:QKDModule ; qn:id "a" ; qn:osi_layers 2 .
    net:l a qn:QuantumLink ; qn:id "l" ; qn:endpoints net:a, net:b ; qn:medium "SMF" .
    """
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    assert graph_to_description(graph) == {
        "id": "t",
        "profile": "fully-quantum",
        "nodes": [
            {"id": "a", "kind": "QKDModule", "osi_layers": [2]},
            {"id": "b", "kind": "QKDModule"},
        ],
        "links": [{"id": "l", "endpoints": ["a", "b"], "medium": "SMF"}],
    }


def test_a_graph_needs_one_description() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        graph_to_description(rdflib.Graph())


def test_reference_slots_follow_the_schema() -> None:
    """A slot of a description class is a reference when its range is a class with an id and it is
    not inlined (the description's own lists are not references either)."""
    schema = resources.schema_dir()
    modules = [
        yaml.safe_load((schema / f"{m}.yaml").read_text()) for m in ("components", "network")
    ]
    global_slots = {n: s or {} for m in modules for n, s in (m.get("slots") or {}).items()}
    classes = {n: c or {} for m in modules for n, c in (m.get("classes") or {}).items()}

    def lineage(name: str):
        while name in classes:
            yield classes[name]
            name = classes[name].get("is_a")

    def has_id(name: str) -> bool:
        return any("id" in (c.get("slots") or []) for c in lineage(name))

    references = set()
    for name in classes:
        if name == "NetworkDescription":
            continue
        specs = {
            s: dict(global_slots.get(s, {})) for c in lineage(name) for s in c.get("slots") or []
        }
        for c in lineage(name):
            specs.update({a: spec or {} for a, spec in (c.get("attributes") or {}).items()})
            for slot, usage in (c.get("slot_usage") or {}).items():
                specs.setdefault(slot, {}).update(usage or {})
        for slot, spec in specs.items():
            rng = spec.get("range")
            if rng in classes and has_id(rng) and not spec.get("inlined"):
                references.add(slot)
    assert references == REFERENCE_SLOTS


# --- the projected store gives the same findings as the full one -------------------------------


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: p.name)
def test_projection_does_not_change_findings(path: Path, monkeypatch) -> None:
    document = load_yaml(path)
    projected = run_packs(document, builtin_packs())
    monkeypatch.setattr(answers_module, "triple_filter", lambda queries: None)
    assert run_packs(document, builtin_packs()) == projected


def test_filter_keeps_only_named_predicates_and_classes() -> None:
    data = read(EXAMPLES / "metro-switch.yaml")
    keep = TripleFilter(
        predicates=frozenset({QN + "kind", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"}),
        classes=frozenset({QN + "QuantumSwitch"}),
    )
    store, conversion = description_to_store(data, keep)
    predicates = {q.predicate.value for q in store}
    assert predicates == {QN + "kind", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"}
    types = {
        q.object.value
        for q in store.quads_for_pattern(
            None, pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), None
        )
    }
    assert types == {QN + "QuantumSwitch"}
    assert conversion.triple_count == len(store)


# --- generated descriptions ----------------------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_ids = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8)
_scalar = (
    _text | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.booleans() | st.none()
)
_value = st.recursive(
    _scalar,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_ids, inner, max_size=3),
    max_leaves=6,
)


@st.composite
def descriptions(draw) -> dict:
    ids = draw(st.lists(_ids, min_size=2, max_size=6, unique=True))
    kinds = st.sampled_from(["QKDModule", "QuantumRepeater", "QuantumSwitch", "TrustedRelayNode"])
    nodes = [
        {
            "id": i,
            "kind": draw(kinds),
            **draw(
                st.dictionaries(
                    st.sampled_from(["classical_address", "trusted", "osi_layers", "memory", "x"]),
                    _value,
                    max_size=3,
                )
            ),
        }
        for i in ids
    ]
    links = [
        {
            "id": f"l{k}",
            "endpoints": draw(st.lists(st.sampled_from(ids), min_size=2, max_size=2)),
            "medium": "SMF",
            "length_km": draw(st.floats(0, 1000)),
        }
        for k in range(draw(st.integers(0, 4)))
    ]
    data = {
        "id": draw(_ids),
        "profile": draw(st.sampled_from(["fully-quantum", "hybrid"])),
        "nodes": nodes,
        "links": links,
    }
    data.update(
        draw(st.dictionaries(st.sampled_from(["name", "description", "misc"]), _value, max_size=2))
    )
    return data


@settings(max_examples=150, deadline=None)
@given(descriptions())
def test_round_trip_on_generated_descriptions(data: dict) -> None:
    assert graph_to_description(description_to_graph(data)) == data
    assert graph_to_description(description_to_quads(data)) == data
