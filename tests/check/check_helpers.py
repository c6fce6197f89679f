"""Helpers shared by the load/structure/report tests (imported by name: tests are not a package)."""

from __future__ import annotations

from pathlib import Path

from qnetspec.findings import Finding
from qnetspec.load import load_text
from qnetspec.structure import StructureChecker

DATA = Path(__file__).parent / "data"
VALID_YAML = DATA / "metro.yaml"


def rules_at(findings: list[Finding], rule_id: str) -> list[tuple[int | None, int | None, str]]:
    """(line, column, pointer) of each finding of ``rule_id``, in report order."""
    return sorted(
        (f.location.line, f.location.column, f.location.pointer or "")
        for f in findings
        if f.rule_id == rule_id
    )


def check_yaml(checker: StructureChecker, text: str, path: str = "t.yaml") -> list[Finding]:
    return checker.check(load_text(text, path))
