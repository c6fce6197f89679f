"""Elementary links: how often a segment yields a pair, how good the pair is, how long a try takes.

Why this module decides the scheme: a segment's generation depends on who stores. Heralded
generation (a Bell measurement at a station between two emitting memories) needs memories at both
ends; a node that measures on arrival (a QKD module) can only receive a photon from a source. So:

* both ends store: the declared ``generation_scheme`` (default heralded double-click);
* otherwise a source sends photons out directly: the link's pair source (at its midpoint), else a
  declared source at an end, else the storing end's emitter, else a pair source assumed at the
  midpoint; when neither end stores, tries are pipelined at the source's clock.

Loss from any medium is already a transmissivity, so reference_sim's fibre-based link functions are
called with the loss in dB as "kilometres of 1 dB/km fibre", with source and memory efficiencies
folded in; the attempt time is computed here from the real geometry, because the fibre-delay formula
inside those functions would not know the medium. Every link also keeps a vectorised ``sweep``: the
same reference_sim call with every channel's loss multiplied by a scale factor (distance over the
described distance), so a rate-versus-distance curve is one call, and the single value is simply the
sweep at scale 1.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from qnetspec.claims.defaults import DEFAULTS, Assumptions, value
from qnetspec.claims.fields import declared_number, read_number
from qnetspec.claims.hardware import NodeHardware
from qnetspec.claims.media import HERALDED_SCHEMES
from qnetspec.claims.network import Network
from qnetspec.claims.segments import Segment
from reference_sim import links as rs_links
from reference_sim.states import fidelity_from_werner, werner_from_fidelity

#: ``sweep(scale) -> (p, w)``: success per try and Werner parameter with channel losses scaled.
Sweep = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]


@dataclass(frozen=True)
class Channel:
    """One lossy channel the model sends photons through, for the capacity bounds.

    ``split`` marks a link whose station in the middle counts as a node for the bounds.
    """

    label: str
    eta: float
    link_ids: tuple[str, ...]
    split: bool = False


@dataclass(frozen=True)
class Elementary:
    """One segment's link model: per-try success, Werner parameter, try duration, source clock.

    ``attempt_scales`` says whether the try duration is a signalling delay (it grows with distance)
    or the source's clock period (pipelined tries).
    """

    label: str
    scheme: str
    p: float
    werner: float
    attempt_time_s: float
    clock_hz: float
    channels: tuple[Channel, ...]
    attempt_scales: bool = True
    sweep: Sweep | None = field(default=None, compare=False, repr=False)

    @property
    def fidelity(self) -> float:
        return float(fidelity_from_werner(self.werner))


def loss_db(eta: float) -> float:
    """Loss in dB for the 1 dB/km trick; ``inf`` for a channel that passes nothing."""
    return math.inf if eta <= 0.0 else max(0.0, -10.0 * math.log10(min(1.0, eta)))


def _clock(declared: list[float | None], what: str, log: Assumptions) -> float:
    rates = [r for r in declared if r is not None]
    if rates:
        return max(rates)
    default = DEFAULTS["entanglement_source.repetition_rate_hz.photon"]
    log.note(f"repetition rate not given for {what}: assumed {default.value:g} Hz")
    return float(default.value)


def _werner_product(fidelities: list[float]) -> float:
    """Werner parameter of pairs joined by ideal Bell measurements: the product (w = w1 w2)."""
    w = 1.0
    for f in fidelities:
        w *= float(werner_from_fidelity(f))
    return max(-1.0 / 3.0, min(1.0, w))


def absorb(node: NodeHardware) -> float:
    """Efficiency with which a node takes in its photon: memory if it stores, else detectors."""
    return node.memory_efficiency() if node.stores else node.detector_efficiency()


def _at_one(sweep: Sweep) -> tuple[float, float]:
    p, w = sweep(np.asarray(1.0))
    return float(np.asarray(p).reshape(-1)[0]), float(np.asarray(w).reshape(-1)[0])


def elementary_link(
    segment: Segment, u: NodeHardware, v: NodeHardware, network: Network, log: Assumptions
) -> Elementary:
    """The link model of ``segment`` between nodes ``u`` and ``v`` (see the module docstring)."""
    declared = segment.declared_scheme
    if u.stores and v.stores:
        scheme = declared
        if scheme is None:
            scheme = str(DEFAULTS["generation_scheme.repeater"].value)
            log.note(f"generation scheme not given for {segment.label}: assumed {scheme}")
        if scheme in HERALDED_SCHEMES:
            return _heralded(segment, u, v, scheme, network, log)
        return _direct(segment, u, v, log)
    passive = v.id if u.stores else u.id
    if declared in HERALDED_SCHEMES:
        log.note(
            f"{segment.label} declares {declared} generation, which needs memories at both ends; "
            f"{passive} measures on arrival, so a source sends it photons directly"
        )
    elif segment.station is not None:
        log.note(
            f"station {segment.station} on {segment.label} is not used for pairs: "
            f"{passive} measures on arrival, so a source sends it photons directly"
        )
    return _direct(segment, u, v, log)


def station_detectors(segment: Segment, network: Network, log: Assumptions) -> tuple[float, float]:
    """``(efficiency, dark-count probability)`` of the heralding station's detectors."""
    if segment.station is not None and segment.station in network.nodes:
        station = network.hardware(segment.station, log)
        return (
            station.detector_efficiency() * station.bsm_efficiency(),
            station.dark_count_probability(),
        )
    owner = f"the station of {segment.label}"
    det = read_number(
        {},
        "efficiency",
        default_key="detectors.efficiency",
        what="detector efficiency",
        owner=owner,
        log=log,
    )
    dark = read_number(
        {},
        "dark_count_probability",
        default_key="detectors.dark_count_probability",
        what="dark-count probability",
        owner=owner,
        log=log,
    )
    return det, dark


