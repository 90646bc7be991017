"""What each page shows, as JSON-ready dicts built from the query layer only (no SQL here).

The JSON routes return these dicts; the HTML pages render the same dicts with templates, so every
page has a JSON twin with exactly its content (STYLE #7).
"""

from __future__ import annotations

import io
import logging
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import IO, Any

from .. import query
from ..errors import QueryError
from ..model import EventType
from ..query import EventFilter
from ..web.charts import QUAD_SERIES, TYPE_SERIES, Series, period_range

__all__ = ["QUAD_TYPES", "dashboard", "event_filter", "export_file"]

log = logging.getLogger(__name__)

# quad class of each PLOVER type, the same table the chart colours follow (SANCTION = 4)
QUAD_TYPES: dict[str, tuple[str, ...]] = {
    "1": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    "2": ("COOPERATE", "AID", "RETREAT"),
    "3": ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    "4": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}
PERIOD_UNITS = ("year", "month")
COUNT_KINDS = ("events", "mentions")
STACKS = ("quad", "type")

FILTER_KEYS = ("country", "counterpart", "type", "mode", "status", "lang", "since", "until", "text", "doc",
               "article", "cluster", "unique", "limit", "offset", "order")


def event_filter(params: dict[str, Any], **overrides: Any) -> EventFilter:
    """An EventFilter from request parameters (lists or comma-separated); QueryError on bad values."""
    merged = {k: v for k, v in params.items() if k in FILTER_KEYS}
    merged.update(overrides)
    return EventFilter.from_params(merged)


def choice(value: str | None, allowed: Iterable[str], name: str, default: str) -> str:
    if value in (None, ""):
        return default
    allowed = tuple(allowed)
    if value not in allowed:
        raise QueryError(f"{name} must be one of {', '.join(allowed)}, not {value!r}", name)
    return str(value)


def period_bounds(period: str) -> tuple[str, str]:
    """since/until for one chart period ("2015" or "2015-03")."""
    return period, period


# ------------------------------------------------------------------------------------- dashboard

def dashboard(db: Any, params: dict[str, Any]) -> dict[str, Any]:
    """The dyad dashboard: zero-filled timeline (events or mentions, by quad class and type,
    cooperation-conflict balance) and, when a bar is picked, the events it counts."""
    a = params.get("a") or None
    b = params.get("b") or None
    by = choice(params.get("by"), PERIOD_UNITS, "by", "month")
    count = choice(params.get("count"), COUNT_KINDS, "count", "events")
    stack = choice(params.get("stack"), STACKS, "stack", "quad")
    period = params.get("period") or None
    key = params.get("key") or None
    base = EventFilter.from_params({"country": a, "counterpart": b, "since": params.get("since"),
                                    "until": params.get("until"), "status": params.get("status"),
                                    "limit": None})
    if key is not None:
        valid = QUAD_TYPES if stack == "quad" else EventType.__members__
        if key not in valid:
            raise QueryError(f"key must be a {'quad class 1-4' if stack == 'quad' else 'PLOVER type'}, not {key!r}",
                             "key")
    out: dict[str, Any] = {"a": base.country, "b": base.counterpart, "by": by, "count": count, "stack": stack,
                           "period": period, "key": key, "since": base.since, "until": base.until,
                           "status": list(base.status), "periods": [], "totals": {}, "selected": None}
    if not base.country:
        return out
    tl = timeline_counts(db, base, by=by, count=count)
    out["periods"] = tl
    out["totals"] = {"events": sum(p["events"] for p in tl), "mentions": sum(p["mentions"] for p in tl),
                     "cooperation": sum(p["cooperation"] for p in tl), "conflict": sum(p["conflict"] for p in tl)}
    if period:
        if period not in {p["period"] for p in tl}:
            raise QueryError(f"period {period!r} is not on this timeline (by={by})", "period")
        types = (QUAD_TYPES[key] if stack == "quad" else (key,)) if key else ()
        flt = replace(base, since=period, until=period, type=types, unique=(count == "events"),
                      limit=int(params.get("limit") or 100), offset=int(params.get("offset") or 0))
        page = query.events(db, flt.validated())
        row = next(p for p in tl if p["period"] == period)
        if key is None:
            bar = sum(row["by_type"].values())
        else:
            bar = row["by_quad"].get(key, 0) if stack == "quad" else row["by_type"].get(key, 0)
        out["selected"] = {"period": period, "key": key, "bar_count": bar, "filter": flt.to_dict(), **page.to_dict()}
    return out


