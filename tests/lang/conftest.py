"""Fixtures of the language-data tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(ctx: Context) -> Pipeline:
    return Pipeline(ctx)
