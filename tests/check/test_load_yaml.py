"""The YAML loader: exact positions; unsafe or ambiguous constructs refused with a place."""

from __future__ import annotations

import textwrap

import pytest
import yaml
from check_helpers import VALID_YAML

from qnetspec.load import Limits, LoadError, load_document, load_text


def _load(text: str, **limits: int):
    return load_text(textwrap.dedent(text), "t.yaml", limits=Limits(**limits))


def _error(text: str, **limits: int) -> LoadError:
    with pytest.raises(LoadError) as info:
        _load(text, **limits)
    return info.value


def test_data_matches_pyyaml_safe_load_on_the_fixture() -> None:
    document = load_document(VALID_YAML)
    assert document.format == "yaml"
    assert document.data == yaml.safe_load(VALID_YAML.read_text())


def test_positions_point_at_keys_and_items() -> None:
    doc = _load(
        """\
        id: net
        nodes:
          - id: a
            kind: QKDModule
          - {id: b, kind: QuantumRepeater, memory: {count: 8}}
        links:
          - endpoints: [a, b]
        """
    )
    loc = doc.locate
    assert (loc("").line, loc("").column) == (1, 1)
    assert (loc("/id").line, loc("/id").column) == (1, 1)
    assert (loc("/nodes").line, loc("/nodes").column) == (2, 1)
    assert (loc("/nodes/0").line, loc("/nodes/0").column) == (3, 5)
    assert (loc("/nodes/0/kind").line, loc("/nodes/0/kind").column) == (4, 5)
    assert (loc("/nodes/1/memory/count").line, loc("/nodes/1/memory/count").column) == (5, 45)
    assert (loc("/links/0/endpoints/1").line, loc("/links/0/endpoints/1").column) == (7, 20)
    assert loc("/links/0/endpoints/1").pointer == "/links/0/endpoints/1"


def test_missing_pointer_falls_back_to_nearest_parent() -> None:
    doc = _load("id: net\nnodes:\n  - {id: a}\n")
    where = doc.locate("/nodes/0/nope/deeper")
    assert (where.line, where.column, where.pointer) == (3, 5, "/nodes/0/nope/deeper")
    assert doc.locate("/nodes/7").line == 2


def test_pointer_escapes_are_honoured() -> None:
    doc = _load('"a/b": 1\n"c~d": 2\n')
    assert doc.locate("/a~1b").line == 1
    assert doc.locate("/c~0d").line == 2


def test_duplicate_key_is_an_error_at_the_second_key() -> None:
    err = _error(
        """\
        id: net
        nodes:
          - id: a
            kind: QKDModule
            id: b
        """
    )
    assert err.code == "duplicate-key"
    assert (err.location.line, err.location.column) == (5, 5)
    assert "'id'" in err.message and "line 3" in err.message


def test_duplicate_key_in_flow_mapping() -> None:
    err = _error("x: {a: 1, b: 2, a: 3}\n")
    assert (err.code, err.location.line, err.location.column) == ("duplicate-key", 1, 17)


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system ['echo hi']\n",
        "a: !custom 1\n",
        "a: !!binary aGVsbG8=\n",
        "a: !!set {x, y}\n",
        "!!omap [a: 1]\n",
    ],
)
def test_tags_outside_the_json_core_are_refused(text: str) -> None:
    err = _error(text)
    assert err.code == "tag"
    assert err.location.line == 1


def test_core_tags_are_accepted() -> None:
    doc = _load("a: !!str 5\nb: !!int '7'\nc: !!float 1\nd: !!null ''\ne: !!bool true\n")
    assert doc.data == {"a": "5", "b": 7, "c": 1.0, "d": None, "e": True}


def test_implicit_typing_follows_the_safe_loader_but_timestamps_stay_text() -> None:
    doc = _load("a: 010\nb: 0x1F\nc: 1_000\nd: .inf\ne: yes\nf: ~\ng: 2024-01-01\nh: '12'\n")
    data = doc.data
    assert data["a"] == 8 and data["b"] == 31 and data["c"] == 1000
    assert data["d"] == float("inf") and data["e"] is True and data["f"] is None
    assert data["g"] == "2024-01-01" and data["h"] == "12"


