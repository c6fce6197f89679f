"""YAML descriptions: safe, strict, and every key keeps its line:column.

Two paths give the same result. :func:`parse_yaml_exact`, the reference, builds the data from
libyaml's *event* stream; :mod:`qnetspec.load.yaml_fast` lets the Rust parser yaml-rs build the data
and reads the events only to locate findings, but answers only for text it can vouch for and hands
everything else to the exact path (see its docstring). Figures for the 10k-node benchmark (5.4 MB,
~770k events; ``benchmarks/bench_check.py``; seconds on the shared 2-core development machine):

    yaml.load(CSafeLoader)              9.9   (SafeConstructor in Python, plus GC churn)
    yaml.compose(CSafeLoader)           8.2   (node objects and the Python resolver per scalar)
    yaml.parse(CSafeLoader) alone       0.7-1.0 (only iterating the events: the floor for PyYAML)
    parse_yaml_exact (events -> dicts)  1.3-1.5 (events, dicts, checks, position index)
    the fast path                       0.6-0.7 (checks 0.08, libyaml raw_parse 0.15-0.25,
                                                 yaml-rs 0.26, comparing the two 0.2)
    the same data as JSON (json_loader) 0.2

Also tried and dropped: a pure-Python line reader for the plain subset of YAML that descriptions
use, falling back to events for anything else; it was only ~15% faster than this module, not
worth a second parser.

Typing: both paths type plain scalars like PyYAML's safe loader (YAML 1.1, as LinkML reads it):
``yes``/``no``/``on``/``off`` are booleans, ``010`` is octal, ``1:30`` is sexagesimal. The fast path
never changes that: yaml-rs types by YAML 1.2 (where ``yes`` and ``on`` are text), so any file in
which the two could differ is read by the exact path.

The event stream is the cheapest thing PyYAML hands to Python, and building plain dicts from it
ourselves lets us do the safety checks on the way: a duplicate key is an error at the second key
(never last-one-wins), any tag outside the JSON-like core (``!!python/...``, ``!custom``,
``!!binary``, ``!!set``...) is an error, merge keys (``<<``) are refused, and aliases are bounded by
the number of nodes they add so a "billion laughs" file fails after a few thousand events.
Implicit typing follows PyYAML's safe loader (YAML 1.1, as LinkML reads it) except that timestamps
stay text and that YAML 1.2 exponent floats such as ``1e9`` are numbers, not text. Scalars that
repeat (kinds, enum values, common numbers) are resolved once and cached.

Positions are kept cheaply: each collection gets a list of libyaml marks in order (the key's mark
for a mapping member, the item's mark for a sequence item), keyed by the collection's ``id``; a
pointer is resolved to a line:column only when a finding asks for it.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from qnetspec.document import Document
from qnetspec.findings import Location
from qnetspec.load.errors import Limits, LoadError
from qnetspec.load.gc_pause import paused_gc
from qnetspec.load.pointers import list_index, split_pointer
from qnetspec.load.source import LineIndex

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_IMPLICIT = Resolver.yaml_implicit_resolvers
_CORE = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT = _CORE + "str", _CORE + "int", _CORE + "float"
_BOOL, _NULL = _CORE + "bool", _CORE + "null"

_SCALAR_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL}
_MAP_TAGS = {None, "!", _CORE + "map"}
_SEQ_TAGS = {None, "!", _CORE + "seq"}
_CONSTRUCTOR = SafeConstructor()
_MISSING = object()
# YAML 1.2 core-schema floats with an exponent that YAML 1.1 leaves as text ("1e9", "1.0e9",
# "1e-09"): an author who writes them means a number, and reading them as text would turn a valid
# physical value into a type error.
_YAML12_EXPONENT_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$")
# Shared with the fast path, which defers to this loader wherever YAML 1.1 typing matters.
INT_TAG, FLOAT_TAG, IMPLICIT_RESOLVERS = _INT, _FLOAT, _IMPLICIT
EXPONENT_FLOAT = _YAML12_EXPONENT_FLOAT


def _resolve_tag(value: str) -> str:
    """The tag PyYAML's safe resolver gives a plain scalar."""
    for tag, regexp in _IMPLICIT.get(value[:1], ()):
        if regexp.match(value):
            return tag
    if _YAML12_EXPONENT_FLOAT.match(value):
        return _FLOAT
    return _STR


def _construct(tag: str, value: str) -> Any:
    """Turn a scalar into a Python value (only the JSON-like core tags); ValueError if it cannot."""
    if tag == _STR:
        return value
    if tag == _NULL:
        return None
    try:
        if tag == _BOOL:
            return _CONSTRUCTOR.construct_yaml_bool(ScalarNode(tag, value))
        if tag == _INT:
            return _CONSTRUCTOR.construct_yaml_int(ScalarNode(tag, value))
        if tag == _FLOAT:
            return _CONSTRUCTOR.construct_yaml_float(ScalarNode(tag, value))
    except (ValueError, KeyError, IndexError):
        raise ValueError(f"{value!r} cannot be read as {tag.rsplit(':', 1)[-1]}") from None
    # Implicit timestamps, '=' values and a plain '<<' used as a value stay as written.
    return value


