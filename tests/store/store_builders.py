"""Builders for store tests: articles and the events two articles (Arabic, English) would yield."""

from __future__ import annotations

from typing import Any

from bilateral.model import (
    Actor,
    Article,
    Basis,
    DateValue,
    Event,
    EventType,
    Evidence,
    Precision,
    Span,
    Status,
    content_hash,
)
from bilateral.store import Store


def article(doc: str, text: str, lang: str, published: str | None) -> Article:
    return Article(content_hash(text, lang, published), doc, text, lang, published, None, f"title {doc}", f"{doc}.txt")


def event(art: Article, phrase: str, type_: str, src: str | None, tgt: str | None, date: str | None,
          precision: str = "day", basis: str = "explicit", *, mode: str | None = "visit", status: str = "occurred",
          intensity: float | None = 2.0, quad: int | None = 1, src_name: str | None = None,
          trigger: str | None = None, date_end: str | None = None, role: str | None = None) -> Event:
    """An event whose evidence is the sentence of ``art`` containing ``phrase``."""
    i = art.text.index(phrase)
    start = art.text.rfind(".", 0, i) + 1
    while start < len(art.text) and art.text[start] == " ":
        start += 1
    end = art.text.find(".", i)
    end = len(art.text) if end < 0 else end + 1
    trig = None
    if trigger:
        t = art.text.index(trigger, start)
        trig = Span(t, t + len(trigger))
    ev = Evidence(art.doc, start, end, art.text[start:end])
    return Event(
        id=content_hash(art.doc, start, end, type_, src, tgt), doc=art.doc, lang=art.lang or "en",
        type=EventType(type_), mode=mode, context=("diplomatic",),
        source=Actor(src, src_name, src or "", role, "GOV") if src else None,
        target=Actor(tgt, None, tgt or "", None, "GOV") if tgt else None,
        date=DateValue(date, date_end or date, Precision(precision), Basis(basis), date),
        location=None, status=Status(status), quantities=(), evidence=ev, intensity=intensity, quad=quad,
        cameo="042" if type_ == "CONSULT" else None, group=None, rules=("test.v1",), trigger=trig, article=art.id)


def ingest(store: Store, records: list[tuple[Article, list[Any], list[Event]]], pipeline: str = "p1") -> Any:
    from bilateral.store.ingest import ingest_extracted

    return ingest_extracted(store, records, pipeline)
