"""The committed artifacts (pydantic, JSON Schema, OWL, SHACL, RDF, docs) match schema/."""

from __future__ import annotations

import json

import pytest
import rdflib

from qnetspec import generate, resources

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


@pytest.mark.parametrize(
    "path", sorted((resources.PACKAGE_DIR.parent / "examples").glob("*.yaml")), ids=lambda p: p.name
)
def test_pydantic_models_load_every_conformant_example(path) -> None:
    from qnetspec.generated import models
    from qnetspec.load import load_document

    data = load_document(path).data
    net = models.NetworkDescription(**data)
    assert len(net.nodes or []) == len(data.get("nodes", []))


def test_pydantic_models_bound_each_osi_layer() -> None:
    """Numeric bounds of a multivalued slot apply to each item, not to the list."""
    from pydantic import ValidationError

    from qnetspec.generated import models

    switch = {"id": "s", "kind": "QuantumSwitch", "classical_address": "192.0.2.9"}
    net = models.NetworkDescription(
        id="n", profile="fully-quantum", nodes=[{**switch, "osi_layers": [2, 3]}]
    )
    assert net.nodes[0].osi_layers == [2, 3]
    with pytest.raises(ValidationError, match="less than or equal to 7"):
        models.NetworkDescription(
            id="n", profile="fully-quantum", nodes=[{**switch, "osi_layers": [2, 9]}]
        )


def test_bounds_move_from_list_fields_to_their_items() -> None:
    line = (
        '    xs: Optional[list[float]] = Field(default=None, description="""d, ge=5, x""", gt=0, '
        "le=2.5e3, json_schema_extra = { 'ge=1': 1 })\n"
        "    y: Optional[int] = Field(default=None, ge=1)\n"
    )
    code = "from typing import (\n    Any,\n)\nfrom pydantic import (\n" + line
    fixed = generate.bounds_on_items(code)
    assert "    Annotated,\n    Any," in fixed
    assert (
        "    xs: Optional[list[Annotated[float, Field(gt=0, le=2.5e3)]]] = Field(default=None, "
        'description="""d, ge=5, x""", json_schema_extra = { \'ge=1\': 1 })\n'
    ) in fixed
    assert "    y: Optional[int] = Field(default=None, ge=1)\n" in fixed


def test_artifacts_carry_no_machine_path() -> None:
    root = str(resources.PACKAGE_DIR.parent)
    for path in resources.GENERATED_DIR.iterdir():
        if path.is_file():
            assert root not in path.read_text(encoding="utf-8"), path.name
