"""The fast path for YAML: yaml-rs builds the data, libyaml's events are read only to locate.

Why: building a 10k-node description (5.4 MB, ~770k events) from libyaml's event stream in Python
costs ~1.3 s, and the events alone ~1.0 s; the Rust parser yaml-rs builds the same data in ~0.3 s.
Positions are what the event stream is still needed for, and a check needs few: a conformant
description only the stage finding's ``/profile``. So the data comes from yaml-rs and
:class:`LazyMarks` reads libyaml's events only as far as a located pointer needs.

The exact loader (:mod:`qnetspec.load.yaml_loader`) stays the reference. This path answers only
when it can vouch that the exact loader would build the very same data and accept the file;
otherwise it answers ``None`` and the exact loader runs (and words any error, at its position):

- text a description never needs is left to the exact loader: tags, anchors and aliases, merge
  keys, directives and document markers, backslash escapes, tabs, carriage returns and control
  characters, YAML 1.1 line breaks (NEL, LS, PS) and byte-order marks;
- yaml-rs types scalars by YAML 1.2, the exact loader by YAML 1.1 (as PyYAML and LinkML do).
  Nothing typed differently gets through: a text value yaml-rs returns that YAML 1.1 would type
  (``yes``, ``on``, ``1:30``, ``1_000``...; quoted or not, which yaml-rs does not say), a key that
  is not text, a number written in a form the two read differently (``010``, ``0o7``, ``-.5``,
  ``_1``, ``1_e5``), an infinity or NaN (yaml-rs reads ``.iNf``) all send the file to the exact
  loader. So the data is the exact loader's, including its YAML 1.1 typing: ``yes`` is true;
- nesting: yaml-rs has no depth limit for block collections and overflows the C stack on deeply
  nested ``- - - ...``; indentation of 64 columns or more, or a run of compact ``-``/``?``
  indicators, goes to the exact loader (flow collections yaml-rs itself stops at 255 levels),
  and the data's depth is checked against the limit like any other;
- anything yaml-rs refuses (duplicate keys included) or returns as nothing is re-read exactly.

``tests/check/test_load_yaml_fast.py`` compares both paths on the fixtures and on random edits.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from qnetspec.findings import Location
from qnetspec.load.pointers import list_index, split_pointer
from qnetspec.load.yaml_loader import EXPONENT_FLOAT, FLOAT_TAG, IMPLICIT_RESOLVERS, INT_TAG

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Bytes that send a file to the exact loader: tags (!), anchors (&), aliases (*), escapes (\),
# directives (%), merge keys (<), tabs, carriage returns and the other ASCII control characters.
_REFUSED = b"!&*\\%<" + bytes([*range(0x00, 0x0A), *range(0x0B, 0x20), 0x7F])
# Non-ASCII characters YAML 1.1 and 1.2 read differently (C1 controls, NEL, LS, PS, BOM,
# non-characters), as UTF-8.
_REFUSED_UTF8 = re.compile(rb"\xc2[\x80-\x9f]|\xe2\x80[\xa8\xa9]|\xef\xbb\xbf|\xef\xbf[\xbe\xbf]")
# Each byte mapped to its class, so that whole classes are found with one substring search (C
# speed; a regex scanning 5 MB per character class costs 50-100 ms): refused bytes -> "!",
# separators that can begin a plain scalar -> " ", signs -> "+", "0" stays, other digits -> "9",
# letters of radix prefixes -> "o", everything else -> "a".
_CLASSES = bytes(
    ord("!")
    if c in _REFUSED
    else ord(" ")
    if c in b" \n[{,"
    else ord("+")
    if c in b"+-"
    else c
    if c in b"0."
    else ord("9")
    if c in b"123456789"
    else ord("o")
    if c in b"oOXB"
    else ord("a")
    for c in range(256)
)
# Number forms the exact loader (YAML 1.1) and yaml-rs read differently, in the byte classes:
# leading zeros (octal in 1.1), 0o/0X/0B prefixes, a sign before the point.
_NUMBER_FORMS = re.compile(rb" \+?0[09o]| \+\.")
_UNDERSCORE = re.compile(r"_[0-9eE.]")
# Compact nesting on one line ("- - x", "? - x"), each pattern with a literal first character so
# that the scan is a fast search.
_COMPACT = (re.compile(r"- +[-?](?:[ \n]|\Z)"), re.compile(r"\? +[-?](?:[ \n]|\Z)"))
_DEEP_INDENT = b" " * 64
_MAX_KEY = 1024  # libyaml refuses longer implicit keys; yaml-rs does not
_MAX_TOKEN, _MAX_UNDERSCORES = 64, 100_000  # bounds on the underscore walk (see below)


def fast_data(text: str, max_depth: int) -> Any:
    """The data the exact loader would build from ``text``, or ``None`` if not vouched for."""
    if not _plain_enough(text):
        return None
    try:
        import yaml_rs
    except ImportError:  # an optional speed-up: without it every file takes the exact path
        return None
    events = _libyaml_events(text)
    if events is None:
        return None
    try:
        data = yaml_rs.loads(text, parse_datetime=False)
    except Exception:  # duplicate keys and the like: the exact loader words them
        return None
    if data is None or not _same_as_exact(data, max_depth, events):
        return None
    return data


def _libyaml_events(text: str) -> int | None:
    """How many events libyaml reads from ``text``, or ``None`` if it refuses the text.

    yaml-rs accepts some text libyaml refuses (measured: 1 in 80 random edits of the examples,
    mostly flow collections broken over lines), so libyaml reads every file too, in C and
    without making Python objects (``raw_parse``: 0.15-0.25 s at 10k nodes, where the exact path
    costs 1.3 s). Its event count must match the data's, a check that both saw the same nodes.
    """
    parser = _Loader(text)
    try:
        return parser.raw_parse()
    except yaml.YAMLError:
        return None
    finally:
        parser.dispose()


def _plain_enough(text: str) -> bool:
    """Whether the text uses only what this path vouches for (see the module docstring)."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (only load_text can be handed one)
        return False
    shapes = b" " + data.translate(_CLASSES)
    if b"!" in shapes:
        return False
    if not text.isascii() and _REFUSED_UTF8.search(data):
        return False
    if data.startswith((b"---", b"...")) or b"\n---" in data or b"\n..." in data:
        return False
    if data.startswith(_DEEP_INDENT) or b"\n" + _DEEP_INDENT in data:
        return False
    if any(pattern.search(text) for pattern in _COMPACT):
        return False
    lowered = data.lower()
    if b".inf" in lowered or b".nan" in lowered:
        return False  # yaml-rs also reads .iNf and .nAn, which YAML 1.1 leaves as text
    if _NUMBER_FORMS.search(shapes):
        return False
    return not _numeric_underscores(text)


