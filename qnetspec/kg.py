"""The Supplement's knowledge graph: the ontology (OWL generated from the schema) plus its content.

Both halves are committed Turtle files produced by ``qnetspec generate``, so loading the graph needs
rdflib only, never linkml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qnetspec import resources

if TYPE_CHECKING:
    import rdflib

RDF_FORMATS = {"turtle": "turtle", "json-ld": "json-ld", "nt": "nt11"}


def load_ontology() -> rdflib.Graph:
    """The OWL ontology generated from the LinkML schema."""
    import rdflib

    graph = rdflib.Graph()
    graph.parse(resources.OWL_TURTLE, format="turtle")
    return graph


def load_supplement_data() -> rdflib.Graph:
    """The Supplement's individuals (terms, study groups, layers...) as RDF."""
    import rdflib

    graph = rdflib.Graph()
    graph.parse(resources.SUPPLEMENT_TURTLE, format="turtle")
    return graph


def load_knowledge_graph() -> rdflib.Graph:
    """Ontology and Supplement data in one graph, ready for SPARQL."""
    graph = load_ontology()
    graph += load_supplement_data()
    for prefix, namespace in load_supplement_data().namespaces():
        graph.bind(prefix, namespace, override=False)
    return graph


def serialize(graph: rdflib.Graph, fmt: str) -> str:
    """Serialize ``graph`` in one of :data:`RDF_FORMATS`."""
    return graph.serialize(format=RDF_FORMATS[fmt])
