"""The rule engine's view of a description as N-Triples: only the triples its queries can match.

Why a writer of its own: ``qnetspec check`` converts every description it checks, and on a
10k-node description this conversion sits on the critical path of the SPARQL side. The rule
engine's filter names its predicates and drops the order lists, which allows shortcuts the general
writer (:class:`qnetspec.description_rdf._Writer`, used for the lossless round trip and the
knowledge graph) cannot take: cached predicate, class and literal terms, triples appended as four
pieces and joined once, and long runs of same-keyed elements (links, channels) written a column at
a time. The output is byte-for-byte what the general writer gives with the same filter, blank-node
numbers included; ``tests/rules/test_rules_conversion_equivalence.py`` holds that against a frozen
copy of the general writer. ``benchmarks/bench_convert.py`` measures it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from itertools import chain, compress, count, islice, repeat
from operator import itemgetter, ne
from typing import Any

from qnetspec.description_rdf import (
    _EOL,
    _ESCAPES,
    _TYPE_PIECE,
    _XSD_DOUBLE,
    COLLECTION_CLASSES,
    INLINE_CLASSES,
    KIND_COLLECTIONS,
    QN,
    REFERENCE_SLOTS,
    TripleFilter,
    _has_nested,
    _segment,
    _usable_id,
    _Writer,
    description_iri,
)


def _predicate_piece(keep: TripleFilter, key: Any) -> str:
    """`` <qn:key> `` for a data key whose triples ``keep`` keeps, ``""`` when it drops them."""
    iri = QN + _segment(key)
    return f" <{iri}> " if keep.keeps(iri) else ""


def _class_term(keep: TripleFilter, cls: str | None) -> str | None:
    """The term of ``qn:<cls>`` if ``keep`` keeps its ``rdf:type`` triples, else ``None``."""
    if cls is None:
        return None
    iri = QN + cls
    return f"<{iri}>" if keep.keeps_class(iri) else None


class _Table(dict[Any, Any]):
    """A cache that fills itself on a miss: a hit is one C-level lookup (``table[key]``), with no
    ``.get`` call, no sentinel test and no fallback call in loops that run 300k times."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.make(key)
        return value


class _Literals(dict[str, str]):
    """Plain literal terms by string, escaped exactly as ``translate(_ESCAPES)`` escapes them.

    A cache, since kinds, media and approaches repeat thousands of times; and a miss (addresses,
    names: one each) is one Python frame, with ``str.translate`` only when one of the four
    characters is there: with multi-character replacements it costs about half a microsecond even
    when there is nothing to replace, four ``in`` scans (memchr) several times less.
    """

    def __missing__(self, text: str) -> str:
        if "\\" in text or '"' in text or "\n" in text or "\r" in text:
            term = self[text] = '"' + text.translate(_ESCAPES) + '"'
        else:
            term = self[text] = '"' + text + '"'
        return term


