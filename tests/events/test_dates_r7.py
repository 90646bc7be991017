"""Dates of the seventh round, found reading the user's articles: an act of "the two sides" with no date of its
own, told after talks of a known day between two states, took place at those talks -- as one of the two states
named would. Sentences written for these tests."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import pipeline_events


def _dated(ctx: Context, body: str, lang: str, published: str) -> list[tuple[str, str | None]]:
    return [(str(e.type), e.date.start) for e in pipeline_events(ctx, body, lang, published)]


def test_dates_the_two_sides_act_at_the_talks_told_before(ctx: Context) -> None:
    talks = {"ar": "وكان وزيرا الخارجية الأردني والتركي قد عقدا أول لقاء بينهما في 3 مارس بعمان. ",
             "en": "The foreign ministers of Jordan and Turkey held talks in Amman on 3 March. "}
    acts = {"ar": ["وتمكن الطرفان خلال المحادثات من تحديد أولويات التعاون، كما أنهما أكدا عزمهما على تعزيز الشراكة.",
                   "واتفق الجانبان على توسيع التعاون التجاري."],
            "en": ["The two sides agreed to expand trade cooperation."]}
    for lang, sentences in acts.items():
        for act in sentences:
            agreed = [d for t, d in _dated(ctx, talks[lang] + act, lang, "2023-06-20") if t == "AGREE"]
            assert agreed == ["2023-03-03"], (lang, act, agreed)