def timeline_counts(db: Any, flt: EventFilter, *, by: str, count: str) -> list[dict[str, Any]]:
    """Per period, zero-filled: events (distinct clusters, counted once at the date of their
    representative mention), mentions (reports), and the chosen kind by quad class and by type, with
    the cooperation-conflict balance.

    Counted from ``query.iter_events`` with each row's own date, the same rows ``query.events``
    returns for ``since=until=period`` (``unique`` for events), so a bar and the list its click shows
    always agree. Dates coarser than the period (a year-only date in a monthly chart) are left out,
    as the query layer's ``since``/``until`` leave them out."""
    stats: dict[str, dict[str, Counter[str]]] = {}
    for kind, unique in (("events", True), ("mentions", False)):
        per_quad: dict[str, Counter[str]] = defaultdict(Counter)
        per_type: dict[str, Counter[str]] = defaultdict(Counter)
        total: Counter[str] = Counter()
        for row in query.iter_events(db, replace(flt, unique=unique, limit=None, offset=0)):
            e = row.event
            p = _period_of((e.get("date") or {}).get("start"), by)
            if p is None:
                continue
            total[p] += 1
            if e.get("quad"):
                per_quad[p][str(e["quad"])] += 1
            per_type[p][str(e["type"])] += 1
        stats[kind] = {"total": total, **{f"q{p}": c for p, c in per_quad.items()},
                       **{f"t{p}": c for p, c in per_type.items()}}
    keys = sorted(set(stats["mentions"]["total"]))
    first = _period_of(flt.since, by) or (keys[0] if keys else None)
    last = _period_of(_end_of(flt.until, by), by) or (keys[-1] if keys else None)
    if first is None or last is None:
        return []
    chosen = stats[count]
    out = []
    for p in period_range(first, last, by):
        quads = chosen.get(f"q{p}", Counter())
        coop, conf = quads["1"] + quads["2"], quads["3"] + quads["4"]
        counted = coop + conf
        out.append({"period": p, "events": stats["events"]["total"][p], "mentions": stats["mentions"]["total"][p],
                    "count": count, "by_quad": {q: quads[q] for q in ("1", "2", "3", "4")},
                    "by_type": dict(sorted(chosen.get(f"t{p}", Counter()).items())),
                    "cooperation": coop, "conflict": conf,
                    "balance": round((coop - conf) / counted, 3) if counted else None})
    return out


def _end_of(until: str | None, by: str) -> str | None:
    """The last period an ``until`` bound reaches ("2016" with by=month -> "2016-12")."""
    if until and by == "month" and len(until) == 4:
        return until + "-12"
    return until


def _period_of(start: str | None, by: str) -> str | None:
    if not start:
        return None
    parts = start.split("-")
    if by == "year":
        return parts[0]
    return f"{parts[0]}-{parts[1]}" if len(parts) >= 2 else None


def chart_counts(periods: list[dict[str, Any]],
                 stack: str) -> tuple[list[str], dict[tuple[str, str], int], tuple[Series, ...]]:
    counts: dict[tuple[str, str], int] = {}
    for p in periods:
        for k, n in (p["by_quad"] if stack == "quad" else p["by_type"]).items():
            counts[(p["period"], k)] = n
    return [p["period"] for p in periods], counts, QUAD_SERIES if stack == "quad" else TYPE_SERIES