def _heralded(
    segment: Segment,
    u: NodeHardware,
    v: NodeHardware,
    scheme: str,
    network: Network,
    log: Assumptions,
) -> Elementary:
    """Both ends emit towards a Bell measurement at the station (Barrett-Kok or single-click)."""
    if segment.station is not None and segment.arms_eta is not None:
        arms_eta = segment.arms_eta
        arms_delay = segment.arms_delay_s or segment.halves()[1]
        split = len(segment.links) == 1
        where = f"station {segment.station}"
    else:
        arms_eta, arms_delay = segment.halves()
        split = True
        where = "a station assumed at the midpoint"
        log.note(f"{segment.label}: heralded generation through {where} (no station declared)")
    if len(segment.links) > 2:
        log.note(
            f"{segment.label}: several stations in a row; the first heralds, the rest only add loss"
        )
    det, dark = station_detectors(segment, network, log)
    emit_u = u.source_efficiency("emitter") * u.memory_efficiency()
    emit_v = v.source_efficiency("emitter") * v.memory_efficiency()
    intrinsic = float(
        fidelity_from_werner(_werner_product([u.source_fidelity(), v.source_fidelity()]))
    )
    clock = _clock(
        [u.declared_rate_hz(), v.declared_rate_hz()], f"the emitters of {u.id} and {v.id}", log
    )
    kind = "double_click" if scheme == "heralded-double-click" else "single_click"
    alpha = None
    if kind == "single_click":
        alpha = value("bright_state_population")
        log.note(f"single-click bright-state population (no schema slot): assumed {alpha:g}")
    channel_a, channel_b = loss_db(arms_eta[0]), loss_db(arms_eta[1])
    emit_a, emit_b = loss_db(emit_u), loss_db(emit_v)
    w_dead = float(werner_from_fidelity(intrinsic))

    def sweep(scale: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        s = np.asarray(scale, dtype=float)
        losses = (channel_a, channel_b, emit_a, emit_b)
        if not all(math.isfinite(x) for x in losses):
            return np.zeros_like(s), np.full_like(s, w_dead)
        perf = rs_links.star_link(
            channel_a * s + emit_a,
            channel_b * s + emit_b,
            scheme=kind,
            bright_state_population=alpha,
            detector_efficiency=det,
            dark_count_probability=dark,
            intrinsic_fidelity=intrinsic,
            attenuation_db_per_km=1.0,
        )
        return (
            np.broadcast_to(np.asarray(perf.success_probability, dtype=float), s.shape),
            np.broadcast_to(np.asarray(perf.werner, dtype=float), s.shape),
        )

    ids = tuple(link.id for link in segment.links)
    if split:
        channels = (
            Channel(f"{segment.label} ({u.id} half)", arms_eta[0], ids, True),
            Channel(f"{segment.label} ({v.id} half)", arms_eta[1], ids, True),
        )
    else:
        channels = (
            Channel(ids[0], arms_eta[0], ids[:1]),
            Channel("+".join(ids[1:]), arms_eta[1], ids[1:]),
        )
    p, w = _at_one(sweep)
    return Elementary(
        segment.label,
        f"{scheme} via {where}",
        p,
        w,
        2.0 * max(arms_delay),
        clock,
        channels,
        True,
        sweep,
    )


def _direct(segment: Segment, u: NodeHardware, v: NodeHardware, log: Assumptions) -> Elementary:
    """A pair source (on the link or at an end) or a storing end's emitter sends photons out."""
    link_with_source = next((link for link in segment.links if link.source), None)
    if link_with_source is not None:
        owner = f"the source of link {link_with_source.id}"
        fidelity = read_number(
            link_with_source.source,
            "fidelity",
            default_key="entanglement_source.fidelity",
            what="source fidelity",
            owner=owner,
            log=log,
            high=1.0,
        )
        efficiency = read_number(
            link_with_source.source,
            "efficiency",
            default_key="entanglement_source.efficiency.pair",
            what="source efficiency",
            owner=owner,
            log=log,
            high=1.0,
        )
        rate = declared_number(link_with_source.source, "repetition_rate_hz")
        declared = [rate if rate else None]
        position, where = "midpoint", f"pair source on {link_with_source.id}"
    else:
        holder = _source_holder(u, v)
        if holder is None:
            log.note(
                f"no entanglement source declared on {segment.label} or its ends: a pair "
                "source at its midpoint is assumed"
            )
            owner = f"the assumed source of {segment.label}"
            fidelity = read_number(
                {},
                "fidelity",
                default_key="entanglement_source.fidelity",
                what="source fidelity",
                owner=owner,
                log=log,
            )
            efficiency = read_number(
                {},
                "efficiency",
                default_key="entanglement_source.efficiency.pair",
                what="source efficiency",
                owner=owner,
                log=log,
            )
            declared = [u.declared_rate_hz(), v.declared_rate_hz()]
            position, where = "midpoint", "assumed pair source at the midpoint"
        else:
            role = "emitter" if holder.stores else "pair"
            fidelity = holder.source_fidelity()
            efficiency = holder.source_efficiency(role)
            declared = [holder.declared_rate_hz()]
            position, where = (
                "end",
                f"{'emitter' if holder.stores else 'pair source'} at {holder.id}",
            )
    clock = _clock(declared, f"the source of {segment.label} ({where})", log)
    both = absorb(u) * absorb(v)
    pipelined = not (u.stores or v.stores)
    attempt = (
        1.0 / clock if pipelined else (1.5 if position == "midpoint" else 2.0) * segment.delay_s
    )
    channel = loss_db(segment.eta)
    w_source = float(werner_from_fidelity(fidelity))

    def sweep(scale: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        s = np.asarray(scale, dtype=float)
        if not math.isfinite(channel):
            return np.zeros_like(s), np.full_like(s, w_source)
        perf = rs_links.direct_transmission_link(
            channel * s,
            source_position=position,
            source_fidelity=fidelity,
            pair_emission_probability=efficiency,
            detector_efficiency=math.sqrt(both),
            attenuation_db_per_km=1.0,
            repetition_rate_hz=clock,
        )
        return (
            np.broadcast_to(np.asarray(perf.success_probability, dtype=float), s.shape),
            np.broadcast_to(np.asarray(perf.werner, dtype=float), s.shape),
        )

    channels = (Channel(segment.label, segment.eta, tuple(link.id for link in segment.links)),)
    p, w = _at_one(sweep)
    return Elementary(
        segment.label, f"direct ({where})", p, w, attempt, clock, channels, not pipelined, sweep
    )


def _source_holder(u: NodeHardware, v: NodeHardware) -> NodeHardware | None:
    """The end that sends the photons: one with a declared source (a storing one first), else the
    end that stores (its memory's emitter), else None."""
    declared = [node for node in (u, v) if node.has_source()]
    if declared:
        return next((node for node in declared if node.stores), declared[0])
    return next((node for node in (u, v) if node.stores), None)
