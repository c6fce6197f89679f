"""The filtered N-Triples writer writes exactly what the original writer wrote, byte for byte.

Why: ``description_to_ntriples(data, keep)`` has a fast path for the rule engine's filter
(``ScopedWriter``: cached decisions, column-wise runs of same-keyed elements, triples as pieces).
Rules read the store it fills and findings quote its blank nodes, so "the same triples" is not
enough: the same text, blank-node numbers and triple count included, is what these tests demand,
against the frozen original in ``reference_writer.py``. They cover the examples, a generated
description, and arbitrary JSON-like data (odd ids, repeated ids, non-string keys, NaN, -0.0,
strings to escape, lists of objects), under filters that keep different mixes of predicates and
classes, and the unfiltered writer, which must not have changed at all.
"""

from __future__ import annotations

import gc
import importlib.util
import sys
import weakref
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reference_writer import reference_ntriples
from rules_helpers import ROOT, conformant_examples, nonconformant_examples

from qnetspec.conformance import builtin_packs
from qnetspec.conformance.scope import triple_filter
from qnetspec.description_rdf import (
    COLLECTION_CLASSES,
    INLINE_CLASSES,
    MANAGEMENT_KINDS,
    NODE_KINDS,
    QN,
    RDF_FIRST,
    RDF_TYPE,
    TripleFilter,
    _kept_data_keys,
    _segment,
    description_to_ntriples,
)
from qnetspec.description_rdf_scoped import ScopedWriter
from qnetspec.load import LoadError, load_document

ALL_CLASSES = frozenset(
    QN + name
    for name in (
        *NODE_KINDS,
        *MANAGEMENT_KINDS,
        *COLLECTION_CLASSES.values(),
        *INLINE_CLASSES.values(),
        "NetworkDescription",
    )
)


def builtin_filter() -> TripleFilter:
    rules = [r for p in builtin_packs() for r in p.rules if r.kind == "sparql"]
    keep = triple_filter(r.query or "" for r in rules)
    assert keep is not None
    return keep


# Filters that take the fast path (they name their predicates and drop the order lists).
SCOPED_FILTERS = {
    "builtin": builtin_filter(),
    # Everything of some predicates (odd keys' too: 1, True, é) but no rdf:type triple.
    "predicates-no-classes": TripleFilter(
        predicates=frozenset(
            {RDF_TYPE}
            | {
                QN + key
                for key in (
                    *("kind", "medium", "memory", "coherence_time_s", "endpoints", "domain"),
                    *("links", "nodes", "osi_layers", "detectors", "latency_s", "name", "id"),
                    *("1", "True", "%C3%A9", "a%20b"),
                )
            }
        ),
        classes=frozenset(),
    ),
    "classes-only": TripleFilter(predicates=frozenset({RDF_TYPE}), classes=ALL_CLASSES),
    "some-predicates-every-class": TripleFilter(
        predicates=frozenset({RDF_TYPE, QN + "kind", QN + "length_km", QN + "serves"}),
        classes=None,
    ),
    "nothing": TripleFilter(predicates=frozenset(), classes=frozenset()),
    # Kept predicates whose keys are not strings in the data (YAML ``1:``, ``true:``).
    "odd-keys-only": TripleFilter(predicates=frozenset({QN + "1", QN + "True"}), classes=None),
}
# Filters (and no filter) that take the original path, which must be untouched.
OTHER_FILTERS = {
    "none": None,
    "keep-everything": TripleFilter(),
    "with-order-lists": TripleFilter(
        predicates=frozenset({RDF_FIRST, QN + "kind", QN + "endpoints", QN + "order/endpoints"}),
        classes=None,
    ),
}
FILTERS = {**SCOPED_FILTERS, **OTHER_FILTERS}


def outcome(data: Any, keep: TripleFilter | None) -> tuple[str, int] | type[BaseException]:
    """(text, triple count) of the current writer, or the type of what it raised."""
    try:
        conversion = description_to_ntriples(data, keep)
    except Exception as error:
        return type(error)
    return conversion.ntriples, conversion.triple_count


