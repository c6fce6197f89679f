"""Property-based tests: whatever a file holds, load + structure gives findings or a LoadError.

Mutations start from the valid fixture (drop keys, change types, inject NaN and negatives,
duplicate elements, rename keys) or from its text (random edits, random bytes). The properties:
nothing but :class:`LoadError` ever escapes, every finding is located in the file, and the fast
compiled check never accepts what jsonschema rejects.
"""

from __future__ import annotations

import copy
import json
import math
from typing import Any

import jsonschema
import yaml
from check_helpers import VALID_YAML
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qnetspec.findings import Finding
from qnetspec.load import LoadError, load_document, load_text
from qnetspec.structure import StructureChecker

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
VALID = load_document(VALID_YAML).data
VALID_TEXT = VALID_YAML.read_text()

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path (tuple of keys/indexes) into ``node``, containers and leaves alike."""
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _parent(data: Any, path: tuple) -> Any:
    for token in path[:-1]:
        data = data[token]
    return data


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    data = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = _parent(data, path)
        action = draw(
            st.sampled_from(["drop", "replace", "nan", "negative", "duplicate", "rename"])
        )
        key = path[-1]
        if action == "drop":
            del parent[key]
        elif action == "replace":
            parent[key] = draw(json_values)
        elif action == "nan":
            parent[key] = draw(st.sampled_from([math.nan, math.inf, -math.inf]))
        elif action == "negative":
            parent[key] = -draw(st.floats(min_value=0.001, max_value=1e6))
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        elif action == "rename" and isinstance(parent, dict):
            parent[str(key)[::-1] + "x"] = parent.pop(key)
    return data


def _run(checker: StructureChecker, path: str, text: str | None = None) -> list[Finding]:
    """Load and check; LoadError is a valid outcome and must be located."""
    try:
        document = load_text(text, path) if text is not None else load_document(path)
    except LoadError as exc:
        assert exc.location.file == path
        assert exc.location.line is None or exc.location.line >= 1
        return [exc.to_finding()]
    findings = checker.check(document)
    for finding in findings:
        assert isinstance(finding, Finding)
        assert finding.location.file == path
        assert finding.location.pointer is not None
        assert finding.location.line is None or finding.location.line >= 1
        assert finding.rule_id.startswith("QNS-") and finding.message
    return findings


@SETTINGS
@given(mutated())
def test_mutated_descriptions_as_json(checker: StructureChecker, data: Any) -> None:
    _run(checker, "m.json", json.dumps(data))


@SETTINGS
@given(mutated())
def test_mutated_descriptions_as_yaml(checker: StructureChecker, data: Any) -> None:
    _run(checker, "m.yaml", yaml.safe_dump(data, sort_keys=False))


@SETTINGS
@given(
    st.integers(0, len(VALID_TEXT)),
    st.integers(0, 12),
    st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=6),
)
def test_random_text_edits(checker: StructureChecker, at: int, cut: int, insert: str) -> None:
    text = VALID_TEXT[:at] + insert + VALID_TEXT[at + cut :]
    _run(checker, "e.yaml", text)
    _run(checker, "e.json", text)


@SETTINGS
@given(st.binary(max_size=300))
def test_random_bytes(checker: StructureChecker, tmp_path_factory, blob: bytes) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    for name in ("r.yaml", "r.json", "r.ttl", "r.jsonld", "r"):
        path = folder / name
        path.write_bytes(blob)
        _run(checker, str(path))


@SETTINGS
@given(mutated())
def test_fast_check_never_accepts_what_jsonschema_rejects(
    checker: StructureChecker, data: Any
) -> None:
    for name, cls in checker.collections.single.items():
        items = data.get(name) if isinstance(data, dict) else None
        for item in items if isinstance(items, list) else []:
            if checker._compiler.definition(cls)(item):
                validator = jsonschema.Draft201909Validator(
                    {"$ref": f"#/$defs/{cls}", "$defs": checker.defs}
                )
                assert not list(validator.iter_errors(item)), item
    nodes = data.get("nodes") if isinstance(data, dict) else None
    for item in nodes if isinstance(nodes, list) else []:
        kind = item.get("kind") if isinstance(item, dict) else None
        if (
            isinstance(kind, str)
            and kind in checker.defs
            and checker._compiler.definition(kind)(item)
        ):
            validator = jsonschema.Draft201909Validator(
                {"$ref": f"#/$defs/{kind}", "$defs": checker.defs}
            )
            assert not list(validator.iter_errors(item)), item
