"""Dates of events, x7: a month without a year named from the story told just before, not from publication
("that November" after "in 2013"; "the following January" after February 1960 is January 1961; "في يناير من العام
التالي"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _dates(ctx: Context, body: str, lang: str, published: str, etype: str) -> list[str | None]:
    return sorted(e.date.start for e in pipeline_events(ctx, body, lang, published) if str(e.type) == etype)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Relations soured after the coup in 2013. Cairo expelled the Turkish ambassador that November."),
    ("en", "Relations soured after the coup in 2013. That November, Egypt expelled the Turkish ambassador."),
    ("en", "Relations soured in 2013. Egypt expelled the Turkish envoy that same November."),
    ("en", "Relations soured in 2013. Egypt expelled the Turkish envoy in November of that year."),
    ("ar", "وتدهورت العلاقات بعد الانقلاب عام 2013. وطردت القاهرة السفير التركي في نوفمبر من ذلك العام."),
], ids=["en-that-month", "en-that-month-fronted", "en-that-same", "en-of-that-year", "ar-min-dhalika-al-am"])
def test_dates_month_in_the_story_year(ctx: Context, lang: str, body: str) -> None:
    assert _dates(ctx, body, lang, "2024-08-30", "SANCTION") == ["2013-11"]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("en", "Mikoyan visited Havana in February 1960. Washington cut ties with Cuba the following January.", "1961-01"),
    ("en", "Mikoyan visited Havana in May 1960. The following March, Washington cut ties with Cuba.", "1961-03"),
    ("en", "Mikoyan visited Havana in February 1960. Washington cut ties with Cuba the following June.", "1960-06"),
    ("en", "Mikoyan visited Havana in May 1960. Washington cut ties with Cuba the next January.", "1961-01"),
    ("en", "Mikoyan visited Havana in May 1960. Washington severed relations with Cuba in June of the following year.",
     "1961-06"),
    ("ar", "وزار ميكويان هافانا في فبراير 1960. وقطعت واشنطن علاقاتها مع كوبا في يناير التالي.", "1961-01"),
    ("ar", "وزار ميكويان هافانا في فبراير 1960. وقطعت واشنطن علاقاتها مع كوبا في يونيو من العام التالي.", "1961-06"),
    ("ar", "وزار ميكويان هافانا في مايو 1960. وقطعت واشنطن علاقاتها مع كوبا في يناير من العام الذي تلاه.", "1961-01"),
], ids=["en-following-jan", "en-following-march-fronted", "en-following-later-month", "en-the-next",
        "en-of-the-following-year", "ar-al-tali", "ar-min-al-am-al-tali", "ar-alladhi-talahu"])
def test_dates_following_month_counts_from_the_story(ctx: Context, lang: str, body: str, expected: str) -> None:
    assert _dates(ctx, body, lang, "2014-07-12", "SANCTION") == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # the complementizer "that" before a month said with its preposition names no story month
    ("en", "Ties soured in 2013. Egypt said on Monday that in November it would expel the Turkish envoy.", "2024-11"),
    # a month named relative to publication is not counted from the story
    ("en", "Ties soured in 2013. Egypt will expel the Turkish envoy next November.", "2024-11"),
], ids=["en-complementizer-that", "en-next-month-from-publication"])
def test_dates_month_from_publication_stays(ctx: Context, lang: str, body: str, expected: str) -> None:
    assert _dates(ctx, body, lang, "2024-08-30", "SANCTION") == [expected]
