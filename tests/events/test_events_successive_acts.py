"""Acts of one type and pair told one after the other in a sentence: a second act decided, a next step."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.model import Article, Event
from bilateral.pipeline import Pipeline


def _of(ctx: Context, body: str, lang: str, etype: str) -> list[Event]:
    a = Pipeline(ctx).run(Article("t", "t", body, lang, "2020-01-01"))
    return [e for e in a.events if str(e.type) == etype]


def test_events_second_infinitive_of_a_decision_is_a_second_act(ctx: Context) -> None:
    body = ("Envoys\nOSLO, Jan 1 - Norway has decided to recall its ambassador to Peru and to expel the Peruvian "
            "ambassador, the foreign ministry said.\n")
    got = _of(ctx, body, "en", "SANCTION")
    assert sorted(str(e.mode) for e in got) == ["expel", "withdraw"]
    assert {(e.source.country if e.source else None) for e in got} == {"NOR"}


def test_events_second_infinitive_of_an_agreement_stays_its_content(ctx: Context) -> None:
    body = ("Ties\nLIMA, Jan 1 - Chile and Peru agreed on Tuesday to restore relations and to reopen their "
            "embassies.\n")
    assert _of(ctx, body, "en", "RETREAT") == []
    assert len(_of(ctx, body, "en", "AGREE")) == 1


def test_events_a_step_told_with_then_is_one_more_act(ctx: Context) -> None:
    en = "Embargo\nHAVANA, Jan 1 - Washington imposed sanctions on Cuba in 1962 and then banned all imports from the island.\n"
    ar = ("حصار\nهافانا - أدرجت واشنطن كوبا على قائمة الدول الراعية للإرهاب عام 1982، ثم شددت عقوباتها عليها "
          "بموجب قانون جديد.\n")
    for body, lang in ((en, "en"), (ar, "ar")):
        got = _of(ctx, body, lang, "SANCTION")
        assert len(got) == 2, lang
        assert all({e.source.country if e.source else None, e.target.country if e.target else None}
                   == {"USA", "CUB"} for e in got), lang


def test_events_two_verbs_of_one_act_without_then_stay_one(ctx: Context) -> None:
    body = "Embargo\nHAVANA, Jan 1 - Washington imposed sanctions on Cuba in 1962 and banned all imports from the island.\n"
    assert len(_of(ctx, body, "en", "SANCTION")) == 1


def test_events_a_further_object_with_its_own_date_is_a_further_signing(ctx: Context) -> None:
    en = "Pacts\nCAIRO, Jan 1 - Egypt and India signed a trade agreement in 1990 and a defence pact in 1995.\n"
    ar = ("اتفاقيات\nالقاهرة - ووقع البلدان مصر والهند في آذار/مارس 1990 اتفاقية للتجارة، ثم اتفاقية ثانية "
          "في آب/أغسطس 1995 للتعاون الدفاعي.\n")
    for body, lang, dates in ((en, "en", ["1990", "1995"]), (ar, "ar", ["1990-03", "1995-08"])):
        got = _of(ctx, body, lang, "SUPPORT")
        assert sorted(str(e.date.start) for e in got) == dates, lang
        assert all(e.mode == "sign" for e in got), lang


def test_events_two_objects_of_one_date_are_one_signing(ctx: Context) -> None:
    body = "Pacts\nCAIRO, Jan 1 - Egypt and India signed a trade agreement and a defence pact in 1995.\n"
    assert [str(e.date.start) for e in _of(ctx, body, "en", "SUPPORT")] == ["1995"]


def test_events_a_like_measure_and_the_verb_naming_it_are_one_act(ctx: Context) -> None:
    refused = ("طرد\nالجزائر - طردت الجزائر أمس خمسة دبلوماسيين مغاربة.\nوقال الناطق باسم الحكومة المغربية إن "
               "المملكة لن تتخذ إجراء مماثلا ولن تغلق سفارتها في الجزائر.\n")
    answered = ("طرد\nالرباط - طردت الجزائر الاثنين خمسة دبلوماسيين مغاربة.\nوردت الرباط أمس بالمثل وطردت خمسة "
                "دبلوماسيين جزائريين.\n")
    for body, status in ((refused, "negated"), (answered, "occurred")):
        got = sorted((e.source.country if e.source else None, e.target.country if e.target else None, str(e.status))
                     for e in _of(ctx, body, "ar", "SANCTION"))
        assert got == [("DZA", "MAR", "occurred"), ("MAR", "DZA", status)], status


def test_events_a_trip_told_in_a_relative_clause_has_the_actor_before_it(ctx: Context) -> None:
    en = ("Dam\nCAIRO, Jan 1 - Sadat opened the dam on 15 January 1971 in the presence of Soviet President Nikolai "
          "Podgorny, who had arrived in Aswan at the head of a large delegation.\n")
    ar = ("السد\nالقاهرة - افتتح السادات السد في 15 يناير 1971 بحضور الرئيس السوفيتي نيكولاي بودغورني، الذي وصل "
          "إلى أسوان على رأس وفد رفيع.\n")
    for body, lang in ((en, "en"), (ar, "ar")):
        got = _of(ctx, body, lang, "CONSULT")
        assert [(e.mode, e.source.country if e.source else None, e.target.country if e.target else None)
                for e in got] == [("visit", "SUN", "EGY")], lang


def test_events_a_two_sided_act_in_a_relative_clause_needs_its_own_parties(ctx: Context) -> None:
    body = ("قمة\nالرياض - لم يشارك الرئيس المصري في القمة، وأناب عنه وزير الخارجية المصري الذي وقع على البيان "
            "الختامي.\n")
    assert _of(ctx, body, "ar", "SUPPORT") == []
