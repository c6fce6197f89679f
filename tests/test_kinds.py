"""``qnetspec.kinds`` names exactly the concrete classes of the schema's element families."""

from __future__ import annotations

from pathlib import Path

import yaml

from qnetspec import kinds

SCHEMA = Path(__file__).resolve().parents[1] / "schema"


def _concrete_descendants(parent: str) -> frozenset[str]:
    classes: dict[str, dict] = {}
    for path in SCHEMA.glob("*.yaml"):
        classes.update(
            (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("classes") or {}
        )

    def ancestors(name: str) -> list[str]:
        chain = []
        while name:
            chain.append(name)
            name = (classes.get(name) or {}).get("is_a")
        return chain

    return frozenset(
        name
        for name, spec in classes.items()
        if parent in ancestors(name) and not (spec or {}).get("abstract")
    )


def test_kind_sets_follow_the_schema() -> None:
    assert _concrete_descendants("QuantumEndDevice") == kinds.END_DEVICE_KINDS
    assert _concrete_descendants("QuantumNetworkNode") == kinds.QUANTUM_NODE_KINDS
    assert _concrete_descendants("Component") == kinds.COMPONENT_KINDS
    assert kinds.RELAY_KINDS == kinds.COMPONENT_KINDS - kinds.END_DEVICE_KINDS - (
        kinds.QUANTUM_NODE_KINDS
    )
    assert _concrete_descendants("ManagementElement") == kinds.MANAGEMENT_KINDS
