"""Dates of events: narrative years, offsets, spans of visits (sentences written for these tests)."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import pipeline_events


def _dates(ctx: Context, body: str, lang: str, published: str, etype: str) -> list[str | None]:
    return [e.date.start for e in pipeline_events(ctx, body, lang, published) if str(e.type) == etype]


def test_dates_bare_month_just_before_publication_is_the_recent_one(ctx: Context) -> None:
    body = ("Kenya closed its border with Somalia in March 2011 and expelled Somali diplomats in May 2011. "
            "The two countries restored ties in August.")
    assert [d[:7] for d in _dates(ctx, body, "en", "2022-09-20", "RETREAT") if d] == ["2022-08"]
    # far from publication the month stays in the year of the story
    assert [d[:7] for d in _dates(ctx, body, "en", "2022-03-20", "RETREAT") if d] == ["2011-08"]


def test_dates_anniversary_story_keeps_its_year(ctx: Context) -> None:
    body = ("On 2 August 1990 Iraqi troops invaded Kuwait. "
            "On 6 August the Security Council imposed sanctions on Iraq.")
    assert _dates(ctx, body, "en", "2020-08-10", "SANCTION") == ["1990-08-06"]


def test_dates_within_hours_of_a_day_without_year(ctx: Context) -> None:
    body = ("The accord was signed by Greece and North Macedonia in June 2018 and ratified in January 2019. "
            "When the new Macedonian government took office on June 23, Athens lodged a formal protest "
            "with Skopje within hours.")
    assert _dates(ctx, body, "en", "2024-06-26", "ACCUSE") == ["2024-06-23"]
