"""The Supplement's own content (schema/data/*.yaml) against its schema (schema/supplement.yaml).

(a) every data file validates; (b) every reference between individuals resolves; (c) the counts
match ITU-T Y Suppl. 98; (d) competency questions answered by SPARQL over the RDF of the data; plus
the schema convention that every element of these modules cites a clause that exists.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_DIR = ROOT / "schema"
SUPPLEMENT_SCHEMA = SCHEMA_DIR / "supplement.yaml"
DATA_DIR = SCHEMA_DIR / "data"
DATA_FILES = sorted(DATA_DIR.glob("*.yaml"))
MODULES = ["terms", "kinds", "control", "addressing", "migration", "roadmap", "supplement"]
TARGET = "SupplementContent"

QN = "https://w3id.org/qnetspec/"
PREFIXES = f"""
PREFIX qn: <{QN}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

# Component classes of a network description (owned by the description schema) that kinds describe.
COMPONENT_CLASSES = {
    f"qn:{name}"
    for name in [
        "QKDModule",
        "QuantumSensor",
        "QuantumComputer",
        "QuantumRepeater",
        "QuantumSwitch",
        "QuantumRouter",
        "TrustedRelayNode",
        "MeasurementStation",
        "QuantumMemory",
        "EntanglementSource",
        "EntanglementDistributor",
        "BellStateMeasurement",
        "SinglePhotonDetector",
        "QuantumLink",
        "ClassicalChannel",
    ]
}


def _load(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def schemaview():
    from linkml_runtime import SchemaView

    return SchemaView(str(SUPPLEMENT_SCHEMA))


@pytest.fixture(scope="module")
def data() -> dict[str, dict]:
    assert DATA_FILES, "no data files under schema/data"
    return {p.name: _load(p) for p in DATA_FILES}


@pytest.fixture(scope="module")
def individuals(data, schemaview) -> dict[str, tuple[str, dict]]:
    """Every individual of every data file: id -> (class name, object)."""
    container = schemaview.induced_class(TARGET)
    found: dict[str, tuple[str, dict]] = {}
    for fname, doc in data.items():
        for slot_name, objs in doc.items():
            cls = container.attributes[slot_name].range
            for obj in objs:
                assert obj["id"] not in found, f"{fname}: duplicate id {obj['id']}"
                found[obj["id"]] = (cls, obj)
    return found


@pytest.fixture(scope="module")
def supplement_kg():
    """The knowledge graph exactly as `qnetspec export --what kg` writes it (schema + data)."""
    import subprocess
    import sys

    import rdflib

    proc = subprocess.run(
        [sys.executable, "-m", "qnetspec", "export", "--what", "kg", "--format", "turtle"],
        capture_output=True,
        text=True,
        check=True,
    )
    return rdflib.Graph().parse(data=proc.stdout, format="turtle")


def _answers(graph, query: str) -> set:
    out = set()
    for row in graph.query(PREFIXES + query):
        value = row[0]
        text = str(value)
        out.add(text[len(QN) :] if text.startswith(QN) else text)
    return out


# (a) validation -----------------------------------------------------------------------------------


def test_expected_data_files_exist():
    names = {p.name for p in DATA_FILES}
    expected = {
        "clauses.yaml",
        "references.yaml",
        "terms.yaml",
        "abbreviations.yaml",
        "technologies.yaml",
        "kinds.yaml",
        "control.yaml",
        "addressing.yaml",
        "migration.yaml",
        "roadmap.yaml",
    }
    assert expected <= names


@pytest.fixture(scope="module")
def validator():
    from linkml.validator import Validator
    from linkml.validator.plugins import JsonschemaValidationPlugin

    plugins = [JsonschemaValidationPlugin(closed=True)]
    return Validator(str(SUPPLEMENT_SCHEMA), validation_plugins=plugins)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_data_file_validates(path, validator):
    report = validator.validate(_load(path), TARGET)
    assert not report.results, "\n".join(r.message for r in report.results)


# (b) references -----------------------------------------------------------------------------------


def test_every_reference_resolves(individuals, schemaview):
    classes = schemaview.all_classes()
    dangling = []
    for ident, (cls, obj) in individuals.items():
        induced = schemaview.induced_class(cls)
        for key, value in obj.items():
            slot = induced.attributes[key]
            if key == "id":
                continue
            values = value if isinstance(value, list) else [value]
            if slot.range in classes:
                expected_cls = slot.range
                for ref in values:
                    if ref not in individuals:
                        dangling.append(f"{ident}.{key} -> {ref} (undefined)")
                        continue
                    actual = individuals[ref][0]
                    if expected_cls not in schemaview.class_ancestors(actual):
                        dangling.append(f"{ident}.{key} -> {ref} is a {actual}, not {expected_cls}")
            elif key in ("describes", "component_class"):
                dangling.extend(
                    f"{ident}.{key} -> {ref} (not a component class)"
                    for ref in values
                    if ref not in COMPONENT_CLASSES
                )
    assert not dangling, "\n".join(dangling)


def test_ids_use_project_namespaces(individuals):
    for ident, (cls, _) in individuals.items():
        prefix = "ysup:" if cls == "Clause" else "qn:"
        assert ident.startswith(prefix), ident


def test_every_component_class_has_one_kind(individuals):
    described = [o["component_class"] for c, o in individuals.values() if c == "ComponentKind"]
    assert sorted(described) == sorted(COMPONENT_CLASSES)


# (c) counts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "expected"),
    [
        ("Term", 15),
        ("Abbreviation", 26),
        ("StudyGroup", 8),
        ("TRLBand", 4),
        ("RelayingScheme", 3),
        ("Layer", 10),
        ("AddressingApproach", 3),
        ("FundamentalTechnology", 8),
        ("ConventionalNetworkRole", 5),
        ("ControlApproach", 3),
        ("FCAPSFunction", 5),
        ("ServiceRequirementKind", 4),
        ("LayeredModel", 2),
        ("SDO", 5),
        ("QKDNBranch", 4),
        ("SG13Implication", 3),
        ("ComponentKind", 15),
        ("LinkMediumKind", 7),
        ("QKDProtocolKind", 5),
    ],
)
def test_counts(individuals, cls, expected):
    assert sum(1 for c, _ in individuals.values() if c == cls) == expected


