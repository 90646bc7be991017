"""Status and non-events, both languages (round 7): the future of reported speech across a long subject, an
accusation answered by a denial, an invitation accepted (subject after the verb, a pronoun for the invitation), an
outlet of the state as a named source. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _coded(ctx: Context, body: str, lang: str, published: str = "2024-03-14") -> set[tuple[str, str | None, str | None, str]]:
    return coded(pipeline_events(ctx, body, lang, published))


def _statuses(ctx: Context, body: str, lang: str, etype: str) -> set[str]:
    return {st for t, _s, _t, st in _coded(ctx, body, lang) if t == etype}


# "said X would ...": the future of reported speech is a plan however long the subject's title and name
@pytest.mark.parametrize(("body", "etype"), [
    ("The ministry said Egyptian Foreign Minister Sameh Shoukry would visit Ankara next week.", "CONSULT"),
    ("The Kremlin said Russian President Vladimir Putin would meet Turkish President Recep Tayyip Erdogan in Sochi.",
     "CONSULT"),
    ("Officials said Saudi Crown Prince Mohammed bin Salman would travel to Jakarta later this year.", "CONSULT"),
    ("The palace announced King Abdullah II of Jordan would visit Paris in May.", "CONSULT"),
])
def test_status_x7_speech_future_across_a_long_subject_is_planned(ctx: Context, body: str, etype: str) -> None:
    assert _statuses(ctx, body, "en", etype) == {"planned"}, (body, _coded(ctx, body, "en"))


def test_status_x7_speech_future_with_a_condition_stays_hypothetical(ctx: Context) -> None:
    body = "The ministry said Egyptian Foreign Minister Sameh Shoukry would visit Ankara if the talks went well."
    assert _statuses(ctx, body, "en", "CONSULT") == {"hypothetical"}


# a denial told after an accusation is the accused's answer: the accusation occurred (the act charged is denied)
@pytest.mark.parametrize(("body", "lang"), [
    ("واتهمت الرباط الجمعة وحدات جزائرية بالتوغل داخل أراضيها، وهو ما نفته الجزائر.", "ar"),
    ("اتهمت مصر إثيوبيا بالتعنت في المفاوضات، وهو ما نفته أديس أبابا.", "ar"),
    ("واتهمت بغداد أنقرة بقصف قرى حدودية، الأمر الذي نفته تركيا.", "ar"),
    ("Egypt accused Ethiopia of stalling the talks, which it denied.", "en"),
    ("Iraq accused Turkey of shelling border villages on Monday, a claim it denied.", "en"),
])
def test_status_x7_accusation_answered_by_a_denial_occurred(ctx: Context, body: str, lang: str) -> None:
    assert _statuses(ctx, body, lang, "ACCUSE") == {"occurred"}, (body, _coded(ctx, body, lang))


def test_status_x7_an_act_denied_after_it_stays_negated(ctx: Context) -> None:
    body = "Egypt deployed troops to the border with Sudan, reports said, but Cairo called the reports unfounded."
    assert _statuses(ctx, body, "en", "MOBILIZE") <= {"negated"}


# an invitation accepted is the planned visit, also with a long subject between verb and invitation, or with the
# invitation as a pronoun on the verb ("وقبلها"); no AGREE and no REQUEST beside it
@pytest.mark.parametrize(("body", "pair"), [
    ("وقبل ولي العهد السعودي دعوة لزيارة إندونيسيا في وقت لاحق من العام الجاري.", ("SAU", "IDN")),
    ("ولبى الرئيس الجزائري عبد المجيد تبون دعوة لزيارة روما الشهر المقبل.", ("DZA", "ITA")),
    ("ووجه الرئيس الفرنسي دعوة لنظيره السنغالي لزيارة باريس، وقبلها الرئيس السنغالي.", ("SEN", "FRA")),
    ("ووجه أمير قطر دعوة لأردوغان لزيارة الدوحة، فقبلها الرئيس التركي.", ("TUR", "QAT")),
])
def test_status_x7_invitation_accepted_is_the_planned_visit(ctx: Context, body: str, pair: tuple[str, str]) -> None:
    got = _coded(ctx, body, "ar")
    assert {t for t, *_ in got} == {"CONSULT"}, (body, got)
    assert ("CONSULT", *pair, "planned") in got, (body, got)


# an outlet of the state named as the source is no unconfirmed report: the act occurred
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Tehran summoned Pakistan's envoy on Thursday to protest the strike, Iranian state media reported.", "en", "ACCUSE"),
    ("Algeria recalled its ambassador from Madrid on Saturday, according to the official news agency.", "en",
     "SANCTION"),
    ("Syrian state media said on Monday that Assad had met the Iraqi prime minister in Damascus.", "en", "CONSULT"),
    ("استدعت إيران السفير الباكستاني يوم الخميس، بحسب وسائل الإعلام الرسمية.", "ar", "ACCUSE"),
    ("وذكرت وسائل إعلام رسمية أن الجزائر استدعت سفيرها لدى إسبانيا.", "ar", "SANCTION"),
])
def test_status_x7_state_media_is_a_named_source(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"occurred"}, (body, _coded(ctx, body, lang))


@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Iranian state media reported, citing unnamed officials, that Tehran had summoned Pakistan's envoy.", "en",
     "ACCUSE"),
    ("وذكرت وسائل إعلام محلية أن الجزائر استدعت سفيرها لدى إسبانيا.", "ar", "SANCTION"),
])
def test_status_x7_other_media_and_unnamed_sources_stay_reported(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"reported"}, (body, _coded(ctx, body, lang))


# insiders unnamed are a report also when a nationality makes them an actor mention ("two Sudanese officials familiar
# with the negotiations said")
@pytest.mark.parametrize(("body", "etype"), [
    ("Sudan and Russia have reached an understanding on a naval base, two Sudanese officials familiar with the "
     "negotiations said.", "AGREE"),
    ("Egypt recalled its ambassador from Israel, two Egyptian officials familiar with the matter said.", "SANCTION"),
    ("Jordanian officials familiar with the plan said Amman had expelled the Israeli envoy.", "SANCTION"),
])
def test_status_x7_insiders_after_a_nationality_are_reported(ctx: Context, body: str, etype: str) -> None:
    assert _statuses(ctx, body, "en", etype) == {"reported"}, (body, _coded(ctx, body, "en"))


# a noun whose first letter reads as the future clitic ("ساعات", "سنوات", "سياسة") makes no plan of the act after it
@pytest.mark.parametrize(("body", "etype"), [
    ("وجاء القرار بعد ساعات من استدعاء الجزائر سفيرها لدى مالي للتشاور.", "SANCTION"),
    ("وجاء القرار بعد ساعة من استدعاء الجزائر سفيرها لدى النيجر.", "SANCTION"),
    ("وجاء ذلك بعد سنوات من توقيع مصر والأردن اتفاقية للغاز.", "SUPPORT"),
])
def test_status_x7_noun_with_clitic_letters_makes_no_plan(ctx: Context, body: str, etype: str) -> None:
    assert _statuses(ctx, body, "ar", etype) == {"occurred"}, (body, _coded(ctx, body, "ar"))


def test_status_x7_future_clitic_on_a_verb_still_plans(ctx: Context) -> None:
    body = "وقالت مصر إنها ستمدد قرضين لتونس."
    assert _statuses(ctx, body, "ar", "AID") == {"planned"}


# commentators named by "some" or "a number of", or a view "pushed further", are analysis: no event
@pytest.mark.parametrize(("body", "lang"), [
    ("ويذهب بعض الباحثين أبعد من ذلك، معتبرين أن زيارة أردوغان إلى القاهرة فتحت صفحة جديدة.", "ar"),
    ("ويذهب عدد من الخبراء أبعد من ذلك، معتبرين أن الاتحاد الأوروبي قد يلتقي المغرب لبحث الهجرة.", "ar"),
    ("وذهب بعض المعلقين إلى أن قمة السيسي وأردوغان في أنقرة كانت رسالة إلى واشنطن.", "ar"),
    ("Some researchers go further, arguing that Egypt will sign a deal with Russia.", "en"),
    ("Some analysts went further, saying the visit of Erdogan to Cairo showed a new alignment.", "en"),
    ("Other experts go so far as to say that Turkey could sell drones to Egypt.", "en"),
])
def test_status_x7_commentators_going_further_tell_no_act(ctx: Context, body: str, lang: str) -> None:
    assert _coded(ctx, body, lang) == set(), body


# an attribution that opens a clause begun after the act (", where, according to ...") reports that clause's act only
@pytest.mark.parametrize(("body", "lang"), [
    ("Pakistani Prime Minister Imran Khan returned on Tuesday from Doha, where, according to two officials who asked "
     "not to be named, Qatari ministers offered to supply gas.", "en"),
    ("Egypt's foreign minister visited Moscow on Monday, where, sources said, Russia offered to sell wheat to Egypt.",
     "en"),
    ("وعاد وزير الخارجية المصري من موسكو يوم الاثنين، حيث، بحسب مصادر مطلعة، عرضت روسيا بيع القمح لمصر.", "ar"),
])
def test_status_x7_attribution_opening_a_later_clause(ctx: Context, body: str, lang: str) -> None:
    got = _coded(ctx, body, lang)
    assert {st for t, *_, st in got if t == "CONSULT"} == {"occurred"}, (body, got)
    assert {st for t, *_, st in got if t == "AGREE"} == {"reported"}, (body, got)


def test_status_x7_attribution_closing_the_sentence_reports_it_all(ctx: Context) -> None:
    body = "Egypt's foreign minister visited Moscow on Monday, where he met Lavrov, sources said."
    assert _statuses(ctx, body, "en", "CONSULT") == {"reported"}


# "others" taking up the commentators' view ("يعتقد آخرون أن", "others argue that") is analysis: no event; "others" as
# states acting stays an act
@pytest.mark.parametrize(("body", "lang"), [
    ("في المقابل، يعتقد آخرون أن بغداد قد تطلب من واشنطن الإبقاء على عدد محدود من المستشارين.", "ar"),
    ("ويرى آخرون أن زيارة أردوغان إلى القاهرة فتحت صفحة جديدة بين البلدين.", "ar"),
    ("Others argue that Egypt could ask Russia to supply more wheat.", "en"),
    ("Some see a thaw, while others think Ankara will recall its ambassador from Cairo again.", "en"),
])
def test_status_x7_others_taking_up_a_view_tell_no_act(ctx: Context, body: str, lang: str) -> None:
    assert _coded(ctx, body, lang) == set(), body


def test_status_x7_others_acting_is_an_act(ctx: Context) -> None:
    assert _statuses(ctx, "Egypt, Jordan and others condemned Israel on Monday.", "en", "ACCUSE") == {"occurred"}
