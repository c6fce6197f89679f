"""The SPARQL scope analysis: what a query can read, and when it must give up."""

from __future__ import annotations

from qnetspec.conformance.scope import analyse, triple_filter
from qnetspec.description_rdf import RDF_TYPE

QN = "https://w3id.org/qnetspec/"
P = "PREFIX qn: <https://w3id.org/qnetspec/>\n"


def test_named_predicates_and_classes_are_collected() -> None:
    scope = analyse(P + "SELECT ?focus WHERE { ?focus a qn:QuantumLink ; qn:length_km ?l . }")
    assert scope is not None
    assert scope.iris == {RDF_TYPE, QN + "QuantumLink", QN + "length_km"}
    assert not scope.any_predicate and not scope.any_class


def test_patterns_inside_filters_binds_and_subqueries_count() -> None:
    query = (
        P
        + """
    SELECT ?focus (COUNT(?x) AS ?n) WHERE {
      { SELECT ?focus (COUNT(?y) AS ?m) WHERE { ?focus qn:a ?y } GROUP BY ?focus }
      OPTIONAL { ?focus qn:b ?x }
      FILTER NOT EXISTS { ?focus qn:c/qn:d ?z }
      BIND(IF(EXISTS { ?focus qn:e [ qn:f 1 ] }, "x", "y") AS ?w)
      VALUES ?k { "v" qn:g }
      FILTER(?k != qn:h)
    } GROUP BY ?focus
    """
    )
    scope = analyse(query)
    assert scope is not None
    assert {QN + x for x in "abcdefgh"} <= scope.iris


def test_variable_predicates_and_negated_sets_read_everything() -> None:
    assert analyse(P + "SELECT ?focus WHERE { ?focus ?p ?o }").any_predicate
    assert analyse(P + "SELECT ?focus WHERE { ?focus qn:a ?o ; ?p ?q }").any_predicate
    assert analyse(P + "SELECT ?focus WHERE { [ ?p ?o ] qn:a ?focus }").any_predicate
    assert analyse(P + "SELECT ?focus WHERE { ?focus !qn:a ?o }") is None
    assert triple_filter([P + "SELECT ?focus WHERE { ?focus ?p ?o }"]) is None


def test_variable_classes_keep_every_type() -> None:
    assert analyse(P + "SELECT ?focus WHERE { ?focus a ?class }").any_class
    assert analyse(P + "SELECT ?focus WHERE { ?focus a/qn:x ?c }").any_class
    assert not analyse(P + "SELECT ?focus WHERE { ?focus a qn:C, qn:D }").any_class
    keep = triple_filter([P + "SELECT ?focus WHERE { ?focus a ?c }"])
    assert keep is not None and keep.classes is None


def test_what_it_does_not_follow_makes_it_give_up() -> None:
    assert analyse("SELECT ?focus WHERE { ?focus undeclared:p 1 }") is None
    assert analyse(P + "ASK { ?s qn:p ?o }") is None
    assert analyse(P + "SELECT ?focus WHERE { GRAPH ?g { ?focus qn:p ?o } }") is None
    assert analyse(P + "SELECT ?focus WHERE { ?focus qn:p") is None
    assert analyse("") is None


def test_the_builtin_queries_are_all_bounded(pack) -> None:
    keep = triple_filter(r.query for r in pack.rules if r.kind == "sparql")
    assert keep is not None and keep.predicates is not None and keep.classes is not None
    assert QN + "endpoints" not in keep.predicates  # adjacency rules are graph rules
