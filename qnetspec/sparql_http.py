"""The read-only SPARQL 1.1 Protocol endpoint behind ``qnetspec serve`` (:mod:`qnetspec.serve`).

Why the standard library's ``ThreadingHTTPServer``: the endpoint is for a team or a notebook on one
machine (127.0.0.1 by default), not for the open Internet, and it needs nothing a dependency would
add. What makes it safe to leave running:

- read-only: every query goes through :mod:`qnetspec.sparql_guard` (no update, ``SERVICE``, ``LOAD``
  or foreign ``FROM``); update requests are refused with 403;
- bounded: a time limit per query (503 when exceeded; 408 for a request body that does not arrive
  within ``request_timeout_s``), at most ``max_rows`` solutions per answer
  (the answer is cut and says so in an ``X-Qnetspec-Truncated`` header), at most ``max_body_bytes``
  per request body (413), at most ``max_concurrent`` evaluations at once (503 with ``Retry-After``);
- honest errors: 400 with the parser's message for a malformed query, 406 when no acceptable result
  format fits, 415 for an unknown request body type.

Protocol (SPARQL 1.1 Protocol, section 2.1): ``GET /sparql?query=...``, ``POST`` form-encoded
(``query=...``) or ``application/sparql-query``, with ``default-graph-uri``/``named-graph-uri``.
Content negotiation on ``Accept`` (a ``format``/``output`` parameter of a known value wins): SPARQL
results JSON, XML, CSV, TSV for SELECT/ASK; Turtle, N-Triples, RDF/XML for CONSTRUCT/DESCRIBE. ``GET
/sparql`` without a query answers a SPARQL service description.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

ENDPOINT_PATHS = ("/sparql", "/")
SOLUTION_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/xml": "xml",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
}
# Values of the ``format``/``output``/``results`` parameters many clients (SPARQLWrapper) send.
FORMAT_PARAMS = {
    "json": "json",
    "xml": "xml",
    "csv": "csv",
    "tsv": "tsv",
    "turtle": "turtle",
    "ttl": "turtle",
    "n3": "turtle",
    "ntriples": "ntriples",
    "nt": "ntriples",
    "n-triples": "ntriples",
    "rdf+xml": "rdfxml",
    "rdfxml": "rdfxml",
}
CONTENT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
}


@dataclass(frozen=True)
class ServeConfig:
    """Limits of the endpoint (see the module docstring)."""

    timeout_s: float = 10.0
    max_rows: int = 10_000
    max_body_bytes: int = 1024 * 1024
    max_concurrent: int = max(1, min(4, os.cpu_count() or 1))  # each worker holds the graph
    slot_wait_s: float = 2.0
    request_timeout_s: float = 30.0
    log_requests: bool = False


class HttpError(Exception):
    """An error answer: status, plain-text message and extra headers."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an ``Accept`` header with their q-values, best first (stable for ties)."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    ranges = []
    for index, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        specificity = 0 if media == "*/*" else (1 if media.endswith("/*") else 2)
        ranges.append((media, q, specificity, index))
    ranges.sort(key=lambda r: (-r[1], -r[2], r[3]))
    return [(media, q) for media, q, _, _ in ranges]


def negotiate(accept: str | None, is_graph: bool) -> str | None:
    """The result format for ``accept``: a key of :data:`CONTENT_TYPES`, or None (406)."""
    offered = GRAPH_TYPES if is_graph else SOLUTION_TYPES
    default = "turtle" if is_graph else "json"
    ranges = parse_accept(accept)
    refused = {media for media, q in ranges if q == 0}
    for media, q in ranges:
        if q == 0:
            continue
        if media in offered:
            return offered[media]
        if media == "*/*":
            return default
        if media.endswith("/*"):
            major = media[:-1]
            if CONTENT_TYPES[default].startswith(major):
                return default
            for candidate, fmt in offered.items():
                if candidate.startswith(major) and candidate not in refused:
                    return fmt
    return None


def service_description(endpoint_url: str) -> bytes:
    """A SPARQL 1.1 Service Description of this endpoint, in Turtle."""
    formats = ", ".join(
        f"<http://www.w3.org/ns/formats/{name}>"
        for name in (
            "SPARQL_Results_JSON",
            "SPARQL_Results_XML",
            "SPARQL_Results_CSV",
            "SPARQL_Results_TSV",
            "Turtle",
            "N-Triples",
            "RDF_XML",
        )
    )
    text = (
        "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n"
        f"[] a sd:Service ;\n  sd:endpoint <{endpoint_url}> ;\n"
        "  sd:supportedLanguage sd:SPARQL11Query ;\n"
        "  sd:feature sd:UnionDefaultGraph ;\n"
        f"  sd:resultFormat {formats} .\n"
    )
    return text.encode("utf-8")


