"""What the claims stage computes, as plain values: estimates with intervals, bounds, per-request
results and the report that gathers them.

Why separate from the computation: the verdicts, the text and JSON renderers and the plots all read
these values, and none of them should need to know how a number was produced. ``to_dict`` gives a
JSON-ready form in which a non-finite number becomes ``"inf"`` (an unbounded capacity) or ``None``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from qnetspec.claims.routing import Route


def json_number(x: float | None) -> float | str | None:
    """A float for JSON: ``"inf"`` for an unbounded value, ``None`` for a missing or nan one."""
    if x is None:
        return None
    x = float(x)
    if math.isnan(x):
        return None
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


@dataclass(frozen=True)
class Estimate:
    """A simulated value with its interval (``low == high`` for a closed form or exact engine).

    ``value`` is None when the model gives no such quantity (e.g. the fidelity of a path that
    delivers no entangled state); ``note`` says why.
    """

    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str = ""
    note: str | None = None

    @classmethod
    def point(cls, value: float, unit: str, note: str | None = None) -> Estimate:
        return cls(float(value), float(value), float(value), unit, note)

    @classmethod
    def interval(cls, value: float, low: float, high: float, unit: str) -> Estimate:
        lo, hi = sorted((float(low), float(high)))
        return cls(float(value), min(lo, float(value)), max(hi, float(value)), unit)

    @classmethod
    def missing(cls, unit: str, note: str) -> Estimate:
        return cls(None, None, None, unit, note)

    @property
    def available(self) -> bool:
        return self.value is not None and not math.isnan(self.value)

    def triple(self) -> tuple[float, float, float]:
        """``(value, low, high)`` as floats (interval defaults to the value; nan if missing)."""
        if self.value is None:
            nan = float("nan")
            return nan, nan, nan
        v = float(self.value)
        low = float(self.low) if self.low is not None else v
        high = float(self.high) if self.high is not None else v
        return v, low, high

    @property
    def exact(self) -> bool:
        return self.low == self.high

    def render(self, digits: int = 4) -> str:
        if not self.available:
            return f"none ({self.note})" if self.note else "none"
        unit = f" {self.unit}" if self.unit else ""
        text = f"{self.value:.{digits}g}{unit}"
        if not self.exact and self.low is not None and self.high is not None:
            text += f" (interval {self.low:.{digits}g} to {self.high:.{digits}g})"
        if self.note and self.value == 0.0:
            text += f" ({self.note})"
        return text

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "value": json_number(self.value),
            "interval": [json_number(self.low), json_number(self.high)],
            "unit": self.unit,
        }
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class Bounds:
    """Capacity bounds of a request's path and of the whole network, and the light-travel time.

    Capacities are in bits (ebits or secret bits: for a pure-loss channel the two-way quantum,
    entanglement and secret-key capacities coincide) per channel use; ``channel_use_rate_hz``
    converts them to per second.
    """

    channel_use_rate_hz: float
    path_bits_per_use: float
    path_bottleneck: str
    path_bottleneck_eta: float
    network_bits_per_use: float
    light_time_s: float
    rate_source: str

    @property
    def path_per_s(self) -> float:
        return self.channel_use_rate_hz * self.path_bits_per_use

    @property
    def network_per_s(self) -> float:
        return self.channel_use_rate_hz * self.network_bits_per_use

    @property
    def best_per_s(self) -> float:
        """The larger of the two: no routing, single-path or flooding, can beat it."""
        return max(self.path_per_s, self.network_per_s)

    def to_dict(self) -> dict[str, Any]:
        return {
            "channel_use_rate_hz": json_number(self.channel_use_rate_hz),
            "channel_use_rate_source": self.rate_source,
            "path": {
                "kind": "repeater-assisted PLOB (Pirandola 2019): rate x min_i -log2(1 - eta_i)",
                "bits_per_use": json_number(self.path_bits_per_use),
                "per_s": json_number(self.path_per_s),
                "bottleneck": self.path_bottleneck,
                "bottleneck_eta": json_number(self.path_bottleneck_eta),
            },
            "network": {
                "kind": "flooding capacity (Pirandola 2019): min cut of per-link PLOB capacities",
                "bits_per_use": json_number(self.network_bits_per_use),
                "per_s": json_number(self.network_per_s),
            },
            "light_time_s": json_number(self.light_time_s),
        }


@dataclass
class SectionResult:
    """What one section of a path delivers (see :mod:`qnetspec.claims.segments` for sections)."""

    regime: str
    nodes: tuple[str, ...]
    entanglement_rate: Estimate
    fidelity: Estimate
    key_rate: Estimate
    first_pair_s: Estimate
    engine: str
    key_protocol: str
    clock_hz: float
    channels: tuple[Any, ...]
    model: list[str] = field(default_factory=list)
    fidelity_samples: np.ndarray | None = field(default=None, repr=False)
    chain_parameters: Any = field(default=None, repr=False)
    elementary: tuple[Any, ...] = field(default=(), repr=False)
    # sweep(scale) -> {"pairs"|"key"|"fidelity": array}: the same model with every channel's loss
    # and delay multiplied by ``scale`` (see qnetspec.claims.sweep).
    sweep: Any = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "regime": self.regime,
            "nodes": list(self.nodes),
            "engine": self.engine,
            "key_protocol": self.key_protocol,
            "entanglement_rate_hz": self.entanglement_rate.to_dict(),
            "fidelity": self.fidelity.to_dict(),
            "secret_key_rate_bps": self.key_rate.to_dict(),
            "time_to_first_pair_s": self.first_pair_s.to_dict(),
            "elementary_links": [
                {
                    "segment": e.label,
                    "scheme": e.scheme,
                    "success_probability": json_number(e.p),
                    "fidelity": json_number(e.fidelity),
                    "attempt_time_s": json_number(e.attempt_time_s),
                    "source_clock_hz": json_number(e.clock_hz),
                }
                for e in self.elementary
            ],
            "model": list(self.model),
        }


@dataclass
class RequestResult:
    """Everything the claims stage found for one service request."""

    request_id: str
    index: int
    endpoints: tuple[str, str] | None
    service: str | None
    route: Route | None = None
    problem: str | None = None
    regime: str | None = None
    sections: list[SectionResult] = field(default_factory=list)
    entanglement_rate: Estimate = field(default_factory=lambda: Estimate.missing("Hz", "no path"))
    fidelity: Estimate = field(default_factory=lambda: Estimate.missing("", "no path"))
    key_rate: Estimate = field(default_factory=lambda: Estimate.missing("bit/s", "no path"))
    setup_time: Estimate = field(default_factory=lambda: Estimate.missing("s", "no path"))
    setup_basis: str = ""
    bounds: Bounds | None = None
    assumptions: list[str] = field(default_factory=list)
    engine: str = ""

    @property
    def path_label(self) -> str:
        return "-".join(self.route.nodes) if self.route else "(no path)"

    @property
    def fidelity_samples(self) -> np.ndarray | None:
        for section in self.sections:
            if section.fidelity_samples is not None:
                return section.fidelity_samples
        return None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "request": self.request_id,
            "endpoints": list(self.endpoints) if self.endpoints else None,
            "service": self.service,
        }
        if self.problem:
            out["problem"] = self.problem
        if self.route is not None:
            out["path"] = {
                "nodes": list(self.route.nodes),
                "links": [link.id for link in self.route.links],
                "loss_db": json_number(self.route.loss_db),
                "criterion": self.route.criterion,
                "why": self.route.reason,
                "candidates": [
                    {
                        "nodes": list(c.nodes),
                        "links": list(c.links),
                        "loss_db": json_number(c.loss_db),
                    }
                    for c in self.route.candidates
                ],
            }
        out.update(
            {
                "regime": self.regime,
                "engine": self.engine,
                "entanglement_rate_hz": self.entanglement_rate.to_dict(),
                "fidelity": self.fidelity.to_dict(),
                "secret_key_rate_bps": self.key_rate.to_dict(),
                "setup_time_s": self.setup_time.to_dict(),
                "setup_basis": self.setup_basis,
                "bounds": self.bounds.to_dict() if self.bounds else None,
                "sections": [s.to_dict() for s in self.sections],
                "assumptions": list(self.assumptions),
            }
        )
        return out


@dataclass
class SimulationReport:
    """The simulated requests of one description, in the order the description lists them."""

    requests: list[RequestResult]
    seed: int
    n_deliveries: int
    confidence: float

    def get(self, request_id: str) -> RequestResult | None:
        return next((r for r in self.requests if r.request_id == request_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "montecarlo_deliveries": self.n_deliveries,
            "confidence": self.confidence,
            "requests": [r.to_dict() for r in self.requests],
        }
