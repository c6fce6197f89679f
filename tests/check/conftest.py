"""Shared fixtures of the load/structure/report tests."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from check_helpers import VALID_YAML

from qnetspec.load import load_document
from qnetspec.structure import StructureChecker


@pytest.fixture(scope="session")
def checker() -> StructureChecker:
    """One compiled checker for the whole session, as the CLI uses one per process."""
    return StructureChecker()


@pytest.fixture(scope="session")
def _valid_data() -> dict[str, Any]:
    return load_document(VALID_YAML).data


@pytest.fixture
def valid_data(_valid_data: dict[str, Any]) -> dict[str, Any]:
    """A fresh deep copy of the valid fixture's data, free to mutate."""
    return copy.deepcopy(_valid_data)
