"""The venue of talks (round r8roles): a capital in construct with a noun of talks ("جولة مفاوضات واشنطن", "the
Geneva talks") names where they were held, not a party (sentences written for these tests)."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _pairs(ctx: Context, body: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for _, s, t, _ in coded(pipeline_events(ctx, body, lang, "2024-05-10"))}


def test_arabic_capital_after_a_talks_noun_is_the_venue(ctx: Context) -> None:
    pairs = _pairs(ctx, "تغيبت إثيوبيا أمس عن جولة مفاوضات واشنطن مع مصر والسودان.", "ar")
    assert ("ETH", "USA") not in pairs
    assert ("ETH", "EGY") in pairs


def test_arabic_capital_after_with_stays_a_party(ctx: Context) -> None:
    pairs = _pairs(ctx, "أجرت القاهرة أمس مباحثات مع واشنطن حول الأمن الإقليمي.", "ar")
    assert ("EGY", "USA") in pairs or ("USA", "EGY") in pairs


def test_arabic_country_after_a_talks_noun_stays_a_party(ctx: Context) -> None:
    pairs = _pairs(ctx, "تغيبت إثيوبيا أمس عن جولة مفاوضات مصر والسودان.", "ar")
    assert ("ETH", "USA") not in pairs


def test_english_capital_before_talks_is_the_venue(ctx: Context) -> None:
    pairs = _pairs(ctx, "Ethiopia skipped the final round of the Washington talks with Egypt on Thursday.", "en")
    assert ("ETH", "USA") not in pairs


def test_english_capital_after_with_stays_a_party(ctx: Context) -> None:
    pairs = _pairs(ctx, "Egypt's foreign minister held talks with Washington on Thursday.", "en")
    assert ("EGY", "USA") in pairs
