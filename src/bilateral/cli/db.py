"""Database commands: ``ingest``, ``events``, ``timeline``, ``actors``, ``show``, ``search``, ``export``,
``failures``, ``stats``, ``recluster``. Each calls the query layer or the store; only this module prints.

Every command takes ``--db`` (a path for SQLite or a PostgreSQL URL; default ``BILATERAL_DB``, then
``[store] url``) and, where it outputs rows, ``--format table|jsonl|csv|parquet`` (``--out FILE``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from .. import query
from ..config import load_settings
from ..errors import QueryError
from ..store import Store, open_store
from ..store import export as ex

ROW_FORMATS = ["table", "jsonl", "csv", "parquet"]


def _db_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH|URL",
                   help="database: SQLite file path or postgresql://... URL (default: $BILATERAL_DB, then "
                        "[store] url = bilateral.db)")


def _format_args(p: argparse.ArgumentParser, formats: list[str] | None = None) -> None:
    p.add_argument("--format", choices=formats or ROW_FORMATS, default="table",
                   help="output format (default table; parquet needs --out)")
    p.add_argument("--out", metavar="FILE", help="write to this file instead of standard output")


def _filter_args(p: argparse.ArgumentParser, *, countries: bool = True) -> None:
    if countries:
        p.add_argument("--country", metavar="CODE", help="events involving this country (ISO alpha-3, e.g. EGY)")
        p.add_argument("--counterpart", metavar="CODE", help="...with this country on the other side")
    p.add_argument("--type", action="append", metavar="TYPE", help="PLOVER type(s), e.g. CONSULT,AGREE")
    p.add_argument("--mode", action="append", metavar="MODE", help="mode(s), e.g. visit,phone")
    p.add_argument("--status", action="append", metavar="STATUS",
                   help="occurred, planned, reported, hypothetical, negated")
    p.add_argument("--since", metavar="DATE", help="event date from (2015, 2015-03, 2015-03-14)")
    p.add_argument("--until", metavar="DATE", help="event date until (inclusive)")
    p.add_argument("--lang", action="append", metavar="LANG", help="article language(s): ar, en")
    p.add_argument("--text", metavar="WORDS", help="words that must occur in the evidence sentence")


def register(sub: Any) -> None:
    p = sub.add_parser("ingest", help="extract articles into the event database (idempotent, resumable)",
                       description="Run the pipeline over files, folders, JSONL files or '-' and store articles, "
                                   "mentions, events and failures. Articles already stored with the same content "
                                   "and pipeline version are skipped; a new pipeline version re-extracts them; a "
                                   "batch output folder (articles/ and events/ Parquet) is loaded as it is.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, JSONL file, batch output folder or -")
    _db_args(p)
    p.add_argument("--progress", action="store_true", help="show progress even when stderr is not a terminal")
    p.add_argument("--quiet", action="store_true", help="no progress display")
    p.set_defaults(handler=cmd_ingest)

    p = sub.add_parser("events", help="list events (one row per mention, or per event with --unique)",
                       description="Query events. Filters combine with AND; repeated or comma-separated values "
                                   "with OR.")
    _db_args(p)
    _filter_args(p)
    p.add_argument("--doc", help="only this document id")
    p.add_argument("--unique", action="store_true", help="one row per real-world event (deduplicated cluster)")
    p.add_argument("--order", choices=["date", "-date", "intensity", "-intensity"], default="date")
    p.add_argument("--limit", type=int, default=100, help="rows to show (default 100; 0 = none, only counts)")
    p.add_argument("--offset", type=int, default=0)
    _format_args(p)
    p.set_defaults(handler=cmd_events)

    p = sub.add_parser("timeline", help="relations of a country (pair) per year or month",
                       description="Events per period between A and B (or A and everyone): counts by type and quad "
                                   "class, mean intensity and cooperation-conflict balance; empty periods shown.")
    p.add_argument("a", metavar="A", help="country code, e.g. EGY")
    p.add_argument("b", metavar="B", nargs="?", help="counterpart country code, e.g. RUS")
    p.add_argument("--by", choices=["year", "month"], default="year")
    _db_args(p)
    _filter_args(p, countries=False)
    _format_args(p)
    p.set_defaults(handler=cmd_timeline)

    p = sub.add_parser("actors", help="people and countries with their event counts, roles and date ranges")
    _db_args(p)
    _filter_args(p)
    p.add_argument("--kind", choices=["all", "countries", "people"], default="all")
    p.add_argument("--limit", type=int, default=200)
    _format_args(p)
    p.set_defaults(handler=cmd_actors)

    p = sub.add_parser("show", help="one event: its cluster and every mention with the sentence highlighted")
    p.add_argument("event_id", metavar="EVENT_ID")
    _db_args(p)
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("search", help="full-text search over articles (Arabic folding, any input is safe)")
    p.add_argument("q", metavar="TEXT")
    _db_args(p)
    p.add_argument("--lang", help="only articles in this language")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    _format_args(p)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("export", help="export the events of a query: jsonl, csv (Excel), parquet, plover, gdelt",
                       description="Write every event matching the filters. jsonl = the event output contract; "
                                   "csv opens in Excel (UTF-8 BOM, formulas neutralized); plover = PLOVER-strict "
                                   "JSON Lines; gdelt = GDELT-style tab-separated table (docs/codebook-gdelt.md; "
                                   "Parquet when --out ends in .parquet).")
    p.add_argument("--as", dest="fmt", choices=list(ex.FORMATS), default="jsonl")
    p.add_argument("--out", metavar="FILE", help="output file (required for parquet)")
    _db_args(p)
    _filter_args(p)
    p.add_argument("--unique", action="store_true", help="one row per real-world event")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("failures", help="articles that could not be ingested, with reasons")
    _db_args(p)
    p.add_argument("--run", type=int, help="failures of this run (default: the latest run with failures)")
    p.add_argument("--all", action="store_true", help="failures of every run")
    _format_args(p)
    p.set_defaults(handler=cmd_failures)

    p = sub.add_parser("stats", help="totals of the database: articles, mentions, events, runs")
    _db_args(p)
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("recluster", help="recompute event clusters (deduplication) from the stored events")
    _db_args(p)
    p.set_defaults(handler=cmd_recluster)


# ------------------------------------------------------------------------------------------ helpers

def _open(args: argparse.Namespace) -> Store:
    return open_store(args.db, settings=load_settings(getattr(args, "config", None)))


def _join(values: list[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for item in values or [] for v in item.split(",") if v.strip())


def _filter(args: argparse.Namespace, **extra: Any) -> query.EventFilter:
    return query.EventFilter(
        country=getattr(args, "country", None), counterpart=getattr(args, "counterpart", None),
        type=_join(args.type), mode=_join(args.mode), status=_join(args.status), lang=_join(args.lang),
        since=args.since, until=args.until, text=args.text, **extra).validated()


def _cell(v: Any, width: int) -> str:
    s = "" if v is None else (", ".join(map(str, v)) if isinstance(v, list | tuple) else str(v))
    s = s.replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


def render_table(rows: list[dict[str, Any]], columns: list[str], widths: dict[str, int] | None = None) -> str:
    widths = widths or {}
    w = {c: min(widths.get(c, 24), max([len(c)] + [len(_cell(r.get(c), widths.get(c, 24))) for r in rows]))
         for c in columns}
    lines = ["  ".join(c.ljust(w[c]) for c in columns)]
    lines += ["  ".join(_cell(r.get(c), w[c]).ljust(w[c]) for c in columns) for r in rows]
    return "\n".join(lines)


def emit(rows: Iterable[dict[str, Any]], columns: list[str], fmt: str, out_path: str | None,
         widths: dict[str, int] | None = None, *, jsonl_rows: Iterable[dict[str, Any]] | None = None) -> int:
    """Write rows in one of the row formats; returns the number written."""
    if fmt == "parquet":
        if not out_path:
            raise QueryError("--format parquet needs --out FILE", "format")
        return ex.write_parquet_rows(({c: _plain(r.get(c)) for c in columns} for r in rows), columns, out_path)
    if fmt == "csv":
        flat = ({c: _plain(r.get(c)) for c in columns} for r in rows)
        if out_path:
            with open(out_path, "wb") as fh:
                return ex.write_csv_rows(flat, columns, fh)
        n = ex.write_csv_rows(flat, columns, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return n
    out: IO[str] = open(out_path, "w", encoding="utf-8") if out_path else sys.stdout  # noqa: SIM115
    try:
        if fmt == "jsonl":
            n = 0
            for r in jsonl_rows if jsonl_rows is not None else rows:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
            return n
        materialized = list(rows)
        out.write(render_table(materialized, columns, widths) + "\n")
        return len(materialized)
    finally:
        if out_path:
            out.close()


def _plain(v: Any) -> Any:
    if isinstance(v, list | tuple):
        return ";".join(map(str, v))
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return v


# ------------------------------------------------------------------------------------------ commands

def cmd_ingest(args: argparse.Namespace) -> int:
    from ..context import Context
    from ..pipeline import Pipeline
    from ..store.ingest import Progress, ingest_paths

    show = not args.quiet and (args.progress or sys.stderr.isatty())
    tty = sys.stderr.isatty()

    def progress(p: Progress) -> None:
        total = f"/{p.total}" if p.total else ""
        line = f"ingested {p.done}{total} articles, {p.events} events, {p.rate:.1f} articles/s"
        print(("\r" + line) if tty else line, end="" if tty else "\n", file=sys.stderr, flush=True)

    settings = load_settings(getattr(args, "config", None))
    with open_store(args.db, settings=settings) as store:
        pipeline = Pipeline(Context.load(settings))
        summary = ingest_paths(store, args.paths, pipeline, on_progress=progress if show else None,
                               command="ingest " + " ".join(args.paths))
        if show and tty:
            print(file=sys.stderr)
        print(f"{summary.line()}; {summary.clusters} event cluster(s) updated (run {summary.run}, "
              f"{summary.seconds:.1f} s)")
        if summary.failures:
            by_code = Counter(f"[{f.code}]" for f in summary.failures)
            print(f"{summary.failed} failure(s): " + ", ".join(f"{c} {n}" for c, n in by_code.most_common()),
                  file=sys.stderr)
            for f in summary.failures[:20]:
                print(f"  {f.source}: [{f.code}] {f.message}", file=sys.stderr)
            if len(summary.failures) > 20:
                print(f"  ... and {len(summary.failures) - 20} more: bilateral failures --run {summary.run}",
                      file=sys.stderr)
    return 0 if not summary.failures else 1


EVENT_TABLE = ["id", "date", "type", "mode", "source", "target", "status", "lang", "doc", "cluster_size", "evidence"]
_EVENT_WIDTHS = {"id": 16, "date": 10, "type": 9, "mode": 12, "source": 6, "target": 6, "status": 10, "lang": 4,
                 "doc": 20, "cluster_size": 4, "evidence": 60}


def _table_event(r: query.EventRow) -> dict[str, Any]:
    e = r.event
    return {"id": e["id"], "date": (e.get("date") or {}).get("start"), "type": e["type"], "mode": e.get("mode"),
            "source": (e.get("source") or {}).get("country"), "target": (e.get("target") or {}).get("country"),
            "status": e.get("status"), "lang": e.get("lang"), "doc": e.get("doc"), "cluster_size": r.cluster_size,
            "evidence": (e.get("evidence") or {}).get("text")}


def cmd_events(args: argparse.Namespace) -> int:
    flt = _filter(args, doc=args.doc, unique=args.unique, order=args.order, limit=args.limit, offset=args.offset)
    with _open(args) as store:
        page = query.events(store, flt)
    rows = list(page.rows)
    if args.format == "table":
        emit([_table_event(r) for r in rows], EVENT_TABLE, "table", args.out, _EVENT_WIDTHS)
        c = page.counts
        print(f"{len(rows)} row(s) shown; {c.events} event(s), {c.mentions} mention(s) in {c.articles} article(s)",
              file=sys.stderr)
    elif args.format == "jsonl":
        emit([], [], "jsonl", args.out, jsonl_rows=[r.to_dict() for r in rows])
    else:
        emit((ex.flatten(r.to_dict()) for r in rows), ex.EVENT_COLUMNS, args.format, args.out)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    flt = _filter(args)
    with _open(args) as store:
        tl = query.timeline(store, args.a, args.b, by=args.by, flt=flt)
    types = sorted({t for p in tl.periods for t in p.by_type})
    rows = []
    for p in tl.periods:
        rows.append({"period": p.period, "events": p.events, "mentions": p.mentions,
                     **{f"quad{q}": p.by_quad.get(q, 0) for q in (1, 2, 3, 4)},
                     "intensity": p.intensity, "balance": p.balance,
                     **{t: p.by_type.get(t, 0) for t in types}})
    cols = ["period", "events", "mentions", "quad1", "quad2", "quad3", "quad4", "intensity", "balance", *types]
    if args.format == "jsonl":
        emit([], [], "jsonl", args.out, jsonl_rows=[p.to_dict() for p in tl.periods])
    else:
        emit(rows, cols, args.format, args.out, {c: 10 for c in cols})
    return 0


def cmd_actors(args: argparse.Namespace) -> int:
    with _open(args) as store:
        rows = query.actors(store, _filter(args, limit=None), kind=args.kind, limit=args.limit)
    cols = ["country", "name", "events", "mentions", "as_source", "as_target", "roles", "first", "last"]
    emit([r.to_dict() for r in rows], cols, args.format, args.out, {"name": 30, "roles": 30})
    return 0


_MARK = {"trigger": ("[", "]"), "actor": ("{", "}"), "date": ("<", ">"), "quantity": ("«", "»"),
         "place": ("(", ")")}


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as store:
        d = query.show(store, args.event_id)
    if d is None:
        print(f"error: no event with id {args.event_id!r}", file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps(d.to_dict(), ensure_ascii=False, indent=2))
        return 0
    e = d.event
    date = e.get("date") or {}
    print(f"event {e['id']}: {e['type']} {e.get('mode') or ''}  {(e.get('source') or {}).get('country')} -> "
          f"{(e.get('target') or {}).get('country')}  {date.get('start')} ({date.get('precision')}, "
          f"{date.get('basis')})  {e.get('status')}")
    if d.cluster_info:
        ci = d.cluster_info
        print(f"cluster {d.cluster}: {ci['mentions']} mention(s) in {ci['articles']} article(s), "
              f"languages {', '.join(ci['langs'])}, date {ci['date']['start']}")
    print("marks: [trigger] {actor} <date> «quantity» (place)")
    for i, m in enumerate(d.mentions, 1):
        marked = "".join(f"{_MARK[k][0]}{t}{_MARK[k][1]}" if k in _MARK else t for t, k in m.segments())
        print(f"\n{i}. {m.doc} ({m.lang}, published {m.published or '?'}) event {m.event['id']}")
        print(f"   {marked}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args) as store:
        page = query.search(store, args.q, lang=args.lang, limit=args.limit, offset=args.offset)
    if args.format == "jsonl":
        emit([], [], "jsonl", args.out, jsonl_rows=[h.to_dict() for h in page.hits])
    else:
        rows = []
        for h in page.hits:
            snip, pos = [], 0
            for s, t in h.highlights:
                snip += [h.snippet[pos:s], "[", h.snippet[s:t], "]"]
                pos = t
            snip.append(h.snippet[pos:])
            rows.append({**h.to_dict(), "snippet": "".join(snip) if args.format == "table" else h.snippet})
        cols = ["doc", "lang", "published", "events", "title", "snippet", "article"]
        emit(rows, cols, args.format, args.out, {"snippet": 90, "title": 30})
    if args.format == "table":
        print(f"{page.total} article(s) match {' '.join(page.terms)!r}", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    flt = _filter(args, unique=args.unique, limit=None)
    if args.fmt == "parquet" and not args.out:
        raise QueryError("--as parquet needs --out FILE", "out")
    with _open(args) as store:
        rows = (r.to_dict() for r in query.iter_events(store, flt))
        n = _export(rows, args.fmt, args.out)
    print(f"exported {n} event(s) as {args.fmt}" + (f" to {args.out}" if args.out else ""), file=sys.stderr)
    return 0


def _country_lookup() -> Any:
    try:
        from ..kb import KnowledgeBase

        kb = KnowledgeBase.load()
    except Exception:  # the KB is optional for exports: codes stay empty
        return None
    return getattr(kb, "country", None)


def _export(rows: Iterable[dict[str, Any]], fmt: str, out_path: str | None) -> int:
    if fmt == "parquet":
        assert out_path
        return ex.write_parquet(rows, out_path)
    if fmt == "gdelt" and out_path and out_path.endswith(".parquet"):
        return ex.write_gdelt(rows, sys.stdout.buffer, _country_lookup(), parquet_path=out_path)
    if fmt in {"csv", "gdelt"}:
        fh: Any = open(out_path, "wb") if out_path else sys.stdout.buffer  # noqa: SIM115
        try:
            return ex.write_csv(rows, fh) if fmt == "csv" else ex.write_gdelt(rows, fh, _country_lookup())
        finally:
            if out_path:
                fh.close()
            else:
                fh.flush()
    out: IO[str] = open(out_path, "w", encoding="utf-8") if out_path else sys.stdout  # noqa: SIM115
    try:
        return ex.write_jsonl(rows, out) if fmt == "jsonl" else ex.write_plover(rows, out)
    finally:
        if out_path:
            out.close()


def cmd_failures(args: argparse.Namespace) -> int:
    with _open(args) as store:
        rows = query.failures(store, run=args.run, all_runs=args.all)
    emit([r.to_dict() for r in rows], ["run", "source", "code", "message", "at"], args.format, args.out,
         {"source": 50, "message": 70})
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args) as store:
        s = query.stats(store)
    if args.format == "json":
        print(json.dumps(s.to_dict(), ensure_ascii=False, indent=2, default=str))
        return 0
    print(f"database: {store.url} ({s.backend}, schema version {s.schema_version})")
    print(f"articles: {s.articles} ({', '.join(f'{k} {v}' for k, v in sorted(s.by_lang.items()))})")
    print(f"events: {s.events} (from {s.mentions} mention(s)); dates {s.first or '-'} .. {s.last or '-'}")
    print(f"failures in the latest run: {s.failures}")
    return 0


def cmd_recluster(args: argparse.Namespace) -> int:
    from ..store.clusters import recluster

    with _open(args) as store:
        n = recluster(store, full=True)
    print(f"{n} event cluster(s)")
    return 0


__all__ = ["Path", "emit", "register", "render_table"]
