"""``bilateral extract`` and ``bilateral demo``."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import IO, Any

from ..config import load_settings
from ..context import Context
from ..extraction import ExtractionSummary, extract_paths
from ..model import Event, Failure


def register(sub: Any) -> None:
    p = sub.add_parser("extract", help="extract events from articles and print them",
                       description="Run the pipeline over files, folders (recursively, with manifest.json), "
                                   "JSONL document files or '-' for standard input, and write one event per "
                                   "line in the event output contract.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, JSONL file or - (stdin)")
    p.add_argument("--format", choices=["jsonl", "table"], default=None,
                   help="jsonl (default when writing to a file or pipe) or table (default on a terminal)")
    p.add_argument("--out", metavar="FILE", help="write events here instead of standard output")
    p.set_defaults(handler=cmd_extract)

    d = sub.add_parser("demo", help="run the pipeline on the built-in demo corpus and summarize",
                       description="Extract events from the demo articles shipped with bilateral "
                                   "(written for this project, in Arabic and English) and print a summary.")
    d.add_argument("--format", choices=["summary", "jsonl", "table"], default="summary")
    d.set_defaults(handler=cmd_demo)


def _context(args: argparse.Namespace) -> Context:
    return Context.load(load_settings(getattr(args, "config", None)))


def cmd_extract(args: argparse.Namespace) -> int:
    fmt = args.format or ("table" if sys.stdout.isatty() and not args.out else "jsonl")
    out: IO[str] = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115
    try:
        summary = extract_paths(args.paths, _context(args), on_event=_writer(fmt, out),
                                on_failure=_report_failure)
    finally:
        if args.out:
            out.close()
    _print_totals(summary)
    return 0 if not summary.failures else 1


def demo_path() -> Path:
    return Path(str(resources.files("bilateral").joinpath("demo")))


def cmd_demo(args: argparse.Namespace) -> int:
    events: list[Event] = []
    fmt = args.format
    writer = _writer(fmt, sys.stdout) if fmt != "summary" else events.append
    summary = extract_paths([demo_path()], _context(args), on_event=writer, on_failure=_report_failure)
    if fmt == "summary":
        print(render_summary(events, summary))
    else:
        _print_totals(summary)
    return 0 if not summary.failures else 1


def _writer(fmt: str, out: IO[str]) -> Any:
    if fmt == "jsonl":
        def write(e: Event) -> None:
            out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        return write
    header = False

    def row(e: Event) -> None:
        nonlocal header
        if not header:
            out.write(f"{'doc':<22} {'date':<12} {'type':<10} {'mode':<13} {'source':>5} -> {'target':<5} "
                      f"{'status':<12} evidence\n")
            header = True
        out.write(table_row(e) + "\n")
    return row


def _actor(a: Any) -> str:
    return (a.country or "?") if a else "-"


def table_row(e: Event) -> str:
    snippet = e.evidence.text.replace("\n", " ")
    if len(snippet) > 70:
        snippet = snippet[:67] + "..."
    date = e.date.start or "?"
    return (f"{e.doc[:22]:<22} {date:<12} {e.type:<10} {(e.mode or '-'):<13} {_actor(e.source):>5} -> "
            f"{_actor(e.target):<5} {e.status:<12} {snippet}")


def _report_failure(f: Failure) -> None:
    print(f"skipped {f.source}: [{f.code}] {f.message}", file=sys.stderr)


def _print_totals(s: ExtractionSummary) -> None:
    print(f"{s.articles} article(s), {s.events} event(s), {len(s.failures)} failure(s)", file=sys.stderr)


def render_summary(events: list[Event], s: ExtractionSummary) -> str:
    lines = [f"Demo corpus: {s.articles} articles, {len(events)} events, {len(s.failures)} failures", ""]
    by_type = Counter(str(e.type) for e in events)
    lines.append("Events by type:  " + ", ".join(f"{t} {n}" for t, n in by_type.most_common()))
    dyads = Counter(tuple(sorted(a.country for a in (e.source, e.target) if a is not None and a.country))
                    for e in events if e.target is not None)  # one-sided events have no dyad
    lines.append("Top dyads:       " + ", ".join(f"{'-'.join(d)} {n}" for d, n in dyads.most_common(8)))
    status = Counter(str(e.status) for e in events)
    lines.append("By status:       " + ", ".join(f"{t} {n}" for t, n in status.most_common()))
    basis = Counter(str(e.date.basis) for e in events)
    lines.append("Date basis:      " + ", ".join(f"{t} {n}" for t, n in basis.most_common()))
    lines += ["", "Events (date, type, source -> target, status):"]
    for e in sorted(events, key=lambda e: (e.date.start or "", e.doc)):
        lines.append("  " + table_row(e))
    return "\n".join(lines)
