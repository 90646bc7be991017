"""Tables of the event database (SQLAlchemy Core; the same definitions for SQLite and PostgreSQL).

Immutable extractions: ``articles``, ``mentions``, ``events`` (one row per extracted event record,
the output contract kept verbatim in ``json`` plus flat columns to filter on). Derived and
recomputable: ``clusters`` and ``event_clusters`` (deduplication across articles). Book-keeping:
``runs``, ``failures``, ``schema_migrations``. Full-text search lives in ``article_fts`` (SQLite
FTS5, created by the migrations) or in a trigram index on ``articles.folded`` (PostgreSQL).
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

schema_migrations = sa.Table(
    "schema_migrations", metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("applied_at", sa.String(40), nullable=False),
)

runs = sa.Table(
    "runs", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("started_at", sa.String(40), nullable=False),
    sa.Column("finished_at", sa.String(40)),
    sa.Column("pipeline", sa.String(40)),
    sa.Column("command", sa.Text),
    sa.Column("status", sa.String(20), nullable=False),  # running | done | interrupted (never finished)
    sa.Column("new", sa.Integer, nullable=False, default=0),
    sa.Column("unchanged", sa.Integer, nullable=False, default=0),
    sa.Column("reextracted", sa.Integer, nullable=False, default=0),
    sa.Column("replaced", sa.Integer, nullable=False, default=0),
    sa.Column("failed", sa.Integer, nullable=False, default=0),
    sa.Column("events", sa.Integer, nullable=False, default=0),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(64), primary_key=True),  # content hash of (text, lang, published)
    sa.Column("doc", sa.String(500), nullable=False, index=True),
    sa.Column("lang", sa.String(10)),
    sa.Column("published", sa.String(10)),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("folded", sa.Text, nullable=False),
    sa.Column("pipeline", sa.String(40)),
    sa.Column("run", sa.Integer),
    sa.Column("n_events", sa.Integer, nullable=False, default=0),
    sa.Column("ingested_at", sa.String(40)),
)

mentions_t = sa.Table(
    "mentions", metadata,
    sa.Column("article", sa.String(64), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("sentence", sa.Integer),
    sa.Column("text", sa.Text),
    sa.Column("rule", sa.String(100)),
    sa.Column("value_json", sa.Text),
)

events_t = sa.Table(
    "events", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("article", sa.String(64), index=True),
    sa.Column("doc", sa.String(500), nullable=False),
    sa.Column("lang", sa.String(10)),
    sa.Column("type", sa.String(20), nullable=False, index=True),
    sa.Column("mode", sa.String(40)),
    sa.Column("status", sa.String(20)),
    sa.Column("src", sa.String(10)),
    sa.Column("tgt", sa.String(10)),
    sa.Column("src_name", sa.Text),
    sa.Column("tgt_name", sa.Text),
    sa.Column("src_role", sa.String(60)),
    sa.Column("tgt_role", sa.String(60)),
    sa.Column("date_start", sa.String(10), index=True),
    sa.Column("date_end", sa.String(10)),
    sa.Column("precision", sa.String(10)),
    sa.Column("basis", sa.String(20)),
    sa.Column("intensity", sa.Float),
    sa.Column("quad", sa.Integer),
    sa.Column("cameo", sa.String(10)),
    sa.Column("ev_start", sa.Integer),
    sa.Column("ev_end", sa.Integer),
    sa.Column("evidence_folded", sa.Text),
    sa.Column("pipeline", sa.String(40)),
    sa.Column("block", sa.String(200), nullable=False, index=True),  # dedupe block: TYPE|A|B (sorted pair)
    sa.Column("json", sa.Text, nullable=False),
    sa.Index("ix_events_dyad", "src", "tgt"),
    sa.Index("ix_events_tgt", "tgt"),
)

clusters = sa.Table(
    "clusters", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("block", sa.String(200), nullable=False, index=True),  # type|A|B: recomputed block by block
    sa.Column("type", sa.String(20), nullable=False),
    sa.Column("a", sa.String(10)),
    sa.Column("b", sa.String(10)),
    sa.Column("mode", sa.String(40)),
    sa.Column("date_start", sa.String(10)),
    sa.Column("date_end", sa.String(10)),
    sa.Column("precision", sa.String(10)),
    sa.Column("representative", sa.String(64), nullable=False, index=True),
    sa.Column("n_mentions", sa.Integer, nullable=False),
    sa.Column("n_articles", sa.Integer, nullable=False),
    sa.Column("langs", sa.String(50)),
)

event_clusters = sa.Table(
    "event_clusters", metadata,
    sa.Column("event", sa.String(64), primary_key=True),
    sa.Column("cluster", sa.String(64), nullable=False, index=True),
    sa.Column("block", sa.String(200), nullable=False, index=True),
)

failures_t = sa.Table(
    "failures", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run", sa.Integer, index=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("code", sa.String(10), nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("at", sa.String(40)),
)
