"""The built-in conformance rules as the coverage command sees them.

``qnetspec coverage`` imports exactly :func:`builtin_rule_clauses` from here; the rules themselves
are data in ``validators/`` and the engine is :mod:`qnetspec.conformance`.
"""

from __future__ import annotations

from qnetspec.conformance import builtin_packs, builtin_rule_clauses

__all__ = ["builtin_packs", "builtin_rule_clauses"]
