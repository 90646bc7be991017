"""``bilateral evaluate``: precision/recall/F1, date and status accuracy against gold events."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..config import load_settings
from ..context import Context
from ..evaluation import evaluate, read_gold, render
from ..extraction import extract_paths
from ..model import Analysis, Event


def register(sub: Any) -> None:
    p = sub.add_parser("evaluate", help="score extraction against gold events",
                       description="Run the pipeline over PATH... and compare with the gold events: precision, "
                                   "recall and F1 per event type and per language, date accuracy (at the gold's "
                                   "precision), status accuracy and direction accuracy (matched events whose gold fixes who "
                                   "acted: visits, aid, sanctions, accusations ...), with every mismatch listed "
                                   "and a table of their likely causes (merged, other type, other pair, not found).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="articles (files, folders with manifest.json, JSONL)")
    p.add_argument("--gold", required=True, metavar="GOLD.jsonl", help="gold events, one JSON object per line")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--no-mismatches", action="store_true", help="print only the figures")
    p.set_defaults(handler=cmd_evaluate)


def cmd_evaluate(args: argparse.Namespace) -> int:
    gold = read_gold(args.gold)
    events: list[Event] = []
    langs: dict[str, str] = {}

    def on_analysis(a: Analysis) -> None:
        langs[a.article.doc] = a.article.lang or "?"

    summary = extract_paths(args.paths, Context.load(load_settings(args.config)), on_event=events.append,
                            on_analysis=on_analysis,
                            on_failure=lambda f: print(f"skipped {f.source}: [{f.code}] {f.message}", file=sys.stderr))
    docs = set(langs)
    gold = [g for g in gold if g.doc in docs]
    report = evaluate(gold, events, langs)
    if args.format == "json":
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(render(report, show_mismatches=not args.no_mismatches))
    return 0 if not summary.failures else 1
