"""JSON descriptions: the standard library's C parser, with positions recovered only when needed.

Why lazily: ``json.loads`` parses the 10k-node benchmark (7.8 MB) in ~0.1 s, while any
pure-Python scanner that records positions for every key costs ten times that. Findings are few,
so a pointer is turned into a line:column only when a finding asks: :class:`JsonPositions` walks
from the top, skipping sibling values with the C decoder (``raw_decode``) and caching, per
container, where each member or item starts. A container is read only as far as the pointer
needs, so the stage finding at ``/profile`` never skips the node array behind it. A lookup deep
inside a large array costs one skip per item before it (~40 ms for 20k links); later lookups
resume where the last one stopped.

Refused here: duplicate keys (found with ``object_pairs_hook``, reported at the second key), the
non-standard ``NaN``/``Infinity`` literals, nesting deeper than the limit.
"""

from __future__ import annotations

import json
import re
from json.decoder import scanstring
from typing import Any

from qnetspec.document import Document, pointer
from qnetspec.findings import Location
from qnetspec.load.errors import Limits, LoadError
from qnetspec.load.gc_pause import paused_gc
from qnetspec.load.pointers import list_index, split_pointer
from qnetspec.load.source import LineIndex

_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class _DupDict(dict):
    """A dict that had a repeated key; ``duplicate`` names the first repeated key."""

    duplicate: str


class _Constant(float):
    """A NaN or Infinity literal, marked so it can be found and reported after parsing."""

    literal: str


class _Hooks:
    """Parser hooks that note problems instead of failing, so the report can say where they are."""

    def __init__(self) -> None:
        self.problems = 0

    def pairs(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) == len(pairs):
            return result
        self.problems += 1
        marked = _DupDict(result)
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                marked.duplicate = key
                break
            seen.add(key)
        return marked

    def constant(self, literal: str) -> float:
        self.problems += 1
        value = _Constant(float(literal.replace("Infinity", "inf")))
        value.literal = literal
        return value


def parse_json(text: str, path: str, limits: Limits) -> Document:
    """Parse a JSON description into a :class:`Document`, or raise :class:`LoadError`."""
    positions = JsonPositions(text)
    hooks = _Hooks()
    try:
        with paused_gc():  # see gc_pause: millions of small objects for a large description
            data = json.loads(text, object_pairs_hook=hooks.pairs, parse_constant=hooks.constant)
    except json.JSONDecodeError as exc:
        if not text.strip():
            raise LoadError(
                "the file is empty: there is no description in it", Location(path, 1, 1), "empty"
            ) from None
        raise LoadError(
            f"JSON syntax error: {exc.msg}", Location(path, exc.lineno, exc.colno), "syntax"
        ) from None
    except RecursionError:
        raise _depth_error(positions, path, _deep_offset(text, limits.max_depth), limits) from None
    with paused_gc():
        too_deep = not _within_depth(data, limits.max_depth)
    if hooks.problems or too_deep:
        _raise_first_problem(data, positions, path, limits)
    return Document(path=path, format="json", data=data, locate=lambda p: positions.locate(path, p))


def _depth_error(positions: JsonPositions, path: str, offset: int, limits: Limits) -> LoadError:
    line, column = positions.line_index.position(offset)
    return LoadError(
        f"the description is nested more than {limits.max_depth} levels deep",
        Location(path, line, column),
        "depth",
    )


def _within_depth(data: Any, max_depth: int) -> bool:
    """True when no collection is nested deeper than ``max_depth`` (one comprehension per level)."""
    level = [data] if type(data) is dict or type(data) is list else []
    depth = 0
    while level:
        depth += 1
        if depth > max_depth:
            return False
        level = [
            child
            for node in level
            for child in (node.values() if type(node) is dict else node)
            if type(child) is dict or type(child) is list
        ]
    return True


def _raise_first_problem(data: Any, positions: JsonPositions, path: str, limits: Limits) -> None:
    """Walk the data in document order to the first duplicate key, constant or excess depth."""
    stack: list[tuple[Any, list[str | int]]] = [(data, [])]
    while stack:
        node, tokens = stack.pop()
        if type(node) is _Constant:
            raise LoadError(
                f"{node.literal} is not a JSON number; write a finite number",
                positions.locate(path, pointer(*tokens)),
                "constant",
            )
        if len(tokens) >= limits.max_depth:
            report_at, _ = positions.offset_of(pointer(*tokens))
            raise _depth_error(positions, path, report_at, limits)
        if type(node) is _DupDict:
            raise LoadError(
                f"duplicate key {node.duplicate!r}: a key may appear only once in an object",
                positions.locate_second_key(path, pointer(*tokens), node.duplicate),
                "duplicate-key",
            )
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        for key, value in reversed(children):
            if isinstance(value, dict | list | _Constant):
                stack.append((value, [*tokens, key]))


