"""Rule packs: a folder with ``manifest.yaml`` and the files of its rules, checked before use.

Why packs are data: a rule's clause, severity and rationale are what a report and the traceability
matrix show, and a third party (``qnetspec check --rules DIR``) should be able to add rules without
writing a Python package. Why the manifest is validated up front, with line numbers: a typo in a
severity or a file name should stop the run with a message that says where, not surface later as a
traceback or, worse, as a rule that silently never runs.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from qnetspec.errors import UsageError
from qnetspec.findings import Severity

PROFILES = ("trusted-relay", "measurement-assisted", "fully-quantum", "hybrid")
ALL_PROFILES = "all"
RULE_KINDS = {"sparql": ".rq", "python": ".py"}
_RULE_KEYS = {
    "id",
    "clause",
    "severity",
    "title",
    "rationale",
    "profiles",
    "kind",
    "file",
    "message",
}
_REQUIRED_RULE_KEYS = ("id", "clause", "severity", "title", "rationale", "profiles", "kind", "file")
_PACK_KEYS = {"pack", "title", "version", "description", "source", "rules"}
_RULE_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")
_CLAUSE = re.compile(r"^(?:\d+(?:\.\d+)*|I(?:\.\d+)*)$")

PythonCheck = Callable[[dict, Any], Iterable[tuple]]


@dataclass(frozen=True)
class ManifestProblem:
    """One thing wrong with a pack, with where it is."""

    file: str
    line: int | None
    column: int | None
    message: str

    def render(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        return f"{where}: {self.message}"


class PackError(UsageError):
    """A rule pack that cannot be used; ``problems`` lists every defect found, each located."""

    def __init__(self, problems: list[ManifestProblem]) -> None:
        self.problems = problems
        lines = [p.render() for p in problems]
        super().__init__("invalid rule pack:\n  " + "\n  ".join(lines))


@dataclass(frozen=True)
class Rule:
    """One conformance rule of a pack, ready to run.

    ``query`` holds the SPARQL text of a ``sparql`` rule; ``check`` the function of a ``python``
    rule. ``message`` is an optional template (``{id}`` is the offending element's id, other names
    are SPARQL variables) used when a result carries no ``?message``.
    """

    id: str
    clause: tuple[str, ...]
    severity: Severity
    title: str
    rationale: str
    profiles: frozenset[str]
    kind: str
    file: Path
    pack: str
    message: str | None = None
    defined_at: str = ""  # "path/manifest.yaml:LINE", for messages about the rule itself
    query: str | None = field(default=None, repr=False, compare=False)
    check: PythonCheck | None = field(default=None, repr=False, compare=False)

    def applies_to(self, profile: str | None) -> bool:
        """Whether the rule runs for a description declaring ``profile`` (None: only ``all``)."""
        return ALL_PROFILES in self.profiles or (profile is not None and profile in self.profiles)

    @property
    def clause_text(self) -> str:
        return ", ".join(self.clause)


@dataclass(frozen=True)
class Pack:
    """A loaded, validated rule pack."""

    id: str
    title: str
    version: str
    path: Path
    rules: tuple[Rule, ...]
    description: str | None = None


class _Marks:
    """Line/column of every value of a YAML document, by path of keys and indexes."""

    def __init__(self, root: yaml.Node | None) -> None:
        self.marks: dict[tuple, tuple[int, int]] = {}
        if root is not None:
            self._walk(root, ())

    def _walk(self, node: yaml.Node, path: tuple) -> None:
        self.marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                self.marks[(*path, "<key>", key.value)] = (
                    key.start_mark.line + 1,
                    key.start_mark.column + 1,
                )
                self._walk(value, (*path, key.value))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self._walk(item, (*path, index))

    def at(self, *path: Any) -> tuple[int | None, int | None]:
        while path:
            if path in self.marks:
                return self.marks[path]
            path = path[:-1]
        return self.marks.get((), (None, None))


class _Problems:
    def __init__(self, file: Path, marks: _Marks) -> None:
        self.file = str(file)
        self.marks = marks
        self.items: list[ManifestProblem] = []

    def add(self, path: tuple, message: str) -> None:
        line, column = self.marks.at(*path)
        self.items.append(ManifestProblem(self.file, line, column, message))


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster


@lru_cache(maxsize=1)
def _known_clauses() -> frozenset[str]:
    """Clause numbers of the Supplement, from the schema's data (empty when it is not bundled).

    Only ``clauses.yaml`` is read: the other data files are large and a check should not pay for
    them just to validate a manifest.
    """
    from qnetspec import resources

    path = resources.supplement_data_dir() / "clauses.yaml"
    try:
        content = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
    except (OSError, yaml.YAMLError):
        return frozenset()
    return frozenset(str(c["number"]) for c in content.get("clauses") or [] if "number" in c)


def _clauses(value: Any) -> list[str] | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return [part.strip() for part in str(value).split(",") if part.strip()]
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return [str(v).strip() for v in value]
    return None


def load_pack(path: str | Path) -> Pack:
    """Load and validate the pack in folder ``path`` (or its ``manifest.yaml``).

    Raises :class:`PackError` listing every problem found (unknown keys, severities, profiles, kinds
    or clauses; missing or misnamed files; duplicate rule ids; SPARQL that does not parse or does
    not select ``?focus``; Python files without a ``check`` function), each with file:line:column.
    """
    path = Path(path)
    manifest = path if path.is_file() else path / "manifest.yaml"
    folder = manifest.parent
    try:
        text = manifest.read_text(encoding="utf-8")
    except OSError as exc:
        problem = ManifestProblem(str(manifest), None, None, f"cannot read: {exc.strerror}")
        raise PackError([problem]) from exc
    try:
        loader = _LOADER(text)  # one parse: the node tree gives positions, then the data
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise PackError(
            [ManifestProblem(str(manifest), line, column, f"not valid YAML: {exc}")]
        ) from exc
    problems = _Problems(manifest, _Marks(root))
    if not isinstance(data, dict):
        problems.add((), "a manifest is a mapping with pack, title, version and rules")
        raise PackError(problems.items)

    for key in data:
        if key not in _PACK_KEYS:
            problems.add(
                ("<key>", key), f"unknown key {key!r}; expected one of {sorted(_PACK_KEYS)}"
            )
    pack_id = data.get("pack")
    if not isinstance(pack_id, str) or not _RULE_ID.match(pack_id):
        problems.add(("pack",), "'pack' must be an identifier such as 'ysuppl98'")
    for key in ("title", "version"):
        if not isinstance(data.get(key), str | int | float) or data.get(key) in ("", None):
            problems.add((key,), f"'{key}' is required and must be text")
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        problems.add(("rules",), "'rules' must be a non-empty list")
        raise PackError(problems.items)

    known = _known_clauses()
    seen: dict[str, int] = {}
    rules: list[Rule] = []
    modules: dict[Path, Any] = {}
    for index, raw in enumerate(raw_rules):
        rule = _rule(raw, index, str(pack_id), folder, known, seen, modules, problems)
        if rule is not None:
            rules.append(rule)
    if problems.items:
        raise PackError(problems.items)
    return Pack(
        id=str(pack_id),
        title=str(data["title"]),
        version=str(data["version"]),
        path=folder,
        rules=tuple(rules),
        description=data.get("description"),
    )


def _rule(
    raw: Any,
    index: int,
    pack_id: str,
    folder: Path,
    known_clauses: frozenset[str],
    seen: dict[str, int],
    modules: dict[Path, Any],
    problems: _Problems,
) -> Rule | None:
    """Validate one rule entry; report its problems and return it when it is usable."""
    at = ("rules", index)
    if not isinstance(raw, dict):
        problems.add(at, f"rule #{index + 1} must be a mapping")
        return None
    before = len(problems.items)
    label = f"rule {raw.get('id')!r}" if isinstance(raw.get("id"), str) else f"rule #{index + 1}"
    for key in raw:
        if key not in _RULE_KEYS:
            problems.add((*at, "<key>", key), f"{label}: unknown key {key!r}")
    for key in _REQUIRED_RULE_KEYS:
        if key not in raw:
            problems.add(at, f"{label}: missing required key {key!r}")

    rule_id = raw.get("id")
    if "id" in raw:
        if not isinstance(rule_id, str) or not _RULE_ID.match(rule_id):
            problems.add(
                (*at, "id"), f"{label}: id must start with a letter and use A-Z a-z 0-9 . _ -"
            )
        elif rule_id in seen:
            problems.add(
                (*at, "id"), f"duplicate rule id {rule_id!r} (first used by rule #{seen[rule_id]})"
            )
        else:
            seen[rule_id] = index + 1

    clauses = _clauses(raw.get("clause"))
    if "clause" in raw:
        if not clauses:
            problems.add((*at, "clause"), f"{label}: clause must list Y Suppl. 98 clause numbers")
        else:
            for number in clauses:
                if not _CLAUSE.match(number):
                    problems.add((*at, "clause"), f"{label}: {number!r} is not a clause number")
                elif known_clauses and number not in known_clauses:
                    problems.add((*at, "clause"), f"{label}: Y Suppl. 98 has no clause {number}")

    severity = None
    if "severity" in raw:
        try:
            severity = Severity.parse(str(raw["severity"]))
        except ValueError:
            problems.add(
                (*at, "severity"),
                f"{label}: unknown severity {raw['severity']!r}; expected info, warning or error",
            )

    for key in ("title", "rationale"):
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            problems.add((*at, key), f"{label}: {key} must be non-empty text")
    if "message" in raw and not isinstance(raw["message"], str):
        problems.add((*at, "message"), f"{label}: message must be text")

    profiles = raw.get("profiles")
    if isinstance(profiles, str):
        profiles = [profiles]
    if "profiles" in raw:
        if not isinstance(profiles, list) or not profiles:
            problems.add((*at, "profiles"), f"{label}: profiles must be a list")
            profiles = []
        for profile in profiles:
            if profile != ALL_PROFILES and profile not in PROFILES:
                problems.add(
                    (*at, "profiles"),
                    f"{label}: unknown profile {profile!r}; expected all or one of "
                    f"{', '.join(PROFILES)}",
                )

    kind = raw.get("kind")
    if "kind" in raw and kind not in RULE_KINDS:
        problems.add((*at, "kind"), f"{label}: unknown kind {kind!r}; expected sparql or python")
        kind = None

    file = None
    query = None
    check = None
    if isinstance(raw.get("file"), str) and kind in RULE_KINDS:
        file = (folder / raw["file"]).resolve()
        if not file.is_relative_to(folder.resolve()):
            problems.add((*at, "file"), f"{label}: file {raw['file']!r} lies outside the pack")
        elif not file.is_file():
            problems.add((*at, "file"), f"{label}: file {raw['file']!r} not found in {folder}")
        elif file.suffix != RULE_KINDS[kind]:
            problems.add(
                (*at, "file"), f"{label}: a {kind} rule's file must end in {RULE_KINDS[kind]}"
            )
        elif kind == "sparql":
            query, error = _load_query(file)
            if error:
                problems.add((*at, "file"), f"{label}: {raw['file']}: {error}")
        else:
            check, error = _load_check(file, pack_id, modules)
            if error:
                problems.add((*at, "file"), f"{label}: {raw['file']}: {error}")
    elif "file" in raw:
        problems.add((*at, "file"), f"{label}: file must be a path relative to the pack")

    if len(problems.items) > before or severity is None or file is None:
        return None
    return Rule(
        id=rule_id,
        clause=tuple(clauses or ()),
        severity=severity,
        title=raw["title"].strip(),
        rationale=" ".join(raw["rationale"].split()),
        profiles=frozenset(profiles or ()),
        kind=kind,
        file=file,
        pack=pack_id,
        message=raw.get("message"),
        defined_at=_where(problems, at),
        query=query,
        check=check,
    )


def _where(problems: _Problems, at: tuple) -> str:
    line, _ = problems.marks.at(*at)
    return f"{problems.file}:{line}" if line else problems.file


def _load_query(file: Path) -> tuple[str | None, str | None]:
    """The query text, or an error if it does not parse or does not SELECT ``?focus``."""
    import pyoxigraph

    text = file.read_text(encoding="utf-8")
    try:
        result = pyoxigraph.Store().query(text)
    except SyntaxError as exc:
        return None, f"SPARQL syntax error: {exc}"
    variables = getattr(result, "variables", None)
    if variables is None:
        return None, "only SELECT queries can be rules"
    if "focus" not in {v.value for v in variables}:
        return None, "the query must SELECT ?focus (the offending element's IRI)"
    return text, None


def _load_check(file: Path, pack_id: str, modules: dict[Path, Any]) -> tuple[Any, str | None]:
    """``check`` from a rule file, imported by path (never as a package: see DESIGN.md)."""
    module = modules.get(file)
    if module is None:
        name = "qnetspec_rulepack_" + re.sub(r"\W", "_", f"{pack_id}_{file.stem}")
        spec = importlib.util.spec_from_file_location(name, file)
        if spec is None or spec.loader is None:
            return None, "cannot be imported"
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as exc:  # a broken third-party file is a pack problem, not a crash
            return None, f"import failed: {type(exc).__name__}: {exc}"
        modules[file] = module
    check = getattr(module, "check", None)
    if not callable(check):
        return None, "defines no function check(description, graphs)"
    return check, None
