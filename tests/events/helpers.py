"""Build hand-made mentions so the events stage can be tested apart from the mention finders."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.ingest import make_article
from bilateral.model import (
    ActorKind,
    ActorRef,
    Article,
    DateRef,
    Mention,
    MentionKind,
    Mentions,
    Precision,
    QuantityRef,
    Relative,
    Span,
    Text,
)
from bilateral.normalize import prepare
from bilateral.pipeline import Pipeline


def text_of(body: str, lang: str, published: str | None = "2015-02-12") -> Text:
    return prepare(Article("id", "doc", body, lang, published))


def _mention(text: Text, needle: str, kind: MentionKind, value: object, nth: int = 0) -> Mention:
    body = text.article.text
    start = -1
    for _ in range(nth + 1):
        start = body.index(needle, start + 1)
    span = Span(start, start + len(needle))
    return Mention(kind, span, text.sentence_of(span), value, "test", needle)  # type: ignore[arg-type]


def actor(text: Text, needle: str, country: str | None, kind: ActorKind = ActorKind.COUNTRY,
          nth: int = 0, **kw: object) -> Mention:
    return _mention(text, needle, MentionKind.ACTOR, ActorRef(kind, country, **kw), nth)  # type: ignore[arg-type]


def year(text: Text, needle: str, value: str, nth: int = 0) -> Mention:
    p = Precision.YEAR if len(value) == 4 else Precision.MONTH if len(value) == 7 else Precision.DAY
    return _mention(text, needle, MentionKind.DATE, DateRef(value, None, p), nth)


def relative(text: Text, needle: str, rel: Relative, precision: Precision = Precision.MONTH) -> Mention:
    return _mention(text, needle, MentionKind.DATE, DateRef(None, None, precision, rel))


def quantity(text: Text, needle: str, value: float, unit: str) -> Mention:
    return _mention(text, needle, MentionKind.QUANTITY, QuantityRef(value, unit))


def mentions(*ms: Mention) -> Mentions:
    key = lambda m: m.span.start  # noqa: E731
    return Mentions(
        actors=tuple(sorted((m for m in ms if m.kind == MentionKind.ACTOR), key=key)),
        dates=tuple(sorted((m for m in ms if m.kind == MentionKind.DATE), key=key)),
        quantities=tuple(sorted((m for m in ms if m.kind == MentionKind.QUANTITY), key=key)),
    )


def pipeline_events(ctx: Context, body: str, lang: str, published: str | None):  # type: ignore[no-untyped-def]
    """Every event of one article run through the whole pipeline."""
    return Pipeline(ctx).run(make_article(body, "t", lang=lang, published=published)).events


def coded(events) -> set[tuple[str, str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    """(type, source, target, status) of each event."""
    return {(str(e.type), e.source.country if e.source else None, e.target.country if e.target else None,
             str(e.status)) for e in events}
