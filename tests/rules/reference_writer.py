"""A frozen copy of the N-Triples writer as it was before the filtered path was specialised.

Why it is kept: ``description_to_ntriples`` with a :class:`TripleFilter` has a fast path of its own
(``qnetspec.description_rdf_scoped.ScopedWriter``) that must write exactly the same bytes as this
straightforward walk, blank-node numbers included. ``test_rules_conversion_equivalence.py``
compares the two on the examples, on a generated description and on arbitrary data;
``benchmarks/bench_convert.py --compare`` times them. Do not "fix" or speed up this file: its value
is that it does not change. The IRI helpers and constants are imported, so it pins the walk (what
is written, in which order, with which blank-node numbers), not the IRI scheme.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

from qnetspec.description_rdf import (
    _ESCAPES,
    _NT_FIRST,
    _NT_NIL,
    _NT_NULL,
    _NT_REST,
    _NT_TYPE,
    _XSD_BOOLEAN,
    _XSD_DATE,
    _XSD_DATETIME,
    _XSD_DOUBLE,
    _XSD_INTEGER,
    COLLECTION_CLASSES,
    INLINE_CLASSES,
    KIND_COLLECTIONS,
    ORDER,
    QN,
    RDF_FIRST,
    RDF_REST,
    REFERENCE_SLOTS,
    TripleFilter,
    _segment,
    _usable_id,
    description_iri,
)


def _has_nested(items: Iterable[Any]) -> bool:
    """Whether a list holds anything but scalars (frozen with the writer: it decides what is
    visited, hence how blank nodes are numbered)."""
    for item in items:
        kind = type(item)
        scalar = kind is str or kind is float or kind is int or kind is bool
        if not scalar and item is not None:
            return True
    return False


def reference_ntriples(data: dict, keep: TripleFilter | None = None) -> tuple[str, int]:
    """(N-Triples text, triple count) as the original writer produced them."""
    writer = _Writer(data, keep)
    writer.description(data)
    return "".join(writer.lines), len(writer.lines)


class _Writer:
    """Appends N-Triples lines; one instance per conversion (it numbers the blank nodes).

    The loops are written for speed (a 10k-node description has about 300k values): type checks
    with ``type(x) is``, cached predicate and class decisions, and no work at all for a key whose
    triples the filter drops unless something below it could be kept.
    """

    def __init__(self, data: dict, keep: TripleFilter | None) -> None:
        self.lines: list[str] = []
        self.keep = keep
        self.base = description_iri(data) + "/"
        self._bnodes = 0
        self._pred: dict[Any, tuple[str, bool]] = {}
        self._cls: dict[str, str | None] = {}
        self._refs: dict[str, str] = {}
        # Order lists are written only when rdf:first/rest are kept: rules never read them.
        self._keep_order = keep is None or keep.keeps(RDF_FIRST) or keep.keeps(RDF_REST)
        # Data keys whose predicate is kept; an element sharing none of them, with no nested value,
        # is skipped without visiting its keys one by one.
        self._kept_keys: frozenset[str] | None = None
        if keep is not None and keep.predicates is not None and not self._keep_order:
            self._kept_keys = frozenset(
                unquote(p[len(QN) :]) for p in keep.predicates if p.startswith(QN)
            )

    def bnode(self) -> str:
        self._bnodes += 1
        return f"_:b{self._bnodes}"

    def predicate(self, key: Any) -> tuple[str, bool]:
        """``(<qn:key>, kept?)`` for a data key, cached since keys repeat thousands of times."""
        iri = QN + _segment(key)
        cached = (f"<{iri}>", self.keep is None or self.keep.keeps(iri))
        self._pred[key] = cached
        return cached

    def type_triple(self, subject: str, cls: str) -> None:
        term = self._cls.get(cls, "")
        if term == "":
            iri = QN + cls
            term = f"<{iri}>" if self.keep is None or self.keep.keeps_class(iri) else None
            self._cls[cls] = term
        if term is not None:
            self.lines.append(f"{subject} {_NT_TYPE} {term} .\n")

    def reference(self, value: str) -> str:
        iri = self._refs.get(value)
        if iri is None:
            iri = f"<{self.base}{_segment(value)}>"
            self._refs[value] = iri
        return iri

    def literal(self, value: Any) -> str:
        kind = type(value)
        if kind is str:
            return '"' + value.translate(_ESCAPES) + '"'
        if kind is float:
            if value - value == 0.0:  # finite
                return f'"{value!r}"^^{_XSD_DOUBLE}'
            text = "NaN" if math.isnan(value) else ("INF" if value > 0 else "-INF")
            return f'"{text}"^^{_XSD_DOUBLE}'
        if kind is bool:
            return f'"{"true" if value else "false"}"^^{_XSD_BOOLEAN}'
        if value is None:
            return _NT_NULL
        if isinstance(value, int) and not isinstance(value, bool):
            return f'"{value}"^^{_XSD_INTEGER}'
        if isinstance(value, float):
            return self.literal(float(value))
        if isinstance(value, _dt.datetime):
            return f'"{value.isoformat()}"^^{_XSD_DATETIME}'
        if isinstance(value, _dt.date):
            return f'"{value.isoformat()}"^^{_XSD_DATE}'
        return '"' + str(value).translate(_ESCAPES) + '"'

    def value(self, value: Any, key: Any) -> str:
        """The RDF term for ``value`` under ``key``, writing the triples of nested objects."""
        kind = type(value)
        if kind is str:
            if key in REFERENCE_SLOTS:
                return self.reference(value)
            return '"' + value.translate(_ESCAPES) + '"'
        if kind is dict or isinstance(value, dict):
            node = self.bnode()
            cls = INLINE_CLASSES.get(key)
            if cls is not None:
                self.type_triple(node, cls)
            self.properties(node, value)
            return node
        if kind is list or isinstance(value, list):
            return self.rdf_list([self.value(item, key) for item in value])
        return self.literal(value)

    def inline(self, value: dict, key: Any) -> str:
        """The blank node of an inline object, skipping its keys when none can be kept.

        The same lines as :meth:`value` (the node is numbered all the same): an object such as a
        memory or detector whose fields no rule reads costs a counter increment, not a walk.
        """
        kept = self._kept_keys
        if kept is None or not kept.isdisjoint(value) or _has_nested(value.values()):
            return self.value(value, key)
        node = self.bnode()
        cls = INLINE_CLASSES.get(key)
        if cls is not None:
            self.type_triple(node, cls)
        return node

    def rdf_list(self, items: list[str]) -> str:
        if not items:
            return _NT_NIL
        if not self._keep_order:
            return self.bnode()
        head = self.bnode()
        cell = head
        lines = self.lines
        last = len(items) - 1
        for index, item in enumerate(items):
            lines.append(f"{cell} {_NT_FIRST} {item} .\n")
            nxt = self.bnode() if index < last else _NT_NIL
            lines.append(f"{cell} {_NT_REST} {nxt} .\n")
            cell = nxt
        return head

    def properties(self, subject: str, obj: dict) -> None:
        lines = self.lines
        preds = self._pred
        refs = self._refs
        keep_order = self._keep_order
        for key, value in obj.items():
            entry = preds.get(key)
            if entry is None:
                entry = self.predicate(key)
            pred, kept = entry
            kind = type(value)
            if kind is str:
                if not kept:
                    continue
                if key in REFERENCE_SLOTS:
                    term = refs.get(value) or self.reference(value)
                else:
                    term = '"' + value.translate(_ESCAPES) + '"'
                lines.append(f"{subject} {pred} {term} .\n")
            elif kind is list:
                if not (kept or keep_order or _has_nested(value)):
                    continue  # nothing under this key can reach the store
                items = [self.value(item, key) for item in value]
                if kept:
                    lines.extend(f"{subject} {pred} {item} .\n" for item in dict.fromkeys(items))
                self.order(subject, key, items)
            elif kind is dict:
                term = self.inline(value, key)
                if kept:
                    lines.append(f"{subject} {pred} {term} .\n")
            elif kept:
                if kind is float and value - value == 0.0:  # finite: the common case, inline
                    term = f'"{value!r}"^^{_XSD_DOUBLE}'
                elif kind is float or kind is int or kind is bool:
                    term = self.literal(value)
                else:
                    term = self.value(value, key)
                lines.append(f"{subject} {pred} {term} .\n")

    def order(self, subject: str, key: Any, items: list[str]) -> None:
        if not self._keep_order:
            return
        iri = ORDER + _segment(key)
        if self.keep is None or self.keep.keeps(iri):
            self.lines.append(f"{subject} <{iri}> {self.rdf_list(items)} .\n")

    def description(self, data: dict) -> None:
        subject = f"<{description_iri(data)}>"
        self.type_triple(subject, "NetworkDescription")
        seen: set[Any] = set()
        scalars = {}
        for key, value in data.items():
            if type(value) is not list:
                scalars[key] = value
                continue
            items = [self.top_item(key, item, seen) for item in value]
            pred, kept = self._pred.get(key) or self.predicate(key)
            if kept:
                self.lines.extend(f"{subject} {pred} {item} .\n" for item in dict.fromkeys(items))
            self.order(subject, key, items)
        self.properties(subject, scalars)

    def top_item(self, key: Any, item: Any, seen: set[Any]) -> str:
        """An item of a top-level list: an element IRI when it has a fresh id, else a value."""
        if type(item) is not dict:
            return self.value(item, key)
        ident = item.get("id")
        if type(ident) is str and ident and ident not in seen:
            seen.add(ident)
            segment = ident if ident.isalnum() and ident.isascii() else _segment(ident)
            subject = f"<{self.base}{segment}>"
        elif _usable_id(ident) and str(ident) not in seen:
            seen.add(str(ident))
            subject = f"<{self.base}{_segment(ident)}>"
        else:
            subject = self.bnode()
        cls = COLLECTION_CLASSES.get(key)
        if cls is None and key in KIND_COLLECTIONS:
            kind = item.get("kind")
            if type(kind) is str and kind.isidentifier():
                cls = kind
        if cls is not None and self._cls.get(cls, "") is not None:  # skips classes not kept
            self.type_triple(subject, cls)
        kept = self._kept_keys
        if kept is not None and kept.isdisjoint(item):
            for value in item.values():
                kind = type(value)
                if kind is dict or (kind is list and _has_nested(value)):
                    break
            else:
                return subject  # nothing of this element can reach the store
        self.properties(subject, item)
        return subject
