"""Deduplication across articles and languages: event clusters, a derived and recomputable layer.

Extractions (``events``) are never changed by clustering; ``clusters`` and ``event_clusters`` can be
dropped and rebuilt at any time (``recluster(store, full=True)``). After an ingest only the
*blocks* that gained or lost events are recomputed.

The rule is conservative: merging two different real events is worse than keeping two mentions of
one event apart. Two event mentions are the same real-world event only if all of this holds:

1. Same PLOVER type and the same **unordered pair** of countries (both known). Events missing a
   country stay alone.
2. Same mode (``visit`` never merges with ``phone``; an unknown mode only with unknown), and
   compatible status: occurred / reported / planned may merge (an announced visit and the visit);
   negated and hypothetical mentions only merge among themselves.
3. Dates, by the precision each mention knows (``decade``/``unknown`` never merge):
   - day and day: their day ranges overlap (a three-day visit reported on its first and last day);
     two visits on different days of the same month stay apart;
   - month (or a date taken from the publication day, which says only "around then") and day: the
     mention joins the day-level cluster of that month only if there is **exactly one**; with none,
     month-level mentions of the same month form one cluster; with several, it stays alone;
   - year and year: identical year (and status); a year-only mention never joins a finer cluster.
   A publication-basis date therefore never merges with an explicit date from another month, and a
   retrospective mention ("the 2015 visit", written in 2020) joins the 2015 cluster through its
   explicit date, not through its publication date.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from ..model import content_hash
from .schema import articles, clusters, event_clusters, events_t

log = logging.getLogger(__name__)

RULE = "dedupe.v1"
_PREC_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class Item:
    """What clustering needs to know about one event mention."""

    id: str
    block: str
    type: str
    src: str | None
    tgt: str | None
    mode: str | None
    status: str | None
    start: str | None
    end: str | None
    precision: str | None
    basis: str | None
    article: str | None
    lang: str | None
    published: str | None = None


@dataclass(frozen=True)
class Cluster:
    id: str
    block: str
    members: tuple[Item, ...]
    representative: Item
    date_start: str | None
    date_end: str | None
    precision: str | None


def _ymd(s: str | None) -> tuple[int, int | None, int | None] | None:
    if not s:
        return None
    try:
        parts = [int(p) for p in s.split("-")[:3]]
    except ValueError:
        return None
    return parts[0], (parts[1] if len(parts) > 1 else None), (parts[2] if len(parts) > 2 else None)


def _day(s: str | None) -> date | None:
    p = _ymd(s)
    if p is None or p[1] is None or p[2] is None:
        return None
    try:
        return date(p[0], p[1], p[2])
    except ValueError:
        return None


def _status_group(status: str | None) -> str:
    return status if status in {"negated", "hypothetical"} else "real"


def _level(it: Item) -> str | None:
    """The precision clustering may rely on: publication-basis dates only say 'that month'."""
    ymd = _ymd(it.start)
    if ymd is None or it.precision not in _PREC_RANK:
        return None
    if it.precision == "day" and _day(it.start) is not None:
        return "month" if it.basis == "publication" else "day"
    if it.precision in {"day", "month"} and ymd[1] is not None:
        return "month"
    return "year"


def cluster_items(items: Sequence[Item]) -> list[Cluster]:
    """Cluster the mentions of ONE block (same type, same unordered pair) by the rule above."""
    out: list[list[Item]] = []
    groups: dict[tuple[str | None, str], list[Item]] = defaultdict(list)
    for it in items:
        if not it.src or not it.tgt or it.src == it.tgt:
            out.append([it])
        else:
            groups[(it.mode, _status_group(it.status))].append(it)
    for sub in groups.values():
        out.extend(_cluster_sub(sub))
    return [_make(ms) for ms in out]


def _cluster_sub(items: Sequence[Item]) -> list[list[Item]]:
    result: list[list[Item]] = []
    days: list[tuple[date, date, Item]] = []
    months: dict[tuple[int, int], list[Item]] = defaultdict(list)
    years: dict[tuple[int, str | None], list[Item]] = defaultdict(list)
    for it in items:
        level = _level(it)
        ymd = _ymd(it.start)
        if level is None or ymd is None:
            result.append([it])
        elif level == "day":
            s = _day(it.start)
            e = _day(it.end) if it.precision == "day" else None
            assert s is not None
            days.append((s, e if e is not None and e >= s else s, it))
        elif level == "month":
            assert ymd[1] is not None
            months[(ymd[0], ymd[1])].append(it)
        else:
            years[(ymd[0], it.status)].append(it)
    # day ranges: merge overlapping intervals (sweep in start order)
    day_groups: list[tuple[date, date, list[Item]]] = []
    for s, e, it in sorted(days, key=lambda x: (x[0], x[1], x[2].id)):
        if day_groups and s <= day_groups[-1][1]:
            g = day_groups[-1]
            day_groups[-1] = (g[0], max(g[1], e), [*g[2], it])
        else:
            day_groups.append((s, e, [it]))
    for (y, m), its in sorted(months.items()):
        first = date(y, m, 1)
        last = date(y + (m == 12), m % 12 + 1, 1)
        hits = [g for g in day_groups if g[0] < last and g[1] >= first]
        if len(hits) == 1:
            hits[0][2].extend(its)
        elif not hits:
            result.append(list(its))
        else:
            result.extend([it] for it in its)
    result.extend(g[2] for g in day_groups)
    result.extend(years.values())
    return result


def _rank(it: Item) -> tuple[Any, ...]:
    return (_PREC_RANK.get(it.precision or "", 9), it.basis != "explicit", it.published or "9999", it.id)


def _make(members: list[Item]) -> Cluster:
    ms = tuple(sorted(members, key=lambda i: i.id))
    rep = min(ms, key=_rank)
    levels = [_level(m) for m in ms]
    if "day" in levels:
        dated = [m for m, lv in zip(ms, levels, strict=True) if lv == "day"]
        start = min(m.start or "" for m in dated)
        end = max((m.end if m.precision == "day" and m.end else m.start) or "" for m in dated)
        prec: str | None = "day"
    else:
        start, end, prec = rep.start, rep.end, rep.precision
    return Cluster(content_hash(RULE, ms[0].block, ms[0].id), ms[0].block, ms, rep, start, end, prec)


# ----------------------------------------------------------------------------------------- database

def _items(conn: sa.Connection, blocks: Sequence[str] | None) -> dict[str, list[Item]]:
    e = events_t.c
    q = (sa.select(e.id, e.block, e.type, e.src, e.tgt, e.mode, e.status, e.date_start, e.date_end, e.precision,
                   e.basis, e.article, e.lang, articles.c.published)
         .select_from(events_t.outerjoin(articles, articles.c.id == e.article)))
    if blocks is not None:
        q = q.where(e.block.in_(blocks))
    out: dict[str, list[Item]] = defaultdict(list)
    for r in conn.execute(q):
        out[r.block].append(Item(r.id, r.block, r.type, r.src, r.tgt, r.mode, r.status, r.date_start, r.date_end,
                                 r.precision, r.basis, r.article, r.lang, r.published))
    return out


def dirty_blocks(conn: sa.Connection) -> list[str]:
    """Blocks holding events that belong to no cluster (new, or whose cluster lost a member)."""
    q = (sa.select(events_t.c.block).distinct()
         .select_from(events_t.outerjoin(event_clusters, event_clusters.c.event == events_t.c.id))
         .where(event_clusters.c.event.is_(None)))
    return sorted(r[0] for r in conn.execute(q))


def _write(conn: sa.Connection, blocks: Sequence[str], found: Iterable[Cluster]) -> int:
    conn.execute(sa.delete(event_clusters).where(event_clusters.c.block.in_(blocks)))
    conn.execute(sa.delete(clusters).where(clusters.c.block.in_(blocks)))
    crow: list[dict[str, Any]] = []
    erow: list[dict[str, Any]] = []
    for c in found:
        a, b = c.block.split("|")[1:3]
        crow.append({"id": c.id, "block": c.block, "type": c.representative.type, "a": a or None, "b": b or None,
                     "mode": c.representative.mode, "date_start": c.date_start, "date_end": c.date_end,
                     "precision": c.precision, "representative": c.representative.id, "n_mentions": len(c.members),
                     "n_articles": len({m.article for m in c.members}),
                     "langs": ",".join(sorted({m.lang or "" for m in c.members} - {""}))})
        erow.extend({"event": m.id, "cluster": c.id, "block": c.block} for m in c.members)
    for i in range(0, len(crow), 2000):
        conn.execute(sa.insert(clusters), crow[i:i + 2000])
    for i in range(0, len(erow), 2000):
        conn.execute(sa.insert(event_clusters), erow[i:i + 2000])
    return len(crow)


def recluster(store: Any, *, full: bool = False, chunk: int = 200) -> int:
    """Recompute clusters of the dirty blocks (all blocks with ``full``); returns clusters written."""
    with store.connect() as conn:
        if full:
            blocks = sorted(r[0] for r in conn.execute(sa.select(events_t.c.block).distinct()))
        else:
            blocks = dirty_blocks(conn)
    written = 0
    for i in range(0, len(blocks), chunk):
        part = blocks[i:i + chunk]
        with store.begin() as conn:
            if full and i == 0:
                # blocks that no longer have events
                conn.execute(sa.delete(event_clusters).where(event_clusters.c.block.not_in(blocks)) if blocks
                             else sa.delete(event_clusters))
                conn.execute(sa.delete(clusters).where(clusters.c.block.not_in(blocks)) if blocks
                             else sa.delete(clusters))
            items = _items(conn, part)
            found = [c for b in part for c in cluster_items(items.get(b, []))]
            written += _write(conn, part, found)
    log.info("reclustered %d block(s): %d cluster(s)", len(blocks), written)
    return written
