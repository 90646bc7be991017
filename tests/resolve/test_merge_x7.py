"""How many events an article yields, x7 probes: a tour told by its stops after a visit to one of its hosts is
that visit told again, whether the tour's hosts come as a group in the sentence after or the visit is dated by it.
Paragraphs written for these tests, in both languages."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.model import Article
from bilateral.pipeline import Pipeline


def _visits(ctx: Context, body: str, lang: str, published: str = "2021-12-01") -> list[tuple[str | None, str | None]]:
    a = Pipeline(ctx).run(Article("t", "t", body, lang, published))
    return sorted((e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in a.events if str(e.type) == "CONSULT" and e.mode == "visit")


@pytest.mark.parametrize(("lang", "body", "visits"), [
    ("ar", "ويصل الرئيس الفرنسي إيمانويل ماكرون إلى أبوظبي الجمعة. وكان قصر الإليزيه قد أعلن أمس أن ماكرون سيبدأ "
           "الجمعة جولة خليجية تقوده إلى الإمارات وقطر.", [("FRA", "ARE"), ("FRA", "QAT")]),
    ("ar", "وصل وزير الخارجية الصيني أمس إلى القاهرة. ويقوم وانغ يي بجولة إقليمية تقوده إلى مصر والأردن والعراق.",
     [("CHN", "EGY"), ("CHN", "IRQ"), ("CHN", "JOR")]),
    ("en", "The Chinese foreign minister arrived in Cairo on Sunday. He is on a regional tour that takes him to Egypt, "
           "Jordan and Iraq.", [("CHN", "EGY"), ("CHN", "IRQ"), ("CHN", "JOR")]),
], ids=["ar-tour-after-arrival", "ar-tour-leads-him", "en-tour-takes-him"])
def test_merge_tour_stop_is_the_visit_told_before(ctx: Context, lang: str, body: str,
                                                   visits: list[tuple[str, str]]) -> None:
    assert _visits(ctx, body, lang) == visits



def test_merge_tour_of_another_date_is_another_visit(ctx: Context) -> None:
    body = ("The Chinese foreign minister visited Cairo in March. In June he returned to Egypt on a regional tour that "
            "also took him to Jordan.")
    assert _visits(ctx, body, "en").count(("CHN", "EGY")) == 2