class SparqlServer(ThreadingHTTPServer):
    """An HTTP server holding the query engine and the limits its handlers apply."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], engine: Any, config: ServeConfig) -> None:
        super().__init__(address, SparqlHandler)
        self.engine = engine
        self.config = config

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/sparql"


class SparqlHandler(BaseHTTPRequestHandler):
    """One request: parse it per the SPARQL 1.1 Protocol, run it, answer."""

    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "qnetspec-sparql"
    # Headers and body go out in two writes; with Nagle's algorithm on, the second waits for the
    # client's delayed ACK (40 ms on Linux), which would cap a keep-alive client at 25 queries/s.
    disable_nagle_algorithm = True

    def setup(self) -> None:
        # A client that opens a connection and then sends nothing (or a body that never ends)
        # must not hold a thread for ever: reads time out after ``request_timeout_s``.
        self.timeout = self.server.config.request_timeout_s
        super().setup()

    # -- dispatch ------------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._handle(self._from_get)

    def do_POST(self) -> None:
        self._handle(self._from_post)

    def _not_allowed(self) -> None:
        self._handle(self._refuse_method)

    do_PUT = do_DELETE = do_PATCH = do_HEAD = _not_allowed

    def do_OPTIONS(self) -> None:
        self._send(HTTPStatus.NO_CONTENT, b"", None, {"Allow": "GET, POST, OPTIONS"})

    def _refuse_method(self) -> tuple[str, dict[str, list[str]]]:
        if self.command != "HEAD":
            self._discard_body()
        raise HttpError(
            HTTPStatus.METHOD_NOT_ALLOWED,
            f"{self.command} is not allowed: this is a read-only SPARQL query endpoint",
            {"Allow": "GET, POST, OPTIONS"},
        )

    def _handle(self, read: Any) -> None:
        try:
            path = urlsplit(self.path).path
            if path not in ENDPOINT_PATHS:
                self._discard_body()
                raise HttpError(HTTPStatus.NOT_FOUND, "no such resource; the endpoint is /sparql")
            query_text, params = read()
            if query_text is None:
                self._send(
                    HTTPStatus.OK,
                    service_description(self.server.url),
                    "text/turtle; charset=utf-8",
                )
                return
            self._answer(query_text, params)
        except HttpError as error:
            self._error(error)
        except Exception as exc:  # never let a bug kill the connection without an answer
            self.log_error("internal error: %s: %s", type(exc).__name__, exc)
            self._error(HttpError(HTTPStatus.INTERNAL_SERVER_ERROR, "internal error"))

    # -- reading the request -------------------------------------------------------------------

    def _from_get(self) -> tuple[str | None, dict[str, list[str]]]:
        params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        return self._query_from(params), params

    def _from_post(self) -> tuple[str | None, dict[str, list[str]]]:
        url_params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        body = self._read_body()
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError:
                raise HttpError(HTTPStatus.BAD_REQUEST, "the form is not UTF-8") from None
            params = {**url_params}
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
            query = self._query_from(params)
            if query is None:
                raise HttpError(HTTPStatus.BAD_REQUEST, "the form has no query parameter")
            return query, params
        if content_type == "application/sparql-query":
            try:
                return body.decode("utf-8"), url_params
            except UnicodeDecodeError:
                raise HttpError(HTTPStatus.BAD_REQUEST, "the query is not UTF-8 text") from None
        if content_type == "application/sparql-update":
            raise HttpError(
                HTTPStatus.FORBIDDEN, "SPARQL Update is refused: this endpoint is read-only"
            )
        raise HttpError(
            HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
            "send the query as application/sparql-query or application/x-www-form-urlencoded",
        )

    def _query_from(self, params: dict[str, list[str]]) -> str | None:
        if "update" in params:
            raise HttpError(
                HTTPStatus.FORBIDDEN, "SPARQL Update is refused: this endpoint is read-only"
            )
        queries = params.get("query")
        if queries is None:
            return None
        if len(queries) != 1:
            raise HttpError(HTTPStatus.BAD_REQUEST, "give exactly one query parameter")
        return queries[0]

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self.close_connection = True
            raise HttpError(HTTPStatus.LENGTH_REQUIRED, "send a Content-Length, not chunked data")
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            raise HttpError(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length")
        try:
            length = int(length_text)
        except ValueError:
            self.close_connection = True
            raise HttpError(HTTPStatus.BAD_REQUEST, "Content-Length is not a number") from None
        if length < 0:
            self.close_connection = True
            raise HttpError(HTTPStatus.BAD_REQUEST, "Content-Length is negative")
        limit = self.server.config.max_body_bytes
        if length > limit:
            self.close_connection = True  # the body stays unread: the connection cannot be reused
            raise HttpError(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                f"the request body is {length} bytes; the limit is {limit}",
            )
        try:
            body = self.rfile.read(length)
        except TimeoutError:
            self.close_connection = True
            raise HttpError(HTTPStatus.REQUEST_TIMEOUT, "the request body did not arrive") from None
        if len(body) < length:
            self.close_connection = True
            raise HttpError(HTTPStatus.BAD_REQUEST, "the request body is shorter than announced")
        return body

    def _discard_body(self) -> None:
        """Read a small body so the connection stays usable; close it otherwise."""
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if 0 < length <= self.server.config.max_body_bytes:
            self.rfile.read(length)
        elif length != 0:
            self.close_connection = True

    # -- answering -----------------------------------------------------------------------------

    def _answer(self, text: str, params: dict[str, list[str]]) -> None:
        from qnetspec.kg_query import Busy, QueryFailed, QueryLimits, QueryTimeout
        from qnetspec.kg_results import render
        from qnetspec.kg_store import PREFIXES
        from qnetspec.sparql_guard import QueryProblem, check_query

        try:
            checked = check_query(text)
        except QueryProblem as problem:
            raise HttpError(problem.status, problem.message) from None
        fmt = self._format(params, checked.is_graph)
        config = self.server.config
        try:
            result = self.server.engine.run(
                checked,
                QueryLimits(config.timeout_s, config.max_rows),
                default_graphs=params.get("default-graph-uri", []),
                named_graphs=params.get("named-graph-uri", []),
                wait_for_slot_s=config.slot_wait_s,
            )
        except QueryProblem as problem:
            raise HttpError(problem.status, problem.message) from None
        except QueryTimeout:
            raise HttpError(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"the query ran past the {config.timeout_s:g} s time limit",
            ) from None
        except Busy as exc:
            raise HttpError(
                HTTPStatus.SERVICE_UNAVAILABLE, str(exc), {"Retry-After": "1"}
            ) from None
        except QueryFailed as exc:
            raise HttpError(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc)) from None
        body = render(result, fmt, PREFIXES)
        headers = {}
        if result.truncated:
            headers["X-Qnetspec-Truncated"] = f"max-rows={config.max_rows}"
        self._send(HTTPStatus.OK, body, CONTENT_TYPES[fmt], headers)

    def _format(self, params: dict[str, list[str]], is_graph: bool) -> str:
        kinds = GRAPH_TYPES if is_graph else SOLUTION_TYPES
        for name in ("format", "output", "results"):
            for value in params.get(name, []):
                value = value.strip().lower()
                fmt = FORMAT_PARAMS.get(value) or kinds.get(value)
                if fmt in kinds.values():
                    return fmt
        fmt = negotiate(self.headers.get("Accept"), is_graph)
        if fmt is None:
            offered = ", ".join(kinds)
            raise HttpError(HTTPStatus.NOT_ACCEPTABLE, f"this answer can be sent as: {offered}")
        return fmt

    def _error(self, error: HttpError) -> None:
        body = (error.message.rstrip() + "\n").encode("utf-8")
        if self.server.config.log_requests or error.status in (500, 502):
            self.log_message("%d %s", error.status, error.message)
        self._send(error.status, body, "text/plain; charset=utf-8", error.headers)

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str | None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def log_request(self, code: Any = "-", size: Any = "-") -> None:
        if self.server.config.log_requests:
            super().log_request(code, size)

    def log_error(self, format: str, *args: Any) -> None:
        """Internal errors always; the rest (idle connections timing out...) with ``--log``."""
        if self.server.config.log_requests or format.startswith("internal error"):
            super().log_error(format, *args)


def make_server(
    engine: Any, host: str = "127.0.0.1", port: int = 0, config: ServeConfig | None = None
) -> SparqlServer:
    """A server bound to ``host:port`` (port 0: any free port); call ``serve_forever()`` on it."""
    return SparqlServer((host, port), engine, config or ServeConfig())


def start_in_thread(server: SparqlServer) -> threading.Thread:
    """Serve in a daemon thread (tests, notebooks); stop with ``server.shutdown()``."""
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.1},
        name="qnetspec-serve",
        daemon=True,
    )
    thread.start()
    return thread
