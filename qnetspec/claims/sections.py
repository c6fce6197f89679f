"""Each regime of a section, turned into rate, fidelity, key rate and time to the first pair.

Why per section: a path through trusted relays is a series of independent QKD links, and every
other path is one section, so one function per regime covers them all: trusted-relay hops (decoy
BB84 per hop), measurement-assisted sections (MDI-QKD or SNS TF-QKD on the two arms), direct links
(a pair source, and QKD), memory chains (the chain engines) and all-photonic chains (a no-storage
model). Each result also carries a vectorised sweep of the same model over distance.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qnetspec.claims.chain_models import (
    ChainOutcome,
    EngineArgs,
    SectionSweep,
    memory_chain,
    nothing,
    photonic_chain,
)
from qnetspec.claims.defaults import Assumptions, value
from qnetspec.claims.elementary import Channel, Elementary, elementary_link, station_detectors
from qnetspec.claims.fields import as_dict, declared_number
from qnetspec.claims.hardware import NodeHardware
from qnetspec.claims.network import Network
from qnetspec.claims.qkd_models import (
    BBM92,
    DECOY_BB84,
    MDI,
    bbm92_fraction,
    choose_direct_protocol,
    choose_station_protocol,
    decoy_key_per_pulse,
    ec_efficiency,
    mdi_key_per_pulse,
    qkd_clock,
    qkd_parameters,
    tf_key_per_pulse,
)
from qnetspec.claims.results import Estimate, SectionResult
from qnetspec.claims.segments import DIRECT, MEASUREMENT, MEMORY_CHAIN, Section, Segment


@dataclass(frozen=True)
class _Key:
    """A QKD protocol's key for a section: estimate, pulse clock, channels and sweep."""

    estimate: Estimate
    clock_hz: float
    channels: tuple[Channel, ...]
    sweep: SectionSweep


def evaluate_section(
    section: Section,
    network: Network,
    protocol_words: str,
    log: Assumptions,
    *,
    entanglement: bool,
    engine: EngineArgs,
) -> SectionResult:
    """The section's result. ``entanglement=False`` skips pair models a QKD hop does not need (a
    hop of a trusted-relay path delivers key only)."""
    nodes = [network.hardware(ident, log) for ident in section.nodes]
    for node in nodes:
        node.note_kind()
    u, v = nodes[0], nodes[-1]
    if section.regime in (DIRECT, MEASUREMENT) and (u.stores or v.stores):
        e = elementary_link(section.segments[0], u, v, network, log)
        return _result(section, memory_chain([e], nodes, log, engine), [e], BBM92, None)
    if section.regime == DIRECT:
        return _direct(section, u, v, network, protocol_words, log, entanglement)
    if section.regime == MEASUREMENT:
        return _measurement(section, u, v, network, protocol_words, log)
    elementary = [
        elementary_link(seg, nodes[i], nodes[i + 1], network, log)
        for i, seg in enumerate(section.segments)
    ]
    if section.regime == MEMORY_CHAIN:
        outcome = memory_chain(elementary, nodes, log, engine)
    else:
        outcome = photonic_chain(elementary, nodes, log)
    return _result(section, outcome, elementary, BBM92, None)


def _result(
    section: Section,
    outcome: ChainOutcome,
    elementary: list[Elementary],
    key_protocol: str,
    key: _Key | None,
) -> SectionResult:
    """Assemble a section result; ``key`` replaces the pair-based key with a QKD protocol's."""
    channels = tuple(c for e in elementary for c in e.channels)
    clocks = [e.clock_hz for e in elementary]
    key_rate = outcome.key_rate
    model = list(outcome.model)
    sweep = outcome.sweep
    if key is not None:
        key_rate = key.estimate
        channels += key.channels
        clocks.append(key.clock_hz)
        model.append(f"key: {key_protocol} at {key.clock_hz:g} pulses/s")
        sweep = _merged(outcome.sweep, key.sweep)
    return SectionResult(
        regime=section.regime,
        nodes=section.nodes,
        entanglement_rate=outcome.rate,
        fidelity=outcome.fidelity,
        key_rate=key_rate,
        first_pair_s=outcome.first_pair_s,
        engine=outcome.engine,
        key_protocol=key_protocol,
        clock_hz=max(clocks) if clocks else 0.0,
        channels=channels,
        model=model,
        fidelity_samples=outcome.samples,
        chain_parameters=outcome.parameters,
        elementary=tuple(elementary),
        sweep=sweep,
    )


def _merged(pairs: SectionSweep | None, key: SectionSweep) -> SectionSweep:
    def sweep(scale: np.ndarray) -> dict[str, np.ndarray]:
        out = dict(pairs(scale)) if pairs else {}
        out.update(key(scale))
        return out

    return sweep


def _pipelined(e: Elementary) -> ChainOutcome:
    """Pairs measured on arrival: one try per source pulse, ``rate = clock x p``."""
    rate = e.clock_hz * e.p
    model = [f"pipelined pair source: {e.clock_hz:g} pulses/s x success {e.p:.4g} per pulse"]
    first = Estimate.point(1.0 / rate, "s") if rate > 0 else Estimate.missing("s", "no pairs")

    def sweep(scale: np.ndarray) -> dict[str, np.ndarray]:
        p, w = e.sweep(scale) if e.sweep else (np.full_like(scale, e.p), e.werner)
        return {
            "pairs": e.clock_hz * np.asarray(p),
            "fidelity": 0.25 * (1.0 + 3.0 * np.asarray(w)) * np.ones_like(scale),
        }

    return ChainOutcome(
        Estimate.point(rate, "Hz"),
        Estimate.point(e.fidelity, ""),
        Estimate.point(0.0, "bit/s"),
        first,
        "direct closed form (pair source, detection on arrival)",
        model,
        sweep=sweep,
    )


