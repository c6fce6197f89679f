"""Helpers for the conformance-rule tests (a module of its own: test modules import it by name).

The project's loader (``qnetspec.load``) is written in parallel; until it exists these tests read
YAML with a few lines of their own, which is all the rules need: data as written and a ``locate``
that keeps the JSON pointer.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from qnetspec.conformance import Pack, builtin_packs, run_packs
from qnetspec.document import Document
from qnetspec.findings import Finding, Location, Severity

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
NONCONFORMANT = EXAMPLES / "nonconformant"


def document_from_data(data: object, path: str = "test.yaml") -> Document:
    """A Document whose ``locate`` just carries the pointer (no line numbers needed here)."""
    return Document(path, "yaml", data, lambda pointer: Location(path, pointer=pointer))


def load_yaml(path: Path) -> Document:
    return document_from_data(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))


def conformant_examples() -> list[Path]:
    return sorted(EXAMPLES.glob("*.yaml"))


def nonconformant_examples() -> list[Path]:
    return sorted(NONCONFORMANT.glob("*.yaml"))


def check(data: dict, packs: tuple[Pack, ...] | None = None, profile: str | None = None):
    """Findings of the built-in pack (or ``packs``) on ``data``."""
    return run_packs(document_from_data(data), packs or builtin_packs(), profile)


def ids(findings: list[Finding], at_least: Severity = Severity.INFO) -> set[tuple[str, str]]:
    """(rule id, pointer) of each finding at or above a severity."""
    return {(f.rule_id, f.location.pointer or "") for f in findings if f.severity >= at_least}
