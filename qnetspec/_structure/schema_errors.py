"""Turning jsonschema's errors for one element into findings a person can act on.

jsonschema reports a bad nullable slot as "is not valid under any of the given schemas" (every
optional slot is ``anyOf: [X, null]``); we descend into the branch that applies, so the message
names the field and what it should be. Unknown fields get a "did you mean" and, when another
kind has that field, the kind it belongs to.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qnetspec._structure.words import (
    did_you_mean,
    expected_words,
    name_list,
    value_words,
)
from qnetspec.document import pointer
from qnetspec.load.pointers import split_pointer

if TYPE_CHECKING:  # jsonschema is imported only when an element needs explaining
    from jsonschema.exceptions import ValidationError

SCHEMA = "QNS-SCHEMA"
UNKNOWN_FIELD = "QNS-UNKNOWN-FIELD"
VALUE = "QNS-VALUE"


@dataclass(frozen=True)
class Problem:
    """A finding before it is located: rule, pointer, message, the class/slot for its clause."""

    rule_id: str
    pointer: str
    message: str
    class_name: str | None
    slot: str | None = None
    suggestion: str | None = None


def _field_name(path: str) -> str:
    tokens = split_pointer(path)
    if not tokens:
        return "the element"
    if tokens[-1].isdigit() and len(tokens) > 1:
        return f"{tokens[-2]}[{tokens[-1]}]"
    return tokens[-1]


def _slot_of(path: str) -> str | None:
    for token in reversed(split_pointer(path)):
        if not token.isdigit():
            return token
    return None


def explain(
    error: ValidationError,
    base: str,
    class_name: str,
    owners: Callable[[str], list[str]],
) -> Iterator[Problem]:
    """Problems for one jsonschema error of an element at pointer ``base`` of class ``class_name``.

    ``owners(field)`` names the other kinds that do have ``field`` (for unknown fields of nodes).
    """
    path = base + pointer(*error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    owner = schema.get("title") if isinstance(schema.get("title"), str) else None
    owner = owner if owner and owner[:1].isupper() else class_name
    validator = error.validator
    instance = error.instance

    if validator == "anyOf":
        yield from _explain_any_of(error, base, class_name, owners)
        return
    if validator == "additionalProperties" and isinstance(instance, dict):
        known = list(schema.get("properties", {}))
        for key in instance:
            if key in known:
                continue
            hint, best = did_you_mean(key, known)
            elsewhere = [k for k in owners(key) if k != owner] if not hint else []
            if elsewhere:
                hint = f"; it is a field of {name_list(elsewhere, 4)}, not of {owner}"
            yield Problem(
                UNKNOWN_FIELD,
                path + pointer(key),
                f"unknown field {key!r} for {owner}{hint}",
                owner,
                None,
                best,
            )
        return
    if validator == "required":
        for key in error.validator_value:
            if isinstance(instance, dict) and key not in instance:
                yield Problem(
                    SCHEMA,
                    path,
                    f"{owner} needs the field {key!r}, which is missing",
                    owner,
                    key,
                )
        return
    field = _field_name(path)
    slot = _slot_of(path)
    if validator == "type":
        yield Problem(
            SCHEMA,
            path,
            f"{field} must be {expected_words(error.validator_value)}, not {value_words(instance)}",
            class_name,
            slot,
        )
    elif validator in ("enum", "const"):
        allowed = error.validator_value if validator == "enum" else [error.validator_value]
        hint, best = did_you_mean(instance, [a for a in allowed if isinstance(a, str)])
        yield Problem(
            SCHEMA,
            path,
            f"{field} is {value_words(instance)}, which is not one of the allowed values "
            f"({name_list(str(a) for a in allowed)}){hint}",
            class_name,
            slot,
            best,
        )
    elif validator in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        yield Problem(
            VALUE,
            path,
            _range_message(field, instance, validator, error.validator_value),
            class_name,
            slot,
        )
    elif validator in ("minItems", "maxItems"):
        low = schema.get("minItems")
        high = schema.get("maxItems")
        size = len(instance) if isinstance(instance, list) else 0
        wanted = (
            f"exactly {low}"
            if low == high and low is not None
            else (f"at least {low}" if validator == "minItems" else f"at most {high}")
        )
        yield Problem(
            SCHEMA, path, f"{field} must list {wanted} items, not {size}", class_name, slot
        )
    else:
        yield Problem(SCHEMA, path, f"{field}: {error.message}", class_name, slot)


def _range_message(field: str, value: Any, validator: str, bound: Any) -> str:
    if validator == "minimum" and bound == 0:
        return (
            f"{field} cannot be negative (it is {value!r}); a physical quantity here is at least 0"
        )
    words = {
        "minimum": f"at least {bound}",
        "exclusiveMinimum": f"more than {bound}",
        "maximum": f"at most {bound}",
        "exclusiveMaximum": f"less than {bound}",
    }[validator]
    return f"{field} must be {words} (it is {value!r})"


def _explain_any_of(
    error: ValidationError, base: str, class_name: str, owners: Callable[[str], list[str]]
) -> Iterator[Problem]:
    """Descend into the one branch of ``anyOf`` that is not just ``null``, when there is one."""
    branches = error.validator_value if isinstance(error.validator_value, list) else []
    real = [
        i for i, b in enumerate(branches) if not (isinstance(b, dict) and b.get("type") == "null")
    ]
    if len(real) == 1:
        chosen = [
            c
            for c in error.context or []
            if c.relative_schema_path and c.relative_schema_path[0] == real[0]
        ]
        if chosen:
            for child in chosen:
                yield from explain(child, base, class_name, owners)
            return
    path = base + pointer(*error.absolute_path)
    yield Problem(
        SCHEMA,
        path,
        f"{_field_name(path)} is {value_words(error.instance)}, "
        "which fits none of its allowed forms",
        class_name,
        _slot_of(path),
    )


def non_finite(value: Any, path: str) -> Iterator[str]:
    """Pointers of every NaN or infinite number inside ``value`` (JSON Schema lets NaN through)."""
    stack = [(value, path)]
    while stack:
        node, where = stack.pop()
        if type(node) is float:
            if not math.isfinite(node):
                yield where
        elif isinstance(node, dict):
            stack.extend((v, where + pointer(k)) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, f"{where}/{i}") for i, v in enumerate(node))
