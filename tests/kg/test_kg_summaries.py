"""The summaries derived at load (qnetspec.kg_derived): exact on the fixtures, equal to a direct
aggregation on a varied generated description, rebuilt when a persisted store predates them, and
replaced, not doubled, when a description is loaded again."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from kg_expected import CONCATENATED
from kg_helpers import DATA, METRO, rows, words

from qnetspec.kg_derived import SUMMARY_PREDICATES, summary_removal
from qnetspec.kg_query import LocalEngine
from qnetspec.kg_questions import get_question
from qnetspec.kg_store import KnowledgeStore, build_store
from qnetspec.sparql_guard import check_query

G = "https://w3id.org/qnetspec/graph/"
QN = "https://w3id.org/qnetspec/"
DIRECT = DATA / "direct"
_GENERATOR = Path(__file__).resolve().parents[2] / "benchmarks" / "gen_description.py"


def ask(kg: KnowledgeStore, query: str) -> list[tuple]:
    return rows(LocalEngine(kg).run(check_query(f"PREFIX qn: <{QN}> {query}")))


def holds(kg: KnowledgeStore, query: str) -> bool:
    return LocalEngine(kg).run(check_query(f"PREFIX qn: <{QN}> {query}")).value


def answer(kg: KnowledgeStore, name: str, text: str | None = None) -> list[tuple]:
    """A question's rows, its GROUP_CONCAT column (if any) as a sorted tuple."""
    question = get_question(name)
    assert question is not None
    found = rows(LocalEngine(kg).run(check_query(text or question.text)))
    if name not in CONCATENATED:
        return found
    index, sep = CONCATENATED[name]
    return [(*r[:index], _parts(r[index], sep), *r[index + 1 :]) for r in found]


def _parts(text: str | None, sep: str) -> tuple[str, ...] | None:
    parts = words(text, sep)
    return None if parts is None else tuple(parts)


# -- exact, on the fixtures ----------------------------------------------------------------------


def test_description_level_summaries(kg: KnowledgeStore) -> None:
    found = ask(
        kg,
        f"SELECT ?id ?nodes ?links ?requests ?claims WHERE {{ GRAPH <{G}analysis/metro-kg> {{ "
        "?d qn:description_id ?id ; qn:node_count ?nodes ; qn:link_count ?links ; "
        "qn:service_request_count ?requests ; qn:claim_count ?claims } }",
    )
    assert found == [("metro-kg", "5", "4", "1", "2")]


def test_medium_summaries(kg: KnowledgeStore) -> None:
    found = ask(
        kg,
        "SELECT ?medium ?links ?total ?longest WHERE { "
        "<https://w3id.org/qnetspec/net/qkdn-kg> qn:medium_summary ?s . ?s a qn:MediumSummary ; "
        "qn:summary_medium ?medium ; qn:summary_link_count ?links ; qn:summary_total_km ?total ; "
        "qn:summary_longest_km ?longest } ORDER BY ?medium",
    )
    assert found == [
        ("FMF", "1", "5", "5"),
        ("SMF", "3", "220", "120"),
        ("free-space-terrestrial", "1", "10", "10"),
    ]


def test_class_summaries_count_elements_and_nodes(kg: KnowledgeStore) -> None:
    found = ask(
        kg,
        "SELECT ?class ?instances ?nodes WHERE { "
        "<https://w3id.org/qnetspec/net/metro-kg> qn:class_summary ?s . "
        "?s qn:summary_class ?class ; qn:summary_instance_count ?instances . "
        "OPTIONAL { ?s qn:summary_node_count ?nodes } "
        "VALUES ?class { qn:QuantumRepeater qn:QuantumMemory qn:QuantumLink } } ORDER BY ?class",
    )
    assert found == [
        (QN + "QuantumLink", "4", None),
        (QN + "QuantumMemory", "2", None),  # inline memories: elements, not nodes
        (QN + "QuantumRepeater", "2", "2"),
    ]


def test_element_lists_and_path_summaries(kg: KnowledgeStore) -> None:
    metro = "<https://w3id.org/qnetspec/net/metro-kg>"
    long_links = ask(kg, f"SELECT ?id WHERE {{ {metro} qn:long_link/qn:id ?id }} ORDER BY ?id")
    assert long_links == [("l2",), ("l4",)]  # 90 and 85 km; l1 and l3 are shorter than 80
    bare = ask(
        kg,
        f"SELECT ?id WHERE {{ {metro} qn:node_without_classical_address/qn:id ?id }} ORDER BY ?id",
    )
    assert bare == [("carol",), ("r2",)]
    via = ask(kg, f"SELECT ?via WHERE {{ <{QN}net/metro-kg/sr1> qn:path_via ?via }}")
    assert [words(v, " ") for (v,) in via] == [["r1", "r2"]]
    trusted = ask(
        kg,
        "SELECT ?request ?node WHERE { ?sr qn:routed_via_trusted ?n . "
        "?sr qn:id ?request . ?n qn:id ?node } ORDER BY ?request ?node",
    )
    assert trusted == [("key-ab", "t1"), ("key-ab", "t2"), ("key-ac", "s1"), ("key-ac", "t1")]


