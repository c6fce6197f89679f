"""``qnetspec serve``: the knowledge graph as a read-only SPARQL 1.1 Protocol endpoint.

This module is the command: its arguments, and building the graph and the worker processes that
answer from it. The protocol server is :mod:`qnetspec.sparql_http`, imported only when the command
runs, so that ``qnetspec --help`` stays quick (``http.server`` alone costs tens of milliseconds).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from qnetspec.errors import UsageError

DEFAULT_PORT = 7878
DEFAULT_TIMEOUT_S = 10.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_MAX_BODY_BYTES = 1024 * 1024
# Each worker process holds a copy of the graph and takes a core while it answers.
DEFAULT_MAX_CONCURRENT = max(1, min(4, os.cpu_count() or 1))


def add_serve_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``serve`` on the CLI's sub-parsers; the handler returns the exit code."""
    parser = subparsers.add_parser(
        "serve",
        help="serve the knowledge graph as a read-only SPARQL 1.1 endpoint",
        description=(
            "Serve the Supplement's knowledge graph and the given descriptions over the SPARQL 1.1 "
            "Protocol at http://HOST:PORT/sparql, read-only, until interrupted."
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="description files to load")
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine)"
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        help=f"port (default {DEFAULT_PORT}; 0 picks a free one)",
    )
    parser.add_argument("--store", metavar="DIR", help="serve (and load PATHS into) this store")
    parser.add_argument(
        "--on-disk",
        action="store_true",
        help="workers read the --store directory instead of each holding the graph in memory "
        "(less memory, slower queries)",
    )
    parser.add_argument("--verdicts", action="store_true", help="add claim verdicts to the graph")
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT_S,
        metavar="S",
        help=f"time limit per query in seconds (default {DEFAULT_TIMEOUT_S:g})",
    )
    parser.add_argument(
        "--max-rows",
        type=int,
        default=DEFAULT_MAX_ROWS,
        metavar="N",
        help=f"rows or triples per answer (default {DEFAULT_MAX_ROWS})",
    )
    parser.add_argument(
        "--max-body",
        type=int,
        default=DEFAULT_MAX_BODY_BYTES,
        metavar="BYTES",
        help=f"largest request body (default {DEFAULT_MAX_BODY_BYTES})",
    )
    parser.add_argument(
        "--max-concurrent",
        type=int,
        default=DEFAULT_MAX_CONCURRENT,
        metavar="N",
        help="queries evaluated at once: worker processes, each holding the graph "
        f"(default {DEFAULT_MAX_CONCURRENT}, at most the number of cores)",
    )
    parser.add_argument("--log", action="store_true", help="log every request to standard error")
    parser.set_defaults(handler=run_serve)
    from qnetspec.query_cli import accept_intermixed

    accept_intermixed(parser, "paths")
    return parser


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is between 0 and 65535")
    return value


def run_serve(args: argparse.Namespace) -> int:
    """The ``serve`` handler: serve until interrupted (exit 0), or exit 2 on bad input.

    The graph is built in memory (or in ``--store DIR``), written once as an N-Quads snapshot in a
    temporary directory removed on exit, and loaded by each worker process
    (:mod:`qnetspec.kg_workers`); with ``--on-disk`` the workers read the store directory instead.
    """
    import shutil
    import tempfile

    from qnetspec.kg_store import build_store
    from qnetspec.kg_workers import ProcessEngine
    from qnetspec.sparql_http import ServeConfig, make_server

    for name in ("timeout", "max_rows", "max_body", "max_concurrent"):
        if getattr(args, name) <= 0:
            raise UsageError(f"--{name.replace('_', '-')} must be greater than 0")
    if args.on_disk and not args.store:
        raise UsageError("--on-disk serves a store directory: give it with --store DIR")
    config = ServeConfig(
        timeout_s=args.timeout,
        max_rows=args.max_rows,
        max_body_bytes=args.max_body,
        max_concurrent=args.max_concurrent,
        log_requests=args.log,
    )
    scratch = tempfile.mkdtemp(prefix="qnetspec-kg-")
    engine = None
    try:
        kg = build_store(list(args.paths), directory=args.store, verdicts=args.verdicts)
        triples = len(kg)
        source = args.store
        if not args.on_disk:
            source = str(Path(scratch) / "snapshot.nq")
            kg.dump(source)
        del kg  # the workers hold the graph; this process no longer needs it
        engine = ProcessEngine(source, workers=config.max_concurrent)
        try:
            server = make_server(engine, args.host, args.port, config)
        except OSError as exc:
            where = f"{args.host}:{args.port}"
            raise UsageError(f"cannot listen on {where}: {exc.strerror or exc}") from None
        if args.host not in ("127.0.0.1", "::1", "localhost"):
            print(
                f"qnetspec serve: listening on {args.host}: "
                "anyone who can reach this address can query",
                file=sys.stderr,
            )
        print(
            f"qnetspec serve: SPARQL endpoint at {server.url} ({triples} triples); Ctrl-C stops it",
            file=sys.stderr,
            flush=True,
        )
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    finally:
        if engine is not None:
            engine.close()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0
