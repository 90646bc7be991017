"""Versioned schema migrations, each recorded in ``schema_migrations`` (STYLE #12).

A migration is (version, name, function(connection, dialect name)). Add new ones at the end with the
next version number; never edit an applied one. ``migrate`` applies the missing ones in order, each
in its own transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa

from . import schema

log = logging.getLogger(__name__)

Migration = tuple[int, str, Callable[[sa.Connection, str], None]]


def _v1_tables(conn: sa.Connection, dialect: str) -> None:
    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_migrations"]
    schema.metadata.create_all(conn, tables=tables)


def _v2_fulltext(conn: sa.Connection, dialect: str) -> None:
    if dialect == "sqlite":
        # trigram tokenizer over FOLDED text: substring matching that survives clitics (و، ال، لل)
        conn.exec_driver_sql("CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5("
                             "article UNINDEXED, folded, tokenize='trigram')")
    elif dialect == "postgresql":
        try:
            with conn.begin_nested():
                conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_articles_folded_trgm ON articles "
                                 "USING gin (folded gin_trgm_ops)")
        except sa.exc.DBAPIError as e:  # extension missing: search still works, by sequential scan
            log.warning("pg_trgm not available (%s); full-text search will scan", e.orig)


def _v3_event_indexes(conn: sa.Connection, dialect: str) -> None:
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_events_src_date ON events (src, date_start)")
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_events_tgt_date ON events (tgt, date_start)")
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_articles_doc_lang ON articles (doc, lang)")


MIGRATIONS: list[Migration] = [
    (1, "tables: articles, mentions, events, clusters, runs, failures", _v1_tables),
    (2, "full-text search over folded article text", _v2_fulltext),
    (3, "indexes for country/date filters and document look-up", _v3_event_indexes),
]

LATEST = MIGRATIONS[-1][0]


def applied(conn: sa.Connection) -> list[int]:
    t = schema.schema_migrations
    return [r[0] for r in conn.execute(sa.select(t.c.version).order_by(t.c.version))]


def migrate(engine: sa.Engine) -> list[int]:
    """Apply missing migrations; return the versions applied now."""
    schema.metadata.create_all(engine, tables=[schema.schema_migrations])
    done_now: list[int] = []
    with engine.connect() as conn:
        have = set(applied(conn))
    for version, name, fn in MIGRATIONS:
        if version in have:
            continue
        with engine.begin() as conn:
            # another process may have applied it meanwhile
            if version in set(applied(conn)):
                continue
            fn(conn, engine.dialect.name)
            conn.execute(sa.insert(schema.schema_migrations).values(
                version=version, name=name, applied_at=datetime.now(UTC).isoformat(timespec="seconds")))
        log.info("applied migration %d: %s", version, name)
        done_now.append(version)
    return done_now
