"""The structure check's own knowledge of the schema stays in step with ``schema/``.

The reference table and the reliance on JSON Schema bounds for negative physical values are the
two places where the structure check trusts something the generated artifacts do not say; these
tests fail when the LinkML schema changes under them.
"""

from __future__ import annotations

import re

import pytest

from qnetspec import description_rdf, resources
from qnetspec._structure.fastcheck import Compiler
from qnetspec._structure.schema_facts import REFERENCE_RANGES, Clauses, load_json_schema
from qnetspec.structure import StructureChecker

# Deliberate narrowing of a LinkML range (LinkML says NetworkElement, i.e. also domains and
# channels; a classical channel joins nodes and management elements).
NARROWED = {("ClassicalChannel", "endpoints"): ("Component", "ManagementElement")}
UNIT_SUFFIX = re.compile(r"_(s|km|hz|bps|m|nm|deg|db_per_km|per_m)$")


@pytest.fixture(scope="module")
def view():
    schemaview = pytest.importorskip("linkml_runtime").SchemaView
    return schemaview(str(resources.schema_root()))


def _description_classes(checker: StructureChecker) -> list[str]:
    names = list(checker.collections.single.values())
    for kinds in checker.collections.by_kind.values():
        names += kinds
    return names


def test_reference_table_matches_the_linkml_ranges(view, checker: StructureChecker) -> None:
    found: dict[tuple[str, str], str] = {}
    for cls in _description_classes(checker):
        for slot in view.class_induced_slots(cls):
            target = slot.range
            if target not in view.all_classes() or slot.inlined or slot.inlined_as_list:
                continue
            if view.get_identifier_slot(target) is None:
                continue
            found[(cls, slot.name)] = target
    expected: dict[tuple[str, str], tuple[str, ...]] = {}
    for cls, slot in found:
        allowed = REFERENCE_RANGES.get((cls, slot)) or REFERENCE_RANGES.get(("*", slot))
        assert allowed is not None, f"{cls}.{slot} is a reference the structure check ignores"
        expected[(cls, slot)] = allowed
    for key, target in found.items():
        assert expected[key] == NARROWED.get(key, (target,)), key


def test_reference_slots_agree_with_the_rdf_conversion() -> None:
    assert {slot for _, slot in REFERENCE_RANGES} == set(description_rdf.REFERENCE_SLOTS)


def test_physical_quantities_carry_a_lower_bound() -> None:
    schema = load_json_schema()
    missing = [
        f"{name}.{prop}"
        for name, spec in schema["$defs"].items()
        for prop, sub in spec.get("properties", {}).items()
        if UNIT_SUFFIX.search(prop) and "minimum" not in sub
    ]
    assert not missing, f"negative values would pass unnoticed: {missing}"


def test_clauses_come_from_the_linkml_schema() -> None:
    clauses = Clauses()
    assert clauses.of_class("QuantumLink") == "7.4"
    assert clauses.of_slot("QuantumRepeater", "repeater_approach") == "7.1, 7.1.1, 7.1.2"
    assert clauses.of_slot("TimingSource", "serves") == "8.1, 8.2"  # inherited attribute
    assert clauses.of_slot("QuantumLink", "endpoints") == "7.4, 8.1"  # global slot
    assert clauses.of_class(None) is None


def test_compiler_handles_the_whole_schema() -> None:
    schema = load_json_schema()
    compiler = Compiler(schema)
    for name in schema["$defs"]:
        assert callable(compiler.definition(name))
    assert compiler.definition("NoSuchClass")({}) is False
    check = compiler.compile({"type": "object", "properties": {"x": {"not": {}}}})
    assert check({"x": 1}) is False  # unsupported keyword: never a false "valid"
    assert check({}) is True
