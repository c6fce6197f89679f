"""JSON pointers (RFC 6901) as the loaders read them back."""

from __future__ import annotations


def split_pointer(pointer: str) -> list[str]:
    """``"/nodes/3/id"`` -> ``["nodes", "3", "id"]``; ``""`` (the whole document) -> ``[]``."""
    if not pointer:
        return []
    parts = pointer.split("/")
    if parts[0] != "":
        # Tolerate a missing leading slash rather than failing a report over it.
        parts.insert(0, "")
    return [p.replace("~1", "/").replace("~0", "~") for p in parts[1:]]


def list_index(token: str, length: int) -> int | None:
    """The array index a token names, or None when it names no existing item."""
    if not token.isdigit() or (len(token) > 1 and token[0] == "0"):
        return None
    index = int(token)
    return index if index < length else None
