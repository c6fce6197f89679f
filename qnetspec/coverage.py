"""Traceability matrix: every clause of Y Suppl. 98 (3-10 and Appendix I) and what covers it.

A clause is covered by schema elements (classes, slots, enums, permissible values) whose ``clause``
annotation names it, by Supplement individuals whose ``clause`` slot points at it, and by
conformance rules whose manifest cites it. The schema and data are read as plain YAML so that
this needs neither linkml nor rdflib.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from qnetspec import resources

CLAUSE_CURIE_PREFIX = "ysup:"
# Clauses the matrix must account for: the technical body (3-10) and Appendix I.
_IN_SCOPE = re.compile(r"^(?:(?:[3-9]|10)(?:\.\d+)*|I(?:\.\d+)*)$")


@dataclass
class ClauseCoverage:
    """One row of the matrix."""

    number: str
    title: str
    schema_elements: list[str] = field(default_factory=list)
    individuals: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)

    @property
    def covered(self) -> bool:
        return bool(self.schema_elements or self.individuals or self.rules)

    def as_dict(self) -> dict[str, object]:
        return {
            "clause": self.number,
            "title": self.title,
            "covered": self.covered,
            "schema_elements": self.schema_elements,
            "individuals": self.individuals,
            "rules": self.rules,
        }


def split_clauses(value: object) -> list[str]:
    """Clause numbers from an annotation value such as ``"7.2, 3.2.11"`` or ``"ysup:7.2"``."""
    if isinstance(value, dict):  # LinkML's expanded annotation form {tag:, value:}
        value = value.get("value", "")
    numbers = []
    for part in str(value).split(","):
        part = part.strip().removeprefix(CLAUSE_CURIE_PREFIX).removeprefix("§").strip()
        if part:
            numbers.append(part)
    return numbers


def _annotated_clauses(element: dict) -> list[str]:
    annotations = (element or {}).get("annotations") or {}
    return split_clauses(annotations.get("clause", "")) if isinstance(annotations, dict) else []


def schema_element_clauses(schema_dir: Path) -> Iterator[tuple[str, list[str]]]:
    """Yield (element name, clauses) for every class, slot, attribute, enum and enum value."""
    for path in sorted(schema_dir.glob("*.yaml")):
        module = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name, cls in (module.get("classes") or {}).items():
            yield f"class {name}", _annotated_clauses(cls)
            for attr, spec in ((cls or {}).get("attributes") or {}).items():
                yield f"slot {name}.{attr}", _annotated_clauses(spec)
        for name, slot in (module.get("slots") or {}).items():
            yield f"slot {name}", _annotated_clauses(slot)
        for name, enum in (module.get("enums") or {}).items():
            yield f"enum {name}", _annotated_clauses(enum)
            for value, spec in ((enum or {}).get("permissible_values") or {}).items():
                yield f"enum {name}.{value}", _annotated_clauses(spec)


def _walk_individuals(node: object) -> Iterator[dict]:
    if isinstance(node, dict):
        if "id" in node and "clause" in node:
            yield node
        for value in node.values():
            yield from _walk_individuals(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk_individuals(item)


def load_clauses(data_dir: Path) -> dict[str, str]:
    """Clause number -> title, from the Supplement's clause individuals."""
    clauses: dict[str, str] = {}
    for path in sorted(data_dir.glob("*.yaml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for clause in content.get("clauses") or []:
            clauses[str(clause["number"])] = str(clause.get("title", ""))
    return clauses


def individual_clauses(data_dir: Path) -> Iterator[tuple[str, list[str]]]:
    """Yield (individual id, clauses) for every Supplement individual that cites clauses."""
    for path in sorted(data_dir.glob("*.yaml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for individual in _walk_individuals(content):
            cited = individual["clause"]
            cited = cited if isinstance(cited, list) else [cited]
            numbers = [n for value in cited for n in split_clauses(value)]
            yield str(individual["id"]), numbers


def _clause_sort_key(number: str) -> tuple:
    head, *rest = number.split(".")
    appendix = not head.isdigit()
    return (appendix, int(head) if head.isdigit() else head, *(int(p) for p in rest))


def build_matrix(rule_clauses: dict[str, list[str]] | None = None) -> list[ClauseCoverage]:
    """The traceability matrix for every in-scope clause, in document order.

    ``rule_clauses`` maps a rule id to the clauses it cites (from the rule packs' manifests).
    """
    titles = load_clauses(resources.supplement_data_dir())
    rows = {
        number: ClauseCoverage(number, title)
        for number, title in titles.items()
        if _IN_SCOPE.match(number)
    }

    def attach(number: str, bucket: str, name: str) -> None:
        row = rows.get(number)
        if row is not None and name not in getattr(row, bucket):
            getattr(row, bucket).append(name)

    for name, numbers in schema_element_clauses(resources.schema_dir()):
        for number in numbers:
            attach(number, "schema_elements", name)
    for name, numbers in individual_clauses(resources.supplement_data_dir()):
        for number in numbers:
            attach(number, "individuals", name)
    for rule_id, numbers in (rule_clauses or {}).items():
        for number in numbers:
            attach(number, "rules", rule_id)
    return [rows[n] for n in sorted(rows, key=_clause_sort_key)]


def render_table(matrix: list[ClauseCoverage]) -> str:
    """A plain-text table: clause, title, counts, and a sample of what covers it."""
    lines = [f"{'clause':<8} {'schema':>6} {'data':>5} {'rules':>5}  title"]
    for row in matrix:
        flag = "" if row.covered else "  <-- UNCOVERED"
        lines.append(
            f"{row.number:<8} {len(row.schema_elements):>6} {len(row.individuals):>5} "
            f"{len(row.rules):>5}  {row.title}{flag}"
        )
        if row.rules:
            lines.append(f"{'':<8} rules: {', '.join(row.rules)}")
    uncovered = [row.number for row in matrix if not row.covered]
    lines.append(
        f"{len(matrix)} clauses, {len(matrix) - len(uncovered)} covered, "
        f"{len(uncovered)} uncovered{': ' + ', '.join(uncovered) if uncovered else ''}"
    )
    return "\n".join(lines)
