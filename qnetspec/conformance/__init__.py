"""Conformance rule packs: load them, run them over a description, say where each finding points.

The public surface the orchestrator (``qnetspec.check``) and the coverage command use; the pieces
live in small modules: :mod:`.manifest` (packs as validated data), :mod:`.scope` (what a query can
read), :mod:`.engine` (running rules), :mod:`.sparql_answers` (the SPARQL rules' answers, in this
process or a forked worker), :mod:`.stage` (migration-stage classification).
"""

from __future__ import annotations

from functools import lru_cache

from qnetspec.conformance.engine import (
    PackRun,
    RuleTiming,
    Timings,
    fork_worker,
    run_packs,
    select_rules,
)
from qnetspec.conformance.manifest import (
    ALL_PROFILES,
    PROFILES,
    ManifestProblem,
    Pack,
    PackError,
    Rule,
    load_pack,
)

BUILTIN_PACK = "ysuppl98"

__all__ = [
    "ALL_PROFILES",
    "BUILTIN_PACK",
    "PROFILES",
    "ManifestProblem",
    "Pack",
    "PackError",
    "PackRun",
    "Rule",
    "RuleTiming",
    "Timings",
    "builtin_packs",
    "builtin_rule_clauses",
    "fork_worker",
    "load_pack",
    "run_packs",
    "select_rules",
]


@lru_cache(maxsize=1)
def builtin_packs() -> tuple[Pack, ...]:
    """The packs shipped in ``validators/`` (loaded and validated once per process)."""
    from qnetspec import resources

    return (load_pack(resources.validators_dir() / BUILTIN_PACK),)


def builtin_rule_clauses() -> dict[str, list[str]]:
    """Rule id -> the Y Suppl. 98 clauses it cites, for the traceability matrix."""
    return {rule.id: list(rule.clause) for pack in builtin_packs() for rule in pack.rules}