# ---------------------------------------------------------------------------------------- exports

def export_file(rows: Iterable[dict[str, Any]], fmt: str) -> IO[bytes]:
    """Event rows written by the store's exporters (CSV for Excel with BOM and neutralized formulas,
    or JSON Lines of the contract) into a spooled temporary file, rewound, for streaming."""
    from ..store.export import write_csv, write_jsonl

    out: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)  # noqa: SIM115 - closed by the response
    if fmt == "csv":
        write_csv(rows, out)
    else:
        text = io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=True)
        write_jsonl(rows, text)
        text.flush()
        text.detach()
    out.seek(0)
    return out


# ----------------------------------------------------------------------------------------- pages

def country_names(context: Any, code: str | None) -> dict[str, str | None]:
    """English and Arabic names of a country code from the knowledge base (empty when unknown)."""
    try:
        c = context().kb.country(code) if code else None
    except Exception:  # names are decoration: a broken knowledge base must not break the pages
        log.exception("knowledge base unavailable")
        c = None
    return {"en": c.name_en, "ar": c.name_ar} if c is not None else {"en": None, "ar": None}


def kb_person(context: Any, name: str) -> dict[str, Any] | None:
    """The knowledge-base person with this canonical English name and their offices (ISO intervals)."""
    try:
        ctx = context()
    except Exception:  # as above
        log.exception("knowledge base unavailable")
        return None

    def index() -> dict[str, Any]:
        return {p.name_en: p for p in ctx.kb.people.values()}

    person = ctx.cached("web.people_by_name", index).get(name)
    if person is None:
        return None
    return {"id": person.id, "name_en": person.name_en, "name_ar": person.name_ar, "country": person.country,
            "born": person.born,
            "offices": [{"country": o.country, "role": o.role, "start": o.start, "end": o.end,
                         "title_en": o.title_en, "title_ar": o.title_ar} for o in person.offices]}


def _int(params: dict[str, Any], name: str, default: int, lo: int = 0, hi: int = query.MAX_LIMIT) -> int:
    raw = params.get(name)
    if raw in (None, ""):
        return default
    try:
        v = int(raw)
    except (TypeError, ValueError) as e:
        raise QueryError(f"{name} must be a whole number, not {raw!r}", name) from e
    if not lo <= v <= hi:
        raise QueryError(f"{name} must be between {lo} and {hi}", name)
    return v


def events_page(db: Any, params: dict[str, Any]) -> dict[str, Any]:
    """The event table: one page of rows (mentions, or events with ``unique``) and the totals."""
    merged = dict(params)
    merged["limit"] = _int(params, "limit", 50)
    flt = event_filter(merged)
    return query.events(db, flt).to_dict()


def event_page(db: Any, event_id: str) -> dict[str, Any]:
    """An event with its cluster and every source reporting it; each mention carries its article's
    full text span data so the page can show the evidence inside the original article."""
    detail = query.show(db, event_id)
    if detail is None:
        from .errors import HttpError

        raise HttpError(404, f"no event with id {event_id!r}", code="E404", parameter="event_id")
    return detail.to_dict()


def article_page(db: Any, article_id: str) -> dict[str, Any]:
    row = query.article(db, article_id)
    if row is None:
        from .errors import HttpError

        raise HttpError(404, f"no article with id {article_id!r}", code="E404", parameter="article_id")
    return {**row.to_dict(), "mentions": list(query.article_mentions(db, row.id))}


def country_page(db: Any, country: str, params: dict[str, Any], context: Any = None) -> dict[str, Any]:
    """A country: partners ranked by events together, its people and organisations, latest events."""
    flt = event_filter({"country": country})
    code = flt.country
    countries = query.actors(db, flt, kind="countries", limit=5000)
    partners = [r.to_dict() for r in countries if r.country != code]
    me = next((r.to_dict() for r in countries if r.country == code), None)
    people = [r.to_dict() for r in query.actors(db, flt, kind="people", limit=500) if r.country == code]
    latest = query.events(db, event_filter({"country": code, "order": "-date", "unique": True,
                                            "limit": _int(params, "limit", 20)}))
    names = country_names(context, code) if context is not None else {"en": None, "ar": None}
    for p in partners:
        p["names"] = country_names(context, p["country"]) if context is not None else {"en": None, "ar": None}
    return {"country": code, "names": names, "summary": me, "partners": partners, "people": people,
            "events": latest.to_dict()}


