"""THE query layer: one set of functions serves the CLI, the JSON API and the HTML pages (STYLE #7).

Every function takes an open :class:`~bilateral.store.Store` (``open_store(url_or_path)``) and
returns frozen records with ``to_dict()`` (JSON-ready: plain dicts, lists, str, int, float, None).
Nothing here prints or formats; user input is validated here and bad values raise
:class:`~bilateral.errors.QueryError` (code E500) with a message naming the parameter.

Counting: an *event* is one real-world happening (an event cluster, after deduplication across
articles and languages); a *mention* is one extracted event record from one article. Functions say
which they count.

Typical use::

    from bilateral.query import EventFilter, events, open_store
    with open_store("bilateral.db") as db:
        page = events(db, EventFilter(country="EGY", counterpart="RUS", since="2015"))
        for row in page.rows: ...
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

import sqlalchemy as sa

from .errors import QueryError
from .folding import fold, fold_phrase
from .model import EventType, Status
from .store import Store, open_store
from .store.schema import articles, clusters, event_clusters, events_t, failures_t, mentions_t, runs

__all__ = [
    "ActorRow",
    "ArticleRow",
    "EventCounts",
    "EventDetail",
    "EventFilter",
    "EventPage",
    "EventRow",
    "FailureRow",
    "Highlight",
    "MentionView",
    "SearchHit",
    "SearchPage",
    "Stats",
    "Store",
    "Timeline",
    "TimelinePeriod",
    "actors",
    "article",
    "count_events",
    "events",
    "failures",
    "iter_events",
    "open_store",
    "search",
    "show",
    "stats",
    "timeline",
]

_CODE = re.compile(r"^[A-Z]{2,5}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_LIMIT = 10_000


# --------------------------------------------------------------------------------------------- filter

@dataclass(frozen=True)
class EventFilter:
    """What to select. Every field is optional; fields combine with AND, values inside a tuple with OR.

    country: ISO alpha-3 (or documented code: SUN, UNO, ...); the event involves it as source or target.
    counterpart: the other side. With ``country``: the dyad in either direction. Alone: either side.
    type: PLOVER types (``CONSULT``, ``AGREE``, ...), case-insensitive.
    mode / status / lang: exact values (``visit``; ``occurred``; ``ar``).
    since / until: ISO partial dates (``2015``, ``2015-03``, ``2015-03-14``), inclusive, compared with the
      event's date start at its own precision; events with an unknown date are left out when either is set.
    text: words that must all occur in the evidence sentence (Arabic-folded, substring match; safe for any input).
    doc / article: one document id / article content hash.
    cluster: one event cluster id (all mentions of one real-world event).
    unique: one row per event cluster (the representative mention) instead of one row per mention.
    limit / offset: paging (limit <= 10,000; ``None`` = no limit for ``iter_events``/exports).
    order: ``date`` (default, oldest first), ``-date`` (newest first), ``intensity``, ``-intensity``.
    """

    country: str | None = None
    counterpart: str | None = None
    type: tuple[str, ...] = ()
    mode: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    lang: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    text: str | None = None
    doc: str | None = None
    article: str | None = None
    cluster: str | None = None
    unique: bool = False
    limit: int | None = 100
    offset: int = 0
    order: str = "date"

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> EventFilter:
        """Build from loose parameters (CLI args, query strings): comma-separated strings become
        tuples, unknown keys are ignored, empty strings are None. Raises QueryError on bad values."""
        kw: dict[str, Any] = {}
        names = {f.name: f for f in fields(cls)}
        for key, value in params.items():
            if key not in names or value is None or value == "" or value == []:
                continue
            if key in {"type", "mode", "status", "lang"}:
                items = value if isinstance(value, (list, tuple)) else str(value).split(",")
                kw[key] = tuple(str(v).strip() for v in items if str(v).strip())
            elif key in {"limit", "offset"}:
                try:
                    kw[key] = int(value)
                except (TypeError, ValueError) as e:
                    raise QueryError(f"{key} must be a whole number, not {value!r}", key) from e
            elif key == "unique":
                kw[key] = value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes", "on"}
            else:
                kw[key] = str(value)
        return cls(**kw).validated()

    def validated(self) -> EventFilter:
        """A normalized copy (upper-case codes and types, lower-case modes); QueryError on bad values."""
        country = _code(self.country, "country")
        counterpart = _code(self.counterpart, "counterpart")
        types = tuple(t.strip().upper() for t in self.type)
        for t in types:
            if t not in EventType.__members__:
                raise QueryError(f"unknown event type {t!r} (one of {', '.join(EventType.__members__)})", "type")
        status = tuple(s.strip().lower() for s in self.status)
        known = {s.value for s in Status}
        for s in status:
            if s not in known:
                raise QueryError(f"unknown status {s!r} (one of {', '.join(sorted(known))})", "status")
        for name in ("since", "until"):
            v = getattr(self, name)
            if v is not None and not _DATE.match(v):
                raise QueryError(f"{name} must be an ISO date like 2015, 2015-03 or 2015-03-14, not {v!r}", name)
        if self.limit is not None and not 0 <= self.limit <= MAX_LIMIT:
            raise QueryError(f"limit must be between 0 and {MAX_LIMIT}", "limit")
        if self.offset < 0:
            raise QueryError("offset must be >= 0", "offset")
        if self.order not in {"date", "-date", "intensity", "-intensity"}:
            raise QueryError("order must be date, -date, intensity or -intensity", "order")
        return replace(self, country=country, counterpart=counterpart, type=types, status=status,
                       mode=tuple(m.strip().lower() for m in self.mode),
                       lang=tuple(x.strip().lower() for x in self.lang))

    def to_dict(self) -> dict[str, Any]:
        return {f.name: (list(v) if isinstance(v := getattr(self, f.name), tuple) else v) for f in fields(self)}


def _code(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    v = value.strip().upper()
    if not _CODE.match(v):
        raise QueryError(f"{name} must be a country code like EGY or RUS, not {value!r}", name)
    return v


# -------------------------------------------------------------------------------------------- records

@dataclass(frozen=True)
class EventRow:
    """One event mention: the output-contract dict plus where it sits in the database."""

    event: dict[str, Any]  # Event.to_dict(): the output contract (ARCHITECTURE §4)
    cluster: str | None  # event cluster id (one real-world event)
    cluster_size: int  # mentions in that cluster
    published: str | None  # publication date of the article
    title: str | None
    url: str | None

    @property
    def id(self) -> str:
        return str(self.event["id"])

    def to_dict(self) -> dict[str, Any]:
        return {**self.event, "cluster": self.cluster, "cluster_size": self.cluster_size,
                "published": self.published, "title": self.title, "url": self.url}


@dataclass(frozen=True)
class EventCounts:
    mentions: int  # extracted event records matching the filter
    events: int  # distinct event clusters among them (real-world events)
    articles: int  # distinct articles they come from

    def to_dict(self) -> dict[str, Any]:
        return {"mentions": self.mentions, "events": self.events, "articles": self.articles}


@dataclass(frozen=True)
class EventPage:
    rows: tuple[EventRow, ...]
    counts: EventCounts  # totals for the whole filter, not only this page
    filter: EventFilter

    def to_dict(self) -> dict[str, Any]:
        return {"filter": self.filter.to_dict(), "counts": self.counts.to_dict(),
                "rows": [r.to_dict() for r in self.rows]}


@dataclass(frozen=True)
class TimelinePeriod:
    period: str  # "2015" or "2015-03"
    events: int  # distinct event clusters
    mentions: int
    by_type: dict[str, int]  # event clusters per PLOVER type
    # event clusters per quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    # 4 material conflict
    by_quad: dict[int, int]
    intensity: float | None  # mean intensity (PLOVER -10..10) over event clusters with a score
    balance: float | None  # (cooperation - conflict) / (events with a quad class), -1..1; None if no quad

    def to_dict(self) -> dict[str, Any]:
        return {"period": self.period, "events": self.events, "mentions": self.mentions, "by_type": self.by_type,
                "by_quad": {str(k): v for k, v in self.by_quad.items()}, "intensity": self.intensity,
                "balance": self.balance}


@dataclass(frozen=True)
class Timeline:
    a: str
    b: str | None
    by: str  # "year" | "month"
    periods: tuple[TimelinePeriod, ...]  # every period from first to last, zero-filled

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "by": self.by, "periods": [p.to_dict() for p in self.periods]}


@dataclass(frozen=True)
class ActorRow:
    country: str | None
    name: str | None  # canonical person/organisation name, None for the state itself
    events: int  # distinct event clusters the actor takes part in
    mentions: int
    as_source: int  # mentions where the actor is the source
    as_target: int
    roles: tuple[str, ...]  # offices seen (head_of_state, foreign_minister, ...)
    first: str | None  # earliest event date start
    last: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"country": self.country, "name": self.name, "events": self.events, "mentions": self.mentions,
                "as_source": self.as_source, "as_target": self.as_target, "roles": list(self.roles),
                "first": self.first, "last": self.last}


@dataclass(frozen=True)
class Highlight:
    """A span to highlight inside a sentence; offsets are relative to ``MentionView.sentence``."""

    start: int
    end: int
    kind: str  # trigger | actor | date | quantity | place
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind, "text": self.text}


@dataclass(frozen=True)
class MentionView:
    """One mention of the event: the sentence as written, with its highlights, and its article."""

    event: dict[str, Any]  # output contract
    sentence: str
    sentence_start: int  # offset of the sentence in the original article text
    highlights: tuple[Highlight, ...]
    article: str | None
    doc: str
    lang: str
    published: str | None
    title: str | None
    url: str | None

    def segments(self) -> list[tuple[str, str | None]]:
        """The sentence cut into (text, kind-or-None) pieces for rendering (overlaps: first wins)."""
        out: list[tuple[str, str | None]] = []
        pos = 0
        for h in sorted(self.highlights, key=lambda h: (h.start, -(h.end - h.start))):
            if h.start < pos:
                continue
            if h.start > pos:
                out.append((self.sentence[pos:h.start], None))
            out.append((self.sentence[h.start:h.end], h.kind))
            pos = h.end
        if pos < len(self.sentence):
            out.append((self.sentence[pos:], None))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.event, "sentence": self.sentence, "sentence_start": self.sentence_start,
                "highlights": [h.to_dict() for h in self.highlights], "article": self.article, "doc": self.doc,
                "lang": self.lang, "published": self.published, "title": self.title, "url": self.url}


@dataclass(frozen=True)
class EventDetail:
    event: dict[str, Any]  # the requested mention (output contract)
    cluster: str | None
    cluster_info: dict[str, Any] | None  # type, countries, date, n_mentions, n_articles, langs
    mentions: tuple[MentionView, ...]  # every mention in the cluster, the requested one first

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.event, "cluster": self.cluster, "cluster_info": self.cluster_info,
                "mentions": [m.to_dict() for m in self.mentions]}


@dataclass(frozen=True)
class SearchHit:
    article: str  # content hash
    doc: str
    lang: str | None
    published: str | None
    title: str | None
    url: str | None
    snippet: str  # original text around the first match
    highlights: tuple[tuple[int, int], ...]  # matches inside ``snippet`` (start, end)
    events: int  # event mentions extracted from this article

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "doc": self.doc, "lang": self.lang, "published": self.published,
                "title": self.title, "url": self.url, "snippet": self.snippet,
                "highlights": [list(h) for h in self.highlights], "events": self.events}


@dataclass(frozen=True)
class SearchPage:
    query: str
    terms: tuple[str, ...]  # the folded terms actually searched
    total: int
    hits: tuple[SearchHit, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "terms": list(self.terms), "total": self.total,
                "hits": [h.to_dict() for h in self.hits]}


@dataclass(frozen=True)
class ArticleRow:
    id: str
    doc: str
    lang: str | None
    published: str | None
    url: str | None
    title: str | None
    source: str | None
    text: str
    pipeline: str | None
    events: tuple[dict[str, Any], ...]  # output-contract dicts, in text order

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "doc": self.doc, "lang": self.lang, "published": self.published, "url": self.url,
                "title": self.title, "source": self.source, "text": self.text, "pipeline": self.pipeline,
                "events": list(self.events)}


@dataclass(frozen=True)
class FailureRow:
    run: int | None
    source: str
    code: str
    message: str
    at: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"run": self.run, "source": self.source, "code": self.code, "message": self.message, "at": self.at}


@dataclass(frozen=True)
class Stats:
    articles: int
    mentions: int  # event mentions (extracted event records)
    events: int  # event clusters
    failures: int  # failures recorded by the latest run
    by_lang: dict[str, int]  # articles per language
    first: str | None  # earliest event date
    last: str | None
    backend: str  # "sqlite" | "postgresql"
    schema_version: int
    runs: tuple[dict[str, Any], ...] = field(default_factory=tuple)  # latest runs, newest first

    def to_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "mentions": self.mentions, "events": self.events,
                "failures": self.failures, "by_lang": self.by_lang, "first": self.first, "last": self.last,
                "backend": self.backend, "schema_version": self.schema_version, "runs": list(self.runs)}


# ------------------------------------------------------------------------------------------ events

def _joined() -> Any:
    return (events_t.outerjoin(event_clusters, event_clusters.c.event == events_t.c.id)
            .outerjoin(clusters, clusters.c.id == event_clusters.c.cluster)
            .outerjoin(articles, articles.c.id == events_t.c.article))


def _where(flt: EventFilter) -> list[Any]:
    e = events_t.c
    cond: list[Any] = []
    if flt.country and flt.counterpart:
        cond.append(sa.or_(sa.and_(e.src == flt.country, e.tgt == flt.counterpart),
                           sa.and_(e.src == flt.counterpart, e.tgt == flt.country)))
    elif flt.country or flt.counterpart:
        c = flt.country or flt.counterpart
        cond.append(sa.or_(e.src == c, e.tgt == c))
    for name, col in (("type", e.type), ("mode", e.mode), ("status", e.status), ("lang", e.lang)):
        values = getattr(flt, name)
        if values:
            cond.append(col.in_(values))
    if flt.since:
        cond.append(e.date_start >= flt.since)
    if flt.until:
        cond.append(e.date_start <= flt.until + "~")  # "~" sorts after digits and "-": inclusive prefix
    for term in _terms(flt.text):
        cond.append(e.evidence_folded.contains(term, autoescape=True))
    if flt.doc:
        cond.append(e.doc == flt.doc)
    if flt.article:
        cond.append(e.article == flt.article)
    if flt.cluster:
        cond.append(event_clusters.c.cluster == flt.cluster)
    if flt.unique:
        cond.append(sa.or_(clusters.c.representative == e.id, event_clusters.c.cluster.is_(None)))
    return cond


def _order(flt: EventFilter) -> list[Any]:
    e = events_t.c
    if flt.order == "date":
        return [e.date_start.asc().nulls_last(), e.doc, e.ev_start, e.id]
    if flt.order == "-date":
        return [e.date_start.desc().nulls_last(), e.doc, e.ev_start, e.id]
    if flt.order == "intensity":
        return [e.intensity.asc().nulls_last(), e.id]
    return [e.intensity.desc().nulls_last(), e.id]


def _row(r: Any) -> EventRow:
    return EventRow(json.loads(r.json), r.cluster, int(r.n_mentions or 1), r.published, r.title, r.url)


def _select_rows(flt: EventFilter) -> Any:
    return (sa.select(events_t.c.json, event_clusters.c.cluster, clusters.c.n_mentions, articles.c.published,
                      articles.c.title, articles.c.url)
            .select_from(_joined()).where(*_where(flt)).order_by(*_order(flt)))


def events(store: Store, flt: EventFilter | None = None) -> EventPage:
    """One page of event mentions (or of events with ``flt.unique``) and the totals for the filter."""
    flt = (flt or EventFilter()).validated()
    q = _select_rows(flt).offset(flt.offset)
    if flt.limit is not None:
        q = q.limit(flt.limit)
    with store.connect() as conn:
        rows = tuple(_row(r) for r in conn.execute(q))
    return EventPage(rows, count_events(store, flt), flt)


def iter_events(store: Store, flt: EventFilter | None = None, *, batch: int = 2000) -> Iterator[EventRow]:
    """Every row matching the filter, streamed (``limit`` None = all); for exports."""
    flt = (flt or EventFilter(limit=None)).validated()
    q = _select_rows(flt).offset(flt.offset)
    if flt.limit is not None:
        q = q.limit(flt.limit)
    with store.connect() as conn:
        result = conn.execution_options(yield_per=batch).execute(q)
        for r in result:
            yield _row(r)


def count_events(store: Store, flt: EventFilter | None = None) -> EventCounts:
    """Mentions, distinct events (clusters) and articles matching the filter (paging ignored)."""
    flt = replace((flt or EventFilter()).validated(), unique=False)
    key = sa.func.coalesce(event_clusters.c.cluster, events_t.c.id)
    q = (sa.select(sa.func.count(), sa.func.count(sa.distinct(key)), sa.func.count(sa.distinct(events_t.c.article)))
         .select_from(_joined()).where(*_where(flt)))
    with store.connect() as conn:
        m, ev, a = conn.execute(q).one()
    return EventCounts(int(m), int(ev), int(a))


# ---------------------------------------------------------------------------------------- timeline

def _periods(first: str, last: str, by: str) -> list[str]:
    y0, y1 = int(first[:4]), int(last[:4])
    if by == "year":
        return [f"{y:04d}" for y in range(y0, y1 + 1)]
    out = []
    m0, m1 = int(first[5:7] or 1), int(last[5:7] or 12)
    for y in range(y0, y1 + 1):
        for m in range(1, 13):
            if (y == y0 and m < m0) or (y == y1 and m > m1):
                continue
            out.append(f"{y:04d}-{m:02d}")
    return out


def timeline(store: Store, a: str, b: str | None = None, *, by: str = "year",
             flt: EventFilter | None = None) -> Timeline:
    """Relations of ``a`` (with ``b``, or with everyone) per year or month: distinct events by type
    and quad class, mean intensity and the cooperation-conflict balance; every period between the
    first and the last (or ``flt.since``/``flt.until``) is present, empty ones with zeros. Events
    are counted once per cluster, in the period of the cluster's date; dates coarser than the period
    (a year-only date in a monthly timeline) are left out."""
    if by not in {"year", "month"}:
        raise QueryError("by must be year or month", "by")
    base = replace(flt or EventFilter(), country=a, counterpart=b, limit=None, offset=0, unique=False).validated()
    width = 4 if by == "year" else 7
    cdate = sa.func.coalesce(clusters.c.date_start, events_t.c.date_start)
    q = (sa.select(sa.func.coalesce(event_clusters.c.cluster, events_t.c.id).label("key"), cdate.label("d"),
                   events_t.c.type, events_t.c.quad, events_t.c.intensity, events_t.c.id,
                   clusters.c.representative)
         .select_from(_joined()).where(*_where(base)))
    mentions: Counter[str] = Counter()
    seen: dict[str, tuple[str, str, int | None, float | None]] = {}
    with store.connect() as conn:
        for r in conn.execute(q):
            if not r.d or len(r.d) < width or not _DATE.match(r.d[:width] if by == "month" else r.d[:4]):
                continue
            period = r.d[:width]
            mentions[period] += 1
            # the cluster's representative decides its type/quad/intensity; any member if it is filtered out
            if r.key not in seen or r.representative == r.id:
                seen[r.key] = (period, r.type, r.quad, r.intensity)
    per: dict[str, list[tuple[str, int | None, float | None]]] = defaultdict(list)
    for period, t, quad, inten in seen.values():
        per[period].append((t, quad, inten))
    keys = sorted(set(per) | set(mentions))
    first = base.since or (keys[0] if keys else None)
    last = base.until or (keys[-1] if keys else None)
    periods: list[TimelinePeriod] = []
    if first and last:
        for p in _periods(first, last, by):
            items = per.get(p, [])
            quads = Counter(q for _, q, _ in items if q)
            scores = [i for _, _, i in items if i is not None]
            nq = sum(quads.values())
            coop, conf = quads[1] + quads[2], quads[3] + quads[4]
            periods.append(TimelinePeriod(
                p, len(items), mentions.get(p, 0), dict(sorted(Counter(t for t, _, _ in items).items())),
                {k: quads[k] for k in (1, 2, 3, 4)},
                round(sum(scores) / len(scores), 3) if scores else None,
                round((coop - conf) / nq, 3) if nq else None))
    return Timeline(base.country or a, base.counterpart, by, tuple(periods))


# ------------------------------------------------------------------------------------------ actors

def actors(store: Store, flt: EventFilter | None = None, *, kind: str = "all", limit: int = 200) -> list[ActorRow]:
    """People, organisations and countries taking part in the filtered events, most events first.
    ``kind``: ``all``, ``countries`` (one row per country) or ``people`` (rows with a name)."""
    if kind not in {"all", "countries", "people"}:
        raise QueryError("kind must be all, countries or people", "kind")
    base = replace(flt or EventFilter(), limit=None, offset=0, unique=False).validated()
    e = events_t.c
    q = (sa.select(sa.func.coalesce(event_clusters.c.cluster, e.id).label("key"), e.src, e.src_name, e.src_role,
                   e.tgt, e.tgt_name, e.tgt_role, e.date_start)
         .select_from(_joined()).where(*_where(base)))
    acc: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    with store.connect() as conn:
        for r in conn.execute(q):
            for side, country, name, role in (("source", r.src, r.src_name, r.src_role),
                                              ("target", r.tgt, r.tgt_name, r.tgt_role)):
                if country is None and name is None:
                    continue
                keys: list[tuple[str | None, str | None]] = []
                if kind in {"all", "countries"} and country:
                    keys.append((country, None))
                if kind in {"all", "people"} and name:
                    keys.append((country, name))
                for k in keys:
                    a = acc.setdefault(k, {"events": set(), "mentions": 0, "source": 0, "target": 0,
                                           "roles": set(), "first": None, "last": None})
                    a["events"].add(r.key)
                    a["mentions"] += 1
                    a[side] += 1
                    if role and k[1] is not None:
                        a["roles"].add(role)
                    if r.date_start:
                        a["first"] = min(a["first"] or r.date_start, r.date_start)
                        a["last"] = max(a["last"] or r.date_start, r.date_start)
    rows = [ActorRow(k[0], k[1], len(v["events"]), v["mentions"], v["source"], v["target"], tuple(sorted(v["roles"])),
                     v["first"], v["last"]) for k, v in acc.items()]
    rows.sort(key=lambda r: (-r.events, -r.mentions, r.country or "", r.name or ""))
    return rows[:limit]


# -------------------------------------------------------------------------------------------- show

def _sentence_bounds(text: str, start: int, end: int, evidence: str) -> tuple[int, int]:
    if text[start:end] == evidence or (0 <= start <= end <= len(text)):
        return start, end
    return 0, len(text)


def _mention_view(conn: sa.Connection, d: dict[str, Any], art: Any) -> MentionView:
    ev = d["evidence"]
    if art is not None:
        s0, s1 = _sentence_bounds(art.text, int(ev["start"]), int(ev["end"]), ev["text"])
        sentence = art.text[s0:s1]
    else:
        s0, s1, sentence = int(ev["start"]), int(ev["end"]), ev["text"]
    hl: list[Highlight] = []
    trig = d.get("trigger")
    if trig and s0 <= trig["start"] <= trig["end"] <= s1:
        t0, t1 = trig["start"] - s0, trig["end"] - s0
        hl.append(Highlight(t0, t1, "trigger", sentence[t0:t1]))
    if art is not None:
        m = mentions_t.c
        for r in conn.execute(sa.select(m.kind, m.start, m.end).where(m.article == art.id, m.start >= s0, m.end <= s1)
                              .order_by(m.start)):
            hl.append(Highlight(r.start - s0, r.end - s0, r.kind, sentence[r.start - s0:r.end - s0]))
    return MentionView(d, sentence, s0, tuple(hl), d.get("article") or (art.id if art is not None else None),
                       d["doc"], d["lang"], art.published if art is not None else None,
                       art.title if art is not None else None, art.url if art is not None else None)


def show(store: Store, event_id: str) -> EventDetail | None:
    """An event mention with its cluster and every mention of the same real-world event (sentence,
    trigger, actors, dates and quantities highlighted). None if there is no such event id."""
    if not isinstance(event_id, str) or not event_id or len(event_id) > 200:
        raise QueryError("an event id is a short hexadecimal string", "event_id")
    with store.connect() as conn:
        r = conn.execute(sa.select(events_t.c.json, event_clusters.c.cluster).select_from(
            events_t.outerjoin(event_clusters, event_clusters.c.event == events_t.c.id))
            .where(events_t.c.id == event_id)).first()
        if r is None:
            return None
        first = json.loads(r.json)
        info = None
        docs = [first]
        if r.cluster:
            c = conn.execute(sa.select(clusters).where(clusters.c.id == r.cluster)).first()
            if c is not None:
                info = {"id": c.id, "type": c.type, "countries": [x for x in (c.a, c.b) if x], "mode": c.mode,
                        "date": {"start": c.date_start, "end": c.date_end, "precision": c.precision},
                        "representative": c.representative, "mentions": c.n_mentions, "articles": c.n_articles,
                        "langs": [x for x in (c.langs or "").split(",") if x]}
            others = conn.execute(sa.select(events_t.c.json).select_from(
                events_t.join(event_clusters, event_clusters.c.event == events_t.c.id))
                .where(event_clusters.c.cluster == r.cluster, events_t.c.id != event_id)
                .order_by(events_t.c.date_start, events_t.c.id))
            docs += [json.loads(o.json) for o in others]
        views = []
        for d in docs:
            art = conn.execute(sa.select(articles.c.id, articles.c.text, articles.c.published, articles.c.title,
                                         articles.c.url).where(articles.c.id == d.get("article"))).first()
            views.append(_mention_view(conn, d, art))
    return EventDetail(first, r.cluster, info, tuple(views))


# ------------------------------------------------------------------------------------------ search

_WORD = re.compile(r"\w+(?:[-'.]\w+)*")
# Arabic article and the proclitics before it: the query word القاهرة must also find للقاهرة and
# والقاهرة, so the searched form drops them (substring search covers the other prefixes).
_AR_ARTICLE = re.compile(r"^(?:[وف]?[بكل]?ال|[وف]?لل)(?=[\u0621-\u064a]{3})")


def _terms(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    out: list[str] = []
    for w in _WORD.findall(fold_phrase(text)):
        w = _AR_ARTICLE.sub("", w)
        if w and w not in out:
            out.append(w)
    return tuple(out[:20])


def _fts_quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _snippet(text: str, terms: Sequence[str], width: int = 90) -> tuple[str, tuple[tuple[int, int], ...]]:
    folded, offsets = fold(text)
    found: list[tuple[int, int]] = []
    for t in terms:
        i = folded.find(t)
        while i >= 0:
            found.append((offsets[i], offsets[i + len(t) - 1] + 1))
            i = folded.find(t, i + len(t))
    if not found:
        return text[: 2 * width].replace("\n", " "), ()
    found.sort()
    start = max(0, found[0][0] - width)
    end = min(len(text), found[0][1] + width)
    snippet = text[start:end].replace("\n", " ")
    hl = tuple((s - start, e - start) for s, e in found if s >= start and e <= end)
    return snippet, hl


def search(store: Store, query: str, *, lang: str | None = None, limit: int = 20, offset: int = 0) -> SearchPage:
    """Full-text search over article text. Arabic is folded the same way for the index and the query
    (harakat, tatweel, alef/hamza forms, ya/alef maqsura, ta marbuta; the article ال and لل are
    dropped from query words); every word must occur (as a substring, so clitics attached in the
    text do not hide it). Any user input is safe: words are quoted, never parsed as query syntax."""
    if not isinstance(query, str):
        raise QueryError("the search text must be a string", "q")
    if len(query) > 1000:
        raise QueryError("the search text is too long (over 1,000 characters)", "q")
    if not 0 <= limit <= 1000 or offset < 0:
        raise QueryError("limit must be 0..1000 and offset >= 0", "limit")
    terms = _terms(query)
    if not terms:
        return SearchPage(query, (), 0, ())
    a = articles.c
    cond: list[Any] = []
    if lang:
        cond.append(a.lang == lang.lower())
    long_terms = [t for t in terms if len(t) >= 3]
    if store.backend == "sqlite" and long_terms:
        match = " ".join(_fts_quote(t) for t in long_terms)
        fts = sa.table("article_fts", sa.column("article"), sa.column("folded"), sa.column("rank"))
        src = articles.join(fts, fts.c.article == a.id)
        cond.append(sa.text("article_fts MATCH :match").bindparams(match=match))
        cond += [a.folded.contains(t, autoescape=True) for t in terms if len(t) < 3]
        order: list[Any] = [fts.c.rank, a.id]
    else:
        src = articles
        cond += [a.folded.contains(t, autoescape=True) for t in terms]
        order = [a.published.desc().nulls_last(), a.id]
    with store.connect() as conn:
        total = int(conn.execute(sa.select(sa.func.count()).select_from(src).where(*cond)).scalar_one())
        rows = conn.execute(sa.select(a.id, a.doc, a.lang, a.published, a.title, a.url, a.text, a.n_events)
                            .select_from(src).where(*cond).order_by(*order).limit(limit).offset(offset)).all()
    hits = []
    for r in rows:
        snippet, hl = _snippet(r.text, terms)
        hits.append(SearchHit(r.id, r.doc, r.lang, r.published, r.title, r.url, snippet, hl, int(r.n_events or 0)))
    return SearchPage(query, terms, total, tuple(hits))


# ------------------------------------------------------------------------------------ misc reads

def article(store: Store, article_id: str) -> ArticleRow | None:
    """An article by content hash (or by ``doc`` id if no hash matches), with its events."""
    with store.connect() as conn:
        r = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
        if r is None:
            r = conn.execute(sa.select(articles).where(articles.c.doc == article_id).order_by(articles.c.id)).first()
        if r is None:
            return None
        evs = tuple(json.loads(x.json) for x in conn.execute(
            sa.select(events_t.c.json).where(events_t.c.article == r.id).order_by(events_t.c.ev_start, events_t.c.id)))
    return ArticleRow(r.id, r.doc, r.lang, r.published, r.url, r.title, r.source, r.text, r.pipeline, evs)


def failures(store: Store, *, run: int | None = None, all_runs: bool = False, limit: int = 1000) -> list[FailureRow]:
    """Failures recorded by one run (default: the latest run that recorded any) or by every run."""
    f = failures_t.c
    with store.connect() as conn:
        q = sa.select(failures_t).order_by(f.id).limit(limit)
        if not all_runs:
            if run is None:
                run = conn.execute(sa.select(sa.func.max(f.run))).scalar()
                if run is None:
                    return []
            q = q.where(f.run == run)
        return [FailureRow(r.run, r.source, r.code, r.message, r.at) for r in conn.execute(q)]


def stats(store: Store) -> Stats:
    """Totals for the whole database (articles, event mentions, events, latest failures, runs)."""
    with store.connect() as conn:
        n_art = int(conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one())
        n_men = int(conn.execute(sa.select(sa.func.count()).select_from(events_t)).scalar_one())
        n_unclustered = int(conn.execute(sa.select(sa.func.count()).select_from(
            events_t.outerjoin(event_clusters, event_clusters.c.event == events_t.c.id))
            .where(event_clusters.c.event.is_(None))).scalar_one())
        n_ev = int(conn.execute(sa.select(sa.func.count()).select_from(clusters)).scalar_one()) + n_unclustered
        by_lang = {str(k): int(v) for k, v in conn.execute(
            sa.select(articles.c.lang, sa.func.count()).group_by(articles.c.lang))}
        first, last = conn.execute(sa.select(sa.func.min(events_t.c.date_start),
                                             sa.func.max(events_t.c.date_start))).one()
        last_run = conn.execute(sa.select(sa.func.max(failures_t.c.run))).scalar()
        n_fail = int(conn.execute(sa.select(sa.func.count()).select_from(failures_t)
                                  .where(failures_t.c.run == last_run)).scalar_one()) if last_run else 0
        rs = tuple({k: v for k, v in r._mapping.items()} for r in conn.execute(
            sa.select(runs).order_by(runs.c.id.desc()).limit(10)))
    return Stats(n_art, n_men, n_ev, n_fail, by_lang, first, last, store.backend, store.schema_version(), rs)


# ===================================================================================================
# Added by the web/API work (bilateral.api, bilateral.web): reads the pages need that the functions
# above do not give. Same rules: a Store in, frozen records or JSON-ready values out, QueryError on bad
# input; no user string ever becomes SQL text.
# ===================================================================================================

def article_mentions(store: Store, article_id: str) -> tuple[dict[str, Any], ...]:
    """The mentions (actors, dates, quantities, places) found in one article, in text order:
    ``{"kind", "start", "end", "sentence", "text", "rule", "value"}`` with offsets into the original text."""
    if not isinstance(article_id, str) or not article_id or len(article_id) > 200:
        raise QueryError("an article id is a short string", "article_id")
    m = mentions_t.c
    with store.connect() as conn:
        rows = conn.execute(sa.select(m.kind, m.start, m.end, m.sentence, m.text, m.rule, m.value_json)
                            .where(m.article == article_id).order_by(m.start, m.end, m.seq)).all()
    out = []
    for r in rows:
        try:
            value = json.loads(r.value_json) if r.value_json else None
        except ValueError:
            value = None
        out.append({"kind": r.kind, "start": r.start, "end": r.end, "sentence": r.sentence, "text": r.text,
                    "rule": r.rule, "value": value})
    return tuple(out)


def actor_events(store: Store, name: str, flt: EventFilter | None = None) -> EventPage:
    """Event mentions where the person or organisation ``name`` (canonical name, exact) is the source or
    the target, combined with ``flt`` (paging and order as in :func:`events`). Counts cover the filter."""
    if not isinstance(name, str) or not name.strip() or len(name) > 300:
        raise QueryError("an actor name is a non-empty string of at most 300 characters", "name")
    flt = (flt or EventFilter()).validated()
    e = events_t.c
    by_name = sa.or_(e.src_name == name, e.tgt_name == name)
    q = _select_rows(flt).where(by_name).offset(flt.offset)
    if flt.limit is not None:
        q = q.limit(flt.limit)
    key = sa.func.coalesce(event_clusters.c.cluster, events_t.c.id)
    cq = (sa.select(sa.func.count(), sa.func.count(sa.distinct(key)), sa.func.count(sa.distinct(events_t.c.article)))
          .select_from(_joined()).where(*_where(replace(flt, unique=False)), by_name))
    with store.connect() as conn:
        rows = tuple(_row(r) for r in conn.execute(q))
        m, ev, a = conn.execute(cq).one()
    return EventPage(rows, EventCounts(int(m), int(ev), int(a)), flt)
