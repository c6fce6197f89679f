"""A network description as RDF, and back, without losing anything the author wrote.

Why RDF: conformance rules are SPARQL queries any SPARQL 1.1 engine can run, and a description
loaded from Turtle or JSON-LD must come back as the same dicts the YAML loader produces.

The encoding (schema namespace ``qn:`` = ``https://w3id.org/qnetspec/``):

- the description is ``<https://w3id.org/qnetspec/net/<id>>``, typed ``qn:NetworkDescription``;
- an element of a top-level list (``nodes``, ``links``...) with an id is
  ``<https://w3id.org/qnetspec/net/<description id>/<element id>>`` (both percent-encoded), typed by
  its ``kind`` (nodes, management) or by its list (``links`` -> ``qn:QuantumLink``), and linked from
  the description by the list's name (``<description> qn:nodes <element>``);
- every key is a predicate ``qn:<key>`` (``kind`` and ``id`` included, so nothing is derived on
  the way back); strings are plain literals, ``bool``/``int``/``float`` are
  ``xsd:boolean``/``integer``/``double``; references (``endpoints``, ``domain``...) are element
  IRIs; inline objects (``memory``) are blank nodes typed by their class;
- a list gives one triple per item (easy to query: ``?link qn:endpoints ?node``) plus, for order and
  repeats, an ``rdf:List`` of the same items under ``<https://w3id.org/qnetspec/rdf/order/<key>>``;
  ``None`` is ``<https://w3id.org/qnetspec/rdf/null>``.

:func:`description_to_ntriples` can leave out triples that no rule reads (a :class:`TripleFilter`):
a pyoxigraph store loads a few microseconds per triple, so the rule engine loads only what its
queries can match. The order lists are bookkeeping for the round trip and are never needed by a
rule. With such a filter (named predicates, no order lists) a faster writer of its own,
:mod:`qnetspec.description_rdf_scoped`, writes the very same text; tests hold it to a frozen copy
of the original.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from qnetspec.document import escape_pointer_token
from qnetspec.kinds import COMPONENT_KINDS, MANAGEMENT_KINDS

if TYPE_CHECKING:
    import pyoxigraph
    import rdflib

QN = "https://w3id.org/qnetspec/"
NET = QN + "net/"
QNR = QN + "rdf/"
ORDER = QNR + "order/"
NULL = QNR + "null"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = RDF + "type"
RDF_FIRST = RDF + "first"
RDF_REST = RDF + "rest"
RDF_NIL = RDF + "nil"
RDF_LANGSTRING = RDF + "langString"
DESCRIPTION_CLASS = QN + "NetworkDescription"

# Slots whose string values name another element (ranges that are classes with an id; a test keeps
# this in step with schema/).
REFERENCE_SLOTS = frozenset(
    {
        "endpoints",
        "domain",
        "joins_domains",
        "serves",
        "service_request",
        "midpoint_station",
        "key_manager",
        "synchronization_source",
    }
)
# Multivalued slots of the schema: a lone value in hand-written RDF still comes back as a list.
MULTIVALUED_SLOTS = frozenset(
    {
        "endpoints",
        "osi_layers",
        "qkd_protocol_families",
        "senses",
        "joins_domains",
        "serves",
        "fcaps",
        "roles",
        "nodes",
        "links",
        "classical_channels",
        "domains",
        "management",
        "entanglement_identifiers",
        "service_requests",
        "claims",
    }
)
# Top-level lists whose items are typed by the list rather than by their ``kind``.
COLLECTION_CLASSES = {
    "links": "QuantumLink",
    "classical_channels": "ClassicalChannel",
    "domains": "Domain",
    "entanglement_identifiers": "EntanglementIdentifier",
    "service_requests": "ServiceRequest",
    "claims": "Claim",
}
# Top-level lists whose items are typed by their ``kind``.
KIND_COLLECTIONS = ("nodes", "management")
# Kinds that type an element of ``nodes`` / ``management``.
NODE_KINDS = COMPONENT_KINDS
# Inline objects and the class their blank node is typed with.
INLINE_CLASSES = {
    "memory": "QuantumMemory",
    "entanglement_source": "EntanglementSource",
    "entanglement_distributor": "EntanglementDistributor",
    "bell_state_measurement": "BellStateMeasurement",
    "detectors": "SinglePhotonDetector",
}

_XSD_BOOLEAN = f"<{XSD}boolean>"
_XSD_INTEGER = f"<{XSD}integer>"
_XSD_DOUBLE = f"<{XSD}double>"
_XSD_DATE = f"<{XSD}date>"
_XSD_DATETIME = f"<{XSD}dateTime>"
_NT_TYPE = f"<{RDF_TYPE}>"
_NT_FIRST = f"<{RDF_FIRST}>"
_NT_REST = f"<{RDF_REST}>"
_NT_NIL = f"<{RDF_NIL}>"
_NT_NULL = f"<{NULL}>"
_TYPE_PIECE = f" {_NT_TYPE} "
_EOL = " .\n"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_INTEGER_TYPES = frozenset(
    XSD + name
    for name in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    )
)
_FLOAT_TYPES = frozenset(XSD + name for name in ("double", "float", "decimal"))

_SAFE_SEGMENT = re.compile(r"[A-Za-z0-9_.~-]+")


def _segment(value: object) -> str:
    """Percent-encode one IRI path segment: everything but unreserved ASCII is escaped."""
    text = value if type(value) is str else str(value)
    if (text.isascii() and text.isalnum()) or _SAFE_SEGMENT.fullmatch(text):
        return text
    return quote(text, safe="")


def _has_nested(items: Iterable[Any]) -> bool:
    """Whether a list holds anything but scalars (written out: this runs 100k times)."""
    for item in items:
        kind = type(item)
        scalar = kind is str or kind is float or kind is int or kind is bool
        if not scalar and item is not None:
            return True
    return False


def description_iri(data: Any) -> str:
    """IRI of the description itself (``.../net/_`` when it has no usable id)."""
    ident = data.get("id") if isinstance(data, dict) else None
    return NET + (_segment(ident) if _usable_id(ident) else "_")


def element_iri(description_id: object, element_id: object) -> str:
    """IRI of element ``element_id`` of description ``description_id``."""
    base = _segment(description_id) if _usable_id(description_id) else "_"
    return f"{NET}{base}/{_segment(element_id)}"


def _usable_id(value: object) -> bool:
    return isinstance(value, str | int) and not isinstance(value, bool) and value != ""


@dataclass(frozen=True)
class TripleFilter:
    """Which triples to keep: predicates by IRI, and ``rdf:type`` triples by class IRI.

    ``None`` keeps everything of that sort. Built by :mod:`qnetspec.conformance.scope` from the
    queries that will run, so that a store holds only what they can match.
    """

    predicates: frozenset[str] | None = None
    classes: frozenset[str] | None = None

    def keeps(self, predicate: str) -> bool:
        return self.predicates is None or predicate in self.predicates

    def keeps_class(self, cls: str) -> bool:
        return self.keeps(RDF_TYPE) and (self.classes is None or cls in self.classes)


@dataclass(frozen=True)
class Conversion:
    """A description as N-Triples text.

    ``pointers()`` maps the description IRI to ``""`` and each element IRI to its JSON pointer
    (``/nodes/3``), so that a rule finding about an IRI can be located in the file. It is built on
    first use: most checks have few findings and the map costs as much as a third of a conversion.
    """

    ntriples: str
    triple_count: int
    data: dict = field(repr=False, compare=False)

    def pointers(self) -> dict[str, str]:
        return iri_pointers(self.data)


def _keeps_order(keep: TripleFilter | None) -> bool:
    return keep is None or keep.keeps(RDF_FIRST) or keep.keeps(RDF_REST)


def _kept_data_keys(keep: TripleFilter | None) -> frozenset[str] | None:
    """The data keys whose ``qn:`` predicate ``keep`` keeps, when it names its predicates and drops
    the order lists (the rule engine's filter); ``None`` otherwise."""
    if keep is None or keep.predicates is None or _keeps_order(keep):
        return None
    return frozenset(unquote(p[len(QN) :]) for p in keep.predicates if p.startswith(QN))


class _Writer:
    """Appends N-Triples lines; one instance per conversion (it numbers the blank nodes).

    The loops are written for speed (a 10k-node description has about 300k values): type checks
    with ``type(x) is``, cached predicate and class decisions, and no work at all for a key whose
    triples the filter drops unless something below it could be kept. A filter that names its
    predicates and drops the order lists (the rule engine's) is served by
    :mod:`qnetspec.description_rdf_scoped`.
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
        self._keep_order = _keeps_order(keep)

    def text(self) -> tuple[str, int]:
        """The N-Triples text and its number of triples (one line each)."""
        return "".join(self.lines), len(self.lines)

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
                term = self.value(value, key)
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
        self.properties(subject, item)
        return subject


def description_to_ntriples(data: dict, keep: TripleFilter | None = None) -> Conversion:
    """The description as N-Triples text (all of it, or the triples ``keep`` selects)."""
    if not isinstance(data, dict):
        raise TypeError(f"a description is a mapping, not {type(data).__name__}")
    kept_keys = _kept_data_keys(keep)
    if kept_keys is None:
        writer = _Writer(data, keep)
    else:
        from qnetspec.description_rdf_scoped import ScopedWriter

        writer = ScopedWriter(data, keep, kept_keys)
    writer.description(data)
    text, count = writer.text()
    return Conversion(text, count, data)


def _encoded(text: str) -> bytes:
    """UTF-8 bytes; an unpaired surrogate (only JSON can smuggle one in) becomes U+FFFD."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace")