def _direct(
    section: Section,
    u: NodeHardware,
    v: NodeHardware,
    network: Network,
    words: str,
    log: Assumptions,
    entanglement: bool,
) -> SectionResult:
    """A direct link between two nodes that measure on arrival: pair source and QKD."""
    seg = section.segments[0]
    protocol = choose_direct_protocol(words, log)
    elementary: list[Elementary] = []
    if entanglement or protocol == BBM92:
        e = elementary_link(seg, u, v, network, log)
        elementary.append(e)
        outcome = _pipelined(e)
    else:
        outcome = nothing(
            "trusted relays measure and resend: this hop carries key only",
            "closed form (asymptotic QKD)",
        )
    if protocol == BBM92:
        e = elementary[0]
        f = ec_efficiency(log)

        def bbm92_sweep(scale: np.ndarray) -> dict[str, np.ndarray]:
            p, w = e.sweep(scale) if e.sweep else (np.full_like(scale, e.p), e.werner)
            return {"key": e.clock_hz * np.asarray(p) * bbm92_fraction(w, f)}

        key = e.clock_hz * e.p * float(bbm92_fraction(e.werner, f))
        return _result(
            section,
            outcome,
            elementary,
            BBM92,
            _Key(Estimate.point(key, "bit/s"), e.clock_hz, (), bbm92_sweep),
        )
    return _result(section, outcome, elementary, DECOY_BB84, _decoy(seg, u, v, log))


def _decoy(seg: Segment, u: NodeHardware, v: NodeHardware, log: Assumptions) -> _Key:
    """Decoy BB84 over the hop; the receiver is the end with declared detectors, else the second."""
    has_detectors = bool(as_dict(v.node.get("detectors"))) or not as_dict(u.node.get("detectors"))
    receiver = v if has_detectors else u
    clock = qkd_clock(
        [_link_rate(seg), u.declared_rate_hz(), v.declared_rate_hz()],
        f"the transmitter on {seg.label}",
        log,
    )
    params = qkd_parameters(log)
    log.note(f"decoy BB84 sifting factor: {value('bb84_sifting'):g} (random basis choice)")
    det, dark = receiver.detector_efficiency(), receiver.dark_count_probability()
    eta = seg.eta

    def sweep(scale: np.ndarray) -> dict[str, np.ndarray]:
        return {"key": clock * decoy_key_per_pulse(eta ** np.asarray(scale), det, dark, params)}

    key = float(sweep(np.asarray([1.0]))["key"][0])
    channel = Channel(seg.label, eta, tuple(link.id for link in seg.links))
    return _Key(Estimate.point(key, "bit/s"), clock, (channel,), sweep)


def _link_rate(seg: Segment) -> float | None:
    for link in seg.links:
        rate = declared_number(link.source, "repetition_rate_hz")
        if rate:
            return rate
    return None


def _measurement(
    section: Section,
    u: NodeHardware,
    v: NodeHardware,
    network: Network,
    words: str,
    log: Assumptions,
) -> SectionResult:
    """MDI-QKD or SNS TF-QKD through a station, between ends that measure on arrival."""
    seg = section.segments[0]
    det, dark = station_detectors(seg, network, log)
    station_words = ""
    if seg.station is not None and seg.station in network.nodes:
        station_words = network.hardware(seg.station, log).qkd_protocol_words()
    protocol = choose_station_protocol(f"{station_words} {words}".strip(), log)
    eta_a, eta_b = seg.arms_eta or seg.halves()[0]
    clock = qkd_clock([u.declared_rate_hz(), v.declared_rate_hz()], f"{u.id} and {v.id}", log)
    params = qkd_parameters(log)
    if protocol != MDI and abs(eta_a - eta_b) > 1e-12 * max(eta_a, eta_b):
        log.note("TF-QKD arms differ in loss: both taken as lossy as the worse arm (conservative)")
    per_pulse = mdi_key_per_pulse if protocol == MDI else tf_key_per_pulse

    def sweep(scale: np.ndarray) -> dict[str, np.ndarray]:
        s = np.asarray(scale, dtype=float)
        return {"key": clock * per_pulse(eta_a**s, eta_b**s, det, dark, params)}

    key = float(sweep(np.asarray([1.0]))["key"][0])
    outcome = nothing(
        "measurement-assisted QKD yields key, not stored pairs: the end devices have no memory",
        "closed form (asymptotic QKD)",
    )
    ids = tuple(link.id for link in seg.links)
    split = len(seg.links) == 1
    arms = (ids, ids) if split else (ids[:1], ids[1:])
    kind = "half" if split else "arm"
    channels = (
        Channel(f"{'+'.join(arms[0])} ({u.id} {kind})", eta_a, arms[0], split),
        Channel(f"{'+'.join(arms[1])} ({v.id} {kind})", eta_b, arms[1], split),
    )
    return _result(
        section, outcome, [], protocol, _Key(Estimate.point(key, "bit/s"), clock, channels, sweep)
    )