def reference_outcome(
    data: Any, keep: TripleFilter | None
) -> tuple[str, int] | type[BaseException]:
    """The same for the frozen original writer."""
    try:
        return reference_ntriples(data, keep)
    except Exception as error:
        return type(error)


def assert_same(data: Any, keep: TripleFilter | None) -> tuple[str, int] | type[BaseException]:
    """Both writers give the same text and count for ``data`` (or raise the same error)."""
    expected = reference_outcome(data, keep)
    got = outcome(data, keep)
    if got != expected and isinstance(got, tuple) and isinstance(expected, tuple):
        # Show the first differing line rather than two megabytes of text.
        pairs = zip(got[0].splitlines(), expected[0].splitlines(), strict=False)
        for index, (a, b) in enumerate(pairs):
            assert a == b, f"line {index}: {a!r} != {b!r}"
    assert got == expected
    return got


def loadable(paths: list[Path]) -> list[Path]:
    """The examples the loader accepts (some nonconformant ones are broken on purpose)."""
    found = []
    for path in paths:
        try:
            load_document(path)
        except LoadError:
            continue
        found.append(path)
    return found


EXAMPLES = loadable(conformant_examples() + nonconformant_examples())


def test_the_scoped_filters_take_the_fast_path() -> None:
    assert all(_kept_data_keys(keep) is not None for keep in SCOPED_FILTERS.values())
    assert all(_kept_data_keys(keep) is None for keep in OTHER_FILTERS.values())
    assert len(EXAMPLES) >= 20  # every conformant example and most nonconformant ones load


@pytest.mark.parametrize("name", sorted(FILTERS))
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_convert_as_before(path: Path, name: str) -> None:
    assert isinstance(assert_same(load_document(path).data, FILTERS[name]), tuple)


