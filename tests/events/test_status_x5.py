"""Status and non-events, both languages (round 5): hearsay and leaks, a report called false, a fronted condition,
the attribution of an unnamed source, a stance held in the present. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _coded(ctx: Context, body: str, lang: str, published: str = "2024-03-14") -> set[tuple[str, str | None, str | None, str]]:
    return coded(pipeline_events(ctx, body, lang, published))


def _statuses(ctx: Context, body: str, lang: str, etype: str) -> set[str]:
    return {st for t, _s, _t, st in _coded(ctx, body, lang) if t == etype}


# hearsay: "is said to", "was reported to have", "يُتداول", "بحسب ما تسرب"
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Russian officials were reported to have met Syrian officials in Moscow last month.", "en", "CONSULT"),
    ("Egypt was said to have bought fighter jets from France in 2019.", "en", "COOPERATE"),
    ("The Qatari emir is said to be planning a visit to Cairo in May.", "en", "CONSULT"),
    ("Algeria is rumoured to have bought submarines from Russia last year.", "en", "COOPERATE"),
    ("يُتداول أن مصر وقعت صفقة أسلحة مع روسيا في يناير.", "ar", "SUPPORT"),
    ("وبحسب ما تسرب من معلومات، فإن قطر ستستضيف محادثات بين إيران والولايات المتحدة الأسبوع المقبل.", "ar", "CONSULT"),
    ("تشير معلومات متداولة إلى أن الأردن استدعى سفيره من إسرائيل.", "ar", "SANCTION"),
    ("يتردد أن الجزائر اشترت طائرات مقاتلة من روسيا العام الماضي.", "ar", "COOPERATE"),
])
def test_status_x5_hearsay_is_reported(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"reported"}, body


# the attribution of an unnamed source tells no act of its own (no REQUEST from "asked", "طلب") and marks the
# sentence reported
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("A diplomat, who asked not to be named, said Qatar would host talks between Iran and the United States.", "en",
     "CONSULT"),
    ("A diplomat who requested anonymity said Jordan had recalled its ambassador from Israel.", "en", "SANCTION"),
    ("An official who declined to be named said Morocco had bought drones from Turkey.", "en", "COOPERATE"),
    ("قال دبلوماسي طلب عدم ذكر اسمه إن الأردن استدعى سفيره من إسرائيل.", "ar", "SANCTION"),
    ("قال مصدر طلب عدم الكشف عن هويته إن قطر ستستضيف محادثات بين إيران والولايات المتحدة.", "ar", "CONSULT"),
])
def test_status_x5_anonymous_attribution_is_no_request(ctx: Context, body: str, lang: str, etype: str) -> None:
    got = _coded(ctx, body, lang)
    assert {t for t, *_ in got} == {etype}, (body, got)
    assert {st for *_, st in got} == {"reported"}, (body, got)


# a report called false or dismissed: the act it tells is negated, and no REJECT of a state
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Egypt dismissed reports that it had sold weapons to Russia.", "en", "COOPERATE"),
    ("Morocco rejected reports that it had bought drones from Israel.", "en", "COOPERATE"),
    ("Cairo dismissed as baseless reports that it had signed an arms deal with Moscow.", "en", "SUPPORT"),
    ("A Saudi official said there was no truth to reports that Riyadh had offered Iran a loan.", "en", "AGREE"),
    ("Algeria described as false reports that it had recalled its ambassador from Spain.", "en", "SANCTION"),
    ("وقالت الخارجية المصرية إنه لا صحة لما تردد عن توقيع اتفاق مع موسكو.", "ar", "SUPPORT"),
    ("وأكد المتحدث أنه لا صحة للأنباء عن استدعاء الأردن سفيره من إسرائيل.", "ar", "SANCTION"),
])
def test_status_x5_report_called_false_is_negated(ctx: Context, body: str, lang: str, etype: str) -> None:
    got = _coded(ctx, body, lang)
    assert "REJECT" not in {t for t, *_ in got}, (body, got)
    assert _statuses(ctx, body, lang, etype) == {"negated"}, (body, got)


def test_status_x5_rejecting_an_accusation_stays_a_rejection(ctx: Context) -> None:
    body = "On Tuesday Qatar rejected the charges by Saudi Arabia as baseless."
    assert _statuses(ctx, body, "en", "REJECT") == {"occurred"}


# a fronted condition: the plan of the main clause (and an act named in the condition) is hypothetical
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Unless Syria withdraws, Turkey will impose sanctions on Damascus.", "en", "SANCTION"),
    ("If Israel attacks Iran, Russia will suspend cooperation with Israel.", "en", "SANCTION"),
    ("Should talks fail, Washington will impose sanctions on Ankara.", "en", "SANCTION"),
    ("Erdogan said that if Syria withdraws from the north, Turkey will restore relations with Damascus.", "en",
     "RETREAT"),
    ("في حال هاجمت إيران إسرائيل، ستفرض الولايات المتحدة عقوبات على طهران.", "ar", "SANCTION"),
    ("ما لم تنسحب سوريا، ستفرض تركيا عقوبات على دمشق.", "ar", "SANCTION"),
    ("وقال إنه إذا انسحبت سوريا من الشمال، فإن تركيا ستستأنف العلاقات معها.", "ar", "RETREAT"),
])
def test_status_x5_fronted_condition_is_hypothetical(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"hypothetical"}, body


@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Turkey will impose sanctions on Syria next week, the minister said.", "en", "SANCTION"),
    ("After the talks, Erdogan will visit Cairo in May.", "en", "CONSULT"),
    ("ستفرض تركيا عقوبات على سوريا الأسبوع المقبل.", "ar", "SANCTION"),
])
def test_status_x5_plan_without_condition_stays_planned(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"planned"}, body


# a stance held in the present, undated and told by no speaker, is a state of affairs
@pytest.mark.parametrize(("body", "lang"), [
    ("Russia backs Syria in the conflict.", "en"),
    ("China supports Pakistan's position on Kashmir.", "en"),
    ("Iran stands by Syria against the rebels.", "en"),
    ("تساند روسيا سوريا في الصراع.", "ar"),
    ("وتدعم الصين موقف باكستان في كشمير.", "ar"),
    ("وتؤيد الجزائر موقف تونس في هذا الملف.", "ar"),
])
def test_status_x5_present_stance_is_no_event(ctx: Context, body: str, lang: str) -> None:
    assert _coded(ctx, body, lang) == set(), body


@pytest.mark.parametrize(("body", "lang"), [
    ("Lavrov said on Monday that Russia backs Syria in the conflict.", "en"),
    ("China supports Pakistan's position on Kashmir, the Chinese foreign ministry said.", "en"),
    ("وأكد لافروف أن روسيا تدعم موقف سوريا.", "ar"),
    ("وقال وزير الخارجية الصيني إن بلاده تساند باكستان في هذا الملف.", "ar"),
])
def test_status_x5_stance_told_by_a_speaker_is_support(ctx: Context, body: str, lang: str) -> None:
    assert "SUPPORT" in {t for t, *_ in _coded(ctx, body, lang)}, body


# unnamed sources as the speaker, by any verb of saying ("وأفادت مصادر حينها بأن", "قال مصدر في طهران")
@pytest.mark.parametrize(("body", "etype"), [
    ("وأفادت مصادر حينها بأن مصر طالبت روسيا بتسليم المعدات.", "REQUEST"),
    ("وقالت مصادر إن قطر قدمت قرضا لمصر الشهر الماضي.", "AID"),
    ("ونقلت صحيفة عن مصدر في طهران أن إيران ستعيد فتح سفارتها في المنامة.", "RETREAT"),
    ("وأكد مصدر أن الجزائر اشترت طائرات مقاتلة من روسيا.", "COOPERATE"),
])
def test_status_x5_ar_unnamed_sources_are_reported(ctx: Context, body: str, etype: str) -> None:
    assert _statuses(ctx, body, "ar", etype) == {"reported"}, body


# a reporter's question or the writer's look back tells no act ("Asked about ...", "تكفي العودة إلى ...")
@pytest.mark.parametrize(("body", "lang"), [
    ("Asked about the reports, China's foreign ministry said it had no information.", "en"),
    ("Asked whether Cairo would join, the Egyptian minister declined to comment.", "en"),
    ("وردا على سؤال حول الأنباء، اكتفى المتحدث المصري بالقول إن لا معلومات لديه.", "ar"),
])
def test_status_x5_question_put_to_a_speaker_is_no_request(ctx: Context, body: str, lang: str) -> None:
    assert "REQUEST" not in {t for t, *_ in _coded(ctx, body, lang)}, body


@pytest.mark.parametrize("body", [
    "ولفهم حجم التحول، تكفي العودة إلى نوفمبر 2013، حين طردت القاهرة السفير التركي.",
    "وبالعودة إلى عام 2013، طردت القاهرة السفير التركي.",
])
def test_status_x5_ar_look_back_is_no_return(ctx: Context, body: str) -> None:
    got = {t for t, *_ in _coded(ctx, body, "ar")}
    assert "RETREAT" not in got and "SANCTION" in got, (body, got)


@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Egypt asked Russia for a loan on Monday.", "en", "REQUEST"),
    ("وطالبت مصر إثيوبيا بالعودة إلى المفاوضات.", "ar", "REQUEST"),
])
def test_status_x5_act_beside_no_act_words_stays(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"occurred"}, body


# a plan by other words: "poised to", "slated to", "is planning a", "بصدد", "تخطط"
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Egypt and Turkey are poised to sign a defence pact.", "en", "SUPPORT"),
    ("Egypt is poised to receive a loan from Saudi Arabia.", "en", "AID"),
    ("The Saudi crown prince is planning a visit to Tehran.", "en", "CONSULT"),
    ("Sisi is slated to visit Ankara in May.", "en", "CONSULT"),
    ("ومصر بصدد توقيع اتفاق مع روسيا.", "ar", "SUPPORT"),
    ("تخطط مصر لشراء مقاتلات من فرنسا.", "ar", "COOPERATE"),
])
def test_status_x5_plan_words_are_planned(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"planned"}, body


# the writer's hedge and agencies citing unnamed people: reported
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Egypt has purportedly agreed to buy Chinese jets.", "en", "AGREE"),
    ("Egypt appears to have bought Chinese jets last year.", "en", "COOPERATE"),
    ("Egypt signed a deal with China, Reuters reported, citing two officials.", "en", "SUPPORT"),
    ("Egypt signed a deal with China, an official speaking anonymously said.", "en", "SUPPORT"),
    ("Egypt signed a deal with China, according to people close to the negotiations.", "en", "SUPPORT"),
    ("ويبدو أن مصر اشترت مقاتلات صينية العام الماضي.", "ar", "COOPERATE"),
    ("وقعت مصر على ما يبدو اتفاقا مع الصين.", "ar", "SUPPORT"),
    ("وكشفت صحيفة وول ستريت جورنال أن مصر وقعت اتفاقا مع الصين.", "ar", "SUPPORT"),
])
def test_status_x5_hedged_or_cited_is_reported(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"reported"}, body


def test_status_x5_talks_of_the_sources_are_no_talks(ctx: Context) -> None:
    body = "Egypt signed a deal with China, according to people close to the negotiations."
    assert "CONSULT" not in {t for t, *_ in _coded(ctx, body, "en")}


# a possibility left open is no negation; an event "on the cards" is possible
@pytest.mark.parametrize(("body", "etype"), [
    ("Egypt did not rule out buying Chinese jets.", "COOPERATE"),
    ("Cairo has not ruled out buying Chinese jets.", "COOPERATE"),
    ("A visit by Erdogan to Cairo is on the cards.", "CONSULT"),
    ("Egypt has not ruled out a visit to Ankara.", "CONSULT"),
])
def test_status_x5_en_left_open_is_hypothetical(ctx: Context, body: str, etype: str) -> None:
    assert _statuses(ctx, body, "en", etype) == {"hypothetical"}, body


def test_status_x5_en_rejection_not_made_is_no_reject(ctx: Context) -> None:
    assert "REJECT" not in {t for t, *_ in _coded(ctx, "Cairo has not ruled out buying Chinese jets.", "en")}
    assert _statuses(ctx, "Egypt ruled out a visit to Ankara.", "en", "REJECT") == {"occurred"}


@pytest.mark.parametrize(("body", "status"), [
    ("لم تستبعد مصر شراء مقاتلات صينية.", "hypothetical"),
    ("ولا يستبعد الرئيس التركي زيارة القاهرة.", "hypothetical"),
    ("واستبعد الرئيس التركي زيارة القاهرة.", "negated"),
])
def test_status_x5_ar_ruled_out_or_left_open(ctx: Context, body: str, status: str) -> None:
    assert {st for *_, st in _coded(ctx, body, "ar")} == {status}, body


# a trade volume named as a target is the content of a pledge, not trade for a period
@pytest.mark.parametrize(("body", "lang"), [
    ("Egypt and Turkey agreed to raise bilateral trade to $15 billion by 2028.", "en"),
    ("The two leaders set a target of doubling trade between Egypt and Turkey to $20 billion within five years.", "en"),
    ("Sisi and Erdogan pledged to boost bilateral trade to $15 billion by 2030.", "en"),
    ("واتفق الجانبان على رفع حجم التبادل التجاري بين مصر وتركيا إلى 15 مليار دولار بحلول عام 2028.", "ar"),
    ("ويستهدف البلدان مضاعفة حجم التبادل التجاري بين مصر وتركيا إلى 20 مليار دولار.", "ar"),
])
def test_status_x5_trade_target_is_no_trade(ctx: Context, body: str, lang: str) -> None:
    assert "COOPERATE" not in {t for t, *_ in _coded(ctx, body, lang)}, body


@pytest.mark.parametrize(("body", "lang"), [
    ("Trade between Egypt and Turkey reached $8 billion last year.", "en"),
    ("وبلغ حجم التبادل التجاري بين مصر وتركيا 8 مليارات دولار العام الماضي.", "ar"),
    ("وتعهد الرئيسان برفع حجم التبادل التجاري بين مصر وتركيا إلى 15 مليار دولار، بعدما بلغ 6 مليارات دولار في 2021.",
     "ar"),
])
def test_status_x5_trade_volume_stays(ctx: Context, body: str, lang: str) -> None:
    assert "COOPERATE" in {t for t, *_ in _coded(ctx, body, lang)}, body


# a cancelled visit or meeting is a REJECT only: no CONSULT beside it
@pytest.mark.parametrize(("body", "lang"), [
    ("Azerbaijan scrapped a scheduled trip by the Russian deputy prime minister to Baku.", "en"),
    ("Azerbaijan called off a planned visit by the Russian deputy prime minister.", "en"),
    ("Egypt cancelled the visit of the Turkish foreign minister to Cairo.", "en"),
    ("Turkey cancelled talks with Egypt scheduled for Monday.", "en"),
    ("وألغت أذربيجان زيارة مقررة لنائب رئيس الوزراء الروسي إلى باكو.", "ar"),
])
def test_status_x5_cancelled_visit_is_reject_only(ctx: Context, body: str, lang: str) -> None:
    assert {t for t, *_ in _coded(ctx, body, lang)} == {"REJECT"}, body


# a retired officer commenting gives a view, not a report of an act
@pytest.mark.parametrize(("body", "lang"), [
    ("Retired Egyptian general Samir Adel said the talks with China sent a clear message to Washington.", "en"),
    ("A retired Turkish admiral said the visit to Cairo showed a new balance in the region.", "en"),
    ("وقال اللواء المتقاعد سمير عادل إن المحادثات مع الصين تبعث برسالة واضحة إلى واشنطن.", "ar"),
])
def test_status_x5_retired_commentator_is_no_event(ctx: Context, body: str, lang: str) -> None:
    assert _coded(ctx, body, lang) == set(), body


# the commentators' view yields no event, but the act the writer reports before their comment does
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Egypt signed the deal with Russia on Monday, a move analysts say shows Cairo's independence.", "en", "SUPPORT"),
    ("Egypt signed the deal with Russia on Monday, a step that observers believe signals a shift.", "en", "SUPPORT"),
    ("Egypt signed the deal with Russia on Monday, which analysts said marked a turning point.", "en", "SUPPORT"),
    ("وقعت مصر الاتفاق مع روسيا يوم الاثنين، وهي خطوة يرى مراقبون أنها تعكس استقلالية القاهرة.", "ar", "SUPPORT"),
    ("ووقعت مصر الاتفاق مع روسيا يوم الاثنين، في خطوة يرى محللون أنها تمثل تحولا.", "ar", "SUPPORT"),
])
def test_status_x5_act_before_a_comment_is_coded(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"occurred"}, body


@pytest.mark.parametrize(("body", "lang"), [
    ("The visit to Moscow shows a shift in Cairo's policy, analysts said.", "en"),
    ("Analysts said the deal signed by Egypt and Russia on Monday showed Cairo's independence.", "en"),
    ("According to analysts, the visit to Moscow signals a shift.", "en"),
    ("ويرى مراقبون أن زيارة الرئيس المصري إلى موسكو تمثل تحولا.", "ar"),
])
def test_status_x5_commentators_view_is_no_event(ctx: Context, body: str, lang: str) -> None:
    assert _coded(ctx, body, lang) == set(), body


# talks whose results will be announced were held (or are under way): the future is the announcing's
@pytest.mark.parametrize(("body", "lang"), [
    ("Egypt and Turkey held talks in Ankara on Monday. The results of the talks will be announced later.", "en"),
    ("Egypt and Turkey held talks in Ankara on Monday. The outcome of the talks is expected to be announced soon.", "en"),
    ("وعقد وزيرا خارجية مصر وتركيا محادثات في أنقرة يوم الاثنين. وسيتم الإعلان عن نتائج المحادثات لاحقا.", "ar"),
])
def test_status_x5_talks_with_results_to_be_announced_occurred(ctx: Context, body: str, lang: str) -> None:
    assert _statuses(ctx, body, lang, "CONSULT") == {"occurred"}, body


def test_status_x5_measure_to_be_announced_is_planned(ctx: Context) -> None:
    body = "Mexico will announce retaliatory tariffs on US goods on Sunday."
    assert _statuses(ctx, body, "en", "SANCTION") == {"planned"}


# the act of a condition trailing the act it conditions is no event of its own; the conditioned act is hypothetical
@pytest.mark.parametrize(("body", "lang", "kept", "dropped"), [
    ("Moscow could raise grain shipments to Egypt if Cairo asked for it.", "en", "COOPERATE", "REQUEST"),
    ("India would extend a new credit line to Sri Lanka if Colombo requested it.", "en", "AID", "REQUEST"),
    ("The EU could extend a loan to Tunisia provided Tunis reaches an agreement with the IMF.", "en", "AID", "AGREE"),
    ("قد يقدم الاتحاد الأوروبي قرضا لتونس، شرط توصل تونس إلى اتفاق مع صندوق النقد الدولي.", "ar", "AID", "AGREE"),
])
def test_status_x5_trailing_condition_act_is_no_event(ctx: Context, body: str, lang: str, kept: str,
                                                       dropped: str) -> None:
    got = _coded(ctx, body, lang)
    assert dropped not in {t for t, *_ in got}, (body, got)
    assert _statuses(ctx, body, lang, kept) == {"hypothetical"}, (body, got)


def test_status_x5_fronted_condition_act_is_coded(ctx: Context) -> None:
    body = "Brazilian officials said that if Mexico lowers its tariffs on Brazilian beef, Brasilia would ease its quotas."
    assert _statuses(ctx, body, "en", "RETREAT") == {"hypothetical"}
