"""Throughput of `extract` on one process: documents/s, characters/s, peak memory, and the share
of each pipeline stage.

The corpus is built from the demo articles shipped with bilateral (written for the project): each
copy gets a distinct document id and a small textual variation so that nothing is cached by content.

    python benchmarks/bench_extract.py --articles 5000

Prints a table and writes benchmarks/results/extract.json. Not a test: no assertion on speed.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

from bilateral.cli.extract import demo_path
from bilateral.context import Context
from bilateral.events import extract_candidates
from bilateral.ingest import make_article, read_articles
from bilateral.mentions import find_mentions
from bilateral.model import Article
from bilateral.normalize import prepare
from bilateral.resolve import resolve_events


def build_corpus(n: int) -> list[Article]:
    base = [a for a in read_articles([demo_path()]) if isinstance(a, Article)]
    out = []
    for i in range(n):
        a = base[i % len(base)]
        # vary the text a little (a trailing line), so ids differ and no stage can reuse work
        text = a.text + f"\n({i})"
        out.append(make_article(text, f"{a.doc}-{i}", lang=a.lang, published=a.published))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=5000)
    p.add_argument("--out", default=str(Path(__file__).parent / "results" / "extract.json"))
    args = p.parse_args(argv)

    t0 = time.perf_counter()
    ctx = Context.load()
    load_s = time.perf_counter() - t0
    corpus = build_corpus(args.articles)
    # compile the lexicons once (what every process pays at start-up), outside the timed loop
    t0 = time.perf_counter()
    for a in corpus[:20]:
        text = prepare(a, ctx)
        ms = find_mentions(text, ctx)
        resolve_events(extract_candidates(text, ms, ctx), text, ms, ctx)
    warmup_s = time.perf_counter() - t0
    chars = sum(len(a.text) for a in corpus)
    stage = defaultdict(float)
    events = 0
    t_start = time.perf_counter()
    for a in corpus:
        t = time.perf_counter()
        text = prepare(a, ctx)
        t2 = time.perf_counter()
        ms = find_mentions(text, ctx)
        t3 = time.perf_counter()
        cands = extract_candidates(text, ms, ctx)
        t4 = time.perf_counter()
        evs = resolve_events(cands, text, ms, ctx)
        t5 = time.perf_counter()
        stage["normalize"] += t2 - t
        stage["mentions"] += t3 - t2
        stage["events"] += t4 - t3
        stage["resolve"] += t5 - t4
        events += len(evs)
    total = time.perf_counter() - t_start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}, "
                   f"single process",
        "articles": len(corpus), "characters": chars, "events": events,
        "context_load_s": round(load_s, 3), "lexicon_compile_s": round(warmup_s, 3), "seconds": round(total, 2),
        "docs_per_s": round(len(corpus) / total, 1), "chars_per_s": round(chars / total),
        "peak_rss_mb": round(peak_mb, 1),
        "stage_share": {k: round(v / total, 3) for k, v in stage.items()},
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1), "utf-8")
    for k, v in result.items():
        print(f"{k:>16}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
