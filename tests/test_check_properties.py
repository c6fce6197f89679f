"""Property-based: mutate the bundled examples, run the whole `check` pipeline, never a crash.

Whatever a mutation does to an example (drop or retype a field, poison a number, point a reference
nowhere, duplicate an element), `check` must answer with located findings, never an exception.
The claims stage runs too, on fewer cases, because it simulates.
"""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qnetspec.check import CheckOptions, check_document
from qnetspec.conformance import builtin_packs
from qnetspec.document import Document
from qnetspec.findings import Finding
from qnetspec.load import load_document

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.yaml"))
DOCUMENTS = [load_document(path) for path in EXAMPLES]
POISON = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from([math.nan, math.inf, -math.inf, -1.0, 0.0, 1e300, -(10**9)]),
    st.text(max_size=8),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _containers(node: Any, found: list) -> list:
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            _containers(value, found)
    elif isinstance(node, list):
        found.append(node)
        for value in node:
            _containers(value, found)
    return found


@st.composite
def mutated(draw: st.DrawFn) -> Document:
    """An example with a handful of random edits at random places."""
    original = draw(st.sampled_from(DOCUMENTS))
    data = copy.deepcopy(original.data)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        target = draw(st.sampled_from(_containers(data, [])))
        if isinstance(target, dict) and target:
            key = draw(st.sampled_from(sorted(target)))
            action = draw(st.sampled_from(["drop", "poison", "dangle", "rename"]))
            if action == "drop":
                del target[key]
            elif action == "poison":
                target[key] = draw(POISON)
            elif action == "dangle":
                target[key] = "no-such-element"
            else:
                target[key + "x"] = target.pop(key)
        elif isinstance(target, list) and target:
            index = draw(st.integers(min_value=0, max_value=len(target) - 1))
            if draw(st.booleans()):
                target.append(copy.deepcopy(target[index]))  # a duplicate element
            else:
                target[index] = draw(POISON)
    return Document(original.path, original.format, data, original.locate)


def _assert_located(findings: list[Finding], path: str) -> None:
    for finding in findings:
        assert finding.location.file == path
        assert finding.message
        assert finding.rule_id
        # A rule or stage that crashed is reported as a finding, but it is still a bug.
        assert not finding.properties.get("internal_error"), finding.message


SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@settings(max_examples=120, **SETTINGS)
@given(document=mutated())
def test_mutated_examples_get_findings_never_exceptions(document: Document) -> None:
    result = check_document(document, builtin_packs(), CheckOptions(simulate=False))
    _assert_located(list(result.findings), document.path)


@settings(max_examples=15, **SETTINGS)
@given(document=mutated())
def test_claims_stage_survives_mutations(document: Document) -> None:
    result = check_document(document, builtin_packs(), CheckOptions(simulate=True))
    _assert_located(list(result.findings), document.path)
