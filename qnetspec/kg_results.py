"""Writing query results: the W3C result formats (JSON, XML, CSV, TSV), RDF for graph results, and a
plain table for people.

Why written here rather than by pyoxigraph's serializers: results come from the embedded store and
from external endpoints alike (see :mod:`qnetspec.kg_query`), and the row limit has already cut
them, so they are serialized from the common model. The formats follow the W3C Recommendations
"SPARQL 1.1 Query Results JSON Format", "... XML Format" and "... CSV and TSV Formats".
"""

from __future__ import annotations

import csv
import io
import json
import re
from xml.sax.saxutils import escape, quoteattr

from qnetspec.kg_query import Boolean, GraphResult, Result, Solutions, Term

_XSD = "http://www.w3.org/2001/XMLSchema#"
_SRX = "http://www.w3.org/2005/sparql-results#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# Local names written as prefix:local without escapes (a safe subset of Turtle's PN_LOCAL).
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")

MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "table": "text/plain",
}
SOLUTION_FORMATS = ("json", "xml", "csv", "tsv", "table")
GRAPH_FORMATS = ("turtle", "ntriples", "rdfxml")


def to_json(result: Solutions | Boolean) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if isinstance(result, Boolean):
        return json.dumps({"head": {}, "boolean": result.value})
    bindings = [
        {var: term for var, term in zip(result.variables, row, strict=True) if term is not None}
        for row in result.rows
    ]
    return json.dumps(
        {"head": {"vars": result.variables}, "results": {"bindings": bindings}},
        ensure_ascii=False,
    )


def _xml_term(term: Term) -> str:
    kind = term["type"]
    if kind == "uri":
        return f"<uri>{escape(term['value'])}</uri>"
    if kind == "bnode":
        return f"<bnode>{escape(term['value'])}</bnode>"
    if kind == "triple":
        inner = term["value"]
        parts = "".join(
            f"<{k}>{_xml_term(inner[k])}</{k}>" for k in ("subject", "predicate", "object")
        )
        return f"<triple>{parts}</triple>"
    attrs = ""
    if "xml:lang" in term:
        attrs = f" xml:lang={quoteattr(term['xml:lang'])}"
    elif "datatype" in term:
        attrs = f" datatype={quoteattr(term['datatype'])}"
    return f"<literal{attrs}>{escape(term['value'])}</literal>"


def to_xml(result: Solutions | Boolean) -> str:
    """SPARQL Query Results XML."""
    out = ['<?xml version="1.0"?>', f'<sparql xmlns="{_SRX}">']
    if isinstance(result, Boolean):
        out += ["<head/>", f"<boolean>{'true' if result.value else 'false'}</boolean>"]
    else:
        out.append("<head>")
        out += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
        out += ["</head>", "<results>"]
        for row in result.rows:
            out.append("<result>")
            for var, term in zip(result.variables, row, strict=True):
                if term is not None:
                    out.append(f"<binding name={quoteattr(var)}>{_xml_term(term)}</binding>")
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if term["type"] == "bnode":
        return "_:" + term["value"]
    if term["type"] == "triple":
        return _nt_term(term)
    return term["value"]


def to_csv(result: Solutions | Boolean) -> str:
    """SPARQL 1.1 CSV results: lexical values only, CRLF line ends (RFC 4180)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if isinstance(result, Boolean):
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.value else "false"])
    else:
        writer.writerow(result.variables)
        writer.writerows([_csv_value(t) for t in row] for row in result.rows)
    return buffer.getvalue()


def _escape_string(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )


def _nt_term(term: Term) -> str:
    kind = term["type"]
    if kind == "uri":
        return f"<{term['value']}>"
    if kind == "bnode":
        return "_:" + term["value"]
    if kind == "triple":
        inner = term["value"]
        return (
            "<< " + " ".join(_nt_term(inner[k]) for k in ("subject", "predicate", "object")) + " >>"
        )
    text = f'"{_escape_string(term["value"])}"'
    if "xml:lang" in term:
        return f"{text}@{term['xml:lang']}"
    if "datatype" in term:
        return f"{text}^^<{term['datatype']}>"
    return text


def to_tsv(result: Solutions | Boolean) -> str:
    """SPARQL 1.1 TSV results: terms in Turtle/N-Triples syntax."""
    if isinstance(result, Boolean):
        return "?boolean\n" + ("true" if result.value else "false") + "\n"
    lines = ["\t".join("?" + v for v in result.variables)]
    lines += ["\t".join("" if t is None else _nt_term(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def compact(iri: str, prefixes: dict[str, str]) -> str:
    """``qn:Term`` for ``https://w3id.org/qnetspec/Term`` when a prefix fits, else ``<iri>``."""
    best = ""
    for name, namespace in prefixes.items():
        if iri.startswith(namespace) and len(namespace) > len(prefixes.get(best, "")):
            best = name
    if best and len(iri) > len(prefixes[best]):
        return f"{best}:{iri[len(prefixes[best]) :]}"
    return f"<{iri}>"


