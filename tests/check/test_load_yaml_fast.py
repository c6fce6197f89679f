"""The YAML fast path (yaml-rs + lazy libyaml positions) gives exactly what the exact loader gives.

Either the fast path declines (and the exact loader runs), or its data equals the exact loader's,
type for type, and every pointer locates to the same line and column. Random edits of the examples
and random data dumped in many styles exercise both; specific texts check that each construct the
fast path cannot vouch for is left to the exact loader.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qnetspec.load import DEFAULT_LIMITS, LoadError, yaml_fast
from qnetspec.load.yaml_loader import parse_yaml_exact

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(
    [
        *ROOT.glob("examples/*.yaml"),
        *ROOT.glob("examples/nonconformant/*.yaml"),
        *(ROOT / "tests").glob("**/data/*.yaml"),
    ]
)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _exact(text: str) -> Any:
    """The exact loader's document, or its LoadError."""
    try:
        return parse_yaml_exact(text, "t.yaml", DEFAULT_LIMITS)
    except LoadError as exc:
        return exc


def _same(a: Any, b: Any) -> bool:
    """Equal, type for type (1, 1.0 and True differ), NaN equal to NaN."""
    if type(a) is not type(b):
        return False
    if type(a) is dict:
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if type(a) is list:
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if type(a) is float and math.isnan(a):
        return math.isnan(b)
    return a == b


def _pointers(node: Any, prefix: str = "") -> list[str]:
    found = [prefix]
    if type(node) is dict:
        for key, value in node.items():
            token = str(key).replace("~", "~0").replace("/", "~1")
            found += _pointers(value, f"{prefix}/{token}")
    elif type(node) is list:
        for index, value in enumerate(node):
            found += _pointers(value, f"{prefix}/{index}")
    return found


def _agree(text: str) -> bool:
    """Assert both paths agree on ``text``; True when the fast path answered."""
    fast = yaml_fast.fast_data(text, DEFAULT_LIMITS.max_depth)
    if fast is None:
        return False
    exact = _exact(text)
    assert not isinstance(exact, LoadError), f"the exact loader refuses: {exact}"
    assert _same(exact.data, fast)
    marks = yaml_fast.LazyMarks("t.yaml", text, fast)
    pointers = _pointers(fast)[:400]
    for pointer in [*pointers, *(p + "/missing/0" for p in pointers[:40]), "/0/x"]:
        want, got = exact.locate(pointer), marks(pointer)
        assert (got.line, got.column, got.pointer) == (want.line, want.column, want.pointer)
    return True


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_take_the_fast_path_and_agree(path: Path) -> None:
    assert _agree(path.read_text(encoding="utf-8"))


def test_generated_benchmark_description_takes_the_fast_path() -> None:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "gen_description", ROOT / "benchmarks" / "gen_description.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_description", module)
    spec.loader.exec_module(module)
    text = yaml.dump(module.generate(120), Dumper=yaml.CSafeDumper, sort_keys=False)
    assert _agree(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: !custom 1\n",  # tag
        "a: &x 1\nb: *x\n",  # anchor and alias
        "a: {<<: {b: 1}}\n",  # merge key
        "%YAML 1.1\n---\na: 1\n",  # directive
        "a: 1\n---\nb: 2\n",  # second document
        'a: "\\x41"\n',  # escape
        "a:\n\t- tab\n",  # tab
        "a: 1\r\nb: 2\r\n",  # carriage return
        "a: x\x85y\n",  # NEL, a line break in YAML 1.1 only
        "a: yes\n",  # YAML 1.1 boolean, text in 1.2
        "a: 'on'\n",  # quoted: text to both, but yaml-rs cannot say it was quoted
        "a: 1:30\n",  # sexagesimal
        "a: 010\n",  # octal in 1.1
        "a: 09\n",
        "a: 0o7\n",
        "a: -.5\n",
        "a: _1\n",
        "a: 1_e5\n",
        "a: .iNf\n",
        "a: .nan\n",
        "1: x\n",  # a key yaml-rs types
        "null: x\n",
        "? [a, b]\n: 1\n",  # a collection as key
        "a: 1\na: 2\n",  # duplicate key
        "- - - x\n",  # compact nesting
        "a:\n" + " " * 64 + "b: 1\n",  # deep indentation
        "a: [" * 70 + "]" * 70 + "\n",  # deeper than the limit
        "a: {b: 1, c\n  : 2}\n",  # accepted by yaml-rs, refused by libyaml
        "",  # empty
        "~\n",  # a null document
    ],
)
def test_what_the_fast_path_leaves_to_the_exact_loader(text: str) -> None:
    assert yaml_fast.fast_data(text, DEFAULT_LIMITS.max_depth) is None


def test_lazy_marks_read_only_as_far_as_needed() -> None:
    text = "id: net\nprofile: fully-quantum\nnodes:\n" + "".join(
        f"  - {{id: n{i}, kind: QKDModule}}\n" for i in range(2000)
    )
    data = yaml_fast.fast_data(text, DEFAULT_LIMITS.max_depth)
    marks = yaml_fast.LazyMarks("t.yaml", text, data)
    assert (marks("/profile").line, marks("/profile").column) == (2, 1)
    assert marks._open and not marks._ended  # the nodes were never read
    assert marks("/nodes/1999/kind").line == 2003
    assert marks("/nodes/3").line == 7  # earlier frames stay known


_EDITS = [":", ": ", "- ", "[", "]", "{", "}", ",", "'", '"', "|", ">", "#", " #", "? ", "\n"]
_EDITS += ["\n  ", " ", "yes", "010", "1e5", "-.5", "~", "1_000", "1:30", "é", "a b", "{a: 1}"]
_SOURCES = [p.read_text(encoding="utf-8") for p in EXAMPLES[:12]]


@SETTINGS
@given(
    st.sampled_from(_SOURCES),
    st.lists(
        st.tuples(st.floats(0, 1), st.integers(0, 8), st.sampled_from(_EDITS)),
        min_size=1,
        max_size=4,
    ),
)
def test_random_edits_agree(source: str, edits) -> None:
    text = source
    for where, cut, insert in edits:
        at = int(where * len(text))
        text = text[:at] + insert + text[at + cut :]
    _agree(text)


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["yes", "no", "on", "~", "", " x ", "a: b", "- c", "#d", "1:30", "010", "é"]),
    st.text(alphabet="abcxyz -_.:/019", max_size=30),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text("abc_", max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)


@SETTINGS
@given(
    _VALUES,
    st.sampled_from([None, True, False]),
    st.sampled_from([None, "'", '"', "|", ">"]),
    st.sampled_from([12, 40, 1000]),
)
def test_dumped_data_in_any_style_agrees(data, flow, style, width) -> None:
    text = yaml.dump(
        {"root": data},
        Dumper=yaml.SafeDumper,
        default_flow_style=flow,
        default_style=style,
        width=width,
        allow_unicode=True,
        sort_keys=False,
    )
    _agree(text)