def description_to_quads(data: dict) -> list[pyoxigraph.Quad]:
    """Every triple of the description as pyoxigraph quads in the default graph."""
    import pyoxigraph

    text = description_to_ntriples(data).ntriples
    return [
        pyoxigraph.Quad(t.subject, t.predicate, t.object)
        for t in pyoxigraph.parse(_encoded(text), format=pyoxigraph.RdfFormat.N_TRIPLES)
    ]


def description_to_graph(data: dict) -> rdflib.Graph:
    """The description as an rdflib graph (for export and for rdflib-based tools)."""
    import rdflib

    graph = rdflib.Graph()
    graph.bind("qn", QN)
    graph.parse(data=_encoded(description_to_ntriples(data).ntriples), format="nt")
    return graph


def description_to_store(
    data: dict, keep: TripleFilter | None = None
) -> tuple[pyoxigraph.Store, Conversion]:
    """A fresh in-memory pyoxigraph store holding the description (or its ``keep`` part)."""
    conversion = description_to_ntriples(data, keep)
    return load_store(conversion), conversion


def load_store(conversion: Conversion) -> pyoxigraph.Store:
    """A fresh in-memory pyoxigraph store holding ``conversion``'s triples.

    pyoxigraph parses and indexes in Rust without holding the GIL, so this may run on a worker
    thread while Python does something else (the rule engine does).
    """
    import pyoxigraph

    store = pyoxigraph.Store()
    if conversion.ntriples:
        store.load(
            _encoded(conversion.ntriples), format=pyoxigraph.RdfFormat.N_TRIPLES, lenient=True
        )
    return store


