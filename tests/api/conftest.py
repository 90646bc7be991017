"""Fixtures for in-process API tests: a seeded SQLite database and a TestClient over the app."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.api.webdata import build_db

TOKEN = "test-token-s3cret-7"


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_db(tmp_path_factory.mktemp("webdb") / "web.db")


@pytest.fixture()
def fresh_db(tmp_path: Path) -> str:
    """A private copy of the seeded database, for tests that write."""
    return build_db(tmp_path / "web.db")


def _client(db: str, ctx: Any, **kw: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient
    from bilateral.api import create_app

    return TestClient(create_app(db, context=lambda: ctx, **kw), raise_server_exceptions=True)


@pytest.fixture()
def client(seeded_db: str, ctx: Any) -> Iterator[Any]:
    """Read-only app: no token, so writes are off."""
    with _client(seeded_db, ctx) as c:
        yield c


@pytest.fixture()
def writer(fresh_db: str, ctx: Any) -> Iterator[Any]:
    """App with a token and a 200 kB upload limit over a private database."""
    with _client(fresh_db, ctx, token=TOKEN, max_upload_bytes=200_000) as c:
        yield c
