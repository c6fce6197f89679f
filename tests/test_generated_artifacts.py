"""The committed artifacts (pydantic, JSON Schema, OWL, SHACL, RDF, docs) match schema/."""

from __future__ import annotations

import json

import pytest
import rdflib

from qnetspec import resources

pytest.importorskip("linkml", reason="regenerating artifacts needs the linkml test dependency")


def test_no_generated_artifact_is_stale() -> None:
    from qnetspec.generate import stale_artifacts

    assert stale_artifacts() == [], "run `qnetspec generate` and commit the result"


def test_json_schema_is_rooted_at_network_description() -> None:
    schema = json.loads(resources.JSON_SCHEMA.read_text(encoding="utf-8"))
    assert schema["title"] == "qnetspec"
    assert "nodes" in schema["properties"] and "profile" in schema["required"]
    # Editors complete the node kinds from the per-class definitions.
    assert schema["$defs"]["QuantumRouter"]["properties"]["kind"]["enum"] == ["QuantumRouter"]


@pytest.mark.parametrize(
    "path", [resources.OWL_TURTLE, resources.SHACL_TURTLE, resources.SUPPLEMENT_TURTLE]
)
def test_rdf_artifacts_parse(path) -> None:
    graph = rdflib.Graph().parse(path, format="turtle")
    assert len(graph) > 100


def test_pydantic_models_accept_a_description() -> None:
    from qnetspec.generated import models

    net = models.NetworkDescription(
        id="n",
        profile="fully-quantum",
        nodes=[{"id": "a", "kind": "QKDModule", "classical_address": "192.0.2.1"}],
    )
    assert net.nodes[0].classical_address == "192.0.2.1"


def test_artifacts_carry_no_machine_path() -> None:
    root = str(resources.PACKAGE_DIR.parent)
    for path in resources.GENERATED_DIR.iterdir():
        if path.is_file():
            assert root not in path.read_text(encoding="utf-8"), path.name
