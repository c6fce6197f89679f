"""Turtle and JSON-LD descriptions: parsed with pyoxigraph, turned back into the description dicts.

Why pyoxigraph rather than rdflib: it is several times faster, its syntax errors carry a line and
column, and its JSON-LD parser has no way to fetch a remote context unless given a loader (we give
none). We still look for remote ``@context`` references first so the user gets a located message
instead of a parser's complaint: nothing is ever fetched over the network.

The dicts come from :func:`qnetspec.description_rdf.graph_to_description`, so every later stage
sees the same shape as for YAML. Findings point at the subject IRI of the element they are about
(``Location.iri``); a syntax error points at its line and column.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from qnetspec.document import Document
from qnetspec.findings import Location
from qnetspec.load.errors import Limits, LoadError
from qnetspec.load.json_loader import parse_json
from qnetspec.load.pointers import split_pointer

_PARSER_PREFIX = re.compile(
    r"^Parser error (?:at line \d+ (?:column \d+|between columns \d+ and \d+))?:?\s*"
)


def parse_rdf(text: str, path: str, limits: Limits, rdf_format: str) -> Document:
    """Parse Turtle (``rdf_format="turtle"``) or JSON-LD (``"json-ld"``) into a Document."""
    import pyoxigraph

    from qnetspec import description_rdf

    if rdf_format == "json-ld":
        _refuse_remote_contexts(parse_json(text, path, limits))
        fmt = pyoxigraph.RdfFormat.JSON_LD
    else:
        fmt = pyoxigraph.RdfFormat.TURTLE
    base = Path(path).resolve().as_uri()
    try:
        quads = list(pyoxigraph.parse(text.encode("utf-8"), format=fmt, base_iri=base))
    except SyntaxError as exc:
        line = exc.lineno if isinstance(exc.lineno, int) else None
        column = exc.offset if isinstance(exc.offset, int) and line is not None else None
        raise LoadError(
            f"{'JSON-LD' if rdf_format == 'json-ld' else 'Turtle'} syntax error: "
            + _PARSER_PREFIX.sub("", str(exc.msg)),
            Location(path, line or 1, column or 1),
            "syntax",
        ) from None
    if not quads:
        raise LoadError("the file holds no RDF triples", Location(path, 1, 1), "empty")
    try:
        data = description_rdf.graph_to_description(quads)
    except ValueError as exc:
        raise LoadError(f"not a network description: {exc}", Location(path), "rdf") from None
    return Document(path=path, format=rdf_format, data=data, locate=_IriLocator(path, data))


def _refuse_remote_contexts(document: Document) -> None:
    """Raise when any ``@context`` (or a context's ``@import``) names a document to fetch."""
    stack: list[tuple[Any, str]] = [(document.data, "")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                here = f"{where}/{key.replace('~', '~0').replace('/', '~1')}"
                if key in ("@context", "@import") and _names_remote(value):
                    raise LoadError(
                        "this JSON-LD names a remote context; qnetspec never fetches anything "
                        "over the network, so put the context inline",
                        document.locate(here),
                        "remote",
                    )
                stack.append((value, here))
        elif isinstance(node, list):
            stack.extend((value, f"{where}/{index}") for index, value in enumerate(node))


def _names_remote(value: Any) -> bool:
    if isinstance(value, str):
        return True
    if isinstance(value, list):
        return any(isinstance(item, str) for item in value)
    return False


class _IriLocator:
    """A pointer's location is the IRI of the element it falls in (or the description's)."""

    def __init__(self, path: str, data: Any) -> None:
        from qnetspec import description_rdf

        self._path = path
        self._by_pointer = {p: iri for iri, p in description_rdf.iri_pointers(data).items()}

    def __call__(self, pointer: str) -> Location:
        tokens = split_pointer(pointer)
        for size in (2, 0):
            if len(tokens) >= size:
                head = "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in tokens[:size])
                iri = self._by_pointer.get(head)
                if iri is not None:
                    return Location(self._path, pointer=pointer, iri=iri)
        return Location(self._path, pointer=pointer)
