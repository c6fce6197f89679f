"""The structure stage of ``qnetspec check``: is this a well-formed description at all?

Three questions, each answered per element so that a finding names the field the author wrote:

1. Does each element fit its class in the generated JSON Schema? A node is checked against the
   ``$def`` its ``kind`` names (an unknown kind gets "did you mean"), never against the schema's
   ``anyOf`` of all kinds, whose one failure would say nothing useful. Unknown fields, wrong types,
   values out of range and missing fields become ``QNS-UNKNOWN-FIELD``, ``QNS-SCHEMA`` and
   ``QNS-VALUE`` findings.
2. Are the numbers finite? JSON Schema lets NaN pass every bound; we do not (``QNS-VALUE``).
3. Do references resolve, to an element of the right class, with ids unique and no self-loops?
   (``QNS-REF``, ``QNS-DUPLICATE-ID``, ``QNS-SELF-LOOP``; see ``qnetspec._structure.references``.)

Speed: validators are compiled once per ``$def`` (:class:`StructureChecker` is built once and
reused), and each element first goes through a compiled fast check
(:mod:`qnetspec._structure.fastcheck`); only elements it rejects are run through ``jsonschema``
for detailed errors. ``jsonschema`` itself is imported only then: a clean description never
pays its import (~0.13 s, a quarter of ``qnetspec check``'s start-up). Measured figures are in
``benchmarks/bench_check.py``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qnetspec._structure.fastcheck import Compiler
from qnetspec._structure.references import (
    DUPLICATE_ID,
    REF,
    SELF_LOOP,
    Element,
    check_references,
)
from qnetspec._structure.schema_errors import (
    SCHEMA,
    UNKNOWN_FIELD,
    VALUE,
    Problem,
    explain,
    non_finite,
)
from qnetspec._structure.schema_facts import Clauses, collections_of, load_json_schema
from qnetspec._structure.words import did_you_mean, name_list, value_words
from qnetspec.document import Document
from qnetspec.findings import Finding, Severity
from qnetspec.load.errors import PARSE_CLAUSE, PARSE_RULE
from qnetspec.load.gc_pause import paused_gc
from qnetspec.report.model import RuleInfo

if TYPE_CHECKING:
    from jsonschema import Draft201909Validator

__all__ = [
    "STRUCTURE_RULES",
    "StructureChecker",
    "check_structure",
    "default_checker",
]

_ROOT_CLASS = "NetworkDescription"

STRUCTURE_RULES: tuple[RuleInfo, ...] = (
    RuleInfo(
        PARSE_RULE,
        PARSE_CLAUSE,
        Severity.ERROR,
        "The file can be read as a description",
        "A file that is not well-formed YAML, JSON, Turtle or JSON-LD, or that breaks a safety "
        "limit (size, nesting, aliases, duplicate keys, tags), names no component at all.",
    ),
    RuleInfo(
        SCHEMA,
        "5",
        Severity.ERROR,
        "Each element fits its class in the schema",
        "Every element instantiates a component class of clause 5-9 through its kind; a field of "
        "the wrong type, a missing required field or a value outside its enumeration cannot be "
        "given the meaning the Supplement attaches to it.",
    ),
    RuleInfo(
        UNKNOWN_FIELD,
        "5",
        Severity.ERROR,
        "Every field is one the element's class defines",
        "A misspelt or misplaced field would otherwise be silently ignored, and the property its "
        "author meant to state would go unchecked.",
    ),
    RuleInfo(
        VALUE,
        "7.4",
        Severity.ERROR,
        "Physical values are finite and within their range",
        "Lengths, times, rates and probabilities are physical quantities: negative lengths, "
        "probabilities above one and NaN or infinite numbers make every later computation "
        "meaningless.",
    ),
    RuleInfo(
        REF,
        "5, 8.1",
        Severity.ERROR,
        "References name an element of the right class",
        "Links join components (7.4), channels join elements of the conventional network (8.1), "
        "routers join domains (7.3), claims answer service requests (8.2.1): a reference to a "
        "missing element, or to one of the wrong class, breaks the topology every rule relies on.",
    ),
    RuleInfo(
        DUPLICATE_ID,
        "5, 8.3",
        Severity.ERROR,
        "Element ids are unique within the description",
        "Identifiers name elements for signalling and management (8.3); two elements with one id "
        "make every reference to it ambiguous.",
    ),
    RuleInfo(
        SELF_LOOP,
        "7.4, 8.1",
        Severity.ERROR,
        "A link or channel joins two different elements",
        "A quantum link or classical channel from an element to itself carries nothing between "
        "components and distorts path and bound computations.",
    ),
)


class StructureChecker:
    """Compiled once from the generated JSON Schema; :meth:`check` is then cheap per document."""

    def __init__(
        self,
        schema: dict[str, Any] | None = None,
        *,
        schema_path: Path | None = None,
        clauses: Clauses | None = None,
    ) -> None:
        self.root = schema if schema is not None else load_json_schema(schema_path)
        self.defs: dict[str, Any] = self.root.get("$defs", {})
        self.collections = collections_of(self.root)
        self.clauses = clauses or Clauses()
        self._compiler = Compiler(self.root)
        self._validators: dict[str, Draft201909Validator] = {}
        self._root_validator: Draft201909Validator | None = None
        # Kinds by collection, and which collection each kind belongs in (for "wrong list").
        self._home = {k: c for c, ks in self.collections.by_kind.items() for k in ks}
        # The root schema without the element lists' items: those are checked element by element.
        self._shallow = dict(self.root)
        self._shallow["properties"] = {
            name: {k: v for k, v in prop.items() if k != "items"}
            if name in self.collections.single or name in self.collections.by_kind
            else prop
            for name, prop in self.root.get("properties", {}).items()
        }
        self._root_check = Compiler(self._shallow).compile(self._shallow)

    # -- validators -------------------------------------------------------------------------

    def _validator(self, class_name: str) -> Draft201909Validator:
        validator = self._validators.get(class_name)
        if validator is None:
            from jsonschema import Draft201909Validator

            schema = {"$ref": f"#/$defs/{class_name}", "$defs": self.defs}
            validator = Draft201909Validator(schema)
            self._validators[class_name] = validator
        return validator

    def _shallow_validator(self) -> Draft201909Validator:
        """The root's validator, for the description's own fields (lists' items excluded)."""
        if self._root_validator is None:
            from jsonschema import Draft201909Validator

            self._root_validator = Draft201909Validator(self._shallow)
        return self._root_validator

    def _has_slot(self, class_name: str, slot: str) -> bool:
        return slot in self.defs.get(class_name, {}).get("properties", {})

    def _owners(self, field: str) -> list[str]:
        """Kinds whose class has ``field`` (used to say where an unknown field belongs)."""
        return [
            kind
            for kinds in self.collections.by_kind.values()
            for kind in kinds
            if field in self.defs.get(kind, {}).get("properties", {})
        ]

    # -- the check --------------------------------------------------------------------------

    def check(self, document: Document) -> list[Finding]:
        """Every structural finding for ``document``, in document order."""
        with paused_gc():  # tens of thousands of small tuples over a huge live heap
            return self._check(document)

    def _check(self, document: Document) -> list[Finding]:
        problems: list[Problem] = []
        data = document.data
        if not isinstance(data, dict):
            problems.append(
                Problem(
                    SCHEMA,
                    "",
                    "a description is a mapping of fields (id, profile, nodes, links...), not "
                    + value_words(data),
                    _ROOT_CLASS,
                )
            )
            return self._findings(document, problems)
        if not self._root_check(data):
            problems.extend(self._explain(self._shallow_validator(), data, "", _ROOT_CLASS))
        elements: list[Element] = []
        for name, value in data.items():
            if not isinstance(value, list):
                continue
            if name in self.collections.single:
                cls = self.collections.single[name]
                check = self._compiler.definition(cls)
                for index, item in enumerate(value):
                    if not check(item):
                        problems.extend(self._element_problems(item, f"/{name}/{index}", cls))
                    if type(item) is dict:
                        elements.append((name, index, cls, item))
            elif name in self.collections.by_kind:
                self._kind_elements(name, value, problems, elements)
        problems.extend(
            check_references(elements, self.collections, _line_of(document), self._has_slot)
        )
        return self._findings(document, problems)

    def _kind_elements(
        self, name: str, items: list[Any], problems: list[Problem], elements: list[Element]
    ) -> None:
        """Elements of a list whose items pick their class with ``kind`` (nodes, management)."""
        kinds = self.collections.by_kind[name]
        allowed = set(kinds)
        checks = {k: self._compiler.definition(k) for k in kinds}
        for index, item in enumerate(items):
            where = f"/{name}/{index}"
            if type(item) is not dict:
                problems.append(
                    Problem(
                        SCHEMA,
                        where,
                        f"each item of {name} is a mapping of fields, not {value_words(item)}",
                        None,
                    )
                )
                continue
            kind = item.get("kind")
            if type(kind) is str and kind in allowed:
                if not checks[kind](item):
                    problems.extend(self._element_problems(item, where, kind))
                elements.append((name, index, kind, item))
                continue
            elements.append((name, index, None, item))
            problems.append(self._kind_problem(name, where, kind, kinds))

    def _kind_problem(self, name: str, where: str, kind: Any, kinds: Iterable[str]) -> Problem:
        choices = name_list(kinds)
        if kind is None:
            return Problem(
                SCHEMA,
                where,
                f"this item of {name} has no kind; say which class it is: one of {choices}",
                None,
                "kind",
            )
        if not isinstance(kind, str):
            return Problem(
                SCHEMA,
                where + "/kind",
                f"kind must be text naming a class, not {value_words(kind)}",
                None,
                "kind",
            )
        home = self._home.get(kind)
        if home is not None:
            return Problem(
                SCHEMA,
                where + "/kind",
                f"{kind} belongs in {home}, not in {name}; move this item there",
                kind,
                "kind",
            )
        hint, best = did_you_mean(kind, kinds)
        return Problem(
            SCHEMA,
            where + "/kind",
            f"unknown kind {kind!r} in {name}{hint or f'; the kinds are {choices}'}",
            None,
            "kind",
            best,
        )

    def _element_problems(self, item: Any, where: str, cls: str) -> list[Problem]:
        problems = self._explain(self._validator(cls), item, where, cls)
        problems.extend(
            Problem(
                VALUE,
                path,
                f"{path.rsplit('/', 1)[-1]} is not a finite number; write a real value",
                cls,
                path.rsplit("/", 1)[-1],
            )
            for path in non_finite(item, where)
        )
        return problems

    def _explain(
        self, validator: Draft201909Validator, item: Any, where: str, cls: str
    ) -> list[Problem]:
        problems: list[Problem] = []
        seen: set[tuple[str, str, str]] = set()
        for error in validator.iter_errors(item):
            for problem in explain(error, where, cls, self._owners):
                key = (problem.rule_id, problem.pointer, problem.message)
                if key not in seen:
                    seen.add(key)
                    problems.append(problem)
        return problems

    def _findings(self, document: Document, problems: list[Problem]) -> list[Finding]:
        titles = {rule.rule_id: rule.title for rule in STRUCTURE_RULES}
        defaults = {rule.rule_id: rule.clause for rule in STRUCTURE_RULES}
        findings = []
        for problem in problems:
            if problem.slot:
                clause = self.clauses.of_slot(problem.class_name, problem.slot)
            else:
                clause = self.clauses.of_class(problem.class_name)
            properties: dict[str, object] = {}
            if problem.suggestion:
                properties["suggestion"] = problem.suggestion
            findings.append(
                Finding(
                    rule_id=problem.rule_id,
                    severity=Severity.ERROR,
                    message=problem.message,
                    location=document.locate(problem.pointer),
                    clause=clause or defaults.get(problem.rule_id),
                    title=titles.get(problem.rule_id),
                    properties=properties,
                )
            )
        return findings


def _line_of(document: Document) -> Any:
    def line(pointer_text: str) -> int | None:
        return document.locate(pointer_text).line

    return line


@functools.lru_cache(maxsize=4)
def default_checker(schema_path: Path | None = None) -> StructureChecker:
    """The checker for the committed JSON Schema, built once per process."""
    return StructureChecker(schema_path=schema_path)


def check_structure(document: Document, checker: StructureChecker | None = None) -> list[Finding]:
    """Structural findings for ``document`` (see the module docstring)."""
    return (checker or default_checker()).check(document)
