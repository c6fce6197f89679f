"""``qnetspec simulate FILE``: the reference simulator alone, request by request.

Why a module of its own: the command line's start-up must not import numpy (``qnetspec --help``
stays quick), so this module imports nothing heavy at the top; the loader, the claims package and
matplotlib are imported inside :func:`run_simulate` when the command actually runs. The main parser
calls :func:`add_simulate_parser`; the handler returns 0 when it ran and 2 when the input (or the
requested plot) cannot be used, with a located message and no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

PLOTS = ("rate-vs-distance", "fidelity-histogram")


def add_simulate_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``simulate`` on the main parser's sub-parsers (``set_defaults(handler=...)``)."""
    parser = subparsers.add_parser(
        "simulate",
        help="route each service request and run the reference simulator on its path",
        description=(
            "For each service request: the path and why it was chosen, the assumptions made for "
            "missing hardware, the entanglement rate, fidelity, secret-key rate and set-up time "
            "with their intervals, and the capacity bounds of the path and of the network."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="network description (YAML, JSON, Turtle)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--plot", choices=PLOTS, help="also draw a figure (needs matplotlib)")
    parser.add_argument(
        "--plot-output",
        metavar="PATH",
        help="where to write the figure, .png or .svg (default: FILE's name with the plot's)",
    )
    parser.add_argument("--seed", type=int, default=1, help="Monte Carlo seed (default 1)")
    parser.add_argument(
        "--deliveries",
        type=int,
        default=5000,
        metavar="N",
        help="Monte Carlo deliveries per request where the exact engine does not apply (5000)",
    )
    parser.set_defaults(handler=run_simulate)
    return parser


def _fail(message: str) -> int:
    print(f"qnetspec simulate: {message}", file=sys.stderr)
    return 2


def run_simulate(args: argparse.Namespace) -> int:
    """Load, simulate, print (and plot); 0 when done, 2 for unusable input."""
    from qnetspec.load import LoadError, load_document

    try:
        document = load_document(args.file)
    except LoadError as exc:
        return _fail(str(exc))
    if not isinstance(document.data, dict):
        return _fail(f"{document.locate('').render()}: the description is not a mapping of fields")

    from qnetspec.claims.chain_models import EngineArgs
    from qnetspec.claims.plots import PlotError, check_output
    from qnetspec.claims.render import render_text
    from qnetspec.claims.simulate import SimulationOptions, simulate_description

    plot_path = None
    if args.plot:
        plot_path = args.plot_output or str(Path(args.file).with_suffix("")) + f"-{args.plot}.png"
        try:
            check_output(plot_path)
        except PlotError as exc:
            return _fail(str(exc))
    if args.deliveries < 2:
        return _fail("--deliveries must be at least 2 (an interval needs two samples)")
    options = SimulationOptions(seed=args.seed, n_deliveries=args.deliveries)
    report = simulate_description(document.data, options)
    plot_note = None
    if args.plot:
        from qnetspec.claims import plots

        engine = EngineArgs(options.seed, options.n_deliveries, options.confidence)
        try:
            if args.plot == "rate-vs-distance":
                plot_note = plots.plot_rate_vs_distance(report, plot_path)
            else:
                plot_note = plots.plot_fidelity_histogram(report, plot_path, engine)
        except PlotError as exc:
            return _fail(str(exc))
        except OSError as exc:
            return _fail(f"cannot write {plot_path}: {exc.strerror or exc}")
    if args.json:
        payload = {"file": document.path, **report.to_dict()}
        if plot_note:
            payload["plot"] = plot_path
        sys.stdout.write(json.dumps(payload, indent=2) + "\n")
    else:
        text = render_text(report, document.path)
        sys.stdout.write(text + (f"\n{plot_note}\n" if plot_note else ""))
    return 0
