"""Rate against distance for one request's regime, with the capacity bounds beside it.

Why scale the described path rather than build a new one: the curve should answer "what would this
network do if it were longer or shorter", so every channel keeps its loss per kilometre and its
share of the path, every signalling delay grows in proportion, and only the distance changes. Each
section's model provides the sweep itself (one vectorised reference_sim call per elementary link or
QKD formula; the chain engines, which take one configuration at a time, run point by point).
Free-space links are scaled at their loss per kilometre too, which is exact for fibre and water and
a first approximation for a beam."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qnetspec.claims.results import RequestResult
from reference_sim.bounds import plob_capacity


@dataclass(frozen=True)
class DistanceSweep:
    """Rates of one request's model over path lengths, and the bounds at the same lengths."""

    request_id: str
    regime: str
    quantity: str  # "pairs" or "key"
    unit: str
    distance_km: np.ndarray
    rate: np.ndarray
    path_bound: np.ndarray
    repeaterless_bound: np.ndarray
    described_km: float
    channel_use_rate_hz: float


def sweep_request(result: RequestResult, points: int = 60) -> DistanceSweep | str:
    """The sweep for ``result``, or a sentence saying why there is none."""
    if result.route is None or not result.sections or result.bounds is None:
        return f"request {result.request_id} has no modelled path ({result.problem or 'no route'})"
    described = sum(link.length_km for link in result.route.links)
    if described <= 0.0:
        return f"the path of request {result.request_id} has no length to sweep"
    if any(section.sweep is None for section in result.sections):
        return f"the model of request {result.request_id} cannot be swept"
    distance = np.linspace(described / 50.0, 3.0 * described, points)
    scale = distance / described
    single = len(result.sections) == 1
    pairs = (result.entanglement_rate.value or 0.0) > 0.0 and result.service != "key"
    quantity = "pairs" if single and pairs else "key"
    curves = [section.sweep(scale) for section in result.sections]
    if any(quantity not in curve for curve in curves):
        return f"the model of request {result.request_id} gives no {quantity} rate to sweep"
    rate = np.min([np.asarray(curve[quantity], dtype=float) for curve in curves], axis=0)
    channels = [c for section in result.sections for c in section.channels]
    clock = result.bounds.channel_use_rate_hz
    etas = np.array([c.eta for c in channels] or [1.0])
    # One call for every channel at every distance: eta_i ** scale is the scaled transmissivity.
    capacities = np.asarray(plob_capacity(np.power.outer(etas, scale)))
    path_bound = clock * capacities.min(axis=0)
    whole = float(np.prod([link.eta for link in result.route.links]))
    repeaterless = clock * np.asarray(plob_capacity(whole**scale))
    return DistanceSweep(
        request_id=result.request_id,
        regime=result.regime or "",
        quantity=quantity,
        unit="pairs/s" if quantity == "pairs" else "bit/s",
        distance_km=distance,
        rate=rate,
        path_bound=path_bound,
        repeaterless_bound=repeaterless,
        described_km=described,
        channel_use_rate_hz=clock,
    )