def test_five_layers_per_model(individuals):
    per_model: dict[str, list[int]] = {}
    for cls, obj in individuals.values():
        if cls == "Layer":
            per_model.setdefault(obj["in_model"], []).append(obj["layer_position"])
    assert {m: sorted(p) for m, p in per_model.items()} == {
        "qn:model-y3800-qkdn": [1, 2, 3, 4, 5],
        "qn:model-evolved-quantum-network": [1, 2, 3, 4, 5],
    }


def test_terms_split_by_origin(individuals):
    origins = [obj["term_origin"] for cls, obj in individuals.values() if cls == "Term"]
    assert origins.count("defined-elsewhere") == 4
    assert origins.count("defined-here") == 11


def test_clauses_cover_the_supplement(individuals):
    numbers = {obj["number"] for cls, obj in individuals.values() if cls == "Clause"}
    expected = {str(n) for n in range(1, 11)} | {f"I.{n}" for n in range(1, 9)} | {"I"}
    expected |= {f"3.1.{n}" for n in range(1, 5)} | {f"3.2.{n}" for n in range(1, 12)}
    expected |= {"7.1.1", "7.1.2", "7.2.1", "7.3.1", "8.2.1", "10.3.1", "10.3.2", "10.3.3"}
    assert expected <= numbers


# schema convention: every element cites a clause that exists -------------------------------------


