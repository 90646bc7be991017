"""Agreement between two annotators' gold for the same articles, scored with `bilateral evaluate`'s own
matching (same document, type and unordered pair; date at the first gold's precision).

    python scripts/agreement.py FIRST.jsonl SECOND.jsonl MANIFEST.json [--mismatches]

FIRST is the reference (its precision decides date agreement); only the documents SECOND annotates are
scored (MANIFEST gives their language). The figures say how far the gold itself is reproducible: a system
cannot be asked to agree with one annotator better than a second annotator does. docs/quality.md reports them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bilateral.evaluation import GoldEvent, evaluate, read_gold, render
from bilateral.model import Actor, Basis, DateValue, Event, EventType, Evidence, Precision, Status


def as_event(g: GoldEvent, lang: str) -> Event:
    """The second annotator's gold event as a predicted event (no evidence: gold has none)."""

    def actor(code: str | None) -> Actor | None:
        return Actor(code, None, "", None, None) if code else None

    date = DateValue(g.date_start, None, Precision(g.date_precision or "unknown"), Basis.EXPLICIT, None)
    return Event(f"{g.doc}:{g.line}", g.doc, lang, EventType(g.type), g.mode, (), actor(g.source), actor(g.target),
                 date, None, Status(g.status), (), Evidence(g.doc, 0, 0, ""), None, None, None, None,
                 (f"gold:{g.line}",))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first", type=Path)
    ap.add_argument("second", type=Path)
    ap.add_argument("manifest", type=Path)
    ap.add_argument("--mismatches", action="store_true")
    args = ap.parse_args(argv)
    second_gold = read_gold(args.second)
    annotated = {g.doc for g in second_gold}
    langs = {doc: meta["lang"] for doc, meta in json.loads(args.manifest.read_text("utf-8")).items()
             if doc in annotated}
    first = [g for g in read_gold(args.first) if g.doc in langs]
    second = [as_event(g, langs[g.doc]) for g in second_gold if g.doc in langs]
    print(render(evaluate(first, second, langs), show_mismatches=args.mismatches))
    return 0


if __name__ == "__main__":
    sys.exit(main())
