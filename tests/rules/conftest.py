"""Fixtures for the conformance-rule tests; shared helpers live in ``rules_helpers``."""

from __future__ import annotations

import pytest

from qnetspec.conformance import Pack, builtin_packs


@pytest.fixture(scope="session")
def pack() -> Pack:
    return builtin_packs()[0]