def _numeric_underscores(text: str) -> bool:
    """Whether an underscore sits in a token that starts like a number (``1_e5``, ``_1``).

    A key such as ``min_entanglement_rate_hz`` or an id such as ``t2_s`` starts with a letter and
    is text to both parsers. The walk back to a token's start is bounded, and so is the number of
    underscores looked at: past either bound the answer is yes, and the exact loader reads the file.
    """
    for count, match in enumerate(_UNDERSCORE.finditer(text)):
        at = start = match.start()
        while start > 0 and text[start - 1] not in " \n[{,:":
            start -= 1
            if at - start > _MAX_TOKEN or count > _MAX_UNDERSCORES:
                return True
        if not text[start : at + 1].lstrip("+-")[:1].isalpha():
            return True
    return False


def _same_as_exact(data: Any, max_depth: int, events: int) -> bool:
    """Whether yaml-rs's data is what the exact loader builds: one pass per nesting level.

    Also counts the events the data stands for (stream and document: 4; a scalar or key: 1; a
    collection: 2) to compare with libyaml's count.
    """
    level = [data] if type(data) is dict or type(data) is list else []
    depth = 0
    count = 4 + 1 + len(level)  # the root node, and its end if it is a collection
    keys: set[Any] = set()
    texts: set[str] = {data} if type(data) is str else set()
    while level:
        depth += 1
        if depth > max_depth:
            return False
        maps = [node for node in level if type(node) is dict]
        keys.update(*maps)
        values = [v for node in maps for v in node.values()]
        count += 2 * len(values)  # each member: its key and its value
        items = [v for node in level if type(node) is list for v in node]
        count += len(items)
        values += items
        texts.update([v for v in values if type(v) is str])
        level = [v for v in values if type(v) is dict or type(v) is list]
        count += len(level)  # the end event of each collection
    if count != events:
        return False
    if not all(type(k) is str and len(k) < _MAX_KEY for k in keys):
        return False
    return not _typed_by_yaml11(texts)


# The words YAML 1.1 reads as booleans or null (PyYAML's resolver patterns, spelled out): a plain
# scalar that starts with a letter or "~" is typed only if it is one of them.
_YAML11_WORDS = frozenset(
    [
        *("yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"),
        *("true", "True", "TRUE", "false", "False", "FALSE", "~", "null", "Null", "NULL"),
    ]
)
_NUMBER_FIRST = tuple("-+0123456789.")


