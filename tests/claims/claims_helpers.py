"""Shared helpers for the claims tests: fixture descriptions under ``data/`` and inline ones.

A plain module (imported by name, like tests/sim/qubit_numerics.py) rather than a conftest, so the
tests can import its helpers without making ``tests`` a package.
"""

from __future__ import annotations

from pathlib import Path

from qnetspec.document import Document
from qnetspec.load import load_document, load_text

DATA = Path(__file__).parent / "data"


def load(name: str) -> Document:
    """A fixture description from ``tests/claims/data``."""
    return load_document(DATA / name)


def from_yaml(text: str, path: str = "inline.yaml") -> Document:
    """A description written inline in a test."""
    return load_text(text, path)
