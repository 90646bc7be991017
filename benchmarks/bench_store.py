"""Store benchmark: ingest throughput and query latency on >= 100,000 events, SQLite and PostgreSQL.

    .venv/bin/python benchmarks/bench_store.py [--events 100000] [--pg postgresql://user@host:port/db]

Events are generated from sentence templates written for bilateral (Arabic and English), five per
article, over 40 countries, 16 types and 2000-2024, then stored through the same code path as
``bilateral ingest`` (one transaction per article, clustering at the end). Prints a table; figures
go to benchmarks/README.md, section "store".
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bilateral import query
from bilateral.model import (
    Actor,
    Article,
    Basis,
    DateValue,
    Event,
    EventType,
    Evidence,
    Precision,
    Status,
    content_hash,
)
from bilateral.store import open_store
from bilateral.store.ingest import ingest_extracted

COUNTRIES = ["EGY", "RUS", "USA", "CHN", "FRA", "GBR", "DEU", "TUR", "IRN", "ISR", "JOR", "SAU", "ARE", "QAT",
             "SYR", "IRQ", "LBN", "LBY", "SDN", "ETH", "MAR", "DZA", "TUN", "ITA", "ESP", "IND", "JPN", "KOR",
             "BRA", "ZAF", "NGA", "KEN", "PAK", "AFG", "UKR", "POL", "GRC", "CYP", "KWT", "OMN"]
TEMPLATES = {
    "en": "The {a} delegation met officials of {b} in the capital on {d} to discuss trade and security, number {i}.",
    "ar": "التقى وفد {a} مسؤولين من {b} في العاصمة يوم {d} لبحث التجارة والأمن، رقم {i}.",
}
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
        "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3, "PROTEST": 4, "MOBILIZE": 4,
        "COERCE": 4, "ASSAULT": 4}


def generate(n_events: int, per_article: int = 5, seed: int = 7) -> Iterator[tuple[Article, list[Any], list[Event]]]:
    rnd = random.Random(seed)
    for k in range(n_events // per_article):
        lang = "ar" if k % 2 else "en"
        sentences, facts, events = [], [], []
        pub = f"{rnd.randint(2000, 2024)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        for j in range(per_article):
            a, b = rnd.sample(COUNTRIES[: 8 if j == 0 else 40], 2)
            d = f"{pub[:4]}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            sentences.append(TEMPLATES[lang].format(a=a, b=b, d=d, i=k * per_article + j))
            facts.append((a, b, d))
        text = " ".join(sentences)
        doc = f"doc{k}"
        aid = content_hash(text, lang, pub)
        pos = 0
        for j, s in enumerate(sentences):
            t = rnd.choice(list(QUAD))
            a, b, date = facts[j]
            prec = rnd.choice([Precision.DAY, Precision.DAY, Precision.MONTH])
            ds = date if prec is Precision.DAY else date[:7]
            events.append(Event(
                content_hash(doc, pos, t, j), doc, lang, EventType(t), rnd.choice([None, "visit", "phone"]),
                ("diplomatic",), Actor(a, None, a, None, "GOV"), Actor(b, None, b, None, "GOV"),
                DateValue(ds, ds, prec, Basis.EXPLICIT, ds), None, Status.OCCURRED, (),
                Evidence(doc, pos, pos + len(s), s), round(rnd.uniform(-10, 10), 1), QUAD[t], None, None,
                ("bench.v1",), None, aid))
            pos += len(s) + 1
        yield Article(aid, doc, text, lang, pub, None, None, "bench"), [], events


def timed(fn: Callable[[], Any], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def bench(url: str, n: int) -> dict[str, float]:
    out: dict[str, float] = {}
    with open_store(url) as store:
        t = time.perf_counter()
        s = ingest_extracted(store, generate(n), "bench-pipeline")
        out["ingest s"] = time.perf_counter() - t
        out["articles/s"] = s.new / out["ingest s"]
        out["events/s"] = s.events / out["ingest s"]
        out["events"] = s.events
        out["clusters"] = query.stats(store).events
        t = time.perf_counter()
        again = ingest_extracted(store, generate(n), "bench-pipeline")
        out["re-ingest s (0 new)"] = time.perf_counter() - t
        assert again.new == 0
        flt = query.EventFilter(country="EGY", counterpart="RUS", since="2010", until="2015", limit=50)
        out["events page ms"] = timed(lambda: query.events(store, flt))
        out["events text ms"] = timed(lambda: query.events(store, query.EventFilter(text="trade", type=("AID",),
                                                                                    limit=50)))
        out["timeline ms"] = timed(lambda: query.timeline(store, "EGY", "RUS", by="month"))
        out["actors ms"] = timed(lambda: query.actors(store, query.EventFilter(country="EGY")), 3)
        out["search ms"] = timed(lambda: query.search(store, "مسؤولين العاصمة"))
        eid = query.events(store, query.EventFilter(limit=1)).rows[0].id
        out["show ms"] = timed(lambda: query.show(store, eid))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--pg", help="PostgreSQL URL of an EMPTY database (skipped if not given)")
    args = ap.parse_args()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["sqlite"] = bench(str(Path(tmp) / "bench.db"), args.events)
    if args.pg:
        results["postgresql"] = bench(args.pg, args.events)
    names = list(results)
    print(f"{'measure':<24}" + "".join(f"{n:>14}" for n in names))
    for key in results[names[0]]:
        print(f"{key:<24}" + "".join(f"{results[n][key]:>14.1f}" for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