def id_pointers(data: dict) -> dict[str, str]:
    """Element id (as text) -> JSON pointer of its first occurrence; cheap, no IRIs built."""
    pointers: dict[str, str] = {}
    for key, value in data.items():
        if type(value) is not list:
            continue
        prefix = f"/{escape_pointer_token(key)}/"
        for index, item in enumerate(value):
            ident = item.get("id") if type(item) is dict else None
            if type(ident) is not str:
                if not _usable_id(ident):
                    continue
                ident = str(ident)
            if ident and ident not in pointers:
                pointers[ident] = prefix + str(index)
    return pointers


def iri_pointers(data: dict) -> dict[str, str]:
    """Element IRI -> JSON pointer (and the description IRI -> ``""``)."""
    base = description_iri(data) + "/"
    pointers = {description_iri(data): ""}
    pointers.update({base + _segment(i): p for i, p in id_pointers(data).items()})
    return pointers


def pointer_of_iri(data: dict, iri: str, ids: dict[str, str] | None = None) -> str | None:
    """JSON pointer of the element an IRI names (``ids``: a cached :func:`id_pointers`)."""
    here = description_iri(data)
    if iri == here:
        return ""
    if not iri.startswith(here + "/"):
        return None
    return (ids if ids is not None else id_pointers(data)).get(unquote(iri[len(here) + 1 :]))


