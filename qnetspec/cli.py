"""The ``qnetspec`` command line.

Start-up imports only argparse: each sub-command imports its own module when it runs, so that
``qnetspec --help`` answers at once even though rdflib, numpy and linkml are heavy.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from qnetspec import __version__
from qnetspec.errors import UsageError
from qnetspec.report import REPORT_FORMATS

EXPORT_WHATS = ("ontology", "jsonschema", "shacl", "kg")

RDF_FORMAT_CHOICES = ("turtle", "json-ld", "nt")


def _write_output(text: str, output: str | None) -> None:
    if output in (None, "-"):
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror}") from exc


def _cmd_export(args: argparse.Namespace) -> int:
    from qnetspec import resources

    if args.what == "jsonschema":
        if args.format not in (None, "json"):
            raise UsageError("--what jsonschema is JSON only; drop --format or use --format json")
        _write_output(resources.JSON_SCHEMA.read_text(encoding="utf-8"), args.output)
        return 0
    if args.format == "json":
        raise UsageError(f"--what {args.what} is RDF: use --format turtle, json-ld or nt")
    import rdflib

    from qnetspec import kg

    if args.what == "ontology":
        graph = kg.load_ontology()
    elif args.what == "shacl":
        graph = rdflib.Graph().parse(resources.SHACL_TURTLE, format="turtle")
    else:
        graph = kg.load_knowledge_graph()
    _write_output(kg.serialize(graph, args.format or "turtle"), args.output)
    return 0


def _cmd_coverage(args: argparse.Namespace) -> int:
    from qnetspec import coverage

    matrix = coverage.build_matrix(_rule_clauses())
    if args.format == "json":
        payload = {
            "clauses": [row.as_dict() for row in matrix],
            "uncovered": [row.number for row in matrix if not row.covered],
        }
        _write_output(json.dumps(payload, indent=2), args.output)
    else:
        _write_output(coverage.render_table(matrix), args.output)
    return 0 if all(row.covered for row in matrix) else 1


def _rule_clauses() -> dict[str, list[str]]:
    """Rule id -> clauses, from the built-in rule packs (empty until packs exist)."""
    try:
        from qnetspec.rules import builtin_rule_clauses
    except ImportError:
        return {}
    return builtin_rule_clauses()


def _cmd_check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from qnetspec.check import CheckOptions, check_paths
    from qnetspec.findings import Severity
    from qnetspec.report import render
    from qnetspec.report.text import use_colour

    fail_on = Severity.parse(args.fail_on)
    options = CheckOptions(
        rule_dirs=tuple(Path(d) for d in args.rules),
        fail_on=fail_on,
        simulate=not args.no_simulate,
        parallel=not args.serial,
    )
    run = check_paths(args.paths, options)
    to_terminal = args.output in (None, "-")
    colour = args.color == "always" or (
        args.color == "auto" and to_terminal and use_colour(sys.stdout)
    )
    report = render(args.format, run.results, run.rules, colour=colour, fail_on=fail_on)
    _write_output(report, args.output)
    return run.exit_code(fail_on)


def _cmd_generate(args: argparse.Namespace) -> int:
    from qnetspec import generate

    return generate.main(["--check"] if args.check else [])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qnetspec",
        description="ITU-T Y Suppl. 98 quantum-network specifications as code.",
    )
    parser.add_argument("--version", action="version", version=f"qnetspec {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser(
        "check",
        help="check network descriptions for conformance to Y Suppl. 98",
        description="Check network descriptions (YAML, JSON, Turtle, JSON-LD) rule by rule and "
        "clause by clause. Exit 0 conformant, 1 findings at or above --fail-on, 2 unusable input.",
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="description files or folders")
    check.add_argument("--format", choices=REPORT_FORMATS, default="text", help="report format")
    check.add_argument("-o", "--output", help="file to write the report to (default: stdout)")
    check.add_argument(
        "--fail-on",
        choices=("error", "warning", "info"),
        default="error",
        help="lowest severity that makes the exit code 1 (default: error)",
    )
    check.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="DIR",
        help="an extra rule pack folder (a vendor profile); may be repeated",
    )
    check.add_argument(
        "--no-simulate", action="store_true", help="skip verifying claims with the simulator"
    )
    check.add_argument(
        "--serial",
        action="store_true",
        help="run every stage in this process (by default, on Linux, a large description's "
        "SPARQL rules run in a forked worker on another core)",
    )
    check.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto", help="colour in text"
    )
    check.set_defaults(handler=_cmd_check)

    export = sub.add_parser(
        "export", help="write the ontology, JSON Schema, SHACL shapes or the knowledge graph"
    )
    export.add_argument("--what", choices=EXPORT_WHATS, default="kg")
    export.add_argument(
        "--format",
        choices=(*RDF_FORMAT_CHOICES, "json"),
        help="RDF syntax (turtle by default); json for --what jsonschema",
    )
    export.add_argument("-o", "--output", help="file to write (default: standard output)")
    export.set_defaults(handler=_cmd_export)

    cov = sub.add_parser(
        "coverage", help="traceability matrix: clauses of the Supplement and what covers them"
    )
    cov.add_argument("--format", choices=("table", "json"), default="table")
    cov.add_argument("-o", "--output", help="file to write (default: standard output)")
    cov.set_defaults(handler=_cmd_coverage)

    from qnetspec.query_cli import add_query_parser
    from qnetspec.serve import add_serve_parser
    from qnetspec.simulate_cli import add_simulate_parser

    add_simulate_parser(sub)
    add_query_parser(sub)
    add_serve_parser(sub)

    gen = sub.add_parser(
        "generate", help="regenerate the committed artifacts from schema/ (needs linkml)"
    )
    gen.add_argument("--check", action="store_true", help="only report stale artifacts")
    gen.set_defaults(handler=_cmd_generate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except UsageError as exc:
        print(f"qnetspec {args.command}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:  # Ctrl-C: a short note and the shell's usual code, not a traceback
        print(f"qnetspec {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            raise
        print(
            f"qnetspec {args.command}: internal error: {type(exc).__name__}: {exc} "
            "(re-run with --debug for details and please report it)",
            file=sys.stderr,
        )
        return 3


if __name__ == "__main__":
    raise SystemExit(main())
