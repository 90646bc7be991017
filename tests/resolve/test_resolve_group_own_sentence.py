"""'The two countries' resolves to the two states named in its own sentence (not one joined subject)."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.model import Article
from bilateral.pipeline import Pipeline

_STORY = ("قمة ثلاثية في القاهرة\n"
          "القاهرة - عقد رئيسا الأردن والعراق أمس قمة في القاهرة مع الرئيس المصري.\n"
          "والتقى العاهل الأردني الرئيس العراقي مرة أخرى صباح اليوم.\n")


def _signs(ctx: Context, last: str) -> set[frozenset[str | None]]:
    a = Pipeline(ctx).run(Article("t", "t", _STORY + last, "ar", "2022-05-11"))
    return {frozenset((e.source.country if e.source else None, e.target.country if e.target else None))
            for e in a.events if str(e.type) == "SUPPORT"}


def test_resolve_two_countries_are_the_two_named_in_their_own_sentence(ctx: Context) -> None:
    got = _signs(ctx, "وكان الأردن قد أرسل العام الماضي شحنة قمح إلى سوريا، بموجب اتفاق وقعه البلدان في دمشق.")
    assert got == {frozenset(("JOR", "SYR"))}

