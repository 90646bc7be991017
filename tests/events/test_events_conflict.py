"""Threats, offensives and troop build-ups told without the obvious verb (lang/*/triggers_conflict.yaml).
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import coded, pipeline_events


@pytest.mark.parametrize(("lang", "text", "etype", "pair"), [
    ("en", "Egypt warned Ethiopia that it would take all necessary measures to protect its water rights.",
     "THREATEN", {"EGY", "ETH"}),
    ("en", "Iran vowed a crushing response if Israel attacked its nuclear facilities.", "THREATEN", {"IRN", "ISR"}),
    ("en", "In October 2019 Turkey launched a military offensive into northern Syria.", "ASSAULT", {"TUR", "SYR"}),
    ("en", "Russia massed more than 100,000 troops near the Ukrainian border.", "MOBILIZE", {"RUS", "UKR"}),
    ("ar", "وحذرت مصر إثيوبيا من أنها ستتخذ كل الإجراءات اللازمة لحماية حقوقها المائية.", "THREATEN", {"EGY", "ETH"}),
    ("ar", "وشنت تركيا في أكتوبر 2019 هجوما عسكريا على شمال سوريا.", "ASSAULT", {"TUR", "SYR"}),
    ("ar", "وحشدت روسيا أكثر من مئة ألف جندي قرب الحدود الأوكرانية.", "MOBILIZE", {"RUS", "UKR"}),
    # cooperation and aid wordings
    ("en", "Germany will fund the construction of a desalination plant in Jordan.", "AID", {"DEU", "JOR"}),
    ("en", "Russia delivered the second S-400 squadron to India.", "COOPERATE", {"RUS", "IND"}),
    ("en", "The Egyptian and Russian foreign ministers held a video call on Tuesday.", "CONSULT", {"EGY", "RUS"}),
    ("ar", "وأجرى وزيرا الخارجية المصري والروسي اتصالا مرئيا الثلاثاء.", "CONSULT", {"EGY", "RUS"}),
    ("ar", "وعلقت الجزائر معاهدة الصداقة مع إسبانيا.", "SANCTION", {"DZA", "ESP"}),
])
def test_events_conflict_told_without_the_obvious_verb(ctx: Context, lang: str, text: str, etype: str,
                                                       pair: set[str]) -> None:
    got = coded(pipeline_events(ctx, text, lang, "2024-05-20"))
    assert any(t == etype and {s, g} == pair for t, s, g, _ in got), got


def test_events_conflict_an_operation_at_a_governments_side_is_no_assault(ctx: Context) -> None:
    for text, lang in (("وبدأت القوات الجوية الروسية أمس عملية عسكرية في سوريا دعما للجيش السوري.", "ar"),
                       ("Russian aircraft began a military operation in Syria in support of the Syrian army.", "en")):
        got = coded(pipeline_events(ctx, text, lang, "2015-10-01"))
        assert not any(t == "ASSAULT" for t, *_ in got), got


def test_events_conflict_upgraded_representation_and_resumed_contacts_are_easing(ctx: Context) -> None:
    for text in ("وأعلنت مصر وتركيا رفع مستوى العلاقات الدبلوماسية إلى مستوى السفراء.",
                 "وأعلن المغرب استئناف الاتصالات الرسمية مع إسرائيل."):
        got = coded(pipeline_events(ctx, text, "ar", "2023-07-04"))
        assert any(t == "RETREAT" for t, *_ in got), (text, got)


def test_events_conflict_coming_back_from_a_capital_tells_the_trip(ctx: Context) -> None:
    for text, lang in (("The Egyptian president returned from Moscow on Sunday after talks with Putin.", "en"),
                       ("وعاد الرئيس المصري من موسكو أمس بعد مباحثات مع بوتين.", "ar"),
                       ("ووقعت أستراليا المعاهدة بعد أيام من عودة رئيس الوزراء الأسترالي من بورت فيلا.", "ar")):
        got = {(str(e.type), e.mode) for e in pipeline_events(ctx, text, lang, "2025-09-16")}
        assert ("CONSULT", "visit") in got, (text, got)
    # people coming back are no state's trip
    for text, lang in (("ويطالب الأردن بعودة اللاجئين السوريين من لبنان.", "ar"),
                       ("Tunisia would not host camps for migrants returned from Italy.", "en")):
        got = {(str(e.type), e.mode) for e in pipeline_events(ctx, text, lang, "2025-09-16")}
        assert ("CONSULT", "visit") not in got, (text, got)


def test_events_conflict_water_cannon_on_another_states_boats(ctx: Context) -> None:
    text = "Chinese coast guard ships fired water cannon at Philippine supply boats near the shoal on Saturday."
    got = {(str(e.type), e.source.country if e.source else None, e.target.country if e.target else None,
            e.date.start, str(e.status)) for e in pipeline_events(ctx, text, "en", "2024-01-26")}
    # "ships" is the noun here: no trade, and the Saturday is the last one (fired), not a planned one
    assert got == {("ASSAULT", "CHN", "PHL", "2024-01-20", "occurred")}, got
