"""A JSON Schema subset compiled to Python source that only says "valid" or "look closer".

Why: ``jsonschema`` needs tens of microseconds per element of our schema (every optional slot is
an ``anyOf`` with null), so 50k elements and inline objects would take seconds. Almost every
element of a real description is valid, so each ``$def`` is compiled once into a generated Python
function (the approach of fastjsonschema, which is not a dependency here) that answers *is this
certainly valid?* in about a microsecond; only the elements it rejects go to ``jsonschema`` for its
detailed errors. The generated code is conservative: an unsupported keyword, a float where an
integer is expected or a non-finite number makes it answer "no", never a false "yes", so the
findings are exactly jsonschema's (plus our own non-finite check).

Supported: ``type``, ``enum``, ``const``, ``$ref`` (to ``#/$defs/...``), ``anyOf``, ``properties``,
``additionalProperties``, ``required``, ``items``, ``minItems``, ``maxItems``, ``minimum``,
``maximum``, ``exclusiveMinimum``, ``exclusiveMaximum``; annotations are ignored.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

_ANNOTATIONS = frozenset(
    {"description", "title", "$id", "$schema", "metamodel_version", "version", "$defs", "$comment"}
)
_SUPPORTED = _ANNOTATIONS | {
    "type",
    "enum",
    "const",
    "$ref",
    "anyOf",
    "properties",
    "additionalProperties",
    "required",
    "items",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
}
_OBJECT_KEYWORDS = frozenset({"properties", "additionalProperties", "required"})
_BOUNDS = {"minimum": ">=", "maximum": "<=", "exclusiveMinimum": ">", "exclusiveMaximum": "<"}
_SAFE_NAME = re.compile(r"[^0-9A-Za-z_]")


def _never(_: Any) -> bool:
    return False


class Compiler:
    """Generates and compiles checkers for the ``$defs`` of one root schema.

    Each ``$def`` that is an object becomes a function ``_d_<name>``; ``$ref`` compiles to a call,
    so recursive schemas work. Functions are generated on first use and cached.
    """

    def __init__(self, root: dict[str, Any]) -> None:
        self._defs: dict[str, Any] = root.get("$defs", {})
        self._namespace: dict[str, Any] = {"isfinite": math.isfinite, "_M": object()}
        self._functions: dict[str, str] = {}  # def name -> function name
        self._pending: list[tuple[str, Any]] = []
        self._constants = 0
        self._counter = 0

    def definition(self, name: str) -> Check:
        """The checker for ``#/$defs/<name>``."""
        if name not in self._defs:
            return _never
        return self._namespace[self._function_for(name)] if self._build(name) else _never

    def compile(self, schema: Any) -> Check:
        """A checker for an arbitrary schema of this root (``$ref``s resolve into ``$defs``)."""
        self._counter += 1
        fname = f"_anon_{self._counter}"
        self._emit(fname, schema)
        self._flush()
        return self._namespace[fname]

    # -- generation ---------------------------------------------------------------------------

    def _build(self, name: str) -> bool:
        self._function_for(name)
        self._flush()
        return True

    def _function_for(self, name: str) -> str:
        fname = self._functions.get(name)
        if fname is None:
            fname = "_d_" + _SAFE_NAME.sub("_", name) + f"_{len(self._functions)}"
            self._functions[name] = fname
            self._pending.append((fname, self._defs[name]))
        return fname

    def _flush(self) -> None:
        while self._pending:
            fname, schema = self._pending.pop()
            self._emit(fname, schema)

    def _emit(self, fname: str, schema: Any) -> None:
        lines = [f"def {fname}(v):"]
        lines += ["    " + line for line in self._body(schema, "v")]
        lines.append("    return True")
        source = "\n".join(lines) + "\n"
        exec(compile(source, f"<qnetspec fastcheck {fname}>", "exec"), self._namespace)

    def _constant(self, value: Any) -> str:
        self._constants += 1
        name = f"_c{self._constants}"
        self._namespace[name] = value
        return name

    def _body(self, schema: Any, var: str) -> list[str]:
        """Statements that ``return False`` unless ``var`` certainly satisfies ``schema``."""
        if schema is True or schema == {}:
            return []
        if not isinstance(schema, dict) or not set(schema) <= _SUPPORTED:
            return ["return False"]
        lines: list[str] = []
        expression = self._expression(
            {k: v for k, v in schema.items() if k not in _OBJECT_KEYWORDS}, var
        )
        if expression != "True":
            lines.append(f"if not ({expression}): return False")
        if _OBJECT_KEYWORDS & set(schema):
            lines += self._object(schema, var)
        return lines

    def _expression(self, schema: Any, var: str) -> str:
        """A Python expression true only when ``var`` certainly satisfies ``schema``."""
        if schema is True or schema == {}:
            return "True"
        if not isinstance(schema, dict) or not set(schema) <= _SUPPORTED:
            return "False"
        if _OBJECT_KEYWORDS & set(schema):
            # An inline object schema: give it a function of its own.
            self._counter += 1
            fname = f"_obj_{self._counter}"
            self._pending.append((fname, schema))
            return f"{fname}({var})"
        parts: list[str] = []
        if "$ref" in schema:
            ref = schema["$ref"]
            name = ref[len("#/$defs/") :] if ref.startswith("#/$defs/") else None
            if name is None or name not in self._defs:
                return "False"
            target = self._defs[name]
            if isinstance(target, dict) and not (_OBJECT_KEYWORDS & set(target)):
                parts.append(self._expression(target, var))  # enums and scalars: inline
            else:
                parts.append(f"{self._function_for(name)}({var})")
        if "type" in schema:
            parts.append(self._types(schema, var))
        elif any(k in schema for k in _BOUNDS):
            parts.append(self._bounds(schema, var, numeric_only=False))
        if "enum" in schema or "const" in schema:
            values = schema["enum"] if "enum" in schema else [schema["const"]]
            if not all(type(v) is str for v in values):
                return "False"  # mixed-type enums: leave 1 == 1.0 == True to jsonschema
            parts.append(f"(type({var}) is str and {var} in {self._constant(frozenset(values))})")
        if "anyOf" in schema:
            branches = [self._expression(b, var) for b in schema["anyOf"]]
            parts.append("(" + " or ".join(branches) + ")")
        if "items" in schema or "minItems" in schema or "maxItems" in schema:
            parts.append(self._array(schema, var))
        parts = [p for p in parts if p != "True"]
        if not parts:
            return "True"
        return "(" + " and ".join(parts) + ")"

    def _types(self, schema: dict[str, Any], var: str) -> str:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        alternatives = []
        bounded = any(k in schema for k in _BOUNDS)
        for name in names:
            if name == "string":
                alternatives.append(f"type({var}) is str")
            elif name == "null":
                alternatives.append(f"{var} is None")
            elif name == "boolean":
                alternatives.append(f"type({var}) is bool")
            elif name == "object":
                alternatives.append(f"type({var}) is dict")
            elif name == "array":
                alternatives.append(f"type({var}) is list")
            elif name in ("integer", "number"):
                bound = self._bounds(schema, var, numeric_only=True) if bounded else ""
                tail = f" and {bound}" if bound else ""
                alternatives.append(f"(type({var}) is int{tail})")
                if name == "number":
                    alternatives.append(f"(type({var}) is float and isfinite({var}){tail})")
            else:
                return "False"
        if bounded and not any(n in ("integer", "number") for n in names):
            pass  # bounds only constrain numbers, and none is allowed here
        return "(" + " or ".join(alternatives) + ")"

    def _bounds(self, schema: dict[str, Any], var: str, numeric_only: bool) -> str:
        tests = [
            f"{var} {op} {schema[key]!r}"
            for key, op in _BOUNDS.items()
            if key in schema and isinstance(schema[key], int | float)
        ]
        if numeric_only:
            return " and ".join(tests)
        number = f"(type({var}) is int or (type({var}) is float and isfinite({var})))"
        is_num = f"(type({var}) is int or type({var}) is float)"
        return f"(not {is_num} or ({number} and {' and '.join(tests) or 'True'}))"

    def _array(self, schema: dict[str, Any], var: str) -> str:
        tests: list[str] = []
        if "minItems" in schema:
            tests.append(f"len({var}) >= {int(schema['minItems'])}")
        if "maxItems" in schema:
            tests.append(f"len({var}) <= {int(schema['maxItems'])}")
        fixed = schema.get("minItems")
        if "items" in schema and fixed == schema.get("maxItems") and fixed in range(1, 5):
            # Pairs (endpoints: 50k of them at 10k nodes) are unrolled: a generator in all() costs
            # more than the checks themselves.
            items = [self._expression(schema["items"], f"{var}[{i}]") for i in range(fixed)]
            tests = [f"len({var}) == {fixed}", *(t for t in items if t != "True")]
        elif "items" in schema:
            self._counter += 1
            item = f"_i{self._counter}"
            inner = self._expression(schema["items"], item)
            if inner != "True":
                tests.append(f"all({inner} for {item} in {var})")
        if not tests:
            return "True"
        return f"(type({var}) is not list or ({' and '.join(tests)}))"

    def _object(self, schema: dict[str, Any], var: str) -> list[str]:
        props: dict[str, Any] = schema.get("properties", {})
        required = schema.get("required", [])
        additional = schema.get("additionalProperties", True)
        lines = [f"if type({var}) is dict:"]
        body: list[str] = []
        if required:
            body.append(
                f"if not {self._constant(frozenset(required))} <= {var}.keys(): return False"
            )
        if additional is False:
            body.append(
                f"if not {self._constant(frozenset(props))}.issuperset({var}): return False"
            )
        elif additional is not True:
            return ["return False"]  # schema-valued additionalProperties: not needed, not supported
        # Properties with the same check share one branch; each present key costs one dict lookup.
        groups: dict[str, int] = {}
        key_group: dict[str, int] = {}
        for key, sub in props.items():
            expression = self._expression(sub, "x")
            if expression != "True":
                key_group[key] = groups.setdefault(expression, len(groups))
        if groups:
            table = self._constant(key_group)
            body.append(f"t = {table}.get")
            body.append(f"for k, x in {var}.items():")
            body.append("    n = t(k)")
            body.append("    if n is None: continue")
            for expression, number in groups.items():
                keyword = "if" if number == 0 else "elif"
                body.append(f"    {keyword} n == {number}:")
                body.append(f"        if not {expression}: return False")
        lines += ["    " + line for line in body]
        return lines