def test_keys_are_kept_as_written() -> None:
    assert _load("yes: 1\n1: 2\nnull: 3\n").data == {"yes": 1, "1": 2, "null": 3}


def test_merge_keys_are_refused() -> None:
    err = _error("base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n")
    assert (err.code, err.location.line, err.location.column) == ("tag", 3, 3)


def test_aliases_within_bounds_are_shared_values() -> None:
    doc = _load("m: &mem {count: 8}\na: *mem\nb: *mem\n")
    assert doc.data["a"] == {"count": 8} and doc.data["b"] == {"count": 8}


def test_billion_laughs_fails_fast_with_a_located_error() -> None:
    levels = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 10):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        levels.append(f"a{i}: &a{i} [{refs}]")
    err = _error("\n".join(levels) + "\n")
    assert err.code == "alias"
    assert err.location.line is not None and err.location.line <= 10
    assert "billion laughs" in err.message


def test_alias_limit_is_configurable() -> None:
    text = "a: &a [1, 2, 3]\nb: [*a, *a, *a]\n"
    assert _load(text).data["b"] == [[1, 2, 3]] * 3
    assert _error(text, max_alias_nodes=5).code == "alias"


def test_recursive_and_undefined_aliases() -> None:
    assert _error("a: &x [1, *x]\n").code == "alias"
    err = _error("a: *nowhere\n")
    assert err.code in ("alias", "syntax")
    assert err.location.line == 1


def test_alias_as_key_and_collection_as_key_are_refused() -> None:
    assert _error("a: &k x\n*k : 1\n").code == "alias"
    assert _error("? [a, b]\n: 1\n").code == "syntax"


def test_nesting_depth_limit() -> None:
    deep = "a: " + "[" * 70 + "]" * 70 + "\n"
    err = _error(deep)
    assert (err.code, err.location.line) == ("depth", 1)
    assert _load("a: " + "[" * 10 + "]" * 10 + "\n", max_depth=64).data["a"]


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("id: net\nnodes: [a, b\nlinks: []\n", 3, 6),
        ("id: net\n  bad: indent\n", 2, 6),
        ("a: 'unterminated\n", 2, 1),
        ("a:\n\t- tab\n", 2, 1),
    ],
)
def test_malformed_yaml_is_located(text: str, line: int, column: int) -> None:
    err = _error(text)
    assert err.code == "syntax"
    assert (err.location.line, err.location.column) == (line, column)
    assert err.message.startswith("YAML syntax error")


def test_multiple_documents_and_empty_file() -> None:
    err = _error("a: 1\n---\nb: 2\n")
    assert (err.code, err.location.line) == ("multiple-documents", 2)
    assert _error("").code == "empty"
    assert _error("# only a comment\n").code == "empty"


def test_control_character_is_located() -> None:
    err = _error("a: 1\nb: \x07bell\n")
    assert err.code == "encoding"
    assert err.location.line == 2


def test_load_error_becomes_a_parse_finding() -> None:
    finding = _error("a: 1\na: 2\n").to_finding()
    assert finding.rule_id == "QNS-PARSE"
    assert finding.location.line == 2
    assert finding.properties["reason"] == "duplicate-key"


def test_tag_is_named_as_written() -> None:
    assert "!!python/name:os.system" in _error("a: !!python/name:os.system ''\n").message
    assert "!custom" in _error("a: !custom 1\n").message


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1e9", 1e9), ("1.0e9", 1e9), ("1e-09", 1e-9), ("-2.5E3", -2500.0), ("1.5e+3", 1500.0)],
)
def test_yaml_12_exponent_floats_are_numbers(text: str, expected: float) -> None:
    # YAML 1.1 (PyYAML) reads "1e9" as text; YAML 1.2 core schema and every author: a number.
    assert _load(f"x: {text}\n").data == {"x": expected}


@pytest.mark.parametrize("text", ["1e", "e9", "1.2.3e4", "0x1e9"])
def test_text_that_only_looks_numeric_stays_text(text: str) -> None:
    assert _load(f"x: {text}\n").data["x"] == yaml.safe_load(f"x: {text}\n")["x"]
