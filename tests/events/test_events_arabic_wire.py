"""Arabic wire-style rules through the whole pipeline: marked names, passives, relative clauses."""

from __future__ import annotations

from bilateral.context import Context


def _pipeline_events(ctx: Context, body: str, published: str = "2021-03-11"):  # type: ignore[no-untyped-def]
    from bilateral.ingest import make_article
    from bilateral.pipeline import Pipeline

    return Pipeline(ctx).run(make_article(body, "t", lang="ar", published=published)).events


def _triples(events) -> set[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(str(e.type), e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events}


def test_arabic_wire_amman_with_shadda_is_jordan_and_bare_oman_stays_oman(ctx: Context) -> None:
    amman = _pipeline_events(ctx, "ووصل وزير الخارجية الكويتي إلى عمّان أمس في زيارة رسمية.")
    assert ("CONSULT", "KWT", "JOR") in _triples(amman)
    oman = _pipeline_events(ctx, "ووصل وزير الخارجية الكويتي إلى عُمان أمس في زيارة رسمية.")
    assert ("CONSULT", "KWT", "OMN") in _triples(oman)
    assert ("CONSULT", "KWT", "JOR") not in _triples(oman)
