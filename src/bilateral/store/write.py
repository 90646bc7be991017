"""Writing extractions: one article with its mentions, events and run counters in ONE transaction.

A process killed between two articles leaves a consistent database; the next ingest finds the
articles already written (same content hash and pipeline version) and carries on after them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from ..folding import fold, fold_phrase
from ..model import Article, Event, Failure, Mention
from .schema import articles, clusters, event_clusters, events_t, failures_t, mentions_t, runs


class ArticleState(StrEnum):
    NEW = "new"  # never seen
    UNCHANGED = "unchanged"  # same content, same pipeline version: nothing to do
    REEXTRACT = "reextract"  # same content, another pipeline version
    REPLACE = "replace"  # same document (doc, lang) with changed content: the old version goes


@dataclass(frozen=True)
class Decision:
    state: ArticleState
    old: str | None = None  # article id to remove (REPLACE)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def block_key(type_: str, a: str | None, b: str | None) -> str:
    """Dedupe block: event type and the unordered pair of countries."""
    x, y = sorted([a or "", b or ""])
    return f"{type_}|{x}|{y}"


def decide(conn: sa.Connection, article: Article, pipeline: str, written_this_run: set[str]) -> Decision:
    """What to do with an incoming article (see :class:`ArticleState`)."""
    row = conn.execute(sa.select(articles.c.pipeline).where(articles.c.id == article.id)).first()
    if row is not None:
        return Decision(ArticleState.UNCHANGED if row[0] == pipeline else ArticleState.REEXTRACT)
    same_doc = [r[0] for r in conn.execute(
        sa.select(articles.c.id).where(articles.c.doc == article.doc,
                                       articles.c.lang == article.lang if article.lang else articles.c.lang.is_(None)))]
    same_doc = [i for i in same_doc if i not in written_this_run]
    if len(same_doc) == 1:
        return Decision(ArticleState.REPLACE, same_doc[0])
    return Decision(ArticleState.NEW)


def _drop_clusters_of(conn: sa.Connection, event_ids: Sequence[str]) -> None:
    """Forget the clusters the given events belong to; their remaining members become 'unclustered'
    and are re-clustered by :func:`bilateral.store.clusters.recluster`."""
    for chunk in _chunks(list(event_ids), 500):
        q = sa.select(event_clusters.c.cluster).where(event_clusters.c.event.in_(chunk))
        cids = [r[0] for r in conn.execute(q)]
        if cids:
            conn.execute(sa.delete(event_clusters).where(event_clusters.c.cluster.in_(cids)))
            conn.execute(sa.delete(clusters).where(clusters.c.id.in_(cids)))


def delete_article(conn: sa.Connection, article_id: str, backend: str) -> None:
    ids = [r[0] for r in conn.execute(sa.select(events_t.c.id).where(events_t.c.article == article_id))]
    _drop_clusters_of(conn, ids)
    conn.execute(sa.delete(events_t).where(events_t.c.article == article_id))
    conn.execute(sa.delete(mentions_t).where(mentions_t.c.article == article_id))
    conn.execute(sa.delete(articles).where(articles.c.id == article_id))
    if backend == "sqlite":
        conn.exec_driver_sql("DELETE FROM article_fts WHERE article = ?", (article_id,))


def _chunks(items: list[Any], n: int) -> Iterable[list[Any]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def mention_row(article_id: str, seq: int, m: Mention | dict[str, Any]) -> dict[str, Any]:
    d = m.to_dict() if isinstance(m, Mention) else m
    value = d.get("value")
    if value is None and d.get("value_json") is not None:
        value_json = d["value_json"]
    else:
        value_json = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return {"article": article_id, "seq": seq, "kind": str(d["kind"]), "start": int(d["start"]), "end": int(d["end"]),
            "sentence": d.get("sentence"), "text": d.get("text"), "rule": d.get("rule"), "value_json": value_json}


def event_row(e: Event, article_id: str, pipeline: str | None) -> dict[str, Any]:
    d = e.to_dict()
    if d.get("article") is None:
        d["article"] = article_id
    src, tgt = e.source, e.target
    return {
        "id": e.id, "article": article_id, "doc": e.doc, "lang": e.lang, "type": str(e.type), "mode": e.mode,
        "status": str(e.status), "src": src.country if src else None, "tgt": tgt.country if tgt else None,
        "src_name": src.name if src else None, "tgt_name": tgt.name if tgt else None,
        "src_role": src.role if src else None, "tgt_role": tgt.role if tgt else None,
        "date_start": e.date.start, "date_end": e.date.end, "precision": str(e.date.precision),
        "basis": str(e.date.basis), "intensity": e.intensity, "quad": e.quad, "cameo": e.cameo,
        "ev_start": e.evidence.start, "ev_end": e.evidence.end, "evidence_folded": fold_phrase(e.evidence.text),
        "pipeline": pipeline, "block": block_key(str(e.type), src.country if src else None,
                                                 tgt.country if tgt else None),
        "json": json.dumps(d, ensure_ascii=False),
    }


def write_article(conn: sa.Connection, backend: str, article: Article, pipeline: str | None,
                  mentions: Sequence[Mention | dict[str, Any]], events: Sequence[Event], *, run: int,
                  decision: Decision) -> int:
    """Write one article with everything extracted from it (call inside a transaction); returns the
    number of events written. Re-extraction and replacement remove the earlier rows first."""
    if decision.state is ArticleState.REEXTRACT:
        delete_article(conn, article.id, backend)
    if decision.state is ArticleState.REPLACE and decision.old:
        delete_article(conn, decision.old, backend)
    folded = fold(article.text)[0]
    conn.execute(sa.insert(articles).values(
        id=article.id, doc=article.doc, lang=article.lang, published=article.published, url=article.url,
        title=article.title, source=article.source, text=article.text, folded=folded, pipeline=pipeline,
        run=run, n_events=0, ingested_at=now()))
    if backend == "sqlite":
        conn.exec_driver_sql("INSERT INTO article_fts(article, folded) VALUES (?, ?)", (article.id, folded))
    if mentions:
        conn.execute(sa.insert(mentions_t), [mention_row(article.id, i, m) for i, m in enumerate(mentions)])
    rows: dict[str, dict[str, Any]] = {}
    for e in events:
        rows.setdefault(e.id, event_row(e, article.id, pipeline))
    if rows:
        taken: set[str] = set()
        for chunk in _chunks(list(rows), 500):
            taken.update(r[0] for r in conn.execute(sa.select(events_t.c.id).where(events_t.c.id.in_(chunk))))
        fresh = [r for k, r in rows.items() if k not in taken]
        if fresh:
            conn.execute(sa.insert(events_t), fresh)
        n = len(fresh)
    else:
        n = 0
    conn.execute(sa.update(articles).where(articles.c.id == article.id).values(n_events=n))
    return n


def start_run(store: Any, pipeline: str | None, command: str | None) -> int:
    with store.begin() as conn:
        res = conn.execute(sa.insert(runs).values(started_at=now(), pipeline=pipeline, command=command,
                                                  status="running", new=0, unchanged=0, reextracted=0,
                                                  replaced=0, failed=0, events=0))
        return int(res.inserted_primary_key[0])


def bump_run(conn: sa.Connection, run: int, **counts: int) -> None:
    """Add to the counters of a run (inside the article's transaction)."""
    values = {k: getattr(runs.c, k) + v for k, v in counts.items() if v}
    if values:
        conn.execute(sa.update(runs).where(runs.c.id == run).values(**values))


def record_failure(conn: sa.Connection, run: int, failure: Failure) -> None:
    conn.execute(sa.insert(failures_t).values(run=run, source=failure.source, code=failure.code,
                                              message=failure.message, at=now()))
    bump_run(conn, run, failed=1)


def finish_run(store: Any, run: int, status: str = "done") -> None:
    with store.begin() as conn:
        conn.execute(sa.update(runs).where(runs.c.id == run).values(finished_at=now(), status=status))
