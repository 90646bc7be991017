"""Arabic wire forms on whole sentences written for these tests (full pipeline: mentions, events, resolution)."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.model import Article
from bilateral.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe(ctx: Context) -> Pipeline:
    return Pipeline(ctx)


def _events(pipe: Pipeline, body: str, published: str = "2022-05-11") -> set[tuple[str, str | None, str | None]]:
    a = pipe.run(Article("t", "t", body, "ar", published))
    return {(str(e.type), e.source.country if e.source else None, e.target.country if e.target else None)
            for e in a.events}


def test_events_arabic_participle_after_comma_takes_the_main_subject_and_its_object(pipe: Pipeline) -> None:
    got = _events(pipe, "وأعلنت تونس أمس إلغاء اتفاقية التعاون مع ليبيا، متهمة السلطات الليبية بالتقصير.")
    assert ("ACCUSE", "TUN", "LBY") in got
    assert ("ACCUSE", "LBY", "TUN") not in got


def _typed(pipe: Pipeline, body: str, published: str = "2022-05-11") -> dict[str, tuple[str | None, str | None, str]]:
    a = pipe.run(Article("t", "t", body, "ar", published))
    return {f"{e.type}:{e.mode}": (e.source.country if e.source else None, e.target.country if e.target else None,
                                   str(e.status)) for e in a.events}


def test_events_arabic_round_of_talks_is_talks_not_a_tour(pipe: Pipeline) -> None:
    got = _typed(pipe, "وعقد وفدا الأردن والعراق أمس جولة محادثات جديدة.")
    assert "CONSULT:meet" in got
    assert "CONSULT:visit" not in got


def test_events_arabic_evacuating_own_diplomats_is_a_withdrawal_not_aid(pipe: Pipeline) -> None:
    got = _typed(pipe, "وأجلت هولندا أمس دبلوماسييها من ليبيا بسبب تدهور الأوضاع الأمنية.")
    assert got.get("SANCTION:withdraw", (None, None, ""))[:2] == ("NLD", "LBY")
    assert "AID:evacuation" not in got


def test_events_arabic_embassy_resuming_work_is_a_reopening(pipe: Pipeline) -> None:
    got = _typed(pipe, "واستأنفت سفارة الأردن في دمشق عملها أمس بعد سنوات من الإغلاق.")
    assert got.get("RETREAT:ease", (None, None, ""))[:2] == ("JOR", "SYR")


def test_events_arabic_lawsuit_against_a_state_is_an_accusation_also_inside_a_ruling(pipe: Pipeline) -> None:
    got = _typed(pipe, "ورفضت المحكمة أمس النظر في دعوى أقامتها غامبيا ضد ميانمار.")
    assert got.get("ACCUSE:allege", (None, None, ""))[:2] == ("GMB", "MMR")


def test_events_arabic_export_figure_is_trade(pipe: Pipeline) -> None:
    got = _typed(pipe, "وبلغت قيمة الصادرات الأردنية إلى العراق 900 مليون دولار خلال العام الماضي.")
    assert got.get("COOPERATE:trade", (None, None, ""))[:2] in {("JOR", "IRQ"), ("IRQ", "JOR")}


def test_events_arabic_renewing_an_agreement_is_signing(pipe: Pipeline) -> None:
    got = _typed(pipe, "وجدد المغرب وإسبانيا أمس اتفاق الصيد البحري لمدة أربع سنوات.")
    assert "SUPPORT:sign" in got


def test_events_arabic_setting_a_condition_on_a_state_is_a_demand(pipe: Pipeline) -> None:
    got = _typed(pipe, "واشترطت تركيا على السويد وقف دعمها للمسلحين الأكراد.")
    assert got.get("REQUEST:change", (None, None, ""))[:2] == ("TUR", "SWE")


def test_events_arabic_moving_a_brigade_to_a_border_is_mobilisation(pipe: Pipeline) -> None:
    got = _typed(pipe, "ونقلت إثيوبيا لواء إضافيا إلى الحدود مع إريتريا أمس.")
    assert "MOBILIZE:troops" in got


def test_events_arabic_not_recognising_a_decision_is_a_rejection_not_negated(pipe: Pipeline) -> None:
    got = _typed(pipe, "ونفت قطر أمس أي تدخل، وقالت إنها لا تعترف بقرار الحكومة الليبية.")
    assert got.get("REJECT:None", (None, None, ""))[0] == "QAT"
    assert got["REJECT:None"][2] == "occurred"
    assert "SUPPORT:recognize" not in got


def test_events_arabic_resuming_relations_is_easing_not_establishing(pipe: Pipeline) -> None:
    got = _typed(pipe, "وأعلنت مصر وقطر أمس استئناف العلاقات الدبلوماسية بينهما بعد قطيعة طويلة.")
    assert "RETREAT:ease" in got
    assert "SUPPORT:relations" not in got
    # establishing relations stays SUPPORT
    got = _typed(pipe, "وأقامت مصر وقطر علاقات دبلوماسية عام 1972.")
    assert "SUPPORT:relations" in got


def test_events_arabic_the_three_leaders_are_the_three_states_named_before(pipe: Pipeline) -> None:
    a = pipe.run(Article("t", "t", "عقد رؤساء الأردن والعراق ومصر أمس قمة ثلاثية في بغداد.\n"
                         "واتفق القادة الثلاثة على تعزيز التعاون الاقتصادي.", "ar", "2022-05-11"))
    pairs = {frozenset((e.source.country, e.target.country)) for e in a.events
             if str(e.type) == "AGREE" and e.source and e.target}
    assert pairs == {frozenset(p) for p in (("JOR", "IRQ"), ("JOR", "EGY"), ("IRQ", "EGY"))}


def test_events_arabic_place_named_through_a_place_noun_is_where_not_who(pipe: Pipeline) -> None:
    got = _events(pipe, "وعقد مسؤولون من السودان وتشاد أمس جولة محادثات في العاصمة الكينية نيروبي.")
    assert {frozenset(p[1:]) for p in got if p[0] == "CONSULT"} == {frozenset(("SDN", "TCD"))}


def test_events_arabic_relations_named_as_cut_since_a_year_are_a_past_severing(pipe: Pipeline) -> None:
    a = pipe.run(Article("t", "t", "وأعلنت السفارة أن مسؤولين من المغرب والجزائر سيعقدون لقاء الشهر المقبل تمهيدا "
                         "لاستئناف العلاقات الدبلوماسية المقطوعة منذ عام 2021.", "ar", "2024-05-11"))
    cut = [e for e in a.events if str(e.type) == "SANCTION"]
    assert cut and cut[0].date.start.startswith("2021")
    assert {cut[0].source.country, cut[0].target.country} == {"MAR", "DZA"}


def test_events_arabic_verb_with_a_resumptive_pronoun_is_what_the_document_does(pipe: Pipeline) -> None:
    got = _typed(pipe, "وقدمت مصر أمس شكوى إلى مجلس الأمن ضد إثيوبيا، طالبت فيها المجلس بإلزامها بوقف ملء السد.")
    assert got.get("ACCUSE:allege", (None, None, ""))[:2] == ("EGY", "ETH")
    assert {v[:2] for k, v in got.items() if k.startswith("REQUEST")} == {("EGY", "UNO")}


def test_events_arabic_opening_a_bridge_between_two_states_is_transport_cooperation(pipe: Pipeline) -> None:
    got = _typed(pipe, "ومن المقرر أن تفتتح الأردن والعراق جسرا جديدا على الحدود الشهر المقبل.")
    assert "COOPERATE:transport" in got
    assert got["COOPERATE:transport"][2] == "planned"


def test_events_arabic_reconstruction_in_another_state_is_aid_build(pipe: Pipeline) -> None:
    got = _typed(pipe, "ومن المقرر أن تبدأ شركات أردنية العام المقبل تنفيذ مشروعات لإعادة إعمار مدينة الموصل العراقية.")
    assert got.get("AID:build", (None, None, ""))[:2] == ("JOR", "IRQ")


def test_events_arabic_participle_takes_the_date_of_the_main_act_not_of_a_past_signing(pipe: Pipeline) -> None:
    a = pipe.run(Article("t", "t", "وأعلنت تونس أمس إلغاء اتفاقية التعاون الموقعة مع ليبيا عام 2012، متهمة السلطات الليبية "
                         "بالتقصير.", "ar", "2022-05-11"))
    accuse = [e for e in a.events if str(e.type) == "ACCUSE"]
    assert accuse and accuse[0].date.start == "2022-05-10"