class ScopedWriter(_Writer):
    """The writer for a filter that names its predicates and drops the order lists.

    That is the rule engine's filter, on the critical path of every ``qnetspec check``: most of
    what it visits is dropped (a 10k-node description: 50k elements, 100k triples kept of 730k),
    so the time goes into deciding and into building strings. It writes the very text of
    :class:`_Writer`, blank-node numbers included (an inline object takes a number even when none
    of its triples is kept), and differs only in how:

    - a triple is four pieces appended to ``lines`` (subject, `` <predicate> ``, object,
      `` .\\n``), joined once at the end, instead of a line built by an f-string: half the cost;
    - a key's predicate piece (``""`` when dropped) comes from a self-filling table; a dropped key
      is looked at again only if its value is an object or a list of them;
    - string and double literals are cached (kinds, media, lengths repeat thousands of times),
      and strings are escaped only when they contain something to escape;
    - an element none of whose triples is kept is skipped before its IRI is even built;
    - long runs of elements with the same keys (links, channels) are written a column at a time
      with C-level passes (:meth:`columns`) when that provably writes the same lines.

    Measured with ``benchmarks/bench_convert.py --compare`` on a 10k-node description (shared
    2-core machine, best of 11): 105-118 ms against 183-200 ms for the original walk; nodes
    55-60 ms against 91-96, links 30-35 against 67-71, classical channels 14-16 against 21-23.

    Caches are keyed like :class:`_Writer`'s (by the key itself, filled on first sight), so even
    keys that compare equal across types (``1``, ``True``) resolve as they do there.
    ``tests/rules/test_rules_conversion_equivalence.py`` holds it to the frozen original.
    """

    def __init__(self, data: dict, keep: TripleFilter, kept_keys: frozenset[str]) -> None:
        super().__init__(data, keep)
        self._kept = kept_keys
        # The tables hold plain functions of ``keep``, not bound methods: a cycle through the
        # writer would keep its lines alive until the next collection, and the checker runs with
        # the collector off.
        classes = _Table(partial(_class_term, keep))
        self._classes = classes
        self._inline_classes = _Table(lambda key: classes[INLINE_CLASSES.get(key)])
        self._kind_classes = _Table(lambda kind: classes[kind] if kind.isidentifier() else None)
        self._preds = _Table(partial(_predicate_piece, keep))
        self._literals = _Literals()
        self._doubles: dict[float, str] = {}

    def text(self) -> tuple[str, int]:
        """The N-Triples text and its number of triples (four pieces each)."""
        return "".join(self.lines), len(self.lines) // 4

    def type_triple(self, subject: str, cls: str) -> None:
        """As :meth:`_Writer.type_triple`, in pieces (also used by :meth:`_Writer.value`)."""
        term = self._classes[cls]
        if term is not None:
            self.lines += (subject, _TYPE_PIECE, term, _EOL)

    def double(self, value: float) -> str:
        """The term of a float; cached when finite and non-zero, where equal floats have equal
        reprs (``0.0 == -0.0``, and NaN equals nothing)."""
        if not (value and value - value == 0.0):
            return self.literal(value)
        term = self._doubles[value] = f'"{value!r}"^^{_XSD_DOUBLE}'
        return term

    def value(self, value: Any, key: Any) -> str:
        """As :meth:`_Writer.value`, with plain strings from the literal cache."""
        if type(value) is str and key not in REFERENCE_SLOTS:
            return self._literals[value]
        return super().value(value, key)

    def description(self, data: dict) -> None:
        """Write the whole description (as :meth:`_Writer.description`)."""
        subject = f"<{description_iri(data)}>"
        self.type_triple(subject, "NetworkDescription")
        seen: set[Any] = set()
        scalars = {}
        for key, value in data.items():
            if type(value) is not list:
                scalars[key] = value
                continue
            # The predicate is looked up after the items, as _Writer does: keys that compare
            # equal across types (1, True) share the first one's predicate. Only a string key's
            # can safely be known before (it equals no other type), to skip building unused IRIs.
            wanted = type(key) is not str or bool(self._preds[key])
            items = self.collection(key, value, seen, wanted)
            pred = self._preds[key]
            for item in dict.fromkeys(items) if pred else ():
                self.lines += (subject, pred, item, _EOL)
        self.properties(subject, scalars)

    def collection(self, key: Any, items: list, seen: set[Any], terms_wanted: bool) -> list[str]:
        """Write the elements of a top-level list (as :meth:`_Writer.top_item` does); their terms
        when ``terms_wanted`` (the description's triple to each of them is kept).

        Long runs of elements with the same keys (links, channels) go column by column
        (:meth:`columns`); the rest, and nodes (typed by their own ``kind``), one by one.
        """
        cls = COLLECTION_CLASSES.get(key)
        if cls is None and key in KIND_COLLECTIONS:
            return self.elements(key, items, seen, terms_wanted, kinds=self._kind_classes)
        typed = self._classes[cls]
        terms: list[str] = []
        start = 0
        for length, shape in _runs(items):
            run = items[start : start + length]
            start += length
            subjects = None
            if shape is not None:
                subjects = self.columns(run, shape, typed, seen, terms_wanted)
            if subjects is None:
                subjects = self.elements(key, run, seen, terms_wanted, typed=typed)
            if terms_wanted:
                terms += subjects
        return terms

    def columns(
        self, run: list[dict], shape: tuple, typed: str | None, seen: set[Any], terms_wanted: bool
    ) -> list[str] | None:
        """Write a run of elements with the keys ``shape`` a key at a time; their subjects
        (when ``terms_wanted`` or some of their triples are kept).

        Each column is fetched and typed in C (``map``, ``set``), and the lines are zipped
        together in element order, so 20k links cost a few C passes instead of 100k turns of a
        Python loop. It applies only when it provably writes what :meth:`elements` would: fresh
        unique string ids (no blank-node subjects), kept values all scalars, and no object or list
        of objects anywhere (no blank nodes at all). Otherwise ``None``, having written nothing.
        """
        ids = _fresh_ids(run, shape, seen)
        if ids is None:
            return None
        # top_item skips an element sharing no key with the filter (and holding no object).
        kept_shape = not self._kept.isdisjoint(shape)
        written: list[tuple[str, list[str]]] = []
        for key in shape:
            column = list(map(itemgetter(key), run))
            types = set(map(type, column))
            pred = self._preds[key] if kept_shape else ""
            if not pred:
                if not _inert(column, types):
                    return None
                continue
            terms = self.column_terms(key, column, types)
            if terms is None:
                return None
            written.append((pred, terms))
        seen.update(ids)
        if not (written or typed or terms_wanted):
            return []  # no triple names these elements
        base = self.base
        subjects = [
            f"<{base}{i}>" if i.isalnum() and i.isascii() else f"<{base}{_segment(i)}>" for i in ids
        ]
        count = len(run)
        parts: list[Iterable[str]] = []
        if typed is not None:
            parts += (
                subjects,
                repeat(_TYPE_PIECE, count),
                repeat(typed, count),
                repeat(_EOL, count),
            )
        for pred, terms in written:
            parts += (subjects, repeat(pred, count), terms, repeat(_EOL, count))
        self.lines += chain.from_iterable(zip(*parts, strict=False))  # all ``count`` long
        return subjects

    def column_terms(self, key: Any, column: list, types: set[type]) -> list[str] | None:
        """The object terms of a kept column, as :meth:`properties` writes them; ``None`` unless
        every value is a scalar."""
        if not types <= _SCALARS:
            return None
        if types == {str}:
            if key in REFERENCE_SLOTS:
                refs = self._refs
                return [refs.get(v) or self.reference(v) for v in column]
            return list(map(self._literals.__getitem__, column))
        if types == {float}:
            doubles = self._doubles
            return [doubles.get(v) or self.double(v) for v in column]
        return [self.value(v, key) for v in column]

    def elements(
        self,
        key: Any,
        items: list,
        seen: set[Any],
        terms_wanted: bool,
        typed: str | None = None,
        kinds: _Table | None = None,
    ) -> list[str]:
        """:meth:`collection` one element at a time; their terms when ``terms_wanted``.

        ``typed`` is the class term of every element (``None``: untyped, or the class is
        dropped); nodes and management are typed by their ``kind`` instead, through ``kinds``.
        """
        terms: list[str] = []
        lines = self.lines
        kept = self._kept
        base = self.base
        for item in items:
            if type(item) is not dict:
                terms.append(self.value(item, key))
                continue
            ident = item.get("id")
            write = not kept.isdisjoint(item) or _holds_objects(item)
            if kinds is not None:
                kind = item.get("kind")
                typed = kinds[kind] if type(kind) is str else None
            if type(ident) is str and ident and ident not in seen:
                seen.add(ident)
                if not (write or typed or terms_wanted):
                    continue  # its IRI would appear in no triple
                segment = ident if ident.isalnum() and ident.isascii() else _segment(ident)
                subject = f"<{base}{segment}>"
            else:
                subject = self.odd_subject(ident, seen)
            if typed is not None:
                lines += (subject, _TYPE_PIECE, typed, _EOL)
            if write:
                self.properties(subject, item)
            if terms_wanted:
                terms.append(subject)
        return terms

    def odd_subject(self, ident: Any, seen: set[Any]) -> str:
        """The subject of an element whose id is not a fresh string (as :meth:`top_item`)."""
        if _usable_id(ident) and str(ident) not in seen:
            seen.add(str(ident))
            return f"<{self.base}{_segment(ident)}>"
        return self.bnode()

    def properties(self, subject: str, obj: dict) -> None:
        """The triples of ``obj``'s keys (as :meth:`_Writer.properties` with this filter)."""
        lines = self.lines
        preds = self._preds
        refs = self._refs
        literals = self._literals
        doubles = self._doubles
        for key, value in obj.items():
            pred = preds[key]
            kind = type(value)
            if not pred:  # dropped: only objects below it can hold kept triples
                if kind is dict:
                    self.inline_object(subject, pred, value, key)
                elif kind is list and _has_nested(value):
                    self.list_values(subject, pred, key, value)
            elif kind is str:
                if key in REFERENCE_SLOTS:
                    lines += (subject, pred, refs.get(value) or self.reference(value), _EOL)
                else:
                    lines += (subject, pred, literals[value], _EOL)
            elif kind is float:
                lines += (subject, pred, doubles.get(value) or self.double(value), _EOL)
            elif kind is dict:
                self.inline_object(subject, pred, value, key)
            elif kind is list:
                self.list_values(subject, pred, key, value)
            else:
                lines += (subject, pred, self.value(value, key), _EOL)

    def inline_object(self, subject: str, pred: str, value: dict, key: Any) -> None:
        """A blank node for ``value``, numbered even when nothing of it is kept (as
        :meth:`_Writer.inline`), and its triples when some key of it may be kept."""
        self._bnodes += 1
        node = f"_:b{self._bnodes}"
        lines = self.lines
        cls = self._inline_classes[key]
        if cls is not None:
            lines += (node, _TYPE_PIECE, cls, _EOL)
        if not self._kept.isdisjoint(value) or _has_nested(value.values()):
            self.properties(node, value)
        if pred:
            lines += (subject, pred, node, _EOL)

    def list_values(self, subject: str, pred: str, key: Any, value: list) -> None:
        """The items of a list (writing those that are objects), and one triple per distinct item
        when ``pred`` is kept; no order list (this filter drops them)."""
        items = [self.value(item, key) for item in value]
        if pred:
            lines = self.lines
            for item in dict.fromkeys(items):
                lines += (subject, pred, item, _EOL)