# ---------------------------------------------------------------------------------------------
# RDF -> description


# Terms of the reader: an IRI is its string, a blank node is "_:" + its label, a literal is a
# (lexical form, datatype IRI or None, language or None) tuple. Plain values hash fast, and a
# 10k-node description has close to a million terms.
_Node = str
_Literal = tuple[str, str | None, str | None]


def _terms(graph: Any) -> Iterator[tuple[str, str, str | _Literal]]:
    """(s, p, o) of an rdflib graph, a pyoxigraph store or an iterable of quads/triples."""
    import pyoxigraph

    if isinstance(graph, pyoxigraph.Store):
        graph = graph.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())
    for triple in graph:
        if hasattr(triple, "subject"):
            s, p, o = triple.subject, triple.predicate, triple.object
        else:
            s, p, o = triple[0], triple[1], triple[2]
        yield _term(s), _term(p), _term(o)


def _term(term: Any) -> str | _Literal:
    name = type(term).__name__
    if name == "NamedNode":
        return term.value
    if name == "URIRef":
        return str(term)
    if name == "BlankNode":
        return "_:" + term.value
    if name == "BNode":
        return "_:" + str(term)
    if name == "Literal":
        if type(term).__module__.startswith("pyoxigraph"):
            return (term.value, term.datatype.value if term.datatype else None, term.language)
        datatype = str(term.datatype) if term.datatype is not None else None
        return (str(term), datatype, term.language)
    raise TypeError(f"unsupported RDF term {term!r}")


def _literal_value(term: _Literal) -> Any:
    text, datatype, language = term
    if datatype is None or datatype in (XSD + "string", RDF_LANGSTRING) or language:
        return text
    try:
        if datatype == XSD + "boolean":
            return text.strip() in ("true", "1")
        if datatype in _INTEGER_TYPES:
            return int(text)
        if datatype in _FLOAT_TYPES:
            return float(text)
        if datatype == XSD + "dateTime":
            return _dt.datetime.fromisoformat(text)
        if datatype == XSD + "date":
            return _dt.date.fromisoformat(text)
    except ValueError:
        return text
    return text