def actor_page(db: Any, country: str, name: str, params: dict[str, Any], context: Any = None) -> dict[str, Any]:
    """A person or organisation: offices from the knowledge base (ISO intervals), offices as seen in the
    events (first and last date each), and the events."""
    flt = event_filter({"country": country if country != "-" else None, "order": params.get("order") or "date",
                        "limit": _int(params, "limit", 50), "offset": _int(params, "offset", 0)})
    page = query.actor_events(db, name, flt)
    offices: dict[tuple[str | None, str], dict[str, Any]] = {}
    for row in query.actor_events(db, name, replace(flt, limit=None, offset=0)).rows:
        e = row.event
        for side in ("source", "target"):
            a = e.get(side) or {}
            if a.get("name") != name:
                continue
            k = (a.get("country"), a.get("role") or "")
            o = offices.setdefault(k, {"country": a.get("country"), "role": a.get("role"), "first": None,
                                       "last": None, "events": 0})
            o["events"] += 1
            d = (e.get("date") or {}).get("start")
            if d:
                o["first"] = min(o["first"] or d, d)
                o["last"] = max(o["last"] or d, d)
    return {"name": name, "country": flt.country, "kb": kb_person(context, name) if context is not None else None,
            "offices": sorted(offices.values(), key=lambda o: o["first"] or ""), "events": page.to_dict()}


def search_page(db: Any, q: str, *, lang: str | None = None, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    page = query.search(db, q or "", lang=lang or None, limit=limit, offset=offset)
    events_found = query.events(db, event_filter({"text": q, "limit": 20})) if page.terms else None
    return {**page.to_dict(), "limit": limit, "offset": offset,
            "events": events_found.to_dict() if events_found else None}


async def ingest_uploads(jobs: Any, files: list[Any], text: str | None, *, published: str | None,
                         title: str | None, lang: str | None, max_bytes: int) -> Any:
    """Read uploaded files (each within ``max_bytes``) and pasted text into an ingest job."""
    from pathlib import Path

    from ..errors import BadDate
    from ..ingest import ARTICLE_SUFFIXES, parse_published
    from .errors import HttpError
    from .jobs import Upload

    if published:
        try:
            parse_published(published, "published")
        except BadDate as e:
            raise HttpError(400, e.message, code=e.code, parameter="published") from e
    if lang and lang not in ("ar", "en"):
        raise HttpError(400, f"lang must be ar or en (or empty to detect it), not {lang!r}", parameter="lang")
    uploads: list[Any] = []
    for f in files:
        if not f.filename:
            continue
        suffix = Path(f.filename).suffix.lower()
        if suffix not in ARTICLE_SUFFIXES:
            raise HttpError(400, f"{f.filename}: unsupported file type {suffix or '(none)'!r} "
                                 f"(use {', '.join(sorted(ARTICLE_SUFFIXES))})", code="E104", parameter="files")
        data = await f.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise HttpError(413, f"{f.filename}: over the upload limit of {max_bytes:,} bytes", code="E106",
                            parameter="files")
        uploads.append(Upload(f.filename, data, suffix))
    if text and text.strip():
        uploads.append(Upload(title or "pasted-text", text.encode("utf-8"), ".txt"))
    if not uploads:
        raise HttpError(400, "nothing to ingest: choose a file or paste the text of an article", code="E105",
                        parameter="text")
    return jobs.submit(uploads, published=published or None, title=title or None, lang=lang or None)
