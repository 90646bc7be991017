"""Talks of one named subject with two others named after it are bilateral talks with each; a meeting of
parties named together, or talks "between" them all, is one meeting of all (pairs sharing a group)."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.model import Article
from bilateral.pipeline import Pipeline


def _meets(ctx: Context, body: str, lang: str) -> tuple[set[frozenset[str | None]], bool]:
    a = Pipeline(ctx).run(Article("t", "t", body, lang, "2021-05-04"))
    got = [e for e in a.events if str(e.type) == "CONSULT"]
    pairs = {frozenset((e.source.country if e.source else None, e.target.country if e.target else None))
             for e in got}
    return pairs, any(e.group for e in got)


def test_events_subject_talks_with_two_others_are_two_bilateral_talks(ctx: Context) -> None:
    en = ("Talks\nCAIRO, May 4 - The Egyptian foreign minister held separate talks on Monday with his Jordanian "
          "and Iraqi counterparts.\n")
    ar = ("لقاءات\nالقاهرة - التقى وزير الخارجية المصري أمس كلا من وزير الخارجية الأردني ووزير الخارجية "
          "العراقي، كل على حدة.\n")
    for body, lang in ((en, "en"), (ar, "ar")):
        pairs, grouped = _meets(ctx, body, lang)
        assert pairs == {frozenset(("EGY", "JOR")), frozenset(("EGY", "IRQ"))}, lang
        assert not grouped, lang


def test_events_parties_named_together_meet_all_together(ctx: Context) -> None:
    en = "Summit\nAMMAN, May 4 - The leaders of Egypt, Jordan and Iraq met in Amman on Monday.\n"
    en_between = "Summit\nAMMAN, May 4 - Talks between Egypt, Jordan and Iraq were held in Amman on Monday.\n"
    ar = "قمة\nبغداد - اجتمع قادة مصر والأردن والعراق أمس في بغداد.\n"
    for body, lang in ((en, "en"), (en_between, "en"), (ar, "ar")):
        pairs, grouped = _meets(ctx, body, lang)
        assert frozenset(("JOR", "IRQ")) in pairs and grouped, body
