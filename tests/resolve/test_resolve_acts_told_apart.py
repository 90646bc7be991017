"""Acts of one type and pair that an article tells apart stay apart: an answer counted from the act it
answers, and acts of different kinds told in one sentence."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.model import Article, Event
from bilateral.pipeline import Pipeline


def _of(ctx: Context, body: str, lang: str, etype: str) -> list[Event]:
    a = Pipeline(ctx).run(Article("t", "t", body, lang, "2021-06-20"))
    return [e for e in a.events if str(e.type) == etype]


def test_resolve_answer_counted_from_the_act_it_answers_is_a_second_act(ctx: Context) -> None:
    body = ("Diplomats\nOSLO, June 20 - Norway expelled ten Peruvian diplomats in April over a spying case. "
            "Peru answered in kind two days later, expelling ten Norwegian diplomats.\n")
    got = _of(ctx, body, "en", "SANCTION")
    assert sorted((e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in got) == [("NOR", "PER"), ("PER", "NOR")]


def test_resolve_a_visit_and_a_call_of_one_sentence_are_two_consultations(ctx: Context) -> None:
    body = ("Ties\nLIMA, June 20 - Peru and Norway restored ties on Friday. The thaw came after the Norwegian "
            "foreign minister had visited Lima, following a telephone call between the two presidents on "
            "March 31.\n")
    got = _of(ctx, body, "en", "CONSULT")
    assert sorted(str(e.mode) for e in got) == ["phone", "visit"]


def test_resolve_talks_held_by_phone_stay_one_consultation(ctx: Context) -> None:
    body = ("اتصال\nتونس - بحث وزير الخارجية التونسي في اتصال هاتفي مع نظيره الروسي أمس تعزيز التعاون "
            "العسكري.\n")
    assert len(_of(ctx, body, "ar", "CONSULT")) == 1


def _consult(ctx: Context, body: str, lang: str) -> list[tuple[str | None, str]]:
    a = Pipeline(ctx).run(Article("t", "t", body, lang, "2025-04-25"))
    return sorted((e.mode, str(e.date.start)) for e in a.events if str(e.type) == "CONSULT")


def test_resolve_reception_a_day_into_a_visit_is_a_meeting(ctx: Context) -> None:
    en = ("Ruto in China\nBEIJING, April 25 - Kenyan President William Ruto flew into Beijing on Tuesday for a "
          "four-day state visit.\nOn Wednesday Ruto was received by Chinese Premier Li Qiang.\n")
    ar = ("روتو في الصين\nبكين - وصل الرئيس الكيني وليام روتو إلى بكين يوم الثلاثاء في زيارة دولة تستمر أربعة "
          "أيام.\nواستقبل رئيس مجلس الدولة الصيني لي تشيانغ الرئيس الكيني يوم الأربعاء.\n")
    for body, lang in ((en, "en"), (ar, "ar")):
        assert _consult(ctx, body, lang) == [("meet", "2025-04-23"), ("visit", "2025-04-22")], lang


def test_resolve_trip_going_on_the_next_day_is_no_new_event(ctx: Context) -> None:
    body = ("جولة\nبغداد - وصل وزير الخارجية الإيراني إلى بغداد أمس في زيارة رسمية للعراق.\n"
            "ويتوجه الوزير اليوم إلى أربيل.\n")
    assert [m for m, _d in _consult(ctx, body, "ar")] == ["visit"]


def test_resolve_backing_a_position_beside_a_signing_is_a_second_support(ctx: Context) -> None:
    en = ("Ties\nALGIERS, June 20 - Algeria and China signed a joint statement on Tuesday, while Beijing expressed "
          "support for Algeria's bid to join the BRICS group.\n")
    ar = ("علاقات\nالجزائر - وقعت الجزائر والصين أمس بيانا مشتركا، في حين أعلنت بكين دعمها لمسعى الجزائر "
          "الانضمام إلى مجموعة بريكس.\n")
    for body, lang in ((en, "en"), (ar, "ar")):
        got = _of(ctx, body, lang, "SUPPORT")
        assert sorted(str(e.mode) for e in got) == ["None", "sign"], lang


def test_resolve_a_trip_and_talks_each_with_a_verb_are_two_consultations(ctx: Context) -> None:
    for body, lang in (("Trip\nCAIRO, June 20 - The Kuwaiti emir visited Cairo in April and met President Sisi.\n", "en"),
                       ("زيارة\nالقاهرة - وكان أمير الكويت قد زار القاهرة في أبريل الماضي، والتقى الرئيس السيسي.\n", "ar")):
        assert sorted(str(e.mode) for e in _of(ctx, body, lang, "CONSULT")) == ["meet", "visit"], body
    # talks named as the trip's purpose stay part of it
    body = "Trip\nCAIRO, June 20 - The Kuwaiti emir flew to Cairo in April for talks with President Sisi.\n"
    assert [str(e.mode) for e in _of(ctx, body, "en", "CONSULT")] == ["visit"]