def _deep_offset(text: str, max_depth: int) -> int:
    """Offset of the first bracket opening a level deeper than ``max_depth`` (strings skipped)."""
    depth = 0
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[{]|[\]}]', text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > max_depth:
                return match.start()
        elif token in "]}":
            depth -= 1
    return 0


class _Scan:
    """How far the members or items of one container have been read, so reading can resume.

    ``found`` holds key -> (key offset, value offset) for an object (first occurrence wins) or the
    item offsets of an array; ``offset`` is where reading resumes, ``None`` once it has ended.
    """

    __slots__ = ("found", "offset")

    def __init__(self, found: dict[str, tuple[int, int]] | list[int], offset: int) -> None:
        self.found = found
        self.offset: int | None = offset


class JsonPositions:
    """Lazily maps JSON pointers to positions in the text (see the module docstring).

    A container is read only as far as a pointer needs: locating ``/profile`` skips the members
    before it and never touches the ``nodes`` array after it (skipping a 10k-node array with the C
    decoder still costs ~0.1 s).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_index = LineIndex(text)
        self._scans: dict[int, _Scan] = {}

    def _skip_ws(self, offset: int) -> int:
        return _WS.match(self.text, offset).end()  # type: ignore[union-attr]

    def _next_member(self, offset: int) -> tuple[str, int, int, int | None] | None:
        """The member starting at ``offset``: (key, key offset, value offset, next offset)."""
        text = self.text
        if offset >= len(text) or text[offset] != '"':
            return None
        key, after = scanstring(text, offset + 1)
        value_at = self._skip_ws(self._skip_ws(after) + 1)  # past the colon
        return key, offset, value_at, self._after_value(value_at)

    def _after_value(self, value_at: int) -> int | None:
        """Where the next member or item starts, or None at the end of the container."""
        text = self.text
        _, offset = _DECODER.raw_decode(text, value_at)
        offset = self._skip_ws(offset)
        if offset < len(text) and text[offset] == ",":
            return self._skip_ws(offset + 1)
        return None

    def _scan_members(self, start: int) -> list[tuple[str, int, int]]:
        """(key, key offset, value offset) for each member of the object at ``start``, in order."""
        members: list[tuple[str, int, int]] = []
        offset: int | None = self._skip_ws(start + 1)
        while offset is not None:
            member = self._next_member(offset)
            if member is None:
                break
            key, key_at, value_at, offset = member
            members.append((key, key_at, value_at))
        return members

    def _member(self, start: int, key: str) -> tuple[int, int] | None:
        """(key offset, value offset) of ``key`` in the object at ``start``, reading no further."""
        scan = self._scans.get(start)
        if scan is None:
            scan = self._scans[start] = _Scan({}, self._skip_ws(start + 1))
        found = scan.found
        assert isinstance(found, dict)
        while key not in found and scan.offset is not None:
            member = self._next_member(scan.offset)
            if member is None:
                scan.offset = None
                break
            name, key_at, value_at, scan.offset = member
            found.setdefault(name, (key_at, value_at))
        return found.get(key)

    def _item(self, start: int, token: str) -> int | None:
        """Offset of the item ``token`` names in the array at ``start``, reading no further."""
        scan = self._scans.get(start)
        if scan is None:
            first = self._skip_ws(start + 1)
            empty = first >= len(self.text) or self.text[first] == "]"
            scan = self._scans[start] = _Scan([], None if empty else first)
        found = scan.found
        assert isinstance(found, list)
        index = list_index(token, len(found) if scan.offset is None else len(self.text))
        if index is None:
            return None
        while index >= len(found) and scan.offset is not None:
            after = self._after_value(scan.offset)
            found.append(scan.offset)
            scan.offset = after
        return found[index] if index < len(found) else None

    def offset_of(self, pointer_text: str) -> tuple[int, int]:
        """(position to report, start of the value) for the deepest existing part of the pointer."""
        value_at = self._skip_ws(0)
        report_at = value_at
        try:
            for token in split_pointer(pointer_text):
                head = self.text[value_at : value_at + 1]
                if head == "{":
                    member = self._member(value_at, token)
                    if member is None:
                        break
                    report_at, value_at = member
                elif head == "[":
                    item = self._item(value_at, token)
                    if item is None:
                        break
                    report_at = value_at = item
                else:
                    break
        except (ValueError, IndexError):
            pass  # text not valid JSON past this point: keep the last good position
        return report_at, value_at

    def locate(self, path: str, pointer_text: str) -> Location:
        report_at, _ = self.offset_of(pointer_text)
        line, column = self.line_index.position(report_at)
        return Location(path, line, column, pointer=pointer_text)

    def locate_second_key(self, path: str, object_pointer: str, key: str) -> Location:
        """Where ``key`` appears for the second time in the object at ``object_pointer``."""
        _, value_at = self.offset_of(object_pointer)
        hits = [at for name, at, _ in self._scan_members(value_at) if name == key]
        offset = hits[1] if len(hits) > 1 else value_at
        line, column = self.line_index.position(offset)
        return Location(path, line, column, pointer=object_pointer + pointer(key))
