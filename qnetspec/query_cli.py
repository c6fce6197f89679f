"""``qnetspec query``: ask the knowledge graph a SPARQL question, from the command line.

    qnetspec query 'SELECT ...' [PATHS...]          the question as text
    qnetspec query --file q.rq [PATHS...]            ... from a file (- for standard input)
    qnetspec query --name trusted-nodes-on-paths net.yaml   ... from the library (--list shows it)

The graph is the Supplement plus the descriptions in PATHS, in memory, or persisted with ``--store
DIR`` (load once, query many times), or an external SPARQL 1.1 server with ``--endpoint URL``. The
question is checked first (:mod:`qnetspec.sparql_guard`): updates, ``SERVICE``, ``LOAD`` and foreign
``FROM`` graphs are refused before anything is loaded or sent. Kept apart from :mod:`qnetspec.cli`
so that ``qnetspec --help`` imports none of it.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from qnetspec.errors import UsageError

FORMATS = ("table", "csv", "json", "turtle", "tsv", "xml", "ntriples")
DEFAULT_TIMEOUT_S = 300.0


def add_query_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``query`` on the CLI's sub-parsers; the handler returns the exit code."""
    parser = subparsers.add_parser(
        "query",
        help="ask the knowledge graph (Supplement and descriptions) a SPARQL question",
        description=(
            "Run a read-only SPARQL 1.1 query over the Supplement's knowledge graph and the given "
            "descriptions. Give the query as text, or use --file or --name; every other argument "
            "is a description file. Exit 0 on an answer, 2 on bad input or a refused query."
        ),
    )
    parser.add_argument(
        "args",
        nargs="*",
        metavar="QUERY_OR_PATH",
        help="the SPARQL text (unless --file or --name is given), then description files",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "-f", "--file", metavar="Q.rq", help="read the query from a file (- for stdin)"
    )
    source.add_argument("-n", "--name", metavar="NAME", help="run a named question (see --list)")
    source.add_argument("--list", action="store_true", help="list the named questions and exit")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="output: table (default for SELECT/ASK), csv, json (SPARQL 1.1 results JSON), tsv, "
        "xml; turtle (default for CONSTRUCT/DESCRIBE) or ntriples",
    )
    parser.add_argument(
        "--store", metavar="DIR", help="persist the graph in DIR (created if new; reused if not)"
    )
    parser.add_argument(
        "--endpoint",
        metavar="URL",
        help="query this external SPARQL 1.1 endpoint instead of the embedded store",
    )
    parser.add_argument(
        "--verdicts",
        action="store_true",
        help="run the claims stage and add each claim's verdict to the graph (slower)",
    )
    parser.add_argument(
        "--timeout",
        type=_positive_float,
        default=DEFAULT_TIMEOUT_S,
        metavar="S",
        help=f"give up after S seconds (default {DEFAULT_TIMEOUT_S:g})",
    )
    parser.add_argument(
        "--max-rows", type=_positive_int, metavar="N", help="keep at most N rows or triples"
    )
    parser.add_argument(
        "--dump",
        metavar="FILE",
        help="also write the whole graph to FILE (.nq/.trig keep graphs apart; .nt/.ttl merge "
        "them), e.g. to load it into an external SPARQL server",
    )
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    parser.set_defaults(handler=run_query)
    accept_intermixed(parser, "args")
    return parser


def accept_intermixed(parser: argparse.ArgumentParser, dest: str) -> None:
    """Let positional words follow options: ``query 'SELECT ...' --format csv a.yaml b.yaml``.

    argparse gives a ``nargs="*"`` positional only the words before the first option and reports
    the rest as unrecognised; the top-level parser's ``parse_intermixed_args`` would fix that but
    does not support sub-commands. So this sub-command's parser hands leftover words (not
    options, which stay errors) to ``dest``.
    """
    plain = parser.parse_known_args

    def parse_known_args(args: Any = None, namespace: Any = None) -> tuple[Any, list[str]]:
        namespace, extras = plain(args, namespace)
        words = [e for e in extras if e == "-" or not e.startswith("-")]
        if words:
            setattr(namespace, dest, [*(getattr(namespace, dest, None) or []), *words])
        return namespace, [e for e in extras if e not in words]

    parser.parse_known_args = parse_known_args  # type: ignore[method-assign]


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def list_text() -> str:
    """The named questions, one a line: name, clauses, title."""
    from qnetspec.kg_questions import list_questions

    questions = list_questions()
    width = max(len(q.name) for q in questions)
    cwidth = max(len(q.clause) for q in questions)
    lines = [f"{q.name.ljust(width)}  {q.clause.ljust(cwidth)}  {q.title}" for q in questions]
    return "\n".join(lines) + "\n"