@pytest.fixture(scope="module")
def generated() -> dict:
    """A 300-node description from the benchmark generator (two domains, every element kind)."""
    path = ROOT / "benchmarks" / "gen_description.py"
    spec = importlib.util.spec_from_file_location("gen_description", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_description", module)
    spec.loader.exec_module(module)
    return module.generate(300)


@pytest.mark.parametrize("name", sorted(FILTERS))
def test_generated_description_converts_as_before(generated: dict, name: str) -> None:
    converted = assert_same(generated, FILTERS[name])
    assert isinstance(converted, tuple)
    # Every filter but the two that keep nothing of this data keeps hundreds of its triples.
    assert converted[1] >= (0 if name in ("nothing", "odd-keys-only") else 500)


def test_generated_links_and_channels_go_column_wise(
    generated: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The equivalence above covers the column-wise path only if it is taken: check it is."""
    taken: list[int] = []
    columns = ScopedWriter.columns

    def spy(self: ScopedWriter, run: list[dict], *args: Any) -> list[str] | None:
        subjects = columns(self, run, *args)
        if subjects is not None:
            taken.append(len(run))
        return subjects

    monkeypatch.setattr(ScopedWriter, "columns", spy)
    description_to_ntriples(generated, SCOPED_FILTERS["builtin"])
    assert len(generated["links"]) in taken


def uniform(count: int, **overrides: Any) -> list[dict]:
    """``count`` link-like elements with the same keys, for the column-wise path."""
    items = [
        {"id": f"l{i}", "endpoints": [f"n{i}", f"n{i + 1}"], "medium": "SMF", "length_km": i / 3}
        for i in range(count)
    ]
    for index, item in overrides.items():
        items[int(index[1:])] = item
    return items


# Each breaks one condition of the column-wise path somewhere in a run of 40 elements; the output
# must be the original one all the same (the run then goes element by element).
ODD_RUNS = {
    "plain": uniform(40),
    "repeated-id": uniform(40, i7={"id": "l3", "endpoints": [], "medium": "x", "length_km": 1.0}),
    "empty-id": uniform(40, i0={"id": "", "endpoints": [], "medium": "x", "length_km": 1.0}),
    "int-id": uniform(40, i5={"id": 5, "endpoints": [], "medium": "x", "length_km": 1.0}),
    "keys-reordered": uniform(40, i9={"medium": "x", "id": "z", "endpoints": [], "length_km": 2.0}),
    "object-in-list": uniform(
        40, i4={"id": "q", "endpoints": [{"kind": "QKDModule"}], "medium": "x", "length_km": 2.0}
    ),
    "list-in-list": uniform(40, i4={"id": "q", "endpoints": [[]], "medium": "x", "length_km": 2.0}),
    "object-value": uniform(
        40, i30={"id": "q", "endpoints": [], "medium": {"memory": {}}, "length_km": 2.0}
    ),
    "mixed-column": uniform(40, i2={"id": "q", "endpoints": [], "medium": 7, "length_km": None}),
    "reference-column": [{"id": f"r{i}", "domain": f"d {i % 3}", "kind": "K"} for i in range(40)],
    "non-string-keys": [{"id": f"k{i}", 1: "one", "x": [i]} for i in range(40)],
    "special-floats": uniform(
        40, i1={"id": "q", "endpoints": "n1", "medium": 'a\n"b\\', "length_km": -0.0}
    )
    + [{"id": f"f{i}", "length_km": v} for i, v in enumerate([0.0, float("nan"), -1e308] * 12)],
}


@pytest.mark.parametrize("name", sorted(SCOPED_FILTERS))
@pytest.mark.parametrize("run", sorted(ODD_RUNS))
def test_runs_of_same_keyed_elements_convert_as_before(run: str, name: str) -> None:
    items = ODD_RUNS[run]
    renamed = [{**item, "id": f"c-{item['id']}"} if "id" in item else item for item in items]
    data = {"id": "d", "nodes": [{"id": "n", "kind": "QuantumRepeater", "memory": {}}]}
    # The second and third lists repeat ids already seen: their elements are blank nodes.
    data |= {"links": items, "classical_channels": renamed, "claims": items, "domains": renamed}
    assert_same(data, SCOPED_FILTERS[name])


ODD_ELEMENTS = {
    "id": "odd elements/é",
    "nodes": [
        {"id": "n1", "kind": "QuantumRepeater", "memory": {"count": 2}, "detectors": {}},
        {"id": "n1", "kind": "Quantum Repeater", "domain": "d1"},  # repeated id, odd kind
        {"kind": 7, "classical_address": "10.0.0.1"},  # no id, kind not a string
        {"id": 3, "kind": "9Lives", "osi_layers": [1, 2, 2]},
        {"id": "3", "kind": "TimingSource", "serves": ["d1", "d1", "d 2"]},
        {"id": "", "kind": None, "memory": None},
        "a stray string",
        ["a", {"kind": "QKDModule"}],
        {"id": "n2", "detectors": [{"efficiency": 0.5}, {"kind": "QKDModule"}], "name": "x"},
    ],
    "management": [{"id": "n2", "kind": "KeyManager", "serves": "d1"}],
    "domains": [{"id": True, "kind": "Domain"}, {"id": 1.5}],
    "metadata": {"kind": "QuantumRepeater", "memory": {"coherence_time_s": float("inf")}},
    "name": 'line\nbreak "quoted" \\ and \r',
}


@pytest.mark.parametrize("name", sorted(FILTERS))
def test_odd_elements_convert_as_before(name: str) -> None:
    assert_same(ODD_ELEMENTS, FILTERS[name])


def test_the_writer_leaves_no_reference_cycle() -> None:
    """The checker converts with the collector off: a cycle through the writer would keep its
    several megabytes of pieces alive until the collector next runs."""
    data = {"id": "d", "links": uniform(40), "nodes": [{"id": "n", "memory": {"count": 1}}]}
    keep = SCOPED_FILTERS["builtin"]
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        writer = ScopedWriter(data, keep, _kept_data_keys(keep) or frozenset())
        writer.description(data)
        alive = weakref.ref(writer)
        del writer
        assert alive() is None
    finally:
        if was_enabled:
            gc.enable()


# -- arbitrary data ------------------------------------------------------------------------------

_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=6)
# Keys the filters keep or look at, odd ones, and non-string keys a YAML mapping may have.
KEYS = st.one_of(
    st.sampled_from(
        [
            *("id", "kind", "medium", "memory", "endpoints", "domain", "serves", "name"),
            *("coherence_time_s", "length_km", "latency_s", "osi_layers", "detectors"),
            *("bell_state_measurement", "nodes", "links", "é", "a b", "1", "True"),
        ]
    ),
    _TEXT,
    st.integers(-1, 2),
    st.booleans(),
)
IDS = st.sampled_from(["n1", "n2", "l1", "", "a b", "é", "x/y", 1, 2, 0, True, None, 1.5, "1"])
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1.5, float("nan"), float("inf")]),
    _TEXT,
    st.sampled_from(["SMF", "QuantumRepeater", 'q"uote', "back\\slash", "new\nline", "\r", "n1"]),
    st.sampled_from([*NODE_KINDS, *MANAGEMENT_KINDS, "Quantum Repeater", "9Lives", "kind"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=4),
    max_leaves=12,
)


@st.composite
def elements(draw: st.DrawFn) -> dict:
    """An element: usually an id (often repeated across elements), then arbitrary keys."""
    element = {"id": draw(IDS)} if draw(st.integers(0, 4)) else {}
    element.update(draw(st.dictionaries(KEYS, VALUES, max_size=5)))
    return element


COLLECTIONS = st.sampled_from(
    ["nodes", "links", "classical_channels", "management", "domains", "claims", "other"]
)
DESCRIPTIONS = st.dictionaries(
    COLLECTIONS | KEYS,
    st.lists(elements() | VALUES, max_size=6) | VALUES,
    max_size=6,
)


@st.composite
def runs(draw: st.DrawFn) -> list:
    """A run long enough for the column-wise path: elements with the same keys and one kind of
    value per key, sometimes spoiled in one element (an odd id, value or key order)."""
    keys = draw(st.lists(KEYS, min_size=1, max_size=4, unique=True))
    values = [_TEXT, st.floats(), SCALARS, VALUES, st.lists(SCALARS | VALUES, max_size=3)]
    kinds = {key: draw(st.sampled_from(values)) for key in keys}
    count = draw(st.integers(32, 48))
    items: list = []
    for index in range(count):
        item = {"id": f"e{index}"}
        item.update({key: draw(kinds[key]) for key in keys})
        items.append(item)
    if draw(st.booleans()):
        spoilt = draw(st.integers(0, count - 1))
        items[spoilt] = draw(elements())
    return items


def filters_for(keys: set[Any], classes: set[str] | None, with_type: bool) -> TripleFilter:
    """A filter keeping the predicates of ``keys`` and (with ``rdf:type``) ``classes``."""
    predicates = {QN + _segment(key) for key in keys} | ({RDF_TYPE} if with_type else set())
    return TripleFilter(frozenset(predicates), None if classes is None else frozenset(classes))


FILTER_STRATEGY = st.one_of(
    st.sampled_from(sorted(SCOPED_FILTERS)).map(SCOPED_FILTERS.__getitem__),
    st.builds(
        filters_for,
        st.sets(KEYS, max_size=8),
        st.none() | st.sets(st.sampled_from(sorted(ALL_CLASSES)), max_size=6),
        st.booleans(),
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=DESCRIPTIONS, keep=FILTER_STRATEGY)
def test_arbitrary_data_converts_as_before(data: dict, keep: TripleFilter) -> None:
    assert_same(data, keep)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first=runs(),
    second=runs(),
    rest=DESCRIPTIONS,
    keep=FILTER_STRATEGY,
)
def test_arbitrary_runs_convert_as_before(
    first: list, second: list, rest: dict, keep: TripleFilter
) -> None:
    data = {"id": "d", **rest, "links": first, "classical_channels": first + second}
    assert_same(data, keep)


@settings(max_examples=100, deadline=None)
@given(data=DESCRIPTIONS)
def test_arbitrary_data_converts_as_before_unfiltered(data: dict) -> None:
    assert_same(data, None)