def _construct_at(tag: str, value: str, event: Any, path: str) -> Any:
    try:
        return _construct(tag, value)
    except ValueError as exc:
        raise LoadError(str(exc), _mark_location(path, event.start_mark), "tag") from None


def _mark_location(path: str, mark: Any) -> Location:
    """A libyaml mark (0-based line and column) as a 1-based location."""
    if mark is None:
        return Location(path, 1, 1)
    return Location(path, mark.line + 1, mark.column + 1)


def _tag_error(tag: str, path: str, mark: Any) -> LoadError:
    shown = "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag
    return LoadError(
        f"the YAML tag {shown} is not allowed: a description holds only plain mappings, lists, "
        "text, numbers, booleans and nulls",
        _mark_location(path, mark),
        "tag",
    )


def parse_yaml(text: str, path: str, limits: Limits) -> Document:
    """Parse one YAML document into a :class:`Document`, or raise :class:`LoadError`.

    The fast path (:mod:`qnetspec.load.yaml_fast`) answers when it can vouch for the text; then
    positions come lazily from the event stream. Otherwise :func:`parse_yaml_exact` does.
    """
    from qnetspec.load.yaml_fast import LazyMarks, fast_data

    with paused_gc():
        data = fast_data(text, limits.max_depth)
    if data is not None:
        return Document(path=path, format="yaml", data=data, locate=LazyMarks(path, text, data))
    return parse_yaml_exact(text, path, limits)


def parse_yaml_exact(text: str, path: str, limits: Limits) -> Document:
    """The reference loader: data and positions built from libyaml's events (module docstring)."""
    try:
        with paused_gc():  # see gc_pause: building 10^5-10^6 containers
            data, root_mark, positions = _build(text, path, limits)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "unreadable YAML"
        context = f" ({exc.context})" if exc.context and exc.problem else ""
        raise LoadError(
            f"YAML syntax error: {problem}{context}", _mark_location(path, mark), "syntax"
        ) from None
    except yaml.reader.ReaderError as exc:
        line, column = LineIndex(text).position(exc.position)
        raise LoadError(
            f"the file contains a character YAML does not allow ({exc.character!r})",
            Location(path, line, column),
            "encoding",
        ) from None
    except yaml.YAMLError as exc:
        raise LoadError(f"YAML error: {exc}", Location(path, 1, 1), "syntax") from None
    return Document(
        path=path, format="yaml", data=data, locate=_Locator(path, data, root_mark, positions)
    )


def _error(message: str, path: str, mark: Any, code: str) -> LoadError:
    return LoadError(message, _mark_location(path, mark), code)


