"""Plain-words pieces of structure messages: value kinds, suggestions, lists of names."""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterable
from typing import Any

_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "object": "a mapping of fields",
    "array": "a list",
    "null": "empty (null)",
}


def expected_words(types: Any) -> str:
    """``["number", "null"]`` -> ``"a number"`` (null is always allowed for optional fields)."""
    names = types if isinstance(types, list) else [types]
    words = [_TYPE_WORDS.get(n, str(n)) for n in names if n != "null"] or ["empty (null)"]
    return " or ".join(words)


def value_words(value: Any) -> str:
    """How a value looks to the person who wrote it."""
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int):
        return f"the whole number {value}"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        return f"the number {value!r}" if math.isfinite(value) else "an infinite number"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__}"


def suggest(word: Any, candidates: Iterable[str], limit: int = 5000) -> str | None:
    """The closest candidate to ``word`` (difflib), or None; big candidate sets are pre-filtered."""
    if not isinstance(word, str) or not word:
        return None
    pool = [c for c in candidates if abs(len(c) - len(word)) <= max(2, len(word) // 3)]
    if len(pool) > limit:
        pool = [c for c in pool if c[:1].lower() == word[:1].lower()][:limit]
    lowered = {c.lower(): c for c in pool}
    if word.lower() in lowered:
        return lowered[word.lower()]
    found = difflib.get_close_matches(word, pool, n=1, cutoff=0.6)
    return found[0] if found else None


def did_you_mean(word: Any, candidates: Iterable[str]) -> tuple[str, str | None]:
    """``("; did you mean 'x'?", "x")`` or ``("", None)``."""
    best = suggest(word, candidates)
    return (f"; did you mean {best!r}?", best) if best else ("", None)


def name_list(names: Iterable[str], limit: int = 12) -> str:
    items = sorted(names)
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")