def _holds_objects(item: dict) -> bool:
    """Whether an element has a value that is an object or a list holding anything but scalars
    (:meth:`_Writer.top_item`'s test, as a function)."""
    for value in item.values():
        kind = type(value)
        if kind is dict or (kind is list and _has_nested(value)):
            return True
    return False


_SCALARS = frozenset({str, float, int, bool, type(None)})
# Shorter runs of same-keyed elements are written one by one: a column costs a few C passes of
# fixed overhead each, which pays off only over many elements.
_MIN_RUN = 32


def _runs(items: list) -> list[tuple[int, tuple | None]]:
    """``(length, keys)`` of the runs of consecutive dicts with the same keys in the same order;
    ``keys`` is ``None`` for a stretch to write element by element (non-dicts, short runs)."""
    if len(items) < _MIN_RUN or not set(map(type, items)) <= {dict}:
        return [(len(items), None)]
    shapes = list(map(tuple, items))
    # Where a run starts: 0 and every index whose keys differ from the previous element's.
    starts = [0, *compress(count(1), map(ne, shapes, islice(shapes, 1, None)))]
    if len(starts) * _MIN_RUN > len(items):  # mostly short runs (nodes of mixed kinds)
        return [(len(items), None)]
    ends = [*starts[1:], len(items)]
    return [
        (end - start, shapes[start] if end - start >= _MIN_RUN else None)
        for start, end in zip(starts, ends, strict=True)
    ]


def _fresh_ids(run: list[dict], shape: tuple, seen: set[Any]) -> list[str] | None:
    """The ids of a run when all are non-empty strings, distinct and not ``seen`` (each element
    then gets its IRI, not a blank node); else ``None``."""
    if "id" not in shape:
        return None
    ids = list(map(itemgetter("id"), run))
    if not set(map(type, ids)) <= {str}:
        return None
    unique = set(ids)
    if len(unique) != len(ids) or "" in unique or not seen.isdisjoint(unique):
        return None
    return ids


def _inert(column: list, types: set[type]) -> bool:
    """Whether a column of dropped values holds no object and no list with anything but scalars
    (so nothing under it is written and no blank node is numbered)."""
    if dict in types:
        return False
    if list not in types:
        return True
    if types != {list}:
        return False  # lists mixed with other values: left to the element-wise path
    return _SCALARS.issuperset(map(type, chain.from_iterable(column)))