def _build(text: str, path: str, limits: Limits) -> tuple[Any, Any, dict[int, list[Any]]]:
    """Build plain data from libyaml's events; see the module docstring for why.

    The state of the innermost open collection lives in local variables (``current``, ``marks``,
    ``in_map``, ``key``) rather than in a frame object: this loop runs once per event, ~750k
    times for a 10k-node description, so every attribute or index lookup saved counts.
    """
    scalar_event = yaml.ScalarEvent
    mapping_start, mapping_end = yaml.MappingStartEvent, yaml.MappingEndEvent
    sequence_start, sequence_end = yaml.SequenceStartEvent, yaml.SequenceEndEvent
    alias_event, document_start = yaml.AliasEvent, yaml.DocumentStartEvent
    stream_end = yaml.StreamEndEvent

    parser = _Loader(text)
    get_event = parser.get_event
    positions: dict[int, list[Any]] = {}
    anchors: dict[str, tuple[Any, int]] = {}
    open_anchors: set[str] = set()
    cache: dict[str, Any] = {}
    cache_get = cache.get
    max_depth, max_alias = limits.max_depth, limits.max_alias_nodes
    nodes = alias_nodes = documents = 0
    root: Any = _MISSING
    root_mark: Any = None
    # The innermost open collection, and the saved state of the ones around it.
    current: Any = None
    marks: list[Any] = []
    in_map = False
    key: Any = _MISSING  # a mapping's pending key, _MISSING while it waits for one
    stack: list[tuple[Any, list[Any], bool, Any, Any, int, Any]] = []

    try:
        while True:
            event = get_event()
            cls = type(event)
            value: Any
            if cls is scalar_event:
                nodes += 1
                tag = event.tag
                if in_map and key is _MISSING:
                    # A mapping key: kept as written, never typed ("yes" stays "yes").
                    raw = event.value
                    if tag is not None and tag != "!" and tag != _STR:
                        raise _tag_error(tag, path, event.start_mark)
                    if raw == "<<" and event.implicit[0]:
                        raise _error(
                            "YAML merge keys (<<) are not supported; write the fields out",
                            path,
                            event.start_mark,
                            "tag",
                        )
                    if raw in current:
                        first = marks[list(current).index(raw)]
                        raise _error(
                            f"duplicate key {raw!r}: it is already set at line "
                            f"{first.line + 1}, column {first.column + 1} of this mapping; "
                            "a key may appear only once",
                            path,
                            event.start_mark,
                            "duplicate-key",
                        )
                    marks.append(event.start_mark)
                    key = raw
                    continue
                raw = event.value
                if tag is None:
                    if event.implicit[0]:
                        value = cache_get(raw, _MISSING)
                        if value is _MISSING:
                            value = _construct_at(_resolve_tag(raw), raw, event, path)
                            cache[raw] = value
                    else:
                        value = raw
                elif tag == "!":
                    value = raw
                elif tag in _SCALAR_TAGS:
                    value = _construct_at(tag, raw, event, path)
                else:
                    raise _tag_error(tag, path, event.start_mark)
                if event.anchor is not None:
                    anchors[event.anchor] = (value, 1)
                if in_map:
                    current[key] = value
                    key = _MISSING
                elif current is not None:
                    current.append(value)
                    marks.append(event.start_mark)
                else:
                    root, root_mark = value, event.start_mark
                continue

            if cls is mapping_start or cls is sequence_start:
                nodes += 1
                opens_map = cls is mapping_start
                tag = event.tag
                if tag not in (_MAP_TAGS if opens_map else _SEQ_TAGS):
                    raise _tag_error(tag, path, event.start_mark)
                if in_map and key is _MISSING:
                    raise _error(
                        "a mapping key must be plain text, not a collection",
                        path,
                        event.start_mark,
                        "syntax",
                    )
                if len(stack) >= max_depth:
                    raise _error(
                        f"the description is nested more than {max_depth} levels deep",
                        path,
                        event.start_mark,
                        "depth",
                    )
                anchor = event.anchor
                if anchor is not None:
                    open_anchors.add(anchor)
                stack.append((current, marks, in_map, key, anchor, nodes, event.start_mark))
                current = {} if opens_map else []
                marks = []
                positions[id(current)] = marks
                in_map = opens_map
                key = _MISSING
                continue

            if cls is mapping_end or cls is sequence_end:
                value = current
                current, marks, in_map, key, anchor, started, mark = stack.pop()
                if anchor is not None:
                    open_anchors.discard(anchor)
                    anchors[anchor] = (value, nodes - started + 1)
            elif cls is alias_event:
                name = event.anchor
                mark = event.start_mark
                if name in open_anchors:
                    raise _error(
                        f"the alias *{name} refers to a collection that contains it",
                        path,
                        mark,
                        "alias",
                    )
                if name not in anchors:
                    raise _error(
                        f"the alias *{name} refers to no anchor &{name} defined before it",
                        path,
                        mark,
                        "alias",
                    )
                if in_map and key is _MISSING:
                    raise _error(
                        "a mapping key must be plain text, not an alias", path, mark, "alias"
                    )
                value, size = anchors[name]
                alias_nodes += size
                nodes += size
                if alias_nodes > max_alias:
                    raise _error(
                        f"aliases expand to more than {max_alias} nodes; refusing to expand "
                        "further (is this a 'billion laughs' document?)",
                        path,
                        mark,
                        "alias",
                    )
            elif cls is document_start:
                documents += 1
                if documents > 1:
                    raise _error(
                        "the file holds more than one YAML document; put one description per file",
                        path,
                        event.start_mark,
                        "multiple-documents",
                    )
                continue
            elif cls is stream_end or event is None:
                break
            else:
                continue

            # A finished collection or an alias: add it to the enclosing collection.
            if in_map:
                current[key] = value
                key = _MISSING
            elif current is not None:
                current.append(value)
                marks.append(mark)
            else:
                root, root_mark = value, mark
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()
    if root is _MISSING:
        raise _error("the file is empty: there is no description in it", path, None, "empty")
    return root, root_mark, positions


class _Locator:
    """Resolves a JSON pointer to the line:column of the member's key or the item's start."""

    def __init__(
        self, path: str, data: Any, root_mark: Any, positions: dict[int, list[Any]]
    ) -> None:
        self._path = path
        self._data = data
        self._root_mark = root_mark
        self._positions = positions

    def __call__(self, pointer: str) -> Location:
        node = self._data
        mark = self._root_mark
        for token in split_pointer(pointer):
            marks = self._positions.get(id(node))
            if isinstance(node, dict):
                if token not in node or marks is None:
                    break
                index = list(node).index(token)
                node = node[token]
            elif isinstance(node, list):
                index = list_index(token, len(node))
                if index is None or marks is None:
                    break
                node = node[index]
            else:
                break
            if index < len(marks):
                mark = marks[index]
        where = _mark_location(self._path, mark)
        return Location(self._path, where.line, where.column, pointer=pointer)
