"""r8roles2: a known full name followed at once by an unknown nisba surname is another, longer
name (sentences written for this test)."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.ingest import make_article
from bilateral.pipeline import Pipeline


def _countries(ctx: Context, body: str, lang: str = "ar") -> list[str | None]:
    an = Pipeline(ctx).run(make_article(body, "t", lang=lang, published="2025-05-01"))
    return [getattr(m.value, "country", None) for m in an.mentions.actors]


def test_a_full_name_with_an_unknown_nisba_surname_is_another_man(ctx: Context) -> None:
    # محمد يونس (Bangladesh) + المنفي: a Libyan diplomat named محمد يونس المنفي
    assert "BGD" not in _countries(ctx, "استدعت الخارجية التونسية القائم بالأعمال محمد يونس الزرقاني أمس.")
    assert "BGD" not in _countries(ctx, "وصل السفير محمد يونس القرقني إلى القاهرة أمس.")


def test_the_known_name_alone_or_with_a_nationality_still_reads(ctx: Context) -> None:
    assert "BGD" in _countries(ctx, "استقبل محمد يونس رئيس الوزراء الهندي في دكا أمس.")
    assert "BGD" in _countries(ctx, "وقال محمد يونس الذي يرأس الحكومة المؤقتة إن بلاده تريد السلام.")
    assert "BGD" in _countries(ctx, "Muhammad Yunus met the Indian prime minister in Dhaka.", lang="en")
