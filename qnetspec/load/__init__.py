"""Loading a description file, whatever its format, into a :class:`~qnetspec.document.Document`.

``load_document(path)`` picks the parser from the extension (``.yaml``/``.yml``, ``.json``,
``.ttl``, ``.jsonld``/``.json-ld``) and sniffs the text otherwise. Anything that cannot become a
description raises :class:`LoadError` with a location; nothing else escapes (a bug in a parser is
still reported as a located ``LoadError`` rather than a traceback).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qnetspec.document import Document
from qnetspec.findings import Location
from qnetspec.load.errors import DEFAULT_LIMITS, PARSE_CLAUSE, PARSE_RULE, Limits, LoadError
from qnetspec.load.source import decode_text, read_bytes

__all__ = [
    "DEFAULT_LIMITS",
    "FORMATS",
    "PARSE_CLAUSE",
    "PARSE_RULE",
    "Limits",
    "LoadError",
    "load_bytes",
    "load_document",
    "load_text",
    "read_bytes",
    "sniff_format",
    "trusted_data",
]

FORMATS = ("yaml", "json", "turtle", "json-ld")
_EXTENSIONS = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".jsonld": "json-ld",
    ".json-ld": "json-ld",
}


def sniff_format(path: str, text: str) -> str:
    """The format of ``path``: by extension, else by the first meaningful characters."""
    name = Path(path).name.lower()
    for extension, fmt in _EXTENSIONS.items():
        if name.endswith(extension):
            return fmt
    head = text.lstrip()[:2000]
    if head.startswith(("{", "[")):
        return "json-ld" if '"@context"' in head or '"@id"' in head else "json"
    lowered = head.lower()
    if lowered.startswith(("@prefix", "@base", "prefix ", "base ")) or head.startswith("<"):
        return "turtle"
    return "yaml"


def load_document(
    path: str | Path, *, limits: Limits = DEFAULT_LIMITS, fmt: str | None = None
) -> Document:
    """Read and parse one description file; ``fmt`` overrides the format guess.

    Raises :class:`LoadError` (with ``location`` and ``code``) for a file that cannot be used.
    """
    path = str(path)
    return load_bytes(read_bytes(path, limits), path, limits=limits, fmt=fmt)


def load_bytes(
    data: bytes, path: str, *, limits: Limits = DEFAULT_LIMITS, fmt: str | None = None
) -> Document:
    """Parse the bytes read from ``path`` (by :func:`read_bytes`, which applies the size limit)."""
    return load_text(decode_text(data, path), path, limits=limits, fmt=fmt)


def trusted_data(data: bytes, path: str) -> Any:
    """The data :func:`load_bytes` gives for these bytes when it accepts them, found faster.

    For a worker whose parent loads and checks the same bytes (see
    ``qnetspec.check``): JSON skips the duplicate-key, constant and depth checks, which only ever
    refuse a text and never change the values of one they accept. Other formats load as usual.
    Raises whatever the parser raises on a text ``load_bytes`` would refuse.
    """
    text = decode_text(data, path)
    if sniff_format(path, text) == "json":
        import json

        return json.loads(text)
    return load_text(text, path).data


def load_text(
    text: str, path: str = "<string>", *, limits: Limits = DEFAULT_LIMITS, fmt: str | None = None
) -> Document:
    """Parse ``text`` as if read from ``path`` (tests, stdin, editors)."""
    fmt = fmt or sniff_format(path, text)
    if fmt not in FORMATS:
        raise LoadError(
            f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}", Location(path)
        )
    if len(text) > limits.max_bytes:
        raise LoadError(
            f"the text is longer than the {limits.max_bytes} byte limit", Location(path), "size"
        )
    try:
        if fmt == "yaml":
            from qnetspec.load.yaml_loader import parse_yaml

            return parse_yaml(text, path, limits)
        if fmt == "json":
            from qnetspec.load.json_loader import parse_json

            return parse_json(text, path, limits)
        from qnetspec.load.rdf_loader import parse_rdf

        return parse_rdf(text, path, limits, fmt)
    except LoadError:
        raise
    except RecursionError:
        raise LoadError(
            f"the description is nested too deeply to read (limit {limits.max_depth})",
            Location(path, 1, 1),
            "depth",
        ) from None
    except MemoryError:
        raise LoadError(
            "the file needs more memory than is available", Location(path), "size"
        ) from None
    except Exception as exc:  # a parser bug must still come out as a located finding
        raise LoadError(
            f"the {fmt} parser failed unexpectedly ({type(exc).__name__}: {exc})",
            Location(path, 1, 1),
            "syntax",
        ) from None
