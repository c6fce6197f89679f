"""A loaded description: its data as plain JSON-like values plus a way back to file positions.

Loaders (YAML, JSON, Turtle, JSON-LD) all produce a :class:`Document`, so every later stage works on
the same shape and points its findings at what the user wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from qnetspec.findings import Location


def escape_pointer_token(token: str | int) -> str:
    """Escape one JSON-pointer reference token (RFC 6901 section 3)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    """Build a JSON pointer from its tokens: ``pointer("nodes", 3, "id") == "/nodes/3/id"``."""
    return "".join("/" + escape_pointer_token(t) for t in tokens)


@dataclass
class Document:
    """One description file after parsing.

    ``data`` holds the description as dicts, lists and scalars, exactly as written (nothing renamed
    or dropped). ``locate`` maps a JSON pointer into ``data`` to a :class:`Location`; for a pointer
    that does not exist it falls back to the nearest existing parent.
    """

    path: str
    format: str  # "yaml", "json", "turtle" or "json-ld"
    data: Any
    locate: Callable[[str], Location] = field(repr=False)
