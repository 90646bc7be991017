"""Who did it to whom (round x7): a visit noun whose visitor is named after it -- as its bare genitive or as the
subject of a relative clause ("الزيارة التي قام بها ...") -- and whose destination follows, in a sentence whose
earlier clause ends with "the two countries" (sentences written for these tests)."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.ingest import make_article
from bilateral.pipeline import Pipeline

from .helpers import coded, pipeline_events


def _pairs(ctx: Context, body: str, lang: str, etype: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, lang, "2024-05-10")) if ty == etype}


_OPENING = "وصل وزير الخارجية المصري إلى موسكو أمس في زيارة رسمية. "
_OPENING_CN = "وصل الرئيس الجزائري إلى بكين أمس الأول. "


@pytest.mark.parametrize("body, visitor, host", [
    (_OPENING + "وتأتي الزيارة لتعزيز التعاون بين البلدين، ولرد الزيارة التي قام بها وزير الدفاع الروسي "
     "للقاهرة الشهر الماضي.", "RUS", "EGY"),
    (_OPENING + "وتهدف المباحثات إلى دفع الشراكة بين البلدين، وتأتي ردا على الزيارة التي قام بها وزيرا الخارجية "
     "والدفاع الروسيان إلى القاهرة في مارس.", "RUS", "EGY"),
    (_OPENING + "وبحث الوزير سبل تطوير العلاقات بين الجانبين، ولرد زيارة وزير الدفاع الروسي للقاهرة في أبريل.",
     "RUS", "EGY"),
    (_OPENING_CN + "وتناولت المحادثات التعاون العسكري بين البلدين، وتأتي لرد زيارة الرئيس الصيني للجزائر في "
     "العام الماضي.", "CHN", "DZA"),
    (_OPENING_CN + "وبحث الرئيسان تعزيز العلاقات بين البلدين، وذلك بعد الزيارة التي قام بها رئيس الوزراء الصيني "
     "إلى الجزائر في يناير.", "CHN", "DZA"),
    (_OPENING_CN + "وبحث الرئيسان تعزيز العلاقات بين البلدين، وذلك بعد الزيارة التي أجراها رئيس الوزراء الصيني "
     "إلى الجزائر في يناير.", "CHN", "DZA"),
    (_OPENING_CN + "وتناول اللقاء توسيع التبادل التجاري بين البلدين، ولرد زيارة الرئيس الصيني للجزائر.",
     "CHN", "DZA"),
])
def test_visitor_named_after_the_visit_noun_past_a_pair_before_it(ctx: Context, body: str, visitor: str,
                                                                    host: str) -> None:
    got = _pairs(ctx, body, "ar", "CONSULT")
    assert (visitor, host) in got, got


@pytest.mark.parametrize("body, visitor, host", [
    ("وتأتي الزيارة لتعزيز التعاون بين البلدين، ولرد الزيارة التي قام بها وزير الدفاع الروسي للقاهرة الشهر الماضي.",
     "RUS", "EGY"),
    ("رحبت مصر بالزيارة التي قام بها الرئيس الروسي للقاهرة الأسبوع الماضي.", "RUS", "EGY"),
])
def test_visitor_named_after_the_visit_noun_in_a_sentence_alone(ctx: Context, body: str, visitor: str,
                                                                 host: str) -> None:
    got = _pairs(ctx, body, "ar", "CONSULT")
    assert (visitor, host) in got, got


def test_trip_to_a_place_of_no_state_takes_no_other_party_from_the_article(ctx: Context) -> None:
    body = ("قطعت سوريا علاقاتها مع مصر أمس. وجاء القرار بعد أسبوعين من الزيارة التاريخية التي قام بها الرئيس "
            "المصري إلى القدس.")
    got = _pairs(ctx, body, "ar", "CONSULT")
    assert ("EGY", "SYR") not in got, got


@pytest.mark.parametrize("body, lang, sender, host", [
    ("وصل مبعوث خاص من الرئيس المصري إلى الخرطوم أمس.", "ar", "EGY", "SDN"),
    ("وصل إلى الرباط أمس مبعوث خاص من الرئيس الجزائري حاملا رسالة إلى الملك.", "ar", "DZA", "MAR"),
    ("دعا وزير الخارجية الأردني أمس الطرفين إلى التهدئة، في حين وصل إلى دمشق في اليوم ذاته مبعوث من أمير قطر.",
     "ar", "QAT", "SYR"),
    ("ووصل إلى تونس مساء أمس موفد من الإمبراطور الإثيوبي.", "ar", "ETH", "TUN"),
    ("A special envoy from the Emir of Qatar arrived in Damascus on Monday.", "en", "QAT", "SYR"),
    ("An emissary from the Turkish president flew to Baghdad on Sunday.", "en", "TUR", "IRQ"),
])
def test_envoy_from_a_sender_travels_for_the_sender(ctx: Context, body: str, lang: str, sender: str,
                                                    host: str) -> None:
    got = _pairs(ctx, body, lang, "CONSULT")
    assert (sender, host) in got, got
    assert (host, sender) not in got, got


@pytest.mark.parametrize("body, visitor, host", [
    ("أعلنت الرئاسة أن أردوغان سيبدأ الأحد جولة يستهلها بالكويت، على أن يزور الدوحة في اليوم ذاته.", "TUR", "QAT"),
    ("قال مسؤول إن الرئيس البرازيلي سيصل إلى القاهرة الأربعاء، على أن يزور عمان بعد ذلك.", "BRA", "OMN"),
    ("وصل رئيس الوزراء الهندي إلى الرياض أمس، ثم زار الدوحة.", "IND", "QAT"),
])
def test_place_right_after_a_visit_verb_with_a_dropped_subject_is_visited(ctx: Context, body: str, visitor: str,
                                                                          host: str) -> None:
    got = _pairs(ctx, body, "ar", "CONSULT")
    assert (visitor, host) in got, got
    assert (host, visitor) not in got, got


@pytest.mark.parametrize("body, visitor, host", [
    ("زار الرئيس التركي الدوحة أمس، ثم توجه إلى جدة.", "TUR", "SAU"),
    ("وصل وزير الخارجية الفرنسي إلى أبوظبي صباح اليوم، ثم توجه إلى جدة مساء.", "FRA", "SAU"),
])
def test_trip_on_to_a_city_of_another_state_visits_that_state(ctx: Context, body: str, visitor: str,
                                                               host: str) -> None:
    got = _pairs(ctx, body, "ar", "CONSULT")
    assert (visitor, host) in got, got


@pytest.mark.parametrize("body, pair, country", [
    ("The Serbian and Kosovo leaders met in Ohrid, North Macedonia, on Saturday.", ("SRB", "KOS"), "MKD"),
    ("Armenia and Azerbaijan signed the deal on Monday. Meeting in Almaty, Kazakhstan, the two foreign ministers "
     "agreed on a text.", ("ARM", "AZE"), "KAZ"),
    ("Iranian and Saudi officials held talks in Baghdad, Iraq, in April.", ("IRN", "SAU"), "IRQ"),
    ("Ethiopia and Eritrea held talks in San Sebastian, Spain, on Tuesday.", ("ETH", "ERI"), "ESP"),
])
def test_state_set_after_the_town_of_a_meeting_is_where_not_a_party(ctx: Context, body: str,
                                                                    pair: tuple[str, str], country: str) -> None:
    got = _pairs(ctx, body, "en", "CONSULT")
    assert pair in got or pair[::-1] in got, got
    assert not any(country in p for p in got), got


@pytest.mark.parametrize("body, pair", [
    ("والتقى الرئيس التركي الأمين العام لجامعة الدول العربية في القاهرة أمس. وصدر في ختام الزيارة بيان مشترك شدد "
     "فيه البلدان على أهمية التعاون.", ("TUR", "EGY")),
    ("وصل الرئيس الصيني إلى الجزائر أمس، والتقى الأمين العام لجامعة الدول العربية. وصدر في ختام المحادثات بيان "
     "مشترك أكد فيه الجانبان دعمهما للحل السياسي.", ("CHN", "DZA")),
])
def test_joint_statement_parties_named_in_its_own_clause_after_a_setting(ctx: Context, body: str,
                                                                          pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "ar", "SUPPORT")
    assert pair in got or pair[::-1] in got, got
    assert not any("ARL" in p for p in got), got


def test_talks_where_a_traveller_goes_are_his_not_the_place_he_leaves(ctx: Context) -> None:
    body = ("وصل الرئيس البرازيلي إلى القاهرة أمس. ومن المقرر أن يغادر الرئيس البرازيلي القاهرة اليوم متوجها إلى "
            "أنقرة، حيث يجري مباحثات مع الرئيس التركي.")
    got = _pairs(ctx, body, "ar", "CONSULT")
    assert ("EGY", "TUR") not in got and ("TUR", "EGY") not in got, got


@pytest.mark.parametrize("body, pair, wrong", [
    ("PARIS, May 3 — When the French president flew to Rabat alongside Spain's prime minister, Morocco signed a "
     "gas deal with Nigeria.", ("MAR", "NGA"), "ESP"),
    ("CAIRO, June 2 (Reuters) - While Egypt's foreign minister was in Moscow, Sudan signed an accord with "
     "Ethiopia.", ("SDN", "ETH"), "RUS"),
    ("ANKARA, March 9 — After Iraq's president met the Turkish leader, Syria signed a water pact with Jordan.",
     ("SYR", "JOR"), "TUR"),
])
def test_subordinate_clause_opening_after_a_dateline_holds_no_party_of_the_main_clause(
        ctx: Context, body: str, pair: tuple[str, str], wrong: str) -> None:
    got = {(s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, "en", "2024-05-10"))
           if ty in ("SUPPORT", "AGREE")}
    assert pair in got or pair[::-1] in got, got
    assert not any(wrong in p for p in got), got


@pytest.mark.parametrize("body, broker", [
    ("Serbia and Kosovo remain at odds. The first round of European Union-facilitated talks between the two sides "
     "opened in Brussels on Monday.", "European Union"),
    ("Ethiopia and Egypt disagree over the dam. US-brokered talks between the two countries resumed on Monday.",
     "US"),
    ("Armenia and Azerbaijan are still at odds. Russian-mediated talks between the two sides ended in Moscow.",
     "Russian"),
])
def test_broker_named_before_talks_between_a_pair_is_no_party(ctx: Context, body: str, broker: str) -> None:
    result = Pipeline(ctx).run(make_article(body, "t", lang="en", published="2024-05-10"))
    talks = [c for c in result.candidates if str(c.type) == "CONSULT"]
    assert talks, result.candidates
    for c in talks:
        assert all(m.text != broker for m in (*c.source, *c.target)), (c.source, c.target)
