"""The kinds an element of a network description can have, grouped as the Supplement groups them.

One home for these sets: the RDF conversion types elements by them, the topology and the rules
ask which elements are end devices, network nodes or relays, and the claims stage which ones
hold memories. The schema (``schema/components.yaml``) defines the classes; a test keeps this
module in step with it.

- end devices host applications and terminate quantum connectivity (Y.Suppl.98 §6);
- quantum network nodes relay it: repeaters, switches and routers (§7.1 to §7.3);
- relays of the migration stages: trusted relay nodes and measurement stations (§9.1);
- management and control elements run over the conventional network (§8.1, §8.2).
"""

from __future__ import annotations

END_DEVICE_KINDS = frozenset({"QKDModule", "QuantumSensor", "QuantumComputer"})
QUANTUM_NODE_KINDS = frozenset({"QuantumRepeater", "QuantumSwitch", "QuantumRouter"})
RELAY_KINDS = frozenset({"TrustedRelayNode", "MeasurementStation"})
COMPONENT_KINDS = END_DEVICE_KINDS | QUANTUM_NODE_KINDS | RELAY_KINDS
MANAGEMENT_KINDS = frozenset({"SDNController", "ManagementSystem", "KeyManager", "TimingSource"})