def _number_pattern() -> re.Pattern[str]:
    """Every pattern by which the exact loader reads a plain scalar as an int or a float, as one.

    For a scalar starting with a digit, sign or point, PyYAML tries float and int before any
    untyped tag, so matching any of them is exactly "typed".
    """
    patterns = dict.fromkeys(
        regexp.pattern
        for resolvers in IMPLICIT_RESOLVERS.values()
        for tag, regexp in resolvers
        if tag in (INT_TAG, FLOAT_TAG)
    )
    patterns[EXPONENT_FLOAT.pattern] = None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.VERBOSE)


_YAML11_NUMBER = _number_pattern()


def _typed_by_yaml11(texts: set[str]) -> bool:
    """Whether the exact loader would type any of ``texts`` if it were written plain."""
    if not _YAML11_WORDS.isdisjoint(texts):
        return True
    match = _YAML11_NUMBER.match
    return any(match(text) for text in texts if text.startswith(_NUMBER_FIRST))


class _Frame:
    """One collection seen in the event stream: a mark per member or item, and its children."""

    __slots__ = ("awaiting_key", "children", "closed", "is_map", "marks")

    def __init__(self, is_map: bool) -> None:
        self.is_map = is_map
        self.awaiting_key = is_map
        self.marks: list[Any] = []
        self.children: list[_Frame | None] = []
        self.closed = False


class LazyMarks:
    """Resolves JSON pointers to line:column, reading libyaml's events only as far as needed.

    Gives exactly what the exact loader's locator gives (the key's mark for a mapping member, the
    item's start for a sequence item, the nearest existing parent for a missing pointer); the
    events read so far are kept as a tree of frames, so later lookups resume where the last one
    stopped.
    """

    def __init__(self, path: str, text: str, data: Any) -> None:
        self._path = path
        self._data = data
        self._text: str | None = text
        self._parser: Any = None  # made on first use: most documents are located once or never
        self._root: _Frame | None = None
        self._root_mark: Any = None
        self._open: list[_Frame] = []
        self._ended = False

    def __call__(self, pointer: str) -> Location:
        node, frame = self._data, self._root_frame()
        mark = self._root_mark
        for token in split_pointer(pointer):
            if frame is None:
                break
            if type(node) is dict:
                if token not in node:
                    break
                index = list(node).index(token)
                node = node[token]
            elif type(node) is list:
                index = list_index(token, len(node))
                if index is None:
                    break
                node = node[index]
            else:
                break
            while len(frame.marks) <= index and not frame.closed and self._advance():
                pass
            if index >= len(frame.marks):
                break
            mark = frame.marks[index]
            while frame.children[index] is None and self._value_pending(frame, index):
                self._advance()  # a member's value starts after its key
            frame = frame.children[index]
        line, column = (1, 1) if mark is None else (mark.line + 1, mark.column + 1)
        return Location(self._path, line, column, pointer=pointer)

    def _value_pending(self, frame: _Frame, index: int) -> bool:
        """Whether ``frame`` is a mapping whose member ``index`` still waits for its value."""
        return (
            frame.is_map
            and len(frame.marks) == index + 1
            and not frame.awaiting_key
            and not self._ended
        )

    def _root_frame(self) -> _Frame | None:
        while self._root is None and self._root_mark is None and self._advance():
            pass
        return self._root

    def _advance(self) -> bool:
        """Read one event into the frame tree; False once the stream has ended."""
        if self._ended:
            return False
        if self._parser is None:
            self._parser = _Loader(self._text)
        try:
            event = self._parser.get_event()
        except yaml.YAMLError:  # cannot happen for text yaml-rs and libyaml both accept
            event = None
        kind = type(event)
        if kind is yaml.ScalarEvent:
            self._attach(event.start_mark, None)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            frame = _Frame(kind is yaml.MappingStartEvent)
            self._attach(event.start_mark, frame)
            self._open.append(frame)
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            self._open.pop().closed = True
        elif event is None or kind is yaml.StreamEndEvent:
            self._ended = True
            self._parser.dispose()
            self._parser = self._text = None
            return False
        return True

    def _attach(self, mark: Any, frame: _Frame | None) -> None:
        """Record a node: a key or item gets a mark, a member's value becomes its child."""
        if not self._open:
            self._root, self._root_mark = frame, mark
            return
        parent = self._open[-1]
        if not parent.is_map:
            parent.marks.append(mark)
            parent.children.append(frame)
        elif parent.awaiting_key:
            parent.marks.append(mark)
            parent.children.append(None)
            parent.awaiting_key = False
        else:
            parent.children[-1] = frame
            parent.awaiting_key = True
