"""``qnetspec check``: the pipeline from description files to one conformance run.

load -> structure -> conformance rule packs -> migration stage -> claims (reference simulator).
Each stage returns findings as values; nothing is printed here, the report is built by the caller.
A file that cannot be read becomes a ``QNS-PARSE`` finding and marks the run as having unusable
input (exit 2); the other files are still checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qnetspec.document import Document, pointer
from qnetspec.errors import UsageError
from qnetspec.findings import Finding, Severity
from qnetspec.load.gc_pause import paused_gc
from qnetspec.report.model import FileResult, RuleInfo

if TYPE_CHECKING:
    from qnetspec.conformance.sparql_answers import ForkedAnswers
    from qnetspec.topology import Topology

DESCRIPTION_SUFFIXES = (".yaml", ".yml", ".json", ".ttl", ".jsonld", ".json-ld")
STAGE_RULE = "QNS-STAGE"
SKIPPED_RULE = "QNS-SKIPPED"


@dataclass(frozen=True)
class CheckOptions:
    """What to check and how strictly."""

    rule_dirs: tuple[Path, ...] = ()
    fail_on: Severity = Severity.ERROR
    simulate: bool = True
    # Whether a large description's SPARQL rules may run in a forked worker, on a second core,
    # while the rest of the check runs here (see qnetspec.conformance.sparql_answers).
    parallel: bool = True


@dataclass
class CheckRun:
    """Everything a report needs, plus whether some input was unusable."""

    results: list[FileResult]
    rules: list[RuleInfo]
    unusable_inputs: list[str] = field(default_factory=list)

    def exit_code(self, fail_on: Severity) -> int:
        """0 conformant, 1 findings at or above ``fail_on``, 2 unusable input."""
        if self.unusable_inputs:
            return 2
        if any(result.at_least(fail_on) for result in self.results):
            return 1
        return 0


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Files named directly, plus description files found (recursively) in named folders.

    Hidden files and folders are skipped inside folders; a file named directly is always checked.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.name.lower().endswith(DESCRIPTION_SUFFIXES)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise UsageError(f"{path}: no description files (*.yaml, *.json, *.ttl, *.jsonld)")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder")
    return files


def structural_rules() -> list[RuleInfo]:
    """The rules of the built-in stages (parse, structure, stage, claims), for the reports."""
    from qnetspec.structure import STRUCTURE_RULES

    rules = list(STRUCTURE_RULES)
    rules.append(
        RuleInfo(
            STAGE_RULE,
            "9.1, 9.2",
            Severity.INFO,
            "Migration stage of the description",
            "Names the stage (trusted relaying, measurement-assisted relaying, fully quantum "
            "networking or a hybrid) each service path is in, why, and what would move it on.",
        )
    )
    rules.append(
        RuleInfo(
            SKIPPED_RULE,
            "5",
            Severity.INFO,
            "Later stages skipped",
            "Conformance rules and claims need a structurally sound description; they are run "
            "once the structural errors are fixed.",
        )
    )
    from qnetspec.claims import CLAIM_RULES

    rules.extend(CLAIM_RULES)
    return rules


def _pack_rules(packs: Iterable) -> list[RuleInfo]:
    return [
        RuleInfo(rule.id, ", ".join(rule.clause), rule.severity, rule.title, rule.rationale)
        for pack in packs
        for rule in pack.rules
    ]


def load_packs(rule_dirs: Sequence[Path]) -> tuple:
    """The built-in pack plus third-party packs from ``rule_dirs`` (validated; PackError if bad,
    including a rule id that two packs define, found here rather than midway through a run)."""
    from qnetspec.conformance import builtin_packs, load_pack, select_rules

    packs = (*builtin_packs(), *(load_pack(Path(d)) for d in rule_dirs))
    select_rules(packs, None)
    return packs


def _stage_finding(
    document: Document, topology: Topology
) -> tuple[Finding | None, str | None, str | None]:
    from qnetspec.conformance.stage import classify

    report = classify(document.data, topology)
    if report.stage is None:
        return None, None, report.reason
    message = f"migration stage: {report.stage.value}; {report.reason}"
    if report.next_steps:
        message += " Next: " + "; ".join(report.next_steps)
    finding = Finding(
        rule_id=STAGE_RULE,
        severity=Severity.INFO,
        message=message,
        location=document.locate(pointer("profile")),
        clause="9.1, 9.2",
        title="Migration stage of the description",
        properties=report.as_dict(),
    )
    return finding, report.stage.value, report.reason


def check_document(
    document: Document, packs: tuple, options: CheckOptions, worker: ForkedAnswers | None = None
) -> FileResult:
    """All findings for one loaded description.

    The cyclic garbage collector is paused up to the claims: a 10k-node description is about a
    million live objects that every full collection would walk again, and nothing built before the
    simulator runs makes reference cycles worth collecting (see ``qnetspec.load.gc_pause``).
    ``worker``: one already answering the SPARQL rules for this description (see
    :func:`check_paths`).
    """
    from qnetspec.conformance import PackRun
    from qnetspec.structure import check_structure
    from qnetspec.topology import Topology

    with paused_gc():
        # Started before the structure check, so that a worker's SPARQL rules overlap it.
        pack_run = PackRun(document, packs, may_fork=options.parallel, worker=worker)
        try:
            findings = list(check_structure(document))
            if any(f.severity >= Severity.ERROR for f in findings):
                findings.append(_skipped(document))
                return FileResult(document.path, tuple(findings))
            # One topology for the graph rules and the stage classifier: it caches paths.
            topology = Topology.build(document.data)
            findings.extend(pack_run.findings(topology))
        finally:
            pack_run.cancel()
        stage_finding, stage, reason = _stage_finding(document, topology)
    if stage_finding is not None:
        findings.append(stage_finding)
    if options.simulate:
        from qnetspec.claims import verify_claims

        claim_findings, _report = verify_claims(document)
        findings.extend(claim_findings)
    return FileResult(document.path, tuple(sorted(findings, key=Finding.sort_key)), stage, reason)


def _skipped(document: Document) -> Finding:
    return Finding(
        rule_id=SKIPPED_RULE,
        severity=Severity.INFO,
        message="conformance rules and claims were not run: fix structural errors first",
        location=document.locate(""),
        clause="5",
        title="Later stages skipped",
    )


def check_paths(paths: Sequence[str | Path], options: CheckOptions) -> CheckRun:
    """Check every description under ``paths``; raise UsageError for unusable arguments."""
    from qnetspec.load import DEFAULT_LIMITS, LoadError, load_bytes, read_bytes

    files = expand_paths(paths)
    packs = load_packs(options.rule_dirs)
    rules = structural_rules() + _pack_rules(packs)
    run = CheckRun(results=[], rules=rules)
    for path in files:
        worker = None
        try:
            raw = read_bytes(str(path), DEFAULT_LIMITS)
            worker = _start_worker(raw, str(path), packs, options)
            document = load_bytes(raw, str(path))
        except LoadError as exc:
            if worker is not None:
                worker.cancel()
            run.results.append(FileResult(str(path), (exc.to_finding(),)))
            run.unusable_inputs.append(str(path))
            continue
        run.results.append(check_document(document, packs, options, worker))
    return run


def _start_worker(
    raw: bytes, path: str, packs: tuple, options: CheckOptions
) -> ForkedAnswers | None:
    """For a large file, a forked worker that parses ``raw`` itself and answers the SPARQL rules.

    Forked before this process parses the file, so that the worker's parse overlaps ours and the
    two never share the parsed data (see :mod:`qnetspec.conformance.sparql_answers`).
    """
    from qnetspec.conformance import fork_worker
    from qnetspec.conformance.sparql_answers import FORK_MIN_BYTES
    from qnetspec.load import trusted_data

    if not options.parallel or len(raw) < FORK_MIN_BYTES:
        return None
    # The worker may skip the loader's checks: this process runs them on the same bytes and stops
    # the worker when they fail, so its answers are only used for data both parses agree on.
    return fork_worker(lambda: trusted_data(raw, path), packs)
