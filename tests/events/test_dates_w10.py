"""Dates of the tenth round: an act "after the talks" takes the talks' day, a month past a sentence back in the
present is the present's, a bare weekday closing a pledge dates the pledge, a visit named by its destination
("خلال زيارة الرياض") is the visit told before to that state. Sentences written for these tests."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import pipeline_events


def _dated(ctx: Context, body: str, lang: str, published: str) -> list[tuple[str, str | None, str]]:
    return [(str(e.type), e.date.start, str(e.status)) for e in pipeline_events(ctx, body, lang, published)]


def test_dates_an_act_after_the_talks_takes_the_talks_day_not_an_earlier_trip(ctx: Context) -> None:
    lead = ("أجرى الرئيس المصري والرئيس الروسي أمس الثلاثاء مباحثات في موسكو. وكان الرئيس المصري قد زار روسيا "
            "للمرة الأولى في مارس 2015. ")
    for opener in ("وعقب المباحثات", "وبعد المباحثات", "وفي أعقاب المحادثات", "وإثر اللقاء", "وفي ختام المباحثات"):
        for act in ("وقع البلدان اتفاقية للتعاون النووي.", "أصدر الجانبان بيانا مشتركا."):
            signed = [d for t, d, _s in _dated(ctx, f"{lead}{opener}، {act}", "ar", "2024-03-13") if t == "SUPPORT"]
            assert signed == ["2024-03-12"], (opener, act, signed)


def test_dates_a_month_after_a_sentence_in_the_present_is_the_present_s(ctx: Context) -> None:
    pacts = {"en": "Egypt and Turkey signed a trade agreement in December 2020. ",
             "ar": "ووقعت مصر وتركيا اتفاقية تجارية في ديسمبر 2020. "}
    # a sentence in the present between: January is the one just before publication
    present = {"en": "Ankara is now pressing for more. Officials said Egypt criticised Turkey in January over its drills.",
               "ar": "وتسعى أنقرة حاليا إلى توسيع التعاون. وقال مسؤولون إن مصر انتقدت تركيا في يناير بسبب مناوراتها."}
    # told straight after: the story goes on past the year's end
    story = {"en": "In January, Egypt criticised Turkey over its naval drills.",
             "ar": "وفي يناير، انتقدت مصر تركيا بسبب مناوراتها البحرية."}
    for lang, pact in pacts.items():
        accused = [d for t, d, _s in _dated(ctx, pact + present[lang], lang, "2025-02-14") if t == "ACCUSE"]
        assert accused == ["2025-01"], (lang, accused)
        accused = [d for t, d, _s in _dated(ctx, pact + story[lang], lang, "2025-02-14") if t == "ACCUSE"]
        assert accused == ["2021-01"], (lang, accused)
    # told as earlier than the story ("had"): the year of the story, not the next
    body = pacts["en"] + "Egypt had criticised Turkey in January over its naval drills."
    assert [d for t, d, _s in _dated(ctx, body, "en", "2025-02-14") if t == "ACCUSE"] == ["2020-01"]


def test_dates_a_bare_weekday_closing_a_pledge_dates_the_pledge(ctx: Context) -> None:
    # published on Thursday 14 March 2024
    cases = [("تعهدت تركيا بتقديم مساعدات إنسانية إلى سوريا يوم الأربعاء.", "2024-03-13"),
             ("وعدت فرنسا بتزويد أوكرانيا بأسلحة جديدة يوم الثلاثاء.", "2024-03-12"),
             ("تعهدت الصين بتمويل مشاريع في مصر يوم الأحد.", "2024-03-10"),
             ("وافقت تركيا على دعم سوريا يوم الأربعاء.", "2024-03-13")]
    for body, day in cases:
        assert [d for t, d, _s in _dated(ctx, body, "ar", "2024-03-14") if t == "AGREE"] == [day], body
    # a weekday marked as ahead dates what is agreed, not the agreeing
    body = "وافقت تركيا على دعم سوريا يوم الأربعاء المقبل."
    assert [d for t, d, _s in _dated(ctx, body, "ar", "2024-03-14") if t == "AGREE"] != ["2024-03-20"]


def test_dates_a_visit_named_by_its_destination_is_the_visit_to_that_state(ctx: Context) -> None:
    tour = ("يصل الرئيس البرازيلي إلى الرياض يوم الثلاثاء في مستهل جولة خليجية. ويتوجه الأربعاء إلى الدوحة ثم إلى "
            "دبي يوم الجمعة. ")
    for said in ("وقال الوزير إن البلدين سيوقعان خلال زيارة الرياض اتفاقيات في مجال الطاقة.",
                 "وأوضح الوزير أن الجانبين سيوقعان أثناء زيارة السعودية مذكرات تفاهم.",
                 "وقال الوزير إن البلدين سيوقعان على هامش زيارة الرياض اتفاقية للتعاون الدفاعي."):
        events = [(t, d) for t, d, _s in _dated(ctx, tour + said, "ar", "2024-03-09")]
        assert ("SUPPORT", "2024-03-12") in events, (said, events)
        # no further planned visit to Saudi Arabia on another stop's day
        assert [d for t, d in events if t == "CONSULT"] == ["2024-03-12"], (said, events)
    # the visitor named after the noun is no destination: a visit of its own
    body = "زار وزير الخارجية المصري أنقرة يوم الاثنين، في أول زيارة لوزير خارجية مصري منذ عشر سنوات."
    assert [d for t, d, _s in _dated(ctx, body, "ar", "2024-03-14") if t == "CONSULT"] == ["2024-03-11"]
