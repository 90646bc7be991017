"""Status and non-events, both languages (round 4): a policy of not doing, an exception that lifts a negation,
an act studied or asked about, an act befallen before its time, the view of commentators, a headline split by
"..". Sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _coded(ctx: Context, body: str, lang: str, published: str = "2024-03-14") -> set[tuple[str, str | None, str | None, str]]:
    return coded(pipeline_events(ctx, body, lang, published))


def _statuses(ctx: Context, body: str, lang: str, etype: str) -> set[str]:
    return {st for t, _s, _t, st in _coded(ctx, body, lang) if t == etype}


# a stance -- a policy of not doing -- tells no act; a specific act held back is negated
@pytest.mark.parametrize("body", [
    "Egypt avoids criticising Israel in public.",
    "Brazil refrains from condemning Russia's war in Ukraine.",
    "Indonesia has long avoided criticising China over the South China Sea.",
    "Cairo remains careful not to criticise Riyadh in public.",
    "Delhi takes care not to condemn Moscow.",
    "Turkey has so far refrained from imposing sanctions on Russia.",
])
def test_status_r4_en_stance_is_no_event(ctx: Context, body: str) -> None:
    assert _coded(ctx, body, "en") == set(), body


@pytest.mark.parametrize("body", [
    "تتجنب إندونيسيا انتقاد الصين في ملف بحر الصين الجنوبي.",
    "ويتحاشى الأردن إدانة إسرائيل علنا.",
    "تحرص القاهرة على عدم انتقاد الرياض علنا.",
    "وتنأى الجزائر بنفسها عن إدانة موسكو.",
    "تتجنب الهند إدانة روسيا.",
])
def test_status_r4_ar_stance_is_no_event(ctx: Context, body: str) -> None:
    assert _coded(ctx, body, "ar") == set(), body


@pytest.mark.parametrize(("body", "lang"), [
    ("India stopped short of condemning Russia at the vote on Friday.", "en"),
    ("Qatar refrained from criticising Saudi Arabia on Monday.", "en"),
    ("India did not condemn Russia at the vote on Friday.", "en"),
    ("امتنعت الهند عن إدانة روسيا في التصويت يوم الجمعة.", "ar"),
])
def test_status_r4_specific_act_held_back_is_negated(ctx: Context, body: str, lang: str) -> None:
    assert _statuses(ctx, body, lang, "ACCUSE") == {"negated"}, body


# "not ... until", "لم ... إلا": the exception lifts the negation
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Egypt and Iran did not restore relations until 1991.", "en", "RETREAT"),
    ("The Soviet Union did not resume relations with Israel until 1991.", "en", "RETREAT"),
    ("ولم تستأنف العلاقات بين المغرب والجزائر إلا في مايو 1988.", "ar", "RETREAT"),
])
def test_status_r4_past_negation_lifted_by_exception_occurred(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"occurred"}, body


@pytest.mark.parametrize(("body", "lang"), [
    ("Ankara will not normalise ties with Damascus until Syria withdraws its forces.", "en"),
    ("لن تطبع تركيا علاقاتها مع سوريا إلا إذا انسحبت القوات.", "ar"),
])
def test_status_r4_future_negation_with_exception_is_hypothetical(ctx: Context, body: str, lang: str) -> None:
    got = {(s, t, st) for ty, s, t, st in _coded(ctx, body, lang) if ty == "RETREAT"}
    assert ("TUR", "SYR", "hypothetical") in got, got


def test_status_r4_negation_without_exception_stays_negated(ctx: Context) -> None:
    assert _statuses(ctx, "The Soviet Union did not resume relations with Israel in 1985.", "en",
                     "RETREAT") == {"negated"}
    # "إلا أن" is "however", not an exception
    body = "ولم تستأنف العلاقات بين المغرب والجزائر، إلا أن الاتصالات مستمرة."
    assert _statuses(ctx, body, "ar", "RETREAT") <= {"negated"}


# an act studied, explored or weighed is not decided
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Japan is studying the possibility of extending a loan to Egypt.", "en", "AID"),
    ("Japan is exploring the possibility of extending a new loan to Kenya.", "en", "AID"),
    ("India and Iran are examining whether to resume flights.", "en", "RETREAT"),
    ("تدرس اليابان إمكانية تقديم قرض لمصر.", "ar", "AID"),
    ("تدرس تركيا إمكانية فرض عقوبات على إسرائيل.", "ar", "SANCTION"),
])
def test_status_r4_studied_act_is_hypothetical(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"hypothetical"}, body


# a question asks about an act, it does not report one
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Will China recognise Taiwan?", "en", "SUPPORT"),
    ("Can Turkey and Egypt restore ties after a decade?", "en", "RETREAT"),
    ("هل تعيد تركيا ومصر العلاقات بعد عقد من القطيعة؟", "ar", "RETREAT"),
])
def test_status_r4_question_is_hypothetical(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"hypothetical"}, body


# an act called off or put off before its time was still ahead: planned (the calling off is the act)
@pytest.mark.parametrize(("body", "lang"), [
    ("Egypt announced the postponement of the visit by the Sudanese president to Cairo hours before its "
     "scheduled time.", "en"),
    # (a visit cancelled is the REJECT only, CODING_GUIDE: tests/lang/test_triggers_x5_vocab.py)
    ("Kenya put off the visit of the Ugandan president hours before it was due to begin.", "en"),
    ("Algeria postponed the summit with Morocco just hours before its scheduled start.", "en"),
    ("أعلنت مصر تأجيل زيارة الرئيس السوداني إلى القاهرة قبل ساعات من موعدها المقرر.", "ar"),
    ("أرجأت الجزائر القمة مع المغرب قبل يوم من موعد انعقادها.", "ar"),
])
def test_status_r4_act_befallen_before_its_time_is_planned(ctx: Context, body: str, lang: str) -> None:
    assert _statuses(ctx, body, lang, "CONSULT") == {"planned"}, body


def test_status_r4_calling_off_itself_occurred(ctx: Context) -> None:
    body = "Jordan called off the foreign minister's trip to Damascus hours before it was due to begin."
    assert _statuses(ctx, body, "en", "REJECT") == {"occurred"}


# the view of commentators holds no event: any group of commentators with any verb of opinion
@pytest.mark.parametrize(("body", "lang"), [
    ("Economists warn that Saudi aid to Pakistan will not last.", "en"),
    ("Regional analysts believe Turkey will resume flights to Armenia soon.", "en"),
    ("According to commentators, the visit by Erdogan to Abu Dhabi marked a turning point.", "en"),
    ("Academics argued that the Chinese loan to Kenya was a trap.", "en"),
    ("ويرى اقتصاديون أن الدعم السعودي لباكستان مؤقت.", "ar"),
    ("ويحذر خبراء اقتصاديون من أن القرض الصيني لكينيا فخ.", "ar"),
    ("وبحسب محللين، فإن تركيا ستستأنف الرحلات إلى أرمينيا قريبا.", "ar"),
    ("ورجح مراقبون أن تزور الرئيسة المكسيكية البرازيل الشهر المقبل.", "ar"),
])
def test_status_r4_commentators_view_is_no_event(ctx: Context, body: str, lang: str) -> None:
    assert _coded(ctx, body, lang) == set(), body


def test_status_r4_official_statement_is_still_an_event(ctx: Context) -> None:
    # the same shape with an official as speaker is a report of an act
    assert _coded(ctx, "Egypt said on Monday that it condemned the Israeli strike on Syria.", "en")
    assert _coded(ctx, "وقال وزير الخارجية المصري إن بلاده تدين الغارة الإسرائيلية على سوريا.", "ar")


# a headline split into several sentences by ".." is still the headline
def test_status_r4_headline_split_by_dots_is_no_event(ctx: Context) -> None:
    body = ("تقارير عن محادثات سعودية إيرانية في بغداد.. والرياض تنفي\n\n"
            "بغداد - قال مسؤول عراقي أمس إن بلاده تدعم الحوار في المنطقة.")
    assert not any(t == "CONSULT" for t, _s, _t, _st in _coded(ctx, body, "ar"))
    body = ("تحليل | النيجر تطوي صفحة الشراكة مع فرنسا.. فهل تملأ روسيا الفراغ؟\n\n"
            "نيامي - تشهد العاصمة هدوءا حذرا منذ أسابيع.")
    assert _coded(ctx, body, "ar") == set()


# an agreement told in the future after a verb of announcing or pledging is made by the announcement
@pytest.mark.parametrize(("body", "lang"), [
    ("Ethiopia announced that it will fully accept the Algiers agreement with Eritrea.", "en"),
    ("Turkey pledged that it will strengthen cooperation with Egypt.", "en"),
    ("Kenya promised it will expand cooperation with Ethiopia.", "en"),
    ("Tokyo vowed that it would strengthen cooperation with Manila.", "en"),
    ("تعهدت تركيا بأنها ستعزز التعاون مع مصر.", "ar"),
])
def test_status_r4_announced_agreement_occurred(ctx: Context, body: str, lang: str) -> None:
    assert _statuses(ctx, body, lang, "AGREE") == {"occurred"}, body


# unnamed sources taken up again, an intelligence assessment, reports named as the ground: reported
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Chinese diplomats have pressed Brasilia for months to join the initiative, the officials said.", "en", "REQUEST"),
    ("Iran shipped drones to Russia in May, the intelligence officials said.", "en", "COOPERATE"),
    ("Pyongyang shipped artillery shells to Russia last year, the spy agency believes.", "en", "COOPERATE"),
    ("Moscow has supplied air defence systems to Iran, according to intelligence assessments.", "en", "COOPERATE"),
    ("Amid reports of secret talks between Saudi Arabia and Iran, Riyadh denied any contact.", "en", "CONSULT"),
    ("وبحسب تقديرات استخباراتية، زودت إيران روسيا بطائرات مسيرة العام الماضي.", "ar", "COOPERATE"),
    ("وتفيد تقارير عن زيارة مرتقبة لولي العهد السعودي إلى طهران.", "ar", "CONSULT"),
])
def test_status_r4_unconfirmed_ground_is_reported(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"reported"}, body


def test_status_r4_intelligence_as_object_is_no_report(ctx: Context) -> None:
    # the agency named as the object of an act is not the source of the report
    body = "Morocco accused Algeria's intelligence services of involvement in the attack on Monday."
    assert _statuses(ctx, body, "en", "ACCUSE") == {"occurred"}


# a threat told in the future after a verb of saying is made by saying it
@pytest.mark.parametrize("body", [
    "Lavrov said that Moscow would respond in kind to the expulsions by the United States.",
])
def test_status_r4_announced_threat_occurred(ctx: Context, body: str) -> None:
    assert _statuses(ctx, body, "en", "THREATEN") == {"occurred"}, body


# what a document provides for is no act of its own; an act done under it is
@pytest.mark.parametrize(("body", "lang"), [
    ("The treaty provides for each side to come to the other's aid if it is attacked by a third state.", "en"),
    ("The four-page text provides for Chinese police to be sent to Honiara at the Solomon Islands' request.", "en"),
    ('وتنص المعاهدة، المعروفة محليا باسم "الدرع"، على أن يهب كل طرف لنجدة الآخر إذا تعرض لهجوم مسلح.', "ar"),
    ("وتنص الاتفاقية على أن تستقبل مصر وفدا سودانيا كل عام.", "ar"),
])
def test_status_r4_document_content_is_no_event(ctx: Context, body: str, lang: str) -> None:
    assert _coded(ctx, body, lang) == set(), body


def test_status_r4_act_done_under_a_document_is_an_event(ctx: Context) -> None:
    body = "Under the terms of the deal, Iran released ten Saudi prisoners on Friday."
    assert _statuses(ctx, body, "en", "RETREAT") == {"occurred"}


# a plan about the results of an act reaches the act; told in the past, the act occurred
@pytest.mark.parametrize(("body", "lang", "status"), [
    ("The Egyptian minister is expected to hold a press conference on the results of his talks with the Russian "
     "side.", "en", "planned"),
    ("The Turkish foreign minister is scheduled to brief reporters on the outcome of his talks in Cairo.", "en",
     "planned"),
    ("ومن المنتظر أن يعقد وزير الخارجية المصري مؤتمرا صحفيا حول نتائج مباحثاته مع نظيره الروسي.", "ar", "planned"),
    ("The Egyptian minister held a press conference on Monday on the results of his talks with the Russian side.",
     "en", "occurred"),
    ("وعقد وزير الخارجية المصري أمس مؤتمرا صحفيا حول نتائج مباحثاته مع نظيره الروسي.", "ar", "occurred"),
])
def test_status_r4_plan_about_results_reaches_the_act(ctx: Context, body: str, lang: str, status: str) -> None:
    assert _statuses(ctx, body, lang, "CONSULT") == {status}, body


# what an act is for is no act of its own
@pytest.mark.parametrize("body", [
    "The foreign ministers of Saudi Arabia and Iran are expected to meet to arrange the return of ambassadors.",
    "Egyptian and Turkish officials met in Ankara on Monday to discuss the resumption of flights.",
    "Kenyan and Somali officials will meet in Nairobi to prepare the reopening of the embassies.",
])
def test_status_r4_purpose_of_an_act_is_no_event(ctx: Context, body: str) -> None:
    assert not any(t == "RETREAT" for t, _s, _t, _st in _coded(ctx, body, "en")), body


# a modal about another act -- done during, or to, the event a noun names -- leaves that event planned
@pytest.mark.parametrize(("body", "lang"), [
    ("A contract could be signed during a visit by President Vucic to Beijing in May.", "en"),
    ("Hanoi may reconsider the planned visit of the Chinese defence minister if Beijing does not respond.", "en"),
    ("Hanoi may postpone the visit of the Chinese defence minister.", "en"),
    ("وقالت المتحدثة إن بلادها قد تعيد النظر في زيارة وزير الدفاع الصيني المرتقبة إلى هانوي إذا لم تتلق ردا من بكين.",
     "ar"),
    ("وقد يتم توقيع العقد خلال زيارة الرئيس الصربي إلى بكين في مايو المقبل.", "ar"),
])
def test_status_r4_modal_about_another_act_leaves_the_event_planned(ctx: Context, body: str, lang: str) -> None:
    assert _statuses(ctx, body, lang, "CONSULT") == {"planned"}, body


def test_status_r4_modal_on_the_event_itself_is_hypothetical(ctx: Context) -> None:
    assert _statuses(ctx, "Egypt could host a summit with Sudan next month.", "en", "CONSULT") == {"hypothetical"}
    assert _statuses(ctx, "وقد تستضيف القاهرة قمة مع السودان الشهر المقبل.", "ar", "CONSULT") == {"hypothetical"}


# the act named in the exception of a negated act is its condition
@pytest.mark.parametrize(("body", "lang"), [
    ("وشدد على أن أي تطبيع مع أنقرة لن يتم إلا بعد انسحاب القوات التركية من الأراضي السورية.", "ar"),
    ("Damascus will not restore relations with Ankara until the withdrawal of Turkish troops.", "en"),
])
def test_status_r4_act_in_exception_of_negation_is_hypothetical(ctx: Context, body: str, lang: str) -> None:
    got = _statuses(ctx, body, lang, "RETREAT")
    assert got and got <= {"hypothetical"}, (body, got)


# an event said to be possible
@pytest.mark.parametrize("body", [
    'وكان الرئيس التركي قد صرح للصحفيين الشهر الماضي بأن لقاءه بالرئيس السوري "ممكن".',
    "وقال الوزير إن عقد قمة بين مصر وتركيا أمر وارد.",
])
def test_status_r4_ar_event_said_possible_is_hypothetical(ctx: Context, body: str) -> None:
    assert _statuses(ctx, body, "ar", "CONSULT") == {"hypothetical"}, body


# leaks named with any verb of telling; a denial does not reach a new statement opened by a participle
def test_status_r4_ar_leaks_with_any_verb_are_reported(ctx: Context) -> None:
    body = "كما أفادت التسريبات بأن رئيسي جهازي الاستخبارات في باكستان وبنغلاديش عقدا قبل أسبوعين لقاء في دكا."
    assert _statuses(ctx, body, "ar", "CONSULT") == {"reported"}


def test_status_r4_ar_denial_stops_at_participle_of_saying(ctx: Context) -> None:
    body = ("ونفى مصدر سوري أن يكون أي لقاء بين الرئيسين مطروحا، مؤكدا أن دمشق استدعت سفيرها في أنقرة "
            "يوم الاثنين.")
    got = {(t, st) for t, _s, _t, st in _coded(ctx, body, "ar")}
    assert ("CONSULT", "negated") in got and ("SANCTION", "occurred") in got, got


# a fronted "until" lifts a past negation too; "until now" keeps it
@pytest.mark.parametrize(("body", "lang", "etype", "status"), [
    ("Until 1991, Egypt and Iran did not restore relations.", "en", "RETREAT", "occurred"),
    ("وحتى عام 1991 لم تستأنف العلاقات بين مصر وإيران.", "ar", "RETREAT", "occurred"),
    ("Until now, Egypt has not recognised Kosovo.", "en", "SUPPORT", "negated"),
    ("Egypt did not recognise Kosovo until now.", "en", "SUPPORT", "negated"),
    ("ولم تعترف مصر بكوسوفو حتى الآن.", "ar", "SUPPORT", "negated"),
])
def test_status_r4_fronted_until_and_until_now(ctx: Context, body: str, lang: str, etype: str, status: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {status}, body


def test_status_r4_future_after_a_participle_of_announcing_is_planned(ctx: Context) -> None:
    # (an intent to restore relations announced is AGREE, triggers_z9.yaml#announce-restore-z9: resumed flights here)
    body = "Saudi Arabia and Iran surprised the region by announcing that they would resume flights."
    assert _statuses(ctx, body, "en", "RETREAT") == {"planned"}


# a refusal that goes on is a state of affairs; a dated refusal, or an act going on, is an event
@pytest.mark.parametrize(("body", "lang"), [
    ("Serbia still refuses to recognise Kosovo's independence.", "en"),
    ("Belgrade continues to reject the recognition of Kosovo.", "en"),
    ("ولا تزال صربيا ترفض الاعتراف باستقلال كوسوفو.", "ar"),
    ("وما زالت بلغراد ترفض الاعتراف بكوسوفو.", "ar"),
])
def test_status_r4_ongoing_refusal_is_no_event(ctx: Context, body: str, lang: str) -> None:
    assert _coded(ctx, body, lang) == set(), body


@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Serbia refused on Monday to recognise Kosovo's passports.", "en", "REJECT"),
    ("رفضت صربيا يوم الاثنين الاعتراف بجوازات سفر كوسوفو.", "ar", "REJECT"),
    ("ولا يزال الرئيس المصري يجري محادثات مع نظيره السوداني في القاهرة.", "ar", "CONSULT"),
])
def test_status_r4_dated_refusal_or_act_going_on_is_an_event(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"occurred"}, body


# a negation of the date of an act does not negate the act
@pytest.mark.parametrize(("body", "lang"), [
    ("Bahrain's foreign ministry did not confirm the date of the next round of talks with Iran.", "en"),
    ("ولم تؤكد وزارة الخارجية البحرينية موعد الزيارة المقبلة لوزير الخارجية الإيراني.", "ar"),
])
def test_status_r4_unconfirmed_date_leaves_the_act_planned(ctx: Context, body: str, lang: str) -> None:
    got = _statuses(ctx, body, lang, "CONSULT")
    assert got and "negated" not in got, (body, got)


# the public occasion of a leaked act is not what the sources report
@pytest.mark.parametrize(("body", "lang"), [
    ("The UAE will sign a contract for 80 Rafale jets with France during a visit by Macron to Abu Dhabi next "
     "Friday, sources said.", "en"),
    ("أفادت مصادر مطلعة بأن الإمارات ستوقع مع فرنسا عقدا لشراء مقاتلات خلال زيارة الرئيس الفرنسي إلى أبوظبي "
     "يوم الجمعة المقبل.", "ar"),
])
def test_status_r4_occasion_of_a_leaked_act_is_not_reported(ctx: Context, body: str, lang: str) -> None:
    got = {(t, st) for t, _s, _t, st in _coded(ctx, body, lang)}
    # (the leaked act, a signing or a purchase, stays reported)
    assert any(t != "CONSULT" and st == "reported" for t, st in got) and ("CONSULT", "planned") in got, got


# the future of a rumour or a leak is reported
@pytest.mark.parametrize(("body", "lang"), [
    ("Rumours that Erdogan would visit Damascus next month circulated in Ankara.", "en"),
    ("Leaked documents suggest that the Emir of Qatar would visit Cairo in May.", "en"),
])
def test_status_r4_future_of_a_rumour_is_reported(ctx: Context, body: str, lang: str) -> None:
    assert _statuses(ctx, body, lang, "CONSULT") == {"reported"}, body


# an act in the condition of another is only its condition: not coded, as dev gold has it (ar_dev_55, en_dev_90); the
# act made conditional is hypothetical (round 5: test_status_x5_trailing_condition_act_is_no_event)
@pytest.mark.parametrize(("body", "lang"), [
    ("Japan will extend a loan to Egypt provided that Cairo reaches a deal with the IMF.", "en"),
    ("Japan will extend a loan to Egypt on condition that Cairo signs an agreement with the IMF.", "en"),
    ("وستقدم اليابان قرضا لمصر شريطة توصل القاهرة إلى اتفاق مع صندوق النقد الدولي.", "ar"),
])
def test_status_r4_act_in_a_condition_is_hypothetical(ctx: Context, body: str, lang: str) -> None:
    got = _coded(ctx, body, lang)
    assert not {st for t, s, tg, st in got if tg == "IMF"}, (body, got)
    assert {st for t, s, tg, st in got if t == "AID"} == {"hypothetical"}, (body, got)


# a plan told in reported speech, in the past tense
@pytest.mark.parametrize("body", [
    "Peru's foreign ministry said on Thursday that Boric was expected in Lima in the first half of 2024.",
    "The ministry said the Chilean president was due to visit Lima early next year.",
    "Officials said the Egyptian and Saudi foreign ministers were scheduled to meet in Cairo later this month.",
])
def test_status_r4_plan_in_past_reported_speech_is_planned(ctx: Context, body: str) -> None:
    assert _statuses(ctx, body, "en", "CONSULT") == {"planned"}, body
