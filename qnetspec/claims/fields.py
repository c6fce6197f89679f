"""Reading numbers out of a description as written, never trusting them to be well formed.

Why: the claims stage runs on descriptions that may have failed the structure check (a string where
a number belongs, a probability of 1.7, a missing block). Every read goes through here, so odd input
turns into a stated assumption instead of an exception, and the model only ever sees usable numbers.
"""

from __future__ import annotations

import math
from typing import Any

from qnetspec.claims.defaults import DEFAULTS, Assumptions


def as_dict(value: Any) -> dict:
    """``value`` if it is a mapping, else an empty one (a missing or malformed block)."""
    return value if isinstance(value, dict) else {}


def number_or_none(value: Any) -> float | None:
    """A finite float for an int/float (not a bool), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _fmt(value: float | str) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def read_number(
    container: Any,
    key: str,
    *,
    default_key: str,
    what: str,
    owner: str,
    log: Assumptions,
    low: float = 0.0,
    high: float = math.inf,
    low_open: bool = False,
) -> float:
    """The number at ``container[key]`` if usable, else the default ``default_key`` (noted).

    Usable means finite, numeric and within ``[low, high]`` (``(low, high]`` with ``low_open``).
    """
    default = DEFAULTS[default_key]
    unit = f" {default.unit}" if default.unit and default.unit not in ("per window",) else ""
    raw = as_dict(container).get(key)
    if raw is None:
        log.note(f"{what} not given for {owner}: assumed {_fmt(default.value)}{unit}")
        return float(default.value)
    number = number_or_none(raw)
    too_low = number is not None and (number <= low if low_open else number < low)
    if number is None or too_low or number > high:
        bracket = "(" if low_open else "["
        log.note(
            f"{what} of {owner} is {raw!r}, not a number in {bracket}{low:g}, {high:g}]: "
            f"assumed {_fmt(default.value)}{unit} instead"
        )
        return float(default.value)
    return number


def declared_number(
    container: Any, key: str, low: float = 0.0, high: float = math.inf
) -> float | None:
    """The number at ``container[key]`` if present and within range, else None (no note)."""
    number = number_or_none(as_dict(container).get(key))
    if number is None or number < low or number > high:
        return None
    return number
