"""Shared input checks and output shaping for the reference physics modules.

Every public function accepts floats or array-likes and returns a float for scalar input or an
``np.ndarray`` otherwise; bad physical inputs (negative lengths, probabilities outside [0, 1])
raise ``ValueError`` naming the offending argument, so a wrong claim fails loudly instead of
quietly producing ``nan``.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


def as_array(x: npt.ArrayLike, name: str) -> np.ndarray:
    """Convert ``x`` to a float array, rejecting non-finite values."""
    arr = np.asarray(x, dtype=float)
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} must be finite, got {x!r}")
    return arr


def nonnegative(x: npt.ArrayLike, name: str) -> np.ndarray:
    """Return ``x`` as an array, raising ``ValueError`` if any entry is negative."""
    arr = as_array(x, name)
    if np.any(arr < 0):
        raise ValueError(f"{name} must be non-negative, got {x!r}")
    return arr


def positive(x: npt.ArrayLike, name: str) -> np.ndarray:
    """Return ``x`` as an array, raising ``ValueError`` unless every entry is > 0."""
    arr = as_array(x, name)
    if np.any(arr <= 0):
        raise ValueError(f"{name} must be positive, got {x!r}")
    return arr


def in_range(x: npt.ArrayLike, name: str, low: float, high: float) -> np.ndarray:
    """Return ``x`` as an array, raising ``ValueError`` if any entry leaves [low, high]."""
    arr = as_array(x, name)
    if np.any(arr < low) or np.any(arr > high):
        raise ValueError(f"{name} must lie in [{low}, {high}], got {x!r}")
    return arr


def probability(x: npt.ArrayLike, name: str) -> np.ndarray:
    """Return ``x`` as an array, raising ``ValueError`` if any entry leaves [0, 1]."""
    return in_range(x, name, 0.0, 1.0)


def out(x: np.ndarray) -> np.ndarray | float:
    """Return a Python float for 0-d results and the array itself otherwise."""
    arr = np.asarray(x)
    if arr.ndim == 0:
        return float(arr)
    return arr