# -- equal to a direct aggregation, on data with every case in it --------------------------------


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("gen_description", _GENERATOR)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_description", module)
    spec.loader.exec_module(module)
    return module


def _varied(nodes: int, seed: int) -> dict:
    """A generated description with several media, long and integer lengths, links without a
    length, nodes without an address and trusted nodes on the paths."""
    data = _generator().generate(nodes, seed=seed, nonconformant_fraction=0.3)
    data["id"] = f"varied-{seed}"
    rng = random.Random(seed)
    media = ["SMF", "MCF", "free-space-terrestrial", "no-such-medium"]
    for link in data["links"]:
        link["medium"] = rng.choice(media)
        if rng.random() < 0.1 and "length_km" in link:
            link["length_km"] = rng.choice([round(rng.uniform(80, 300), 2), rng.randint(81, 200)])
    for node in data["nodes"]:
        roll = rng.random()
        if roll < 0.1 and node["kind"] == "QuantumRepeater":
            node["kind"] = "TrustedRelayNode"
        elif roll < 0.2:
            node["trusted"] = True
        elif roll < 0.25:
            node["classical_address"] = ""
    return data


@pytest.fixture(scope="module")
def varied() -> KnowledgeStore:
    kg = build_store([str(METRO)])
    kg.add_description(_varied(400, 3), source="generated")
    kg.add_description(_varied(250, 4), source="generated")
    return kg


@pytest.mark.parametrize("name", sorted(p.stem for p in DIRECT.glob("*.rq")))
def test_questions_answer_as_a_direct_aggregation(varied: KnowledgeStore, name: str) -> None:
    """The fixtures are small and tidy; this holds the rewritten questions to the answers of their
    former, direct formulation on data with every case in it, several descriptions at once."""
    direct = answer(varied, name, (DIRECT / f"{name}.rq").read_text(encoding="utf-8"))
    assert len({row[0] for row in direct}) >= 2, "the reference should cover several descriptions"
    assert answer(varied, name) == direct


# -- a persisted store, stale or reloaded --------------------------------------------------------


def _analysis_quads(kg: KnowledgeStore, name: str) -> int:
    graph = f"<{G}analysis/{name}>"
    return int(ask(kg, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")[0][0])


def test_removal_keeps_paths_and_a_stale_store_is_summarised_again(tmp_path: Path) -> None:
    """Without the refresh, a store persisted before the summaries would answer the questions
    that read them with nothing, silently."""
    directory = tmp_path / "kg"
    kg = build_store([str(METRO)], directory=directory)
    full = _analysis_quads(kg, "metro-kg")
    before = answer(kg, "descriptions")
    # as a store persisted by an older qnetspec leaves it: no summaries, another version recorded
    kg.store.update(summary_removal(G + "analysis/metro-kg"))
    kg._set_meta(G + "analysis/metro-kg", QN + "summary_version", "0")
    predicates = " ".join(f"qn:{p}" for p in SUMMARY_PREDICATES)
    assert not holds(kg, f"ASK {{ ?s ?p ?o VALUES ?p {{ {predicates} }} }}")
    assert not holds(kg, "ASK { ?s a ?c VALUES ?c { qn:MediumSummary qn:ClassSummary } }")
    assert holds(kg, "ASK { ?sr qn:routed_via ?n }")  # the paths stay
    assert answer(kg, "descriptions") == []
    kg.flush()
    del kg
    kg = build_store([], directory=directory)
    assert answer(kg, "descriptions") == before
    assert _analysis_quads(kg, "metro-kg") == full
    assert kg.ensure_summaries() == []  # up to date now: nothing to do


def test_reloading_a_description_replaces_its_summaries(tmp_path: Path) -> None:
    path = tmp_path / "net.yaml"
    text = METRO.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    directory = tmp_path / "kg"
    build_store([str(path)], directory=directory)
    carol = "  - {id: carol, kind: QuantumSensor, senses: [time]}\n"
    fewer = text.replace(carol, "").replace("medium: MCF", "medium: SMF")
    assert fewer != text
    path.write_text(fewer, encoding="utf-8")
    kg = build_store([str(path)], directory=directory)
    assert [row[:4] for row in answer(kg, "descriptions")] == [
        ("metro-kg", "Metro entanglement network (knowledge-graph fixture)", "fully-quantum", "4")
    ]
    assert answer(kg, "links-by-medium") == [("metro-kg", "SMF", "fibre", "4", "230", "90")]
