"""Helpers for the batch tests: a corpus written by us and readers for the Parquet output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from bilateral.batch.synthetic import write_synthetic
from bilateral.context import Context
from bilateral.extraction import extract_paths
from bilateral.model import Analysis, Event

# Hand-written documents (ours, not from any corpus), next to the generated ones.
HANDWRITTEN = [
    {"id": "hand-en-1", "lang": "en", "published": "2024-03-13",
     "text": "Egypt and Russia signed an agreement in Cairo on 12 March 2024 to expand wheat trade by 15 percent. "
             "The Egyptian foreign minister said the deal was worth $2 billion."},
    {"id": "hand-ar-1", "lang": "ar", "published": "2024-03-13",
     "text": "وقعت مصر وروسيا في القاهرة يوم 12 مارس 2024 اتفاقية لزيادة تجارة القمح بنسبة 15 بالمئة، "
             "وقال وزير الخارجية المصري إن قيمة الصفقة ملياري دولار."},
    {"id": "hand-en-2", "published": "2023-07-02",
     "text": "Jordan denied on Saturday that it had closed its border with Syria, and said talks with Damascus "
             "would resume next week."},
    {"id": "hand-ar-2", "published": "2023-07-02",
     "text": "نفى الأردن السبت أنه أغلق حدوده مع سوريا، وقال إن المحادثات مع دمشق ستستأنف الأسبوع المقبل."},
]


def write_corpus(path: Path, count: int, *, bad_every: int = 9) -> Path:
    """Hand-written documents first, then ``count`` generated ones with broken lines mixed in."""
    write_synthetic(path, count, bad_every=bad_every)
    generated = path.read_text("utf-8")
    lines = [json.dumps(d, ensure_ascii=False) for d in HANDWRITTEN]
    path.write_text("\n".join(lines) + "\n" + generated, "utf-8")
    return path



def read_rows(output: Path, table: str) -> list[dict[str, Any]]:
    folder = output / table
    files = sorted(folder.glob("*.parquet"))
    rows: list[dict[str, Any]] = []
    for f in files:
        rows.extend(pq.read_table(f).to_pylist())
    return rows


def snapshot(output: Path) -> dict[str, Any]:
    """Everything an engine produced, in an order-independent form (for equality across engines)."""
    events = sorted(r["json"] for r in read_rows(output, "events"))
    articles = sorted((r["id"], r["doc"], r["lang"], r["published"]) for r in read_rows(output, "articles"))
    mentions = sorted((r["article"], r["kind"], r["start"], r["end"], r["rule"], r["value_json"])
                      for r in read_rows(output, "mentions"))
    failures = sorted((r["source"], r["code"], r["message"]) for r in read_rows(output, "failures"))
    return {"events": events, "articles": articles, "mentions": mentions, "failures": failures}


def extract_snapshot(path: Path) -> dict[str, Any]:
    """The same snapshot as :func:`snapshot`, from plain ``extract_paths`` (no batch code)."""
    events: list[Event] = []
    analyses: list[Analysis] = []
    summary = extract_paths([path], Context.load(), on_event=events.append, on_analysis=analyses.append)
    return {
        "events": sorted(json.dumps(e.to_dict(), ensure_ascii=False) for e in events),
        "articles": sorted((a.article.id, a.article.doc, a.article.lang, a.article.published) for a in analyses),
        "mentions": sorted((a.article.id, str(m.kind), m.span.start, m.span.end, m.rule,
                            json.dumps(m.to_dict()["value"], ensure_ascii=False))
                           for a in analyses for m in a.mentions.all()),
        "failures": sorted((f.source, f.code, f.message) for f in summary.failures),
    }
