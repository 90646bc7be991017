"""How many events an article yields (CODING_GUIDE), x6 probes: two documents signed with verbs of their own,
talks told in their own sentence or by a light verb after the trip, and re-mentions that stay one event.
Paragraphs written for these tests, in both languages."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.model import Article, Event
from bilateral.pipeline import Pipeline


def _of(ctx: Context, body: str, lang: str, etype: str, published: str = "2024-03-14") -> list[Event]:
    a = Pipeline(ctx).run(Article("t", "t", body, lang, published))
    return [e for e in a.events if str(e.type) == etype]


def _modes(ctx: Context, body: str, lang: str, etype: str = "CONSULT") -> list[str | None]:
    return sorted((e.mode or "") for e in _of(ctx, body, lang, etype))


# two documents, each told by a verb of its own in one sentence, are two signings
TWO_DOCUMENTS = [
    ("en", "Deals\nNAIROBI, March 14 - Kenya and Uganda signed five memoranda of understanding on Wednesday and "
           "issued a joint statement on trade.\n"),
    ("en", "Deals\nNAIROBI, March 14 - The foreign ministers of Kenya and Uganda signed a transport accord on "
           "Tuesday and released a joint communique on border security.\n"),
    ("en", "Deals\nCAIRO, March 14 - Egypt and Ghana inked three agreements on Monday and adopted a joint "
           "declaration on investment.\n"),
    ("ar", "اتفاقات\nالقاهرة - وقعت مصر وغانا أمس ثلاث اتفاقيات للتعاون وأصدرتا بيانا مشتركا حول الاستثمار.\n"),
]


@pytest.mark.parametrize(("lang", "body"), TWO_DOCUMENTS)
def test_two_documents_with_verbs_of_their_own_are_two_signings(ctx: Context, lang: str, body: str) -> None:
    assert _modes(ctx, body, lang, "SUPPORT") == ["sign", "sign"]


# one verb with two objects stays one signing
ONE_SIGNING = [
    ("en", "Deals\nNAIROBI, March 14 - Kenya and Uganda signed a transport accord and a memorandum on energy on "
           "Wednesday.\n"),
    ("ar", "اتفاقات\nالقاهرة - وقعت مصر وغانا أمس اتفاقية للنقل ومذكرة تفاهم في مجال الطاقة.\n"),
]


@pytest.mark.parametrize(("lang", "body"), ONE_SIGNING)
def test_one_verb_with_two_documents_is_one_signing(ctx: Context, lang: str, body: str) -> None:
    assert _modes(ctx, body, lang, "SUPPORT") == ["sign"]


# a meeting told in a sentence of its own, with a verb of its own, on the day the visit ends
MEETING_ON_THE_LAST_DAY = [
    ("en", "Visit\nNAIROBI, March 14 - The Ugandan prime minister flew home on Thursday at the end of a "
           "two-day visit to Kenya. Before leaving on Thursday, he met Kenyan President William Ruto.\n"),
    ("en", "Visit\nNAIROBI, March 14 - The Ugandan prime minister left Nairobi on Thursday after a two-day "
           "visit to Kenya. Earlier on Thursday he held talks with President William Ruto.\n"),
]


@pytest.mark.parametrize(("lang", "body"), MEETING_ON_THE_LAST_DAY)
def test_meeting_in_its_own_sentence_on_the_last_day_of_a_visit_is_kept(ctx: Context, lang: str,
                                                                        body: str) -> None:
    assert "meet" in _modes(ctx, body, lang)


# talks held by a light verb after the trip is told ("arrived ..., on his first visit ..., and held talks")
LIGHT_TALKS_AFTER_TRIP = [
    ("ar", "زيارة\nالقاهرة - خلال زيارته إلى القاهرة أمس، عقد وزير الخارجية الغاني مباحثات مع نظيره المصري بدر "
           "عبد العاطي.\n"),
    ("ar", "زيارة\nالقاهرة - حل وزير الخارجية الغاني أمس بالقاهرة في زيارة رسمية، وعقد جلسة مباحثات مع نظيره "
           "المصري بدر عبد العاطي.\n"),
    ("ar", "زيارة\nموسكو - وكان وزير الخارجية الكيني قد وصل إلى موسكو في 3 مارس، في أول زيارة له إلى روسيا، "
           "وعقد مباحثات مع نظيره الروسي سيرغي لافروف.\n"),
]


@pytest.mark.parametrize(("lang", "body"), LIGHT_TALKS_AFTER_TRIP)
def test_light_verb_talks_after_the_trip_are_a_second_consultation(ctx: Context, lang: str, body: str) -> None:
    assert _modes(ctx, body, lang) == ["meet", "visit"]


# talks told by a light verb before the trip ("held talks in Rabat during a visit") tell the visit: one event
def test_light_verb_talks_before_the_trip_tell_the_visit(ctx: Context) -> None:
    body = ("زيارة\nالقاهرة - أجرى وزير الخارجية الغاني أمس محادثات في القاهرة مع نظيره المصري بدر عبد العاطي "
            "خلال زيارة رسمية.\n")
    assert len(_modes(ctx, body, "ar")) == 1


# a visit told first by its last day ("flew home at the end of a three-day visit") and later by its arrival is
# one visit, dated to the arrival; a visit the other way is another trip
DEPARTURE_THEN_ARRIVAL = [
    ("en", "Visit\nNAIROBI, March 14 - The Ugandan prime minister flew home on Thursday at the end of a three-day "
           "visit to Kenya. He arrived in Nairobi on Tuesday.\n"),
    ("ar", "زيارة\nنيروبي - غادر رئيس الوزراء الأوغندي نيروبي اليوم الخميس في ختام زيارة رسمية إلى كينيا استغرقت "
           "ثلاثة أيام. وكان قد وصل إلى نيروبي يوم الثلاثاء.\n"),
]


@pytest.mark.parametrize(("lang", "body"), DEPARTURE_THEN_ARRIVAL)
def test_visit_told_by_its_departure_then_its_arrival_is_one_visit(ctx: Context, lang: str, body: str) -> None:
    visits = _of(ctx, body, lang, "CONSULT")
    assert [(e.mode, e.date.start) for e in visits] == [("visit", "2024-03-12")]


def test_return_visit_two_days_later_is_another_trip(ctx: Context) -> None:
    body = ("Visit\nNAIROBI, March 14 - The Ugandan prime minister visited Kenya on Tuesday. Kenya's president "
            "will travel to Uganda on Thursday.\n")
    visits = _of(ctx, body, "en", "CONSULT")
    assert sorted((e.source.country if e.source else "", e.date.start) for e in visits) \
        == [("KEN", "2024-03-14"), ("UGA", "2024-03-12")]


# a state's lender or fund named by its kind acts for its state (CODING_GUIDE): the state of the possessive, or
# after "its" the state named before -- never an organisation named beside it
STATE_LENDERS = [
    ("LUSAKA, March 14 - Zambia is seeking a bailout from the International Monetary Fund. China has not yet "
     "given the assurances sought by the IMF. Its Export-Import Bank offered this week to defer repayments for "
     "two years.", "CHN"),
    ("LUSAKA, March 14 - Zambia is seeking a bailout from the International Monetary Fund. India sent assurances "
     "to the Fund on Monday. Its Exim Bank agreed on Tuesday to extend a credit line to Zambia.", "IND"),
    ("ANKARA, March 14 - Qatar's sovereign wealth fund agreed on Tuesday to invest in Turkish ports, Turkey said.",
     "QAT"),
]


@pytest.mark.parametrize(("body", "state"), STATE_LENDERS)
def test_state_lender_acts_for_its_state(ctx: Context, body: str, state: str) -> None:
    agreed = _of(ctx, "Loans\n" + body + "\n", "en", "AGREE")
    assert agreed and all(e.source is not None and e.source.country == state for e in agreed)


# a one-way verbal act told each way, each in a sentence of its own, is two acts; the same way twice is one
EACH_WAY = [
    ("en", "ACCUSE", "Row\nNAIROBI, March 14 - Kenya accused Uganda on Tuesday of arming rebels in the north. Later "
                     "on Tuesday, Uganda accused Kenya of harbouring smugglers.\n"),
    ("en", "THREATEN", "Row\nNAIROBI, March 14 - Kenya threatened Uganda with sanctions on Tuesday. Uganda, for its "
                       "part, threatened Kenya with closing the border on Tuesday.\n"),
    ("ar", "ACCUSE", "خلاف\nنيروبي - اتهمت كينيا أمس أوغندا بتسليح المتمردين. في المقابل، اتهمت أوغندا أمس كينيا "
                     "بإيواء المهربين.\n"),
]


@pytest.mark.parametrize(("lang", "etype", "body"), EACH_WAY)
def test_one_way_act_told_each_way_in_own_sentences_is_two_acts(ctx: Context, lang: str, etype: str,
                                                                body: str) -> None:
    ways = sorted((e.source.country if e.source else "", e.target.country if e.target else "")
                  for e in _of(ctx, body, lang, etype))
    assert ways == [("KEN", "UGA"), ("UGA", "KEN")]


def test_one_way_act_told_twice_the_same_way_is_one(ctx: Context) -> None:
    body = ("خلاف\nنيروبي - اتهمت كينيا أمس أوغندا بتسليح المتمردين. وجددت كينيا أمس اتهامها لأوغندا بدعم "
            "المهربين.\n")
    assert len(_of(ctx, body, "ar", "ACCUSE")) == 1