def _table_value(term: Term | None, prefixes: dict[str, str]) -> str:
    if term is None:
        return ""
    kind = term["type"]
    if kind == "uri":
        return compact(term["value"], prefixes)
    if kind == "bnode":
        return "_:" + term["value"]
    if kind == "triple":
        return _nt_term(term)
    return term["value"].replace("\n", " ")


def to_table(result: Solutions | Boolean, prefixes: dict[str, str]) -> str:
    """Aligned columns for a terminal; IRIs shortened with ``prefixes``."""
    if isinstance(result, Boolean):
        return ("true" if result.value else "false") + "\n"
    header = list(result.variables)
    cells = [[_table_value(t, prefixes) for t in row] for row in result.rows]
    widths = [len(h) for h in header]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    count = len(cells)
    lines.append(
        f"({count} row{'s' if count != 1 else ''}{', truncated' if result.truncated else ''})"
    )
    return "\n".join(lines) + "\n"


def graph_bytes(result: GraphResult, fmt: str, prefixes: dict[str, str] | None = None) -> bytes:
    """A graph result as Turtle (prefixed names where they read well), N-Triples or RDF/XML."""
    import pyoxigraph

    if fmt == "turtle":
        return to_turtle(result, prefixes or {}).encode("utf-8")
    formats = {"ntriples": pyoxigraph.RdfFormat.N_TRIPLES, "rdfxml": pyoxigraph.RdfFormat.RDF_XML}
    return pyoxigraph.serialize(result.triples, format=formats[fmt]) or b""


def to_turtle(result: GraphResult, prefixes: dict[str, str]) -> str:
    """Turtle grouped by subject; an IRI becomes ``prefix:local`` only when ``local`` is a plain
    name (element IRIs such as ``.../net/metro/alice`` stay written in full rather than escaped)."""
    from qnetspec.kg_query import term_to_json

    by_subject: dict[str, dict[str, list[str]]] = {}
    used: set[str] = set()

    def write(term: Term) -> str:
        if term["type"] == "uri":
            name = _prefixed(term["value"], prefixes)
            if name is not None:
                used.add(name.split(":", 1)[0])
                return name
        elif term["type"] == "literal" and "datatype" in term:
            name = _prefixed(term["datatype"], prefixes)
            if name is not None:
                used.add(name.split(":", 1)[0])
                return f'"{_escape_string(term["value"])}"^^{name}'
        return _nt_term(term)

    for triple in result.triples:
        subject = write(term_to_json(triple.subject))
        is_type = triple.predicate.value == _RDF_TYPE
        predicate = "a" if is_type else write(term_to_json(triple.predicate))
        objects = by_subject.setdefault(subject, {}).setdefault(predicate, [])
        value = write(term_to_json(triple.object))
        if value not in objects:
            objects.append(value)
    lines = [f"@prefix {name}: <{prefixes[name]}> ." for name in sorted(used)]
    if lines:
        lines.append("")
    for subject, predicates in by_subject.items():
        parts = [f"{p} {', '.join(objs)}" for p, objs in predicates.items()]
        lines.append(f"{subject} " + " ;\n    ".join(parts) + " .")
    return "\n".join(lines) + "\n"


def _prefixed(iri: str, prefixes: dict[str, str]) -> str | None:
    best = None
    for name, namespace in prefixes.items():
        if iri.startswith(namespace) and (best is None or len(namespace) > len(prefixes[best])):
            local = iri[len(namespace) :]
            if _PLAIN_LOCAL.fullmatch(local):
                best = name
    return None if best is None else f"{best}:{iri[len(prefixes[best]) :]}"


def render(result: Result, fmt: str, prefixes: dict[str, str]) -> bytes:
    """``result`` in ``fmt`` (one of :data:`SOLUTION_FORMATS` or :data:`GRAPH_FORMATS`).

    Raises ValueError when the format does not fit the result's kind.
    """
    if isinstance(result, GraphResult):
        if fmt not in GRAPH_FORMATS:
            raise ValueError(
                "a CONSTRUCT or DESCRIBE result is a graph: "
                f"use turtle, ntriples or rdfxml, not {fmt}"
            )
        return graph_bytes(result, fmt, prefixes)
    writers = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv}
    if fmt == "table":
        return to_table(result, prefixes).encode("utf-8")
    if fmt not in writers:
        raise ValueError(f"a SELECT or ASK result is a table: use json, xml, csv or tsv, not {fmt}")
    return writers[fmt](result).encode("utf-8")