class _Reader:
    """Rebuilds the dicts from an indexed graph."""

    def __init__(self, triples: Iterable[tuple[str, str, str | _Literal]]) -> None:
        self.out: dict[str, dict[str, list[str | _Literal]]] = {}
        # Graphs written by this module carry an order list for every list; then a lone value of a
        # multivalued slot was written as a scalar. Hand-written RDF has none, and a lone value of a
        # multivalued slot is a one-item list.
        self.written_here = False
        for s, p, o in triples:
            if not self.written_here and p.startswith(ORDER):
                self.written_here = True
            props = self.out.get(s)
            if props is None:
                props = self.out[s] = {}
            objs = props.get(p)
            if objs is None:
                props[p] = [o]
            else:
                objs.append(o)
        self.base = ""

    def types(self, node: str) -> list[str]:
        return [t for t in self.out.get(node, {}).get(RDF_TYPE, []) if type(t) is str]

    def find_description(self, description_iri: str | None) -> str:
        if description_iri is not None:
            return description_iri
        found = [s for s in self.out if DESCRIPTION_CLASS in self.types(s)]
        if len(found) != 1:
            raise ValueError(
                f"expected exactly one qn:NetworkDescription in the graph, found {len(found)}"
            )
        return found[0]

    def rdf_list(self, head: str | _Literal) -> list[str | _Literal] | None:
        items: list[str | _Literal] = []
        seen: set[str] = set()
        cell = head
        while cell != RDF_NIL:
            props = self.out.get(cell) if type(cell) is str else None
            if not props or cell in seen:
                return None
            first, rest = props.get(RDF_FIRST), props.get(RDF_REST)
            if not first or not rest:
                return None
            seen.add(cell)
            items.append(first[0])
            cell = rest[0]
        return items

    def decode(self, term: str | _Literal, key: str, top: bool) -> Any:
        if type(term) is tuple:
            return _literal_value(term)
        if term.startswith("_:"):
            if RDF_FIRST in self.out.get(term, {}):
                return [self.decode(item, key, False) for item in self.rdf_list(term) or []]
            return self.properties(term)
        if term == NULL:
            return None
        if term == RDF_NIL:
            return []
        if top and key not in REFERENCE_SLOTS and term in self.out:
            return self.properties(term)
        if self.base and term.startswith(self.base):
            return unquote(term[len(self.base) :])
        return term

    def properties(self, node: str, top: bool = False) -> dict[str, Any]:
        props = self.out.get(node, {})
        result: dict[str, Any] = {}
        ordered = {
            unquote(p[len(ORDER) :]): objs[0] for p, objs in props.items() if p.startswith(ORDER)
        }
        for pred, objs in props.items():
            if not pred.startswith(QN) or pred.startswith(QNR):
                continue
            key = unquote(pred[len(QN) :])
            if key in ordered:
                items = self.rdf_list(ordered.pop(key))
                if items is not None:
                    result[key] = [self.decode(item, key, top) for item in items]
                    continue
            if len(objs) == 1 and (self.written_here or key not in MULTIVALUED_SLOTS):
                result[key] = self.decode(objs[0], key, top)
            else:
                values = [self.decode(o, key, top) for o in dict.fromkeys(objs)]
                result[key] = sorted(values, key=_sort_key)
        for key, head in ordered.items():  # lists written without member triples
            items = self.rdf_list(head)
            if items is not None:
                result[key] = [self.decode(item, key, top) for item in items]
        if "kind" not in result and not top:
            kinds = [t[len(QN) :] for t in self.types(node) if t.startswith(QN)]
            kinds = [k for k in kinds if k in NODE_KINDS or k in MANAGEMENT_KINDS]
            if len(kinds) == 1:
                result["kind"] = kinds[0]
        return result

    def untyped_members(self, description: str, result: dict[str, Any]) -> None:
        """Hand-written RDF may type its elements without linking them: file them by class."""
        by_class = {QN + cls: key for key, cls in COLLECTION_CLASSES.items()}
        by_class.update({QN + k: "nodes" for k in NODE_KINDS})
        by_class.update({QN + k: "management" for k in MANAGEMENT_KINDS})
        found: dict[str, list[dict]] = {}
        for subject in self.out:
            if subject == description or subject.startswith("_:"):
                continue
            for cls in self.types(subject):
                key = by_class.get(cls)
                if key is not None and key not in result:
                    found.setdefault(key, []).append(self.properties(subject))
                    break
        for key, items in found.items():
            result[key] = sorted(items, key=_sort_key)


def _sort_key(value: Any) -> tuple[str, str]:
    if isinstance(value, dict):
        value = value.get("id")
    return (type(value).__name__, str(value))


def graph_to_description(graph: Any, description_iri: str | None = None) -> dict[str, Any]:
    """The description dict of ``graph`` (rdflib graph, pyoxigraph store, or quads).

    The inverse of :func:`description_to_ntriples` with no filter: ``graph_to_description(
    description_to_graph(d)) == d``. Hand-written RDF without order lists comes back with its lists
    sorted by id, and with elements found by class when the description does not link them.
    """
    reader = _Reader(_terms(graph))
    description = reader.find_description(description_iri)
    reader.base = description + "/"
    result = reader.properties(description, top=True)
    reader.untyped_members(description, result)
    if "id" not in result and description.startswith(NET):
        ident = unquote(description[len(NET) :])
        if ident != "_":
            result["id"] = ident
    return result
