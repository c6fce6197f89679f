"""Helpers of the knowledge-graph tests: the fixture paths, a CLI runner, result simplification."""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
METRO = DATA / "metro.yaml"
QKDN = DATA / "qkdn.yaml"
LAB = DATA / "lab.json"
FIXTURES = [str(METRO), str(QKDN), str(LAB)]


def _parser() -> argparse.ArgumentParser:
    """The real CLI parser once ``query``/``serve`` are wired into it, else an equivalent one."""
    from qnetspec import cli

    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "query" in sub.choices and "serve" in sub.choices:
        return parser
    from qnetspec.query_cli import add_query_parser
    from qnetspec.serve import add_serve_parser

    if "query" not in sub.choices:
        add_query_parser(sub)
    if "serve" not in sub.choices:
        add_serve_parser(sub)
    return parser


def run_cli(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    """Run ``qnetspec ARGV`` in process as :func:`qnetspec.cli.main` does: (code, out, err)."""
    from qnetspec.errors import UsageError

    out, err = io.BytesIO(), io.StringIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(err):
            try:
                args = _parser().parse_args(argv)
                code = args.handler(args)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 2
            except UsageError as exc:
                print(f"qnetspec {argv[0]}: {exc}", file=sys.stderr)
                code = 2
    finally:
        sys.stdin = old
    stdout.flush()
    return code, out.getvalue().decode("utf-8"), err.getvalue()


def cli_main(argv: list[str]) -> int:
    """``qnetspec ARGV`` for a child process: real standard streams, exit code returned."""
    from qnetspec.errors import UsageError

    args = _parser().parse_args(argv)
    try:
        return args.handler(args)
    except UsageError as exc:
        print(f"qnetspec {argv[0]}: {exc}", file=sys.stderr)
        return 2


def value(term: dict | None) -> str | None:
    """A result term as its lexical value (None when unbound)."""
    return None if term is None else term["value"]


def rows(result: Any) -> list[tuple]:
    """A :class:`~qnetspec.kg_query.Solutions` as tuples of lexical values."""
    return [tuple(value(t) for t in row) for row in result.rows]


def json_rows(payload: dict) -> list[tuple]:
    """SPARQL results JSON as tuples of lexical values, in variable order."""
    names = payload["head"]["vars"]
    return [tuple(b.get(n, {}).get("value") for n in names) for b in payload["results"]["bindings"]]


def words(text: str | None, sep: str) -> list[str] | None:
    """A GROUP_CONCAT value as a sorted list (the order inside a group is not defined)."""
    return None if text is None else sorted(w for w in text.split(sep) if w)


class HitCounter:
    """A loopback HTTP server that counts every request: proof that nothing was fetched."""

    def __init__(self) -> None:
        hits: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def _hit(self) -> None:
                hits.append(f"{self.command} {self.path}")
                body = b'{"head":{"vars":[]},"results":{"bindings":[]}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _hit

            def log_message(self, *args: object) -> None:
                pass

        self.hits = hits
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> HitCounter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@contextlib.contextmanager
def hit_counter() -> Iterator[HitCounter]:
    with HitCounter() as counter:
        yield counter
