"""The JSON, Turtle and JSON-LD loaders: same data as YAML, located errors, nothing fetched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from check_helpers import VALID_YAML

from qnetspec import description_rdf
from qnetspec.load import Limits, LoadError, load_bytes, load_document, load_text, trusted_data


def _error(text: str, path: str = "t.json", **limits: int) -> LoadError:
    with pytest.raises(LoadError) as info:
        load_text(text, path, limits=Limits(**limits))
    return info.value


# -- JSON ---------------------------------------------------------------------------------------


def test_json_positions_are_exact() -> None:
    text = '{\n  "id": "net",\n  "nodes": [\n    {"id": "a", "kind": "QKDModule"},\n'
    text += '    {"id": "b",\n     "memory": {"count": 8}}\n  ]\n}\n'
    doc = load_text(text, "t.json")
    assert doc.format == "json"
    loc = doc.locate
    assert (loc("/id").line, loc("/id").column) == (2, 3)
    assert (loc("/nodes/0").line, loc("/nodes/0").column) == (4, 5)
    assert (loc("/nodes/0/kind").line, loc("/nodes/0/kind").column) == (4, 17)
    assert (loc("/nodes/1/memory/count").line, loc("/nodes/1/memory/count").column) == (6, 17)
    assert loc("/nodes/1/nothing").line == 5  # nearest existing parent
    assert (loc("").line, loc("").column) == (1, 1)


def test_json_positions_with_escapes_and_unicode() -> None:
    text = '{"a\\"b": 1, "é/x": {"k~": [10, 20]}}'
    doc = load_text(text, "t.json")
    assert doc.locate('/a"b').column == 2
    assert doc.locate("/é~1x/k~0/1").column == 32


def test_json_duplicate_key_at_the_second_key() -> None:
    err = _error('{"nodes": [{"id": "a",\n  "kind": "X",\n  "id": "b"}]}')
    assert err.code == "duplicate-key"
    assert (err.location.line, err.location.column) == (3, 3)
    assert err.location.pointer == "/nodes/0/id"


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_json_non_finite_literals_are_refused(literal: str) -> None:
    err = _error('{"links": [{"length_km": ' + literal + "}]}")
    assert err.code == "constant"
    assert err.location.pointer == "/links/0/length_km"
    assert (err.location.line, err.location.column) == (1, 13)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [('{"a": 1,\n "b": }', 2, 7), ('{"a": [1, 2}', 1, 12), ("[1, 2", 1, 6), ('{"a": tru}', 1, 7)],
)
def test_malformed_json_is_located(text: str, line: int, column: int) -> None:
    err = _error(text)
    assert err.code == "syntax"
    assert (err.location.line, err.location.column) == (line, column)


def test_json_depth_limit() -> None:
    err = _error('{"a": ' + "[" * 80 + "]" * 80 + "}")
    assert err.code == "depth"
    assert err.location.line == 1
    err = _error("[" * 100_000 + "]" * 100_000)  # deeper than the C parser's recursion
    assert err.code == "depth"


def test_json_equals_yaml_on_the_fixture(tmp_path) -> None:
    data = load_document(VALID_YAML).data
    path = tmp_path / "metro.json"
    path.write_text(json.dumps(data, indent=2))
    assert load_document(path).data == data


def test_empty_json_is_refused() -> None:
    assert _error("   \n").code == "empty"


# -- Turtle and JSON-LD ---------------------------------------------------------------------------


def test_turtle_round_trip_and_iri_locations(tmp_path) -> None:
    data = load_document(VALID_YAML).data
    path = tmp_path / "metro.ttl"
    path.write_text(description_rdf.description_to_graph(data).serialize(format="turtle"))
    doc = load_document(path)
    assert doc.format == "turtle"
    assert doc.data == data
    where = doc.locate("/nodes/1/memory/count")
    assert where.iri == "https://w3id.org/qnetspec/net/metro-1/r1"
    assert where.line is None and where.pointer == "/nodes/1/memory/count"
    assert doc.locate("/profile").iri == "https://w3id.org/qnetspec/net/metro-1"


def test_jsonld_is_read_without_fetching(tmp_path) -> None:
    data = load_document(VALID_YAML).data
    path = tmp_path / "metro.jsonld"
    path.write_text(description_rdf.description_to_graph(data).serialize(format="json-ld"))
    assert load_document(path).data == data


@pytest.mark.parametrize(
    "document",
    [
        {"@context": "https://example.org/ctx.jsonld", "@id": "https://e/a"},
        {"@context": ["https://example.org/a", {"qn": "https://w3id.org/qnetspec/"}]},
        {"@context": {"@import": "https://example.org/ctx"}},
        {"@graph": [{"@context": "https://example.org/nested", "@id": "https://e/b"}]},
    ],
)
def test_remote_jsonld_contexts_are_refused(document: dict) -> None:
    err = _error(json.dumps(document, indent=1), "t.jsonld")
    assert err.code == "remote"
    assert err.location.line is not None
    assert "never fetches" in err.message


def test_malformed_turtle_is_located() -> None:
    text = "@prefix qn: <https://w3id.org/qnetspec/> .\nqn:a qn:b qn:c .\nqn:a qn:b\n qn:c qn:d .\n"
    err = _error(text, "t.ttl")
    assert err.code == "syntax"
    assert err.location.line == 4
    assert err.message.startswith("Turtle syntax error")


def test_turtle_without_a_description_is_refused() -> None:
    err = _error("<https://e/a> <https://e/p> 1 .\n", "t.ttl")
    assert err.code == "rdf"
    assert _error("# nothing\n", "t.ttl").code == "empty"


def test_malformed_jsonld_is_located() -> None:
    err = _error('{"@id": "https://e/a",\n "@type": 5}', "t.jsonld")
    assert err.code == "syntax"


# -- the worker's faster JSON path ----------------------------------------------------------------

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize(
    "text",
    [json.dumps(load_document(path).data) for path in sorted(EXAMPLES.glob("*.yaml"))]
    + ['{"a": 1e308, "b": -0.0, "c": "\\u00e9\\ud83d\\ude00", "d": [[[]]], "e": null}'],
)
def test_trusted_json_gives_the_loaders_data(text: str) -> None:
    """Where the loader accepts a text, the worker's unchecked parse gives equal data."""
    raw = ("\ufeff" + text).encode("utf-8")
    assert trusted_data(raw, "t.json") == load_bytes(raw, "t.json").data


@pytest.mark.parametrize("text", ['{"id": "x", "id": "y"}', '{"x": NaN}', "[" * 80 + "]" * 80])
def test_trusted_json_skips_only_checks_that_refuse(text: str) -> None:
    """What the faster path lets through, the loader refuses (and the worker is then stopped)."""
    trusted_data(text.encode(), "t.json")
    with pytest.raises(LoadError):
        load_bytes(text.encode(), "t.json")
