"""Reading a file's bytes safely, and turning character offsets into line:column.

Shared by every loader so that the same limits and the same messages apply whatever the format.
"""

from __future__ import annotations

import bisect
import os
import stat
from itertools import accumulate

from qnetspec.findings import Location
from qnetspec.load.errors import Limits, LoadError

_BINARY_PROBE = 8192


def read_bytes(path: str, limits: Limits) -> bytes:
    """Return the file's bytes, refusing before reading anything too large, a folder or a device.

    The size is checked with ``stat`` first (so a 100 MB file is never read), and the read itself
    is bounded by ``max_bytes + 1`` in case the file grows or is a pipe ``stat`` cannot size.
    """
    where = Location(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise LoadError(f"cannot open the file: {exc.strerror or exc}", where, "io") from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError("this is a folder, not a description file", where, "io")
    if info.st_size > limits.max_bytes:
        raise LoadError(_too_large(info.st_size, limits), where, "size")
    try:
        with open(path, "rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as exc:
        raise LoadError(f"cannot read the file: {exc.strerror or exc}", where, "io") from None
    if len(data) > limits.max_bytes:
        raise LoadError(_too_large(len(data), limits), where, "size")
    return data


def _too_large(size: int, limits: Limits) -> str:
    return (
        f"the file is {size / 2**20:.1f} MiB, more than the "
        f"{limits.max_bytes / 2**20:.0f} MiB limit; "
        "raise the limit if this description really is that large"
    )


def decode_text(data: bytes, path: str) -> str:
    """Decode UTF-8 (a leading byte-order mark is dropped), refusing binary and other encodings."""
    if b"\x00" in data[:_BINARY_PROBE]:
        raise LoadError(
            "this looks like a binary file (it contains NUL bytes), not a text description",
            Location(path, 1, 1),
            "binary",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode("utf-8", errors="replace")
        line = good.count("\n") + 1
        column = len(good) - (good.rfind("\n") + 1) + 1
        raise LoadError(
            f"the file is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8",
            Location(path, line, column),
            "encoding",
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        offset = text.index("\x00")
        line, column = LineIndex(text).position(offset)
        raise LoadError(
            "the file contains a NUL character; it is not a text description",
            Location(path, line, column),
            "binary",
        )
    return text


class LineIndex:
    """Maps a character offset in ``text`` to a 1-based (line, column); lines end at ``\\n``.

    The first few lookups count newlines directly (C speed, no set-up); after that a table of line
    starts is built once (C-level ``split``/``accumulate``, ~30 ms for half a million lines).
    """

    _DIRECT_LOOKUPS = 8

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None
        self._lookups = 0

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self._text)))
        if self._starts is None:
            self._lookups += 1
            if self._lookups <= self._DIRECT_LOOKUPS:
                line_start = self._text.rfind("\n", 0, offset) + 1
                return self._text.count("\n", 0, offset) + 1, offset - line_start + 1
            lengths = map(len, self._text.split("\n"))
            self._starts = list(accumulate(map((1).__add__, lengths), initial=0))
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1
