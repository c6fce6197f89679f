"""Figures of a simulation: rate against distance with the capacity bounds, and the spread of
delivered fidelities.

Why matplotlib's object API (``Figure``) and not pyplot: no global figure state and no GUI backend,
so plotting works the same in a terminal, a CI job or a test, and the file type follows the output's
extension (PNG or SVG). matplotlib is an optional extra: :class:`PlotError` says how to install it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from qnetspec.claims.chain_models import EngineArgs
from qnetspec.claims.results import RequestResult, SimulationReport
from qnetspec.claims.sweep import sweep_request

FORMATS = (".png", ".svg")
INSTALL_HINT = "matplotlib is not installed; install the plot extra: pip install 'qnetspec[plot]'"


class PlotError(Exception):
    """A figure cannot be drawn; the message says why in plain words."""


def _figure():  # -> matplotlib.figure.Figure, imported late (optional dependency)
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise PlotError(INSTALL_HINT) from None
    return Figure(figsize=(7.0, 4.5), layout="constrained")


def check_output(path: str) -> None:
    """Refuse an output whose extension matplotlib should not guess at."""
    if Path(path).suffix.lower() not in FORMATS:
        raise PlotError(f"plot output {path!r} must end in .png or .svg")


def plot_rate_vs_distance(report: SimulationReport, path: str) -> str:
    """Rate of the first request's regime against path length, with the PLOB bounds; returns a
    one-line description of what was drawn."""
    check_output(path)
    if not report.requests:
        raise PlotError("the description has no service requests to plot")
    first = report.requests[0]
    sweep = sweep_request(first)
    if isinstance(sweep, str):
        raise PlotError(sweep)
    figure = _figure()
    ax = figure.add_subplot()
    floor = 1e-300
    ax.semilogy(
        sweep.distance_km,
        np.maximum(sweep.rate, floor),
        label=f"simulated {'pair' if sweep.quantity == 'pairs' else 'key'} rate ({sweep.regime})",
    )
    ax.semilogy(
        sweep.distance_km, sweep.path_bound, "--", label="repeater-assisted PLOB bound of the path"
    )
    ax.semilogy(
        sweep.distance_km,
        sweep.repeaterless_bound,
        ":",
        label="repeaterless PLOB bound (whole path as one channel)",
    )
    ax.axvline(sweep.described_km, color="grey", linewidth=0.8, label="described length")
    positive = sweep.rate[sweep.rate > 0]
    low = min(
        float(positive.min()) if positive.size else 1.0,
        float(np.min(sweep.repeaterless_bound[sweep.repeaterless_bound > 0], initial=1.0)),
    )
    ax.set_ylim(bottom=max(low / 10.0, 1e-12))
    ax.set_xlabel("path length (km), every link scaled in proportion")
    ax.set_ylabel(sweep.unit)
    ax.set_title(
        f"{sweep.request_id}: rate against distance "
        f"({sweep.channel_use_rate_hz:.3g} channel uses/s)"
    )
    ax.legend(fontsize="small")
    figure.savefig(path)
    return f"rate against distance for request {sweep.request_id} written to {path}"


def fidelity_samples(result: RequestResult, engine: EngineArgs) -> tuple[np.ndarray, str]:
    """Delivered fidelities of ``result``'s model and a word on where they come from."""
    samples = result.fidelity_samples
    if samples is not None:
        return samples, "Monte Carlo deliveries"
    for section in result.sections:
        if section.chain_parameters is not None:
            params = section.chain_parameters
            from reference_sim.chain import run_montecarlo

            mc = run_montecarlo(
                params, engine.n_deliveries, seed=engine.seed, confidence=engine.confidence
            )
            if mc.fidelity_samples is not None:
                return (
                    mc.fidelity_samples,
                    "Monte Carlo deliveries (same model as the exact engine)",
                )
    value = result.fidelity.value
    assert value is not None
    return np.array([value]), "closed form: every delivered pair has this fidelity"


def plot_fidelity_histogram(report: SimulationReport, path: str, engine: EngineArgs) -> str:
    """Histogram of delivered fidelities for the first request that delivers pairs."""
    check_output(path)
    chosen = next((r for r in report.requests if r.fidelity.available), None)
    if chosen is None:
        raise PlotError("no service request delivers entangled pairs: there is no fidelity to plot")
    samples, origin = fidelity_samples(chosen, engine)
    figure = _figure()
    ax = figure.add_subplot()
    if np.ptp(samples) > 0:
        ax.hist(samples, bins=60, color="tab:blue")
    else:
        ax.bar([float(samples[0])], [samples.size], width=0.002, color="tab:blue")
    mean = float(np.mean(samples))
    ax.axvline(mean, color="black", linewidth=0.8, label=f"mean {mean:.4f}")
    ax.set_xlabel("fidelity of a delivered pair")
    ax.set_ylabel("deliveries")
    ax.set_title(f"{chosen.request_id}: {samples.size} deliveries; {origin}", fontsize="medium")
    ax.legend(fontsize="small")
    figure.savefig(path)
    return f"fidelity histogram for request {chosen.request_id} written to {path}"
