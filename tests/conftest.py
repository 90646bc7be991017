"""Shared fixtures: one Context for the whole run (loading data is the slow part)."""

from __future__ import annotations

import pytest

from bilateral.context import Context


@pytest.fixture(scope="session")
def ctx() -> Context:
    return Context.load()
