"""Status and non-events, both languages (round z9): a denial that does not reach a new verb of its speaker, "any"
on a noun's object after a negation, a ratification named as the condition of another act, diplomats' views and
forecasts, unnamed sources taken up by a pronoun or by their trade. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _coded(ctx: Context, body: str, lang: str, published: str = "2024-05-02") -> set[tuple[str, str | None, str | None, str]]:
    return coded(pipeline_events(ctx, body, lang, published))


def _statuses(ctx: Context, body: str, lang: str, etype: str) -> set[str]:
    return {st for t, _s, _t, st in _coded(ctx, body, lang) if t == etype}


# a denial does not reach past "but", "while" or a new verb of the same speaker ("..., and accused ...")
@pytest.mark.parametrize(("body", "etype"), [
    ("Iran on Monday denied that any talks with Paris had taken place, and accused France of holding an Iranian "
     "citizen.", "ACCUSE"),
    ("Egypt on Tuesday denied that its troops had entered Sudan and accused Ethiopia of spreading lies.", "ACCUSE"),
    ("Pakistan denies it sent troops into Afghanistan, while it condemned the Afghan raid on Sunday.", "ACCUSE"),
    ("Algeria denied that it had closed the border, but summoned the Moroccan ambassador on Friday.", "ACCUSE"),
    ("Beijing denied that its coast guard had rammed the vessel and urged Manila to stop its provocations.",
     "REQUEST"),
])
def test_status_z9_en_denial_stops_at_a_new_verb(ctx: Context, body: str, etype: str) -> None:
    assert _statuses(ctx, body, "en", etype) == {"occurred"}, body


@pytest.mark.parametrize("body", [
    "Iran on Monday denied that any talks with Paris had taken place, and accused France of holding a citizen.",
    "Vietnam denied that it had signed a deal with China, and announced new talks with Japan.",
])
def test_status_z9_en_denial_still_negates_its_own_act(ctx: Context, body: str) -> None:
    assert "negated" in {st for _t, _s, _tg, st in _coded(ctx, body, "en")}, body


# "any" on the object of a noun after a negation negates the noun's act ("did not see the signing of any deal")
@pytest.mark.parametrize(("body", "etype"), [
    ("في المقابل، لم تشهد العلاقات الاقتصادية بين القاهرة وأديس أبابا توقيع أي اتفاقيات جديدة منذ سنوات.", "SUPPORT"),
    ("ولم تشهد العلاقات السياسية والاقتصادية بين الرباط والجزائر توقيع أي اتفاق منذ عام 2021.", "SUPPORT"),
    ("ولم يشهد العام الماضي بين الرباط ومدريد تبادل أي زيارات رسمية.", "CONSULT"),
    ("ولم تعرف العلاقات الثنائية بين تونس وليبيا خلال الأشهر الماضية توقيع أية اتفاقية.", "SUPPORT"),
])
def test_status_z9_ar_any_on_the_object_negates(ctx: Context, body: str, etype: str) -> None:
    assert _statuses(ctx, body, "ar", etype) == {"negated"}, body


@pytest.mark.parametrize(("body", "etype"), [
    ("Relations between Cairo and Addis Ababa have not seen the signing of any new agreements for years.", "SUPPORT"),
    ("Egypt did not witness a visit by any Ethiopian minister last year.", "CONSULT"),
])
def test_status_z9_en_any_on_the_object_negates(ctx: Context, body: str, etype: str) -> None:
    assert _statuses(ctx, body, "en", etype) == {"negated"}, body


def test_status_z9_any_without_negation_stays_occurred(ctx: Context) -> None:
    body = "وقعت مصر وإثيوبيا أمس اتفاقا جديدا، هو الأول بعد توقيع أي اتفاق بينهما منذ سنوات."
    assert "negated" not in _statuses(ctx, body, "ar", "SUPPORT")


# a ratification named only as the condition of another act is no event of its own
@pytest.mark.parametrize(("body", "lang"), [
    ("Officials said joint patrols with Australia could begin in June if the Indonesian parliament ratifies the "
     "treaty.", "en"),
    ("Japan will release the first tranche of the loan to Indonesia if Jakarta ratifies the agreement.", "en"),
    ("وأوضح الصندوق أن صرف الدفعة الأولى لإندونيسيا سيبدأ في حال صادق البرلمان الإندونيسي على الاتفاقية مع "
     "السعودية.", "ar"),
    ("وقال الوزير إن المساعدات المصرية للسودان ستصل إذا صادقت الخرطوم على الاتفاقية.", "ar"),
])
def test_status_z9_ratification_in_a_condition_is_no_event(ctx: Context, body: str, lang: str) -> None:
    assert not any(t == "SUPPORT" for t, _s, _tg, _st in _coded(ctx, body, lang)), body


def test_status_z9_ratification_itself_conditional_stays(ctx: Context) -> None:
    body = "Kenya will ratify the defence pact with Somalia if parliament approves it next month."
    assert _statuses(ctx, body, "en", "SUPPORT") == {"hypothetical"}


# diplomats' views and forecasts are analysis, no event
@pytest.mark.parametrize("body", [
    "Many regional diplomats believe that Caracas will never attack Guyana, and few expect an invasion.",
    "Western diplomats doubt that Russia will send troops to Mali this year.",
    "Few expect Ankara to recall its ambassador from Stockholm.",
    "Diplomats fear that China could impose sanctions on Lithuania.",
    "Many believe that Egypt will soon sign a loan deal with China.",
])
def test_status_z9_en_diplomats_views_are_no_events(ctx: Context, body: str) -> None:
    assert _coded(ctx, body, "en") == set(), body


def test_status_z9_en_diplomats_said_stays_reported(ctx: Context) -> None:
    body = "Russia sent troops to Mali last week, diplomats said."
    assert _statuses(ctx, body, "en", "AID") | _statuses(ctx, body, "en", "MOBILIZE") == {"reported"}


# unnamed sources taken up by a pronoun ("One of them said") or named by their trade ("according to bankers")
@pytest.mark.parametrize(("body", "etype"), [
    ("One of them said a senior Iranian diplomat had travelled to Paris in early April.", "CONSULT"),
    ("Another said Egypt had sent a delegation to Beijing in March.", "CONSULT"),
    ("Since then, according to bankers in Caracas, Beijing has turned down repeated Venezuelan requests for loans.",
     "REJECT"),
    ("India has stopped rice exports to Bangladesh, according to traders in Dubai.", "SANCTION"),
    ("Reuters reported, citing an internal memo, that Hungary had vetoed the EU statement on China.", "REJECT"),
])
def test_status_z9_en_unnamed_sources_report(ctx: Context, body: str, etype: str) -> None:
    assert _statuses(ctx, body, "en", etype) == {"reported"}, body


# a standing role told by a superlative ("one of the largest recipients of Japanese aid") is a state of affairs
@pytest.mark.parametrize(("body", "lang"), [
    ("Bangladesh remains one of the largest recipients of Japanese development assistance worldwide.", "en"),
    ("Kenya is among the biggest recipients of Chinese loans in Africa.", "en"),
    ("Japan is the largest donor of aid to Cambodia.", "en"),
    ("وتعد مصر من أكبر متلقي المساعدات الأمريكية.", "ar"),
    ("وتعد الولايات المتحدة أكبر مانح للمساعدات العسكرية لإسرائيل.", "ar"),
])
def test_status_z9_standing_role_is_no_event(ctx: Context, body: str, lang: str) -> None:
    assert not any(t == "AID" for t, _s, _tg, _st in _coded(ctx, body, lang)), body


def test_status_z9_standing_role_leaves_the_act_after_it(ctx: Context) -> None:
    body = "Japan, the largest donor of aid to Cambodia, on Monday pledged a new loan of $500 million to Phnom Penh."
    assert _coded(ctx, body, "en"), body


# a proposal whose content the noun names is no act of its own
@pytest.mark.parametrize(("body", "lang"), [
    ("وقدمت الحكومة الإسبانية إلى البرلمان مشروع قانون الاعتراف بدولة فلسطين.", "ar"),
    ("وأحالت الحكومة السلوفينية اليوم مشروع قرار الاعتراف بدولة فلسطين إلى البرلمان.", "ar"),
    ("The Slovenian government on Thursday sent parliament a draft resolution on recognition of a Palestinian state.",
     "en"),
])
def test_status_z9_proposal_content_is_no_event(ctx: Context, body: str, lang: str) -> None:
    assert not any(t == "SUPPORT" for t, _s, _tg, _st in _coded(ctx, body, lang)), body


# names and dates do not count in the reach of a plan word ("is expected in Jakarta later this month for a meeting")
@pytest.mark.parametrize(("body", "etype"), [
    ("Japan's foreign minister is expected in Jakarta later this month for a meeting of the two countries' foreign "
     "and defence ministers.", "CONSULT"),
    ("Egypt's president will on Monday in Cairo during a ceremony sign an agreement with Sudan.", "SUPPORT"),
    ("Chinese Premier Li Qiang is due in Canberra early next month for talks with Australian Prime Minister Anthony "
     "Albanese.", "CONSULT"),
])
def test_status_z9_en_plan_reaches_past_names_and_dates(ctx: Context, body: str, etype: str) -> None:
    assert _statuses(ctx, body, "en", etype) == {"planned"}, body


# a report neither confirmed nor denied stays reported; a hearsay of a state going on is reported
@pytest.mark.parametrize(("body", "etype"), [
    ("Tehran neither confirmed nor denied reports of a meeting between Iranian and US officials in Muscat.", "CONSULT"),
    ("Cairo declined to confirm or deny reports that Egyptian troops had been sent to Somalia.", "MOBILIZE"),
    ("Egypt is understood to be negotiating a new loan with China.", "AID"),
    ("Japan is believed to be preparing a loan for Egypt.", "AID"),
])
def test_status_z9_en_report_left_open(ctx: Context, body: str, etype: str) -> None:
    assert _statuses(ctx, body, "en", etype) == {"reported"}, body


# an act expected by a speaker, or wished for, is planned
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Officials in Ankara expect Erdogan to visit Cairo in February.", "en", "CONSULT"),
    ("Diplomats in Riyadh anticipate Iran's president to travel to Saudi Arabia next month.", "en", "CONSULT"),
    ("وتطمح الجزائر إلى توقيع اتفاق مع إيطاليا قبل نهاية العام.", "ar", "SUPPORT"),
    ("وترغب مصر في شراء طائرات رافال من فرنسا.", "ar", "COOPERATE"),
])
def test_status_z9_expected_or_wished_act_is_planned(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"planned"}, body


# an act left open or weighed by the writer is hypothetical
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("It is unclear whether Xi will visit Washington this year.", "en", "CONSULT"),
    ("It remains to be seen whether Turkey will restore ties with Syria.", "en", "RETREAT"),
    ("The talks between Egypt and Ethiopia are unlikely to resume in June.", "en", "CONSULT"),
    ("Any Chinese loan to Sri Lanka would need IMF approval.", "en", "AID"),
    ("ومن المستبعد أن تستأنف المفاوضات بين مصر وإثيوبيا في يونيو.", "ar", "CONSULT"),
    ("ومن غير المرجح أن يزور الرئيس الصيني واشنطن هذا العام.", "ar", "CONSULT"),
])
def test_status_z9_act_left_open_is_hypothetical(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"hypothetical"}, body


# a report denied in the next sentence, the denial taking the report up again ("Cairo denied the reports")
@pytest.mark.parametrize(("body", "lang", "etype"), [
    ("Media reports said Egypt had sent troops to Somalia. Cairo denied the reports on Tuesday.", "en", "MOBILIZE"),
    ("Egypt sent troops to Somalia last week, according to local media. Cairo has denied this.", "en", "MOBILIZE"),
    ("Turkish officials met Syrian intelligence chiefs in Moscow, the newspaper said. Damascus denied any such "
     "meeting took place.", "en", "CONSULT"),
    ("وأفادت وسائل إعلام إثيوبية بأن مصر نشرت قوات في الصومال. لكن الخارجية المصرية وصفت هذه الأنباء بأنها عارية عن "
     "الصحة.", "ar", "MOBILIZE"),
    ("والتقى مسؤولون أتراك وسوريون في موسكو بحسب صحيفة محلية. ونفت دمشق ذلك.", "ar", "CONSULT"),
])
def test_status_z9_report_denied_next_sentence(ctx: Context, body: str, lang: str, etype: str) -> None:
    assert _statuses(ctx, body, lang, etype) == {"negated"}, body


def test_status_z9_denial_of_another_report_next_sentence(ctx: Context) -> None:
    body = ("ونقلت صحيفة محلية عن مصادر أن ولي العهد السعودي يعتزم زيارة إسلام آباد مطلع العام المقبل. ونفت الخارجية "
            "الباكستانية صحة تقارير تحدثت عن طلب باكستان قرضا سعوديا جديدا.")
    assert _statuses(ctx, body, "ar", "CONSULT") == {"reported"}
