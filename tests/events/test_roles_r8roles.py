"""Who did it to whom (round r8roles): a definite masculine nisba that starts a firm's name (right before a
transliterated word of the name, or after a dual "شركتي"/"شركتا") is not a state (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _pairs(ctx: Context, body: str, lang: str, etype: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, lang, "2024-05-10")) if ty == etype}


@pytest.mark.parametrize("body, firm_state", [
    ("وقعت الحكومة الكينية أمس عقدا مع الفرنسي إليكتريك لبناء محطة للطاقة الشمسية.", "FRA"),
    ("وقعت الحكومة الأوغندية أمس اتفاقا مع شركتي النيل للإنشاءات والتركي جروب لتوسيع الميناء.", "TUR"),
    ("وقعت الحكومة الزامبية أمس عقدا مع الألماني ستيل لمد خط للسكك الحديدية.", "DEU"),
])
def test_a_nisba_before_a_firm_word_is_a_name(ctx: Context, body: str, firm_state: str) -> None:
    pairs = _pairs(ctx, body, "ar", "SUPPORT")
    assert not any(firm_state in pair for pair in pairs)


def test_a_firm_of_a_nationality_after_the_noun_stays_a_state(ctx: Context) -> None:
    body = "وقعت الحكومة الكينية أمس عقدا مع شركة فرنسية لبناء محطة للطاقة الشمسية."
    assert ("KEN", "FRA") in _pairs(ctx, body, "ar", "SUPPORT")


def test_a_minister_of_a_nationality_stays_a_state(ctx: Context) -> None:
    body = "وقع وزير الخارجية الفرنسي أمس في نيروبي اتفاقا مع الحكومة الكينية لتوسيع التعاون."
    assert ("FRA", "KEN") in _pairs(ctx, body, "ar", "SUPPORT") or ("KEN", "FRA") in _pairs(ctx, body, "ar", "SUPPORT")


def test_the_state_of_the_firms_after_the_name_is_the_party(ctx: Context) -> None:
    body = "وقعت الحكومة التنزانية أمس عقدا مع تحالف شركتي النيل للإنشاءات والسويدي إليكتريك المصريتين."
    pairs = _pairs(ctx, body, "ar", "SUPPORT")
    assert ("TZA", "SWE") not in pairs
    assert ("TZA", "EGY") in pairs


def test_english_firm_names_are_unaffected(ctx: Context) -> None:
    body = "Kenya signed a contract with a French company on Thursday to build a solar plant."
    assert ("KEN", "FRA") in _pairs(ctx, body, "en", "SUPPORT")
