"""The event database: SQLite by default (a file), PostgreSQL by URL, through one SQLAlchemy Core code path.

``open_store(db)`` opens (and migrates) a database; ``db`` is a path (SQLite file), an SQLAlchemy /
libpq URL (``postgresql://user@host:5432/name``) or None (``BILATERAL_DB``, then ``[store] url``).
Writing lives in :mod:`.write` (one transaction per article), ingest drivers in :mod:`.ingest`,
deduplication in :mod:`.clusters`, exports in :mod:`.export`. Reading goes through
:mod:`bilateral.query`.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from types import TracebackType
from typing import Any

import sqlalchemy as sa

from ..errors import StoreError
from . import migrations

log = logging.getLogger(__name__)

ENV_VAR = "BILATERAL_DB"
DEFAULT_DB = "bilateral.db"

__all__ = ["DEFAULT_DB", "ENV_VAR", "Store", "open_store", "resolve_url"]


def resolve_url(db: str | os.PathLike[str] | None = None, settings: Any = None) -> str:
    """``--db`` value, else ``BILATERAL_DB``, else ``[store] url`` of the settings, else ``bilateral.db``;
    paths become ``sqlite:///`` URLs and ``postgresql://`` uses the psycopg (3) driver."""
    value = str(db) if db not in (None, "") else os.environ.get(ENV_VAR) or (
        settings.get("store", "url", None) if settings is not None else None) or DEFAULT_DB
    if "://" not in value:
        if value == ":memory:":
            return "sqlite://"
        return "sqlite:///" + str(Path(value).expanduser().resolve())
    for prefix in ("postgresql://", "postgres://"):
        if value.startswith(prefix):
            return "postgresql+psycopg://" + value[len(prefix):]
    return value


class Store:
    """An open database. Use as a context manager or call :meth:`close`."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.backend = engine.dialect.name  # "sqlite" | "postgresql"

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def connect(self) -> sa.Connection:
        return self.engine.connect()

    def begin(self) -> Any:
        """A transaction (context manager yielding a Connection)."""
        return self.engine.begin()

    def schema_version(self) -> int:
        with self.connect() as conn:
            have = migrations.applied(conn)
        return max(have) if have else 0

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a killed process never corrupts the file
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def open_store(db: str | os.PathLike[str] | None = None, *, settings: Any = None, migrate: bool = True) -> Store:
    """Open the database named by ``db`` (path or URL; see :func:`resolve_url`) and bring its schema
    up to date. Raises StoreError (E400) with the URL when the database cannot be opened."""
    url = resolve_url(db, settings)
    try:
        if url.startswith("sqlite"):
            path = sa.engine.make_url(url).database
            if path and not Path(path).parent.exists():
                raise StoreError("the folder for this database file does not exist", path)
            engine = sa.create_engine(url, connect_args={"timeout": 30})
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = sa.create_engine(url, pool_pre_ping=True)
        store = Store(engine)
        if migrate:
            migrations.migrate(engine)
        return store
    except sa.exc.ArgumentError as e:
        raise StoreError(f"not a database URL or path: {e}", str(db)) from e
    except ModuleNotFoundError as e:
        raise StoreError(f"database driver missing ({e.name}); install bilateral[postgres]", str(db)) from e
    except sa.exc.OperationalError as e:
        raise StoreError(f"cannot open the database: {str(e.orig).strip().splitlines()[0]}",
                         sa.engine.make_url(url).render_as_string(hide_password=True)) from e
    except sa.exc.DatabaseError as e:
        raise StoreError(f"not a bilateral database or damaged: {str(e.orig).strip().splitlines()[0]}",
                         sa.engine.make_url(url).render_as_string(hide_password=True)) from e
