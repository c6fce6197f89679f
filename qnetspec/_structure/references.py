"""References between elements: each must name an element of the right class; ids are unique.

None of LinkML's validator, JSON Schema or pydantic checks this for a description: to them a
reference is a string. A dangling endpoint, a router "joining" a node instead of a domain, or two
elements sharing an id would pass them and then mislead every later stage (the topology, the
RDF graph where equal ids become one subject, the simulator).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from qnetspec._structure.schema_errors import Problem
from qnetspec._structure.schema_facts import REFERENCE_RANGES, SELF_LOOP_CLASSES, Collections
from qnetspec._structure.words import did_you_mean, name_list

REF = "QNS-REF"
DUPLICATE_ID = "QNS-DUPLICATE-ID"
SELF_LOOP = "QNS-SELF-LOOP"
_MAX_SUGGESTIONS = 50  # difflib over thousands of ids is slow; suggest for the first few only

_LIST_WORDS = {
    "nodes": "node",
    "links": "link",
    "classical_channels": "classical channel",
    "domains": "domain",
    "management": "management element",
    "entanglement_identifiers": "entanglement identifier",
    "service_requests": "service request",
    "claims": "claim",
}


# An element of a top-level list: (collection, index, class name or None for an unknown kind,
# data). A plain tuple: there is one per element, tens of thousands, and it must cost nothing.
Element = tuple[str, int, str | None, dict[str, Any]]
_MISSING = object()


def element_pointer(element: Element) -> str:
    return f"/{element[0]}/{element[1]}"


def element_words(element: Element) -> str:
    """``link 'l1'`` (or ``link #3`` when it has no usable id)."""
    noun = _LIST_WORDS.get(element[0], "element")
    ident = element[3].get("id")
    return f"{noun} {ident!r}" if isinstance(ident, str) else f"{noun} #{element[1]}"


def _range_words(names: tuple[str, ...], accepted: frozenset[Any]) -> str:
    concrete = {c for c in accepted if c is not None}
    words = {
        "Component": "a node",
        "ManagementElement": "a management element",
        "NetworkElement": "a node, classical channel, domain or management element",
    }
    text = " or ".join(words.get(n, f"a {n}") for n in names)
    if names != ("NetworkElement",) and set(names) != concrete and len(concrete) <= 8:
        text += f" ({name_list(concrete, 8)})"
    return text


def _reference_slots(
    cls: str, collections: Collections, has_slot: Callable[[str, str], bool]
) -> list[tuple[str, tuple[str, ...], frozenset[str]]]:
    """(slot, allowed class names, allowed concrete classes) for each reference slot of ``cls``."""
    slots = {
        slot
        for (owner, slot) in REFERENCE_RANGES
        if owner == cls or (owner == "*" and has_slot(cls, slot))
    }
    result = []
    for slot in sorted(slots):
        allowed = REFERENCE_RANGES.get((cls, slot)) or REFERENCE_RANGES[("*", slot)]
        concrete = frozenset().union(*(collections.concrete(a) for a in allowed))
        # None: an element whose kind is unknown; its own finding says so, references to it pass.
        result.append((slot, allowed, concrete | {None}))
    return result


def check_references(
    elements: list[Element],
    collections: Collections,
    first_line: Callable[[str], int | None],
    has_slot: Callable[[str, str], bool],
) -> Iterator[Problem]:
    """Duplicate ids, dangling or wrong-class references and self-loops among ``elements``.

    ``first_line(pointer)`` gives the line of an earlier occurrence, for duplicate-id messages;
    ``has_slot(class, slot)`` says whether a class has a slot (so ``domain``, which every network
    element has, is not looked for on links).
    """
    if _certainly_sound(elements, collections, has_slot):
        return
    yield from _problems(elements, collections, first_line, has_slot)


def _certainly_sound(
    elements: list[Element], collections: Collections, has_slot: Callable[[str, str], bool]
) -> bool:
    """Whether the elements certainly have unique ids, good references and no self-loops.

    Why: the exact walk below costs a few microseconds per element (a 10k-node description has
    50k elements), yet almost every description is sound. Here each (class, slot) is answered at
    once with comprehensions and set inclusion; any doubt (a duplicate, a reference that does not
    resolve, a target that is not text) answers False and the exact walk finds and words the
    problems, in its own order.
    """
    ids = [element[3].get("id") for element in elements]
    named = [(ident, element[2]) for ident, element in zip(ids, elements, strict=True)]
    named = [(ident, cls) for ident, cls in named if type(ident) is str]
    if len({ident for ident, _ in named}) != len(named):
        return False  # a duplicate id
    ids_of: dict[str | None, list[str]] = {}
    items_of: dict[str, list[dict[str, Any]]] = {}
    for element in elements:
        cls = element[2]
        if cls is not None:
            items_of.setdefault(cls, []).append(element[3])
    for ident, cls in named:
        ids_of.setdefault(cls, []).append(ident)
    targets: dict[frozenset[Any], set[str]] = {}
    for cls, items in items_of.items():
        for slot, _allowed, accepted in _reference_slots(cls, collections, has_slot):
            valid = targets.get(accepted)
            if valid is None:
                valid = targets[accepted] = set().union(*(ids_of.get(c, ()) for c in accepted))
            if not _slot_sound([item.get(slot) for item in items], valid):
                return False
        if cls in SELF_LOOP_CLASSES and any(
            type(ends) is list and len(ends) == 2 and type(ends[0]) is str and ends[0] == ends[1]
            for ends in [item.get("endpoints") for item in items]
        ):
            return False
    return True


def _slot_sound(values: list[Any], valid: set[str]) -> bool:
    """Whether every text reference among ``values`` (text or lists of text) is in ``valid``."""
    names = [value for value in values if type(value) is str]
    listed = [target for value in values if type(value) is list for target in value]
    if any(type(target) is not str for target in listed):
        return False
    return valid.issuperset(names) and valid.issuperset(listed)


def _problems(
    elements: list[Element],
    collections: Collections,
    first_line: Callable[[str], int | None],
    has_slot: Callable[[str, str], bool],
) -> Iterator[Problem]:
    """The exact walk: every problem, in element order (see :func:`check_references`)."""
    by_id: dict[str, Element] = {}
    class_of: dict[str, str | None] = {}
    for element in elements:
        ident = element[3].get("id")
        if type(ident) is not str:
            continue
        first = by_id.get(ident)
        if first is None:
            by_id[ident] = element
            class_of[ident] = element[2]
            continue
        line = first_line(element_pointer(first))
        where = f" at line {line}" if line else ""
        yield Problem(
            DUPLICATE_ID,
            element_pointer(element) + "/id",
            f"id {ident!r} is already used by the {element_words(first)}{where} "
            f"({element_pointer(first)}); ids must be unique across the whole description",
            None,
        )

    suggestions = [_MAX_SUGGESTIONS]
    slots_by_class: dict[str, list[tuple[str, tuple[str, ...], frozenset[Any]]]] = {}
    lookup = class_of.get
    for element in elements:
        cls = element[2]
        if cls is None:
            continue
        ref_slots = slots_by_class.get(cls)
        if ref_slots is None:
            ref_slots = slots_by_class[cls] = _reference_slots(cls, collections, has_slot)
        data = element[3]
        for slot, allowed, accepted in ref_slots:
            value = data.get(slot)
            if value is None:
                continue
            if type(value) is list:
                for target in value:
                    if type(target) is not str or lookup(target, _MISSING) not in accepted:
                        yield from _bad_references(
                            element, slot, value, allowed, accepted, by_id, suggestions
                        )
                        break
            elif type(value) is str and lookup(value, _MISSING) not in accepted:
                yield from _bad_references(
                    element, slot, value, allowed, accepted, by_id, suggestions
                )
        if cls in SELF_LOOP_CLASSES:
            ends = data.get("endpoints")
            if (
                type(ends) is list
                and len(ends) == 2
                and type(ends[0]) is str
                and ends[0] == ends[1]
            ):
                yield Problem(
                    SELF_LOOP,
                    f"{element_pointer(element)}/endpoints",
                    f"{element_words(element)} joins {ends[0]!r} to itself; "
                    "its two endpoints must differ",
                    cls,
                    "endpoints",
                )


def _bad_references(
    element: Element,
    slot: str,
    value: Any,
    allowed: tuple[str, ...],
    accepted: frozenset[Any],
    by_id: dict[str, Element],
    suggestions: list[int],
) -> Iterator[Problem]:
    """Problems for the references under ``slot`` of ``element`` (the slow, rare path)."""
    cls = element[2]
    base = f"{element_pointer(element)}/{slot}"
    items = list(enumerate(value)) if type(value) is list else [(None, value)]
    for position, target in items:
        if type(target) is not str:
            continue  # the schema check reports the wrong type
        where = base if position is None else f"{base}/{position}"
        found = by_id.get(target)
        if found is None:
            hint, best = "", None
            if suggestions[0] > 0:
                suggestions[0] -= 1
                hint, best = did_you_mean(target, (k for k, e in by_id.items() if e[2] in accepted))
            yield Problem(
                REF,
                where,
                f"{slot} of {element_words(element)} names {target!r}, but no element of this "
                f"description has that id{hint}",
                cls,
                slot,
                best,
            )
        elif found[2] not in accepted:
            yield Problem(
                REF,
                where,
                f"{slot} of {element_words(element)} names {target!r}, which is of class "
                f"{found[2]}; it must name " + _range_words(allowed, accepted),
                cls,
                slot,
            )