def _query_text(args: argparse.Namespace) -> tuple[str, str, list[str]]:
    """(query text, where it came from, description paths) from the arguments."""
    positional = list(args.args)
    if args.name:
        from qnetspec.kg_questions import get_question, list_questions

        question = get_question(args.name)
        if question is None:
            names = ", ".join(q.name for q in list_questions())
            raise UsageError(f"--name {args.name}: no such question; the library has: {names}")
        return question.text, f"--name {args.name}", positional
    if args.file:
        return _read_query_file(args.file), args.file, positional
    if args.dump and (not positional or os.path.exists(positional[0])):
        return "", "", positional  # --dump with description files only: no question to ask
    if not positional:
        raise UsageError("give a SPARQL query, --file Q.rq or --name NAME (--list shows the names)")
    return positional[0], "the query", positional[1:]


def _read_query_file(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except UnicodeDecodeError as exc:
        raise UsageError(f"--file {path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise UsageError(f"--file {path}: cannot read ({exc.strerror or exc})") from None


def _write(data: bytes, output: str | None) -> None:
    if output in (None, "-"):
        sys.stdout.flush()
        sys.stdout.buffer.write(data if data.endswith(b"\n") or not data else data + b"\n")
        sys.stdout.flush()
        return
    try:
        with open(output, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None


def run_query(args: argparse.Namespace) -> int:
    """The ``query`` handler: 0 with an answer, 2 (via :class:`UsageError`) otherwise."""
    if args.list:
        _write(list_text().encode("utf-8"), args.output)
        return 0
    from qnetspec.kg_query import LocalEngine, QueryFailed, QueryLimits, RemoteEngine
    from qnetspec.kg_results import render
    from qnetspec.kg_store import PREFIXES, build_store
    from qnetspec.sparql_guard import QueryProblem, check_query

    text, origin, paths = _query_text(args)
    checked = None
    if text or not args.dump:
        try:
            checked = check_query(text)
        except QueryProblem as problem:
            hint = ""
            if origin == "the query" and os.path.isfile(text):
                hint = " (that is a file name: the query comes first, or use --file or --name)"
            raise UsageError(f"{origin}: {problem.message}{hint}") from None
    fmt = args.format or (("turtle" if checked.is_graph else "table") if checked else "table")
    if checked is not None:
        _check_format(fmt, checked.is_graph)

    if args.endpoint:
        for flag, value in (("--store", args.store), ("--verdicts", args.verdicts)):
            if value:
                raise UsageError(f"{flag} does not apply to --endpoint: the server holds the graph")
        if paths or args.dump:
            raise UsageError(
                "--endpoint queries the server's graph as it is; to add descriptions, write them "
                "with `qnetspec query --dump kg.nq PATHS...` and load that file into the server"
            )
        try:
            engine: Any = RemoteEngine(args.endpoint)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    else:
        kg = build_store(paths, directory=args.store, verdicts=args.verdicts)
        if args.dump:
            kg.dump(args.dump)
        if checked is None:
            return 0
        engine = LocalEngine(kg)

    try:
        result = engine.run(checked, QueryLimits(args.timeout, args.max_rows))
    except QueryProblem as problem:
        raise UsageError(f"{origin}: {problem.message}") from None
    except QueryFailed as exc:
        raise UsageError(str(exc)) from None
    if result.truncated:
        where = f"at --max-rows {args.max_rows}" if args.max_rows else "by the endpoint's row limit"
        print(f"qnetspec query: the answer was cut {where}", file=sys.stderr)
    _write(render(result, fmt, PREFIXES), args.output)
    return 0


def _check_format(fmt: str, is_graph: bool) -> None:
    if is_graph and fmt not in ("turtle", "ntriples"):
        raise UsageError(f"--format {fmt}: a CONSTRUCT or DESCRIBE answer is a graph; use turtle")
    if not is_graph and fmt in ("turtle", "ntriples"):
        raise UsageError(
            f"--format {fmt}: a SELECT or ASK answer is a table; use table, csv or json"
        )
