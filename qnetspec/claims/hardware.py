"""What a node's declared hardware contributes to the model, with a stated default for each gap.

Why lazy: a node's fields are read only when the regime needs them (a trusted relay's memory is
never consulted, a repeater's detectors rarely), so the assumptions a request reports are exactly
the ones its numbers rest on. Every read goes through :func:`qnetspec.claims.fields.read_number`, so
a malformed value becomes a noted default, never an exception."""

from __future__ import annotations

import math
from typing import Any

from qnetspec.claims.defaults import Assumptions
from qnetspec.claims.fields import as_dict, declared_number, read_number
from qnetspec.kinds import END_DEVICE_KINDS, QUANTUM_NODE_KINDS

# Network nodes hold memories (Y.Suppl.98 §7.1 to §7.3).
MEMORY_NODE_KINDS = QUANTUM_NODE_KINDS
TRUSTED_KIND = "TrustedRelayNode"
STATION_KIND = "MeasurementStation"


class NodeHardware:
    """One node's role and hardware; reading a missing field notes its default in ``log``."""

    def __init__(self, ident: str, node: Any, log: Assumptions) -> None:
        self.id = ident
        self.node = as_dict(node)
        self.kind = self.node.get("kind") if isinstance(self.node.get("kind"), str) else None
        self.log = log

    # -- role ----------------------------------------------------------------------------------

    @property
    def end_device(self) -> bool:
        return self.kind in END_DEVICE_KINDS

    @property
    def trusted(self) -> bool:
        """A TrustedRelayNode, or any node marked ``trusted: true`` (it holds keys in the clear)."""
        return self.kind == TRUSTED_KIND or self.node.get("trusted") is True

    @property
    def station(self) -> bool:
        return self.kind == STATION_KIND

    @property
    def photonic(self) -> bool:
        """An all-photonic repeater: no matter memory, so nothing waits (clause 7.1.1)."""
        return (
            self.kind == "QuantumRepeater" and self.node.get("repeater_approach") == "all-photonic"
        )

    @property
    def stores(self) -> bool:
        """Whether the node keeps its half of a pair in memory rather than measuring on arrival.

        Memory nodes store (unless all-photonic); a QuantumComputer stores (its qubits are a
        memory); another end device stores only if it declares a memory.
        """
        if self.trusted or self.station or self.photonic:
            return False
        if self.kind in MEMORY_NODE_KINDS:
            return True
        if self.kind == "QuantumComputer":
            return True
        if self.end_device:
            return isinstance(self.node.get("memory"), dict)
        return True  # an unknown kind between ends can only relay by storing and swapping

    def note_kind(self) -> None:
        """Note how a node of missing or unknown kind (or repeater approach) is modelled, and
        declared features the engines do not model."""
        if self.node.get("purification") is not None:
            self.log.note(
                f"purification declared at {self.id} is not modelled (no such step in "
                "the chain engines): delivered fidelity is without it"
            )
        if self.kind is None:
            self.log.note(f"{self.id} states no kind: modelled as a memory node")
        elif self.kind == "QuantumRepeater":
            approach = self.node.get("repeater_approach")
            if approach not in ("quantum-memory", "all-photonic"):
                self.log.note(
                    f"repeater approach of {self.id} is {approach!r}: assumed quantum-memory"
                )
        elif not (
            self.end_device or self.trusted or self.station or self.kind in MEMORY_NODE_KINDS
        ):
            self.log.note(f"{self.id} is of unknown kind {self.kind!r}: modelled as a memory node")

    # -- reads -----------------------------------------------------------------------------------

    def _read(self, block: str, key: str, default_key: str, what: str, **bounds: Any) -> float:
        return read_number(
            as_dict(self.node.get(block)),
            key,
            default_key=default_key,
            what=what,
            owner=self.id,
            log=self.log,
            **bounds,
        )

    def detector_efficiency(self) -> float:
        return self._read(
            "detectors", "efficiency", "detectors.efficiency", "detector efficiency", high=1.0
        )

    def dark_count_probability(self) -> float:
        return self._read(
            "detectors",
            "dark_count_probability",
            "detectors.dark_count_probability",
            "dark-count probability",
            high=1.0,
        )

    def memory_count(self) -> int:
        count = self._read("memory", "count", "memory.count", "memory count", low=1.0)
        return max(1, int(count))

    def coherence_time_s(self) -> float:
        t = self._read(
            "memory", "coherence_time_s", "memory.coherence_time_s", "memory coherence time"
        )
        if t <= 0.0:
            self.log.note(f"memory coherence time of {self.id} is 0 s: stored pairs decay at once")
            return 1e-12
        return t

    def memory_efficiency(self) -> float:
        return self._read(
            "memory", "efficiency", "memory.efficiency", "memory efficiency", high=1.0
        )

    def bsm_success(self, optical: bool) -> float:
        """Success probability of the node's Bell-state measurement.

        ``optical`` picks the default: 1/2 for linear optics (photonic repeaters, stations), 1 for
        deterministic gates on matter qubits.
        """
        key = "optical" if optical else "memory"
        return self._read(
            "bell_state_measurement",
            "success_probability",
            f"bell_state_measurement.success_probability.{key}",
            "Bell-measurement success probability",
            high=1.0,
        )

    def gate_fidelity(self) -> float:
        return self._read(
            "bell_state_measurement",
            "gate_fidelity",
            "bell_state_measurement.gate_fidelity",
            "Bell-measurement gate fidelity",
            high=1.0,
        )

    def bsm_efficiency(self) -> float:
        return self._read(
            "bell_state_measurement",
            "efficiency",
            "bell_state_measurement.efficiency",
            "Bell-measurement efficiency",
            high=1.0,
        )

    def has_source(self) -> bool:
        return isinstance(self.node.get("entanglement_source"), dict)

    def source_fidelity(self) -> float:
        return self._read(
            "entanglement_source",
            "fidelity",
            "entanglement_source.fidelity",
            "entanglement source fidelity",
            high=1.0,
        )

    def source_efficiency(self, role: str) -> float:
        """Pair probability per pulse (``role="pair"``) or emission efficiency (``"emitter"``)."""
        return self._read(
            "entanglement_source",
            "efficiency",
            f"entanglement_source.efficiency.{role}",
            "entanglement source efficiency",
            high=1.0,
        )

    def declared_rate_hz(self) -> float | None:
        """The node's declared source repetition rate, if it has a usable one."""
        rate = declared_number(as_dict(self.node.get("entanglement_source")), "repetition_rate_hz")
        return rate if rate is not None and rate > 0.0 and math.isfinite(rate) else None

    def qkd_protocol_words(self) -> str:
        """The declared protocol name and families, lower-cased, for choosing a key-rate formula."""
        words = []
        protocol = self.node.get("qkd_protocol")
        if isinstance(protocol, str):
            words.append(protocol)
        families = self.node.get("qkd_protocol_families")
        if isinstance(families, list):
            words.extend(f for f in families if isinstance(f, str))
        measured = self.node.get("measurement_protocol")
        if isinstance(measured, str):
            words.append(measured)
        return " ".join(words).lower()
