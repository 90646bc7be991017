"""Actor readings decided by the article (sentences written for these tests)."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.ingest import make_article
from bilateral.pipeline import Pipeline


def _countries(ctx: Context, body: str) -> list[tuple[str, str | None]]:
    analysis = Pipeline(ctx).run(make_article(body, "t", lang="ar", published="2024-01-01"))
    return [(m.text, getattr(m.value, "country", None)) for m in analysis.mentions.actors]


def test_actors_bare_amman_in_an_article_on_jordan_is_amman(ctx: Context) -> None:
    got = _countries(ctx, "استدعت وزارة الخارجية الأردنية السفير الإسرائيلي في عمان أمس.")
    assert ("عمان", "JOR") in got, got


def test_actors_bare_oman_stays_oman_when_the_article_names_oman(ctx: Context) -> None:
    got = _countries(ctx, "زار وزير الخارجية الأردني مسقط، ثم عاد إلى عمان.")
    assert ("عمان", "OMN") in got, got
    got = _countries(ctx, "زار وزير الخارجية الإيراني عمان أمس.")
    assert ("عمان", "OMN") in got, got
