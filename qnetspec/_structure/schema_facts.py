"""What the structure check needs to know about the schema, beyond what JSON Schema can say.

The generated JSON Schema tells which fields each class has and their types, but a reference is
just a string there: it cannot say that a link's endpoints must name nodes, nor which clause of
the Supplement a class comes from. So:

- collections and their classes (``links`` -> ``QuantumLink``; ``nodes`` -> one of the kinds) are
  read from the JSON Schema itself, so they follow the schema when it is regenerated;
- reference ranges are listed here, next to the LinkML slot they mirror (``tests/check`` keeps
  this table in step with ``schema/``);
- clause citations are read from the LinkML schema only when a finding needs one.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qnetspec import resources

# Abstract classes a reference may name, and the concrete classes each stands for. ``Component``
# and ``ManagementElement`` are filled from the JSON Schema (the ``anyOf`` of nodes / management).
NETWORK_ELEMENT_EXTRAS = ("ClassicalChannel", "Domain")

# (class or "*", slot) -> classes the referenced element may be (abstract names allowed).
REFERENCE_RANGES: dict[tuple[str, str], tuple[str, ...]] = {
    ("QuantumLink", "endpoints"): ("Component",),
    ("ClassicalChannel", "endpoints"): ("Component", "ManagementElement"),
    ("ServiceRequest", "endpoints"): ("Component",),
    ("EntanglementIdentifier", "endpoints"): ("Component",),
    ("Claim", "service_request"): ("ServiceRequest",),
    ("QuantumRouter", "joins_domains"): ("Domain",),
    ("QuantumRouter", "synchronization_source"): ("TimingSource",),
    ("TrustedRelayNode", "key_manager"): ("KeyManager",),
    ("QuantumLink", "midpoint_station"): ("MeasurementStation",),
    ("*", "domain"): ("Domain",),
    ("*", "serves"): ("NetworkElement",),
}
# Collections whose elements join two endpoints that must differ.
SELF_LOOP_CLASSES = frozenset({"QuantumLink", "ClassicalChannel"})
# Clauses used when the LinkML schema cannot be read (a wheel without it, or a class it lacks).
FALLBACK_CLAUSES = {
    "QuantumLink": "7.4",
    "ClassicalChannel": "5, 8.1",
    "Domain": "3.2.8, 7.3, 8.1, 8.2.1",
    "ServiceRequest": "8.2.1",
    "Claim": "8.2.1",
    "EntanglementIdentifier": "8.3",
    "NetworkDescription": "5, 8, 9",
}


@dataclass(frozen=True)
class Collections:
    """Top-level lists of a description and the classes their items may be."""

    # list name -> the single $def of its items (e.g. "links" -> "QuantumLink")
    single: dict[str, str]
    # list name -> kinds its items choose from with ``kind`` (e.g. "nodes" -> QKDModule, ...)
    by_kind: dict[str, tuple[str, ...]]

    def concrete(self, name: str) -> frozenset[str]:
        """The concrete classes an abstract class name stands for (itself when concrete)."""
        if name == "Component":
            return frozenset(self.by_kind.get("nodes", ()))
        if name == "ManagementElement":
            return frozenset(self.by_kind.get("management", ()))
        if name == "NetworkElement":
            return (
                self.concrete("Component")
                | self.concrete("ManagementElement")
                | frozenset(NETWORK_ELEMENT_EXTRAS)
            )
        return frozenset({name})


def collections_of(root: dict[str, Any]) -> Collections:
    """Read the top-level lists from the root JSON Schema."""
    single: dict[str, str] = {}
    by_kind: dict[str, tuple[str, ...]] = {}
    for name, prop in root.get("properties", {}).items():
        items = prop.get("items") if isinstance(prop, dict) else None
        if not isinstance(items, dict):
            continue
        if "$ref" in items:
            single[name] = _def_name(items["$ref"])
        elif "anyOf" in items:
            kinds = tuple(_def_name(b["$ref"]) for b in items["anyOf"] if "$ref" in b)
            if kinds:
                by_kind[name] = kinds
    return Collections(single, by_kind)


def _def_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def load_json_schema(path: Path | None = None) -> dict[str, Any]:
    """The generated JSON Schema (``qnetspec/generated/qnetspec.schema.json`` by default)."""
    path = path or resources.JSON_SCHEMA
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


class Clauses:
    """Clause citations of classes and slots, read lazily from the LinkML schema modules."""

    def __init__(self, schema_dir: Path | None = None) -> None:
        self._dir = schema_dir

    @functools.cached_property
    def _tables(
        self,
    ) -> tuple[dict[str, str], dict[tuple[str, str], str], dict[str, str], dict[str, str]]:
        classes: dict[str, str] = {}
        parents: dict[str, str] = {}
        attributes: dict[tuple[str, str], str] = {}
        slots: dict[str, str] = {}
        try:
            from qnetspec.load import LoadError, load_document

            folder = self._dir or resources.schema_dir()
            for path in sorted(folder.glob("*.yaml")):
                try:
                    module = load_document(path).data
                except LoadError:
                    continue
                if not isinstance(module, dict):
                    continue
                for name, spec in (module.get("slots") or {}).items():
                    slots[name] = _clause_of(spec)
                for name, spec in (module.get("classes") or {}).items():
                    classes[name] = _clause_of(spec)
                    if isinstance(spec, dict) and isinstance(spec.get("is_a"), str):
                        parents[name] = spec["is_a"]
                    for attr, aspec in ((spec or {}).get("attributes") or {}).items():
                        attributes[(name, attr)] = _clause_of(aspec)
        except OSError:
            pass
        return classes, attributes, slots, parents

    def of_class(self, name: str | None) -> str | None:
        if name is None:
            return None
        return self._tables[0].get(name) or FALLBACK_CLAUSES.get(name)

    def of_slot(self, class_name: str | None, slot: str) -> str | None:
        """The slot's own clause: an attribute of the class or an ancestor, else the global slot."""
        _, attributes, slots, parents = self._tables
        seen: set[str] = set()
        current = class_name
        while current is not None and current not in seen:
            seen.add(current)
            if attributes.get((current, slot)):
                return attributes[(current, slot)]
            current = parents.get(current)
        return slots.get(slot) or self.of_class(class_name)


def _clause_of(spec: Any) -> str:
    if isinstance(spec, dict):
        annotations = spec.get("annotations")
        if isinstance(annotations, dict):
            clause = annotations.get("clause")
            if isinstance(clause, dict):  # the expanded form {tag: clause, value: "7.4"}
                clause = clause.get("value")
            if clause is not None:
                return str(clause)
    return ""
