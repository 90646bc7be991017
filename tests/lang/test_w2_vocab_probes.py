"""Vocabulary of the second wave (lang/{ar,en}/triggers_w2.yaml and the entries it touched): guests' arrivals
told by idioms with a long subject, dismissing a state's experts, depriving a state of something, releasing
nationals, backing a party, troops withdrawn, loans repaid, negations lifted by "until", fixed phrases of
another sense (kept silent, succeeded one another), and one type for an agreement reached in every word order
and both languages. Each sentence is written for the test; each tuple is (type, mode, source, target)."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.model import Article, Event
from bilateral.pipeline import Pipeline

Coded = tuple[str, str | None, str | None, str | None]


def _events(ctx: Context, body: str, lang: str, published: str = "2024-05-10") -> list[Event]:
    return list(Pipeline(ctx).run(Article("t", "t", body + "\n", lang, published)).events)


def _coded(events: list[Event]) -> set[Coded]:
    return {(str(e.type), e.mode, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events}


def _undirected(events: list[Event]) -> set[tuple[str, str | None, frozenset[str | None]]]:
    return {(str(e.type), e.mode, frozenset((e.source.country if e.source else None,
                                             e.target.country if e.target else None))) for e in events}


# ------------------------------------------------------------------ a guest's arrival (حل ضيفا، حط رحاله)
@pytest.mark.parametrize(("body", "status"), [
    # a long subject between the verb and the idiom's noun
    ("حل رئيس الوزراء الإثيوبي آبي أحمد على رأس وفد وزاري كبير يضم وزراء الخارجية والمالية والدفاع ضيفا على جيبوتي.",
     "occurred"),
    ("حل رئيس مجلس الدولة الصيني شو إن لاي في مستهل جولة طويلة ضيفا على الخرطوم.", "occurred"),
    # the present: a timeline item, a plan
    ("الرئيس الإثيوبي يحل ضيفا على جيبوتي ويوقع مع نظيره اتفاقية للموانئ.", "occurred"),
    ("ومن المقرر أن يحل رئيس الوزراء الإثيوبي ضيفا على جيبوتي الشهر المقبل.", "planned"),
    ("الوزير الإثيوبي يحط رحاله في جيبوتي.", "occurred"),
    ("يحط رئيس الوزراء الإثيوبي رحاله في جيبوتي الأسبوع المقبل.", "planned"),
])
def test_a_guests_arrival_told_by_an_idiom_is_a_visit(ctx: Context, body: str, status: str) -> None:
    got = [e for e in _events(ctx, body, "ar") if str(e.type) == "CONSULT"]
    assert [(e.mode, e.source.country if e.source else None, e.target.country if e.target else None, str(e.status))
            for e in got] == [("visit", "ETH" if "الإثيوبي" in body else "CHN", "DJI" if "جيبوتي" in body else "SDN",
                               status)]


@pytest.mark.parametrize("body", [
    "تحل الذكرى الستون لإقامة العلاقات بين إثيوبيا وجيبوتي.",
    "يحل الخلاف بين إثيوبيا وجيبوتي بالحوار.",
])
def test_the_arrival_verbs_without_the_idiom_are_no_visit(ctx: Context, body: str) -> None:
    assert not [e for e in _events(ctx, body, "ar") if str(e.type) == "CONSULT"]


# ------------------------------------------------------------------ dismissing a state's experts
@pytest.mark.parametrize(("body", "pair"), [
    ("قررت ليبيا الاستغناء عن الخبراء الأتراك.", ("LBY", "TUR")),
    ("أعلنت مصر الاستغناء عن خدمات الخبراء الروس العاملين لديها.", ("EGY", "RUS")),
    ("استغنت الحكومة السودانية عن الخبراء المصريين.", ("SDN", "EGY")),
])
def test_dismissing_a_states_experts_is_an_expulsion(ctx: Context, body: str, pair: tuple[str, str]) -> None:
    assert ("SANCTION", "expel", *pair) in _coded(_events(ctx, body, "ar"))


# ------------------------------------------------------------------ depriving a state of something
@pytest.mark.parametrize(("body", "pair"), [
    ("قررت واشنطن حرمان أنقرة من برنامج المقاتلات.", ("USA", "TUR")),
    ("حرمت الولايات المتحدة تركيا من المشاركة في البرنامج.", ("USA", "TUR")),
    ("وحرمت فرنسا مالي من مقعدها في المنظمة.", ("FRA", "MLI")),
])
def test_depriving_a_state_of_something_is_a_cut(ctx: Context, body: str, pair: tuple[str, str]) -> None:
    assert _coded(_events(ctx, body, "ar")) == {("SANCTION", "discontinue", *pair)}


def test_depriving_a_state_of_aid_keeps_the_aid_reading(ctx: Context) -> None:
    got = _coded(_events(ctx, "قررت واشنطن أمس حرمان مصر من مساعدات عسكرية بقيمة 100 مليون دولار.", "ar"))
    assert ("SANCTION", "discontinue", "USA", "EGY") in got
    assert not [c for c in got if c[0] == "AID"]


@pytest.mark.parametrize("body", [
    "ويرى دبلوماسيون أن رحيل القوات سيحرم واشنطن من قاعدتها في المنطقة.",
    "اتهمت الأردن إسرائيل بحرمان سكان غزة من الماء.",
])
def test_a_deprivation_that_is_a_consequence_or_of_people_is_no_cut(ctx: Context, body: str) -> None:
    assert not [c for c in _coded(_events(ctx, body, "ar")) if c[0] == "SANCTION"]


# ------------------------------------------------------------------ fixed phrases of another sense
@pytest.mark.parametrize("body", [
    "التزمت مصر الصمت إزاء الاتفاق التركي الليبي.",
    "التزمت السعودية الصمت حيال التصريحات الإيرانية.",
    "تلتزم الجزائر الصمت تجاه فرنسا.",
    "تعاقب على السفارة المصرية في الجزائر أكثر من عشرين سفيرا.",
    "وقد تعاقبت على حكم ليبيا حكومات عدة.",
])
def test_kept_silent_and_succeeded_one_another_are_no_events(ctx: Context, body: str) -> None:
    assert _events(ctx, body, "ar") == []


def test_a_commitment_is_still_an_agreement(ctx: Context) -> None:
    assert ("AGREE", None, frozenset(("EGY", "SDN"))) in _undirected(
        _events(ctx, "والتزمت مصر أمام السودان بتزويده بالكهرباء.", "ar"))


def test_punishing_a_state_is_still_a_sanction(ctx: Context) -> None:
    got = _coded(_events(ctx, "تعاقب الولايات المتحدة إيران على برنامجها النووي.", "ar"))
    assert ("SANCTION", None, "USA", "IRN") in {(t, None, s, g) for t, _m, s, g in got}


# ------------------------------------------------------------------ an agreement reached: AGREE everywhere
@pytest.mark.parametrize(("body", "lang"), [
    ("توصلت مصر والسودان إلى اتفاق حول مياه النيل.", "ar"),
    ("توصل الرئيسان المصري والسوداني أمس في الخرطوم إلى اتفاق بشأن الحدود.", "ar"),
    ("توصلا إلى اتفاق بشأن الحدود مصر والسودان.", "ar"),
    ("توصلت مصر مع السودان إلى اتفاق حول المياه.", "ar"),
    ("وأعلنت مصر والسودان توصلهما إلى اتفاق بشأن المياه.", "ar"),
    ("وخلصت مصر والسودان إلى اتفاق بشأن المياه.", "ar"),
    ("Egypt and Sudan reached an agreement on the Nile waters on Monday.", "en"),
    ("Egypt reached an agreement with Sudan on water sharing.", "en"),
    ("An agreement was reached between Egypt and Sudan on Monday.", "en"),
    ("Egypt and Sudan reached a deal on the border.", "en"),
])
def test_an_agreement_reached_is_an_agreement_in_every_order(ctx: Context, body: str, lang: str) -> None:
    got = _undirected(_events(ctx, body, lang))
    assert ("AGREE", None, frozenset(("EGY", "SDN"))) in got
    assert not [c for c in got if c[0] == "SUPPORT"]


# ------------------------------------------------------------------ English
@pytest.mark.parametrize(("body", "coded"), [
    ("Iran releases two Germans held on spying charges.", ("RETREAT", "release", "IRN", "DEU")),
    ("North Korea freed three Americans on Friday.", ("RETREAT", "release", "PRK", "USA")),
    ("Iran released a French citizen on Monday.", ("RETREAT", "release", "IRN", "FRA")),
    ("Iran releases three French prisoners.", ("RETREAT", "release", "IRN", "FRA")),
    ("The release of two Canadians by China eased tensions.", ("RETREAT", "release", "CHN", "CAN")),
    ("The freeing of three Americans by Iran on Monday was a sign of thaw.", ("RETREAT", "release", "IRN", "USA")),
    ("Russia has thrown its weight behind Iran's position.", ("SUPPORT", None, "RUS", "IRN")),
    ("France threw their weight behind Morocco's autonomy plan.", ("SUPPORT", None, "FRA", "MAR")),
    ("Britain put its weight behind the French proposal.", ("SUPPORT", None, "GBR", "FRA")),
    ("Russia had withdrawn troops from Georgia by October.", ("RETREAT", "withdraw", "RUS", "GEO")),
    ("Turkey has withdrawn its forces from Syria.", ("RETREAT", "withdraw", "TUR", "SYR")),
])
def test_english_vocabulary(ctx: Context, body: str, coded: Coded) -> None:
    assert coded in _coded(_events(ctx, body, "en"))


@pytest.mark.parametrize("body", [
    "The Pentagon released footage of the strike.",
    "China released figures showing exports fell.",
    "The release of the report on China was delayed.",
    "Egypt repaid a $2 billion loan to Saudi Arabia.",
    "Pakistan repaid China a loan of $1 billion.",
    "Egypt paid back a Saudi loan of $1 billion last month.",
    "Ties between Egypt and Russia are close, but they stop short of a military alliance.",
    "Vietnam's cooperation with the United States stopped short of an alliance.",
    "Egypt has kept silent on the Turkish-Libyan deal.",
    "More than a thousand Chinese doctors have succeeded one another at the hospital in Tunis since 1973.",
])
def test_english_non_events(ctx: Context, body: str) -> None:
    assert _events(ctx, body, "en") == []


def test_a_loan_that_repays_debts_is_still_aid(ctx: Context) -> None:
    got = _coded(_events(ctx, "China extended a $2 billion loan to Pakistan to repay its debts.", "en"))
    assert ("AID", "loan", "CHN", "PAK") in got


@pytest.mark.parametrize(("body", "date"), [
    ("Jordan didn't sign the peace treaty with Israel until 1994.", "1994"),
    ("Jordan did not sign a peace treaty with Israel until October 1994.", "1994-10"),
    ("China did not ratify the treaty until 1992.", "1992"),
])
def test_an_act_not_done_until_a_date_is_done_then(ctx: Context, body: str, date: str) -> None:
    got = [e for e in _events(ctx, body, "en") if str(e.type) == "SUPPORT"]
    assert [(str(e.status), str(e.date.start)) for e in got] == [("occurred", date)]


@pytest.mark.parametrize("body", ["Russia didn't sign the treaty with Ukraine.", "Egypt hasn't visited Qatar."])
def test_a_contracted_negation_negates(ctx: Context, body: str) -> None:
    assert {str(e.status) for e in _events(ctx, body, "en")} == {"negated"}


# ------------------------------------------------------------------ a demand told as days before another act
@pytest.mark.parametrize(("body", "pair"), [
    ("ويأتي طرد السفير بعد أيام من مطالبة مالي الدنمارك بسحب قواتها.", ("MLI", "DNK")),
    ("ويأتي استدعاء السفير بعد يومين من مطالبة الجزائر فرنسا بالاعتذار.", ("DZA", "FRA")),
    ("وجاء قطع العلاقات بعد أسبوع من مطالبة الرياض طهران بوقف التدخل.", ("SAU", "IRN")),
    ("جاء ذلك بعد مطالبة مصر إثيوبيا بوقف ملء السد.", ("EGY", "ETH")),
    ("جددت الخارجية المصرية مطالبتها لإثيوبيا بالتوقف عن الملء.", ("EGY", "ETH")),
])
def test_a_demand_told_by_its_verbal_noun_is_a_request(ctx: Context, body: str, pair: tuple[str, str]) -> None:
    assert ("REQUEST", None, *pair) in _coded(_events(ctx, body, "ar"))


# ------------------------------------------------------------------ Arabic: backing a party, a loan repaid
@pytest.mark.parametrize(("body", "coded"), [
    ("ألقت مصر بثقلها خلف الجيش السوداني.", ("SUPPORT", None, "EGY", "SDN")),
    ("ألقى الرئيس الأمريكي بثقله خلف إسرائيل.", ("SUPPORT", None, "USA", "ISR")),
    ("تلقي فرنسا بكامل ثقلها وراء المغرب في ملف الصحراء.", ("SUPPORT", None, "FRA", "MAR")),
    ("حصلت مصر على قرض سعودي بقيمة ملياري دولار لسداد ديونها.", ("AID", "loan", "SAU", "EGY")),
])
def test_arabic_vocabulary(ctx: Context, body: str, coded: Coded) -> None:
    assert coded in _coded(_events(ctx, body, "ar"))


@pytest.mark.parametrize("body", [
    "ألقى الرئيس المصري كلمة أمام القمة العربية.",
    "سددت مصر قرضا سعوديا بقيمة ملياري دولار.",
    "سددت باكستان للصين قرضا بقيمة مليار دولار.",
])
def test_arabic_non_events(ctx: Context, body: str) -> None:
    assert _events(ctx, body, "ar") == []