def test_schema_elements_cite_existing_clauses(individuals):
    clause_numbers = {obj["number"] for cls, obj in individuals.values() if cls == "Clause"}
    problems = []
    for module in MODULES:
        doc = _load(SCHEMA_DIR / f"{module}.yaml")
        elements = []
        for kind in ("classes", "slots", "enums"):
            for name, body in (doc.get(kind) or {}).items():
                elements.append((f"{module}:{name}", body))
                for pv, pv_body in ((body or {}).get("permissible_values") or {}).items():
                    elements.append((f"{module}:{name}.{pv}", pv_body))
        for where, body in elements:
            cited = ((body or {}).get("annotations") or {}).get("clause")
            if not cited:
                problems.append(f"{where}: no clause annotation")
                continue
            for number in re.split(r"\s*,\s*", str(cited)):
                if number not in clause_numbers:
                    problems.append(f"{where}: unknown clause {number!r}")
        for name, body in (doc.get("classes") or {}).items():
            if name != "SupplementContent" and body.get("is_a") != "SupplementThing":
                problems.append(f"{module}:{name}: not is_a SupplementThing")
    assert not problems, "\n".join(problems)


def test_link_medium_enum_is_fixed(schemaview):
    enum = schemaview.get_enum("LinkMedium")
    assert list(enum.permissible_values) == [
        "SMF",
        "MCF",
        "FMF",
        "MMF",
        "free-space-satellite",
        "free-space-terrestrial",
        "underwater",
    ]


# (d) competency questions -------------------------------------------------------------------------


def test_cq_study_group_for_numbering_and_addressing(supplement_kg):
    q = """SELECT ?sg WHERE { ?sg a qn:StudyGroup ;
                               qn:responsible_for qn:topic-numbering, qn:topic-addressing . }"""
    assert _answers(supplement_kg, q) == {"SG2"}


def test_cq_node_kinds_at_osi_layer_3(supplement_kg):
    q = """SELECT ?k WHERE { ?k a qn:ComponentKind ; qn:component_category "network-node" ;
                                qn:osi_layers 3 . }"""
    assert _answers(supplement_kg, q) == {"kind-quantum-router", "kind-quantum-switch"}


def test_cq_what_a_quantum_repeater_relies_on(supplement_kg):
    q = "SELECT ?x WHERE { qn:kind-quantum-repeater qn:relies_on ?x . }"
    assert _answers(supplement_kg, q) == {
        "tech-entanglement-swapping",
        "tech-entanglement-purification",
        "kind-quantum-memory",
    }


def test_cq_relaying_scheme_needing_trusted_nodes(supplement_kg):
    q = "SELECT ?s WHERE { ?s a qn:RelayingScheme ; qn:requires_trusted_nodes true . }"
    assert _answers(supplement_kg, q) == {"trusted-relaying"}


def test_cq_abbreviations_for_kinds_of_qkd(supplement_kg):
    q = """SELECT ?abbr WHERE { ?a a qn:Abbreviation ;
                                   qn:expands_to_kind_of qn:term-quantum-key-distribution ;
                                   qn:abbreviation ?abbr . }"""
    assert _answers(supplement_kg, q) == {"HD-QKD", "MDI-QKD", "TF-QKD"}


def test_cq_addressing_for_early_deployments(supplement_kg):
    q = 'SELECT ?a WHERE { ?a a qn:AddressingApproach ; qn:suited_to_stage "early-deployment" . }'
    assert _answers(supplement_kg, q) == {"addressing-dual-classical-eid"}


def test_cq_study_group_for_repeaters_and_memories(supplement_kg):
    q = """SELECT ?sg WHERE { ?sg a qn:StudyGroup ;
                               qn:covers_component_kind qn:kind-quantum-repeater,
                                                        qn:kind-quantum-memory . }"""
    assert _answers(supplement_kg, q) == {"SG15"}


def test_cq_terms_citing_etsi_gr_qkd_007(supplement_kg):
    q = """SELECT ?t WHERE { ?t a qn:Term ; qn:cites ?r . ?r qn:document_id "ETSI GR QKD 007" . }"""
    assert _answers(supplement_kg, q) == {"term-quantum-key-distribution", "term-qubit"}
