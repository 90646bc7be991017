"""List missed gold events whose (doc, type, pair) holds more than one gold event, with the gold and the
predicted events of that group: where several events of one kind in an article are lost (merged as
duplicates, one draft for several acts, a new act read as a re-mention). For dev only.

    python scripts/multi_event_misses.py                      # evaluation/dev
    python scripts/multi_event_misses.py --doc en_dev_42      # one document
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from bilateral.context import Context
from bilateral.evaluation import GoldEvent, evaluate, read_gold
from bilateral.extraction import extract_paths
from bilateral.model import Analysis, Event

ROOT = Path(__file__).resolve().parent.parent

Key = tuple[str, str, frozenset[str | None]]


def _pair(e: Event) -> frozenset[str | None]:
    return frozenset((e.source.country if e.source else None, e.target.country if e.target else None))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--doc", default="", help="only documents whose id contains this")
    args = ap.parse_args()
    base = ROOT / "evaluation" / "dev"  # never held-out: its mismatches are not read
    events: list[Event] = []
    langs: dict[str, str] = {}

    def on_analysis(a: Analysis) -> None:
        langs[a.article.doc] = a.article.lang or "?"

    extract_paths([str(base / "articles")], Context.load(), on_event=events.append, on_analysis=on_analysis)
    gold = [g for g in read_gold(base / "gold.jsonl") if g.doc in langs]
    report = evaluate(gold, events, langs)
    gold_by: dict[Key, list[GoldEvent]] = defaultdict(list)
    for g in gold:
        gold_by[(g.doc, g.type, g.pair)].append(g)
    pred_by: dict[Key, list[Event]] = defaultdict(list)
    for e in events:
        pred_by[(e.doc, str(e.type), _pair(e))].append(e)
    missed: dict[Key, set[int]] = defaultdict(set)
    for m in report.mismatches:
        if m["kind"] == "missed":
            g = m["gold"]
            key = (m["doc"], g["type"], frozenset((g["source"], g["target"])))
            if len(gold_by[key]) > 1:
                missed[key].add(g["gold_line"])
    print(f"{sum(map(len, missed.values()))} missed events in {len(missed)} groups of several gold events")
    for key, lines in missed.items():
        if args.doc not in key[0]:
            continue
        print("=" * 100)
        print(key[0], key[1], sorted(str(x) for x in key[2]))
        for g in gold_by[key]:
            flag = "MISS" if g.line in lines else "    "
            print(f"  G{g.line:5d} {flag} {g.mode} {g.source}->{g.target} {g.date_start} {g.status}")
        for e in pred_by[key]:
            src, tgt = (e.source.country if e.source else None), (e.target.country if e.target else None)
            print(f"  P {e.mode} {src}->{tgt} {e.date.start} {e.status} {list(e.rules)} | {e.evidence.text[:160]}")


if __name__ == "__main__":
    main()
