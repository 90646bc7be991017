"""Arabic roles (w10): a nationality on the object of a verbal noun or of a verb after "أنها", and other roles
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _pairs(ctx: Context, body: str, published: str = "2023-03-14") -> set[tuple[str, str | None]]:
    return {(e.source.country, e.target.country if e.target else None)
            for e in pipeline_events(ctx, body, "ar", published)}


@pytest.mark.parametrize(("body", "pair"), [
    ("أعلنت الكويت إبعاد دبلوماسيين إيرانيين.", ("KWT", "IRN")),
    ("قررت البحرين أمس طرد أربعة دبلوماسيين عراقيين.", ("BHR", "IRQ")),
    ("أعلنت السعودية ترحيل ثلاثة دبلوماسيين كنديين.", ("SAU", "CAN")),
    ("قررت تونس أمس إبعاد الدبلوماسيين الليبيين.", ("TUN", "LBY")),
])
def test_nationality_on_the_object_of_a_verbal_noun_is_the_target(ctx: Context, body: str,
                                                                   pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body)
    assert pair in got
    assert (pair[1], pair[0]) not in got


def test_people_of_a_nationality_after_a_cause_word_act_themselves(ctx: Context) -> None:
    # the verbal noun after a cause word has no verb's subject right before it: its genitive is its agent
    got = _pairs(ctx, "وقطعت المنامة علاقاتها مع طهران إثر اقتحام محتجين إيرانيين سفارتها.")
    assert ("BHR", "IRN") in got


@pytest.mark.parametrize(("body", "pair"), [
    ("أعلنت مصر أنها ترفض القرار الإثيوبي.", ("EGY", "ETH")),
    ("أكدت الجزائر أنها ستدين الهجوم المغربي.", ("DZA", "MAR")),
    ("وقالت الخارجية الأردنية إنها تدين الاعتداء الإسرائيلي.", ("JOR", "ISR")),
    ("أعلنت قطر أنها تدعم المبادرة المصرية.", ("QAT", "EGY")),
    ("وأكد الرئيس التونسي أنه يرفض التدخل التركي.", ("TUN", "TUR")),
])
def test_that_with_a_pronoun_takes_the_main_clause_subject(ctx: Context, body: str, pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body)
    assert pair in got
    assert (pair[1], pair[0]) not in got


@pytest.mark.parametrize(("body", "mediator", "sides"), [
    ("عرضت قطر الوساطة بين إثيوبيا والسودان.", "QAT", {"ETH", "SDN"}),
    ("وعرضت الكويت أمس التوسط بين السعودية وقطر.", "KWT", {"SAU", "QAT"}),
    ("وأجرى أمير قطر اتصالا هاتفيا مع الرئيس الكيني، مبديا استعداد الدوحة للوساطة بين الصومال وإثيوبيا.",
     "QAT", {"SOM", "ETH"}),
])
def test_a_mediator_acts_toward_each_side_named_after_between(ctx: Context, body: str, mediator: str,
                                                              sides: set[str]) -> None:
    got = _pairs(ctx, body)
    assert {(mediator, s) for s in sides} <= got
    a, b = sorted(sides)
    assert (a, b) not in got and (b, a) not in got


@pytest.mark.parametrize("body", [
    "وتستضيف تركيا نحو 3.6 مليون لاجئ سوري.",
    "ويستضيف لبنان أكثر من مليون نازح سوري.",
    "واستضافت ألمانيا عام 2015 نحو مليون مهاجر سوري.",
    "وتحتضن مصر ملايين العمال السودانيين.",
])
def test_hosting_people_counted_by_thousands_is_no_visit(ctx: Context, body: str) -> None:
    got = {(str(e.type), e.mode) for e in pipeline_events(ctx, body, "ar", "2023-03-14")}
    assert ("CONSULT", "visit") not in got


def test_hosting_a_minister_is_still_a_visit(ctx: Context) -> None:
    assert ("SDN", "EGY") in _pairs(ctx, "واستقبل الرئيس المصري أمس في القاهرة وزير الخارجية السوداني.")


@pytest.mark.parametrize("body", [
    "وقعت شركة السويدي إليكتريك عقدا مع تنزانيا.",
    "ووقعت مؤسسة الروسي للتجارة أمس اتفاقا مع كينيا.",
])
def test_a_definite_nisba_after_a_firm_noun_is_a_name(ctx: Context, body: str) -> None:
    got = _pairs(ctx, body)
    assert not {s for s, _t in got} & {"SWE", "RUS"}


def test_a_nationality_agreeing_with_a_firm_noun_names_its_state(ctx: Context) -> None:
    assert ("RUS", "EGY") in _pairs(ctx, "ووقعت شركة روسية أمس عقدا مع مصر.")


@pytest.mark.parametrize("body", [
    "والتقى رئيس الوزراء الأسترالي أمس نظيره البابوي.",
    "وبحث الرئيس الإندونيسي مع نظيره البابوي التعاون.",
])
def test_papua_new_guinea_nisba(ctx: Context, body: str) -> None:
    assert any("PNG" in pair for pair in _pairs(ctx, body))


@pytest.mark.parametrize(("body", "pair"), [
    ("ووصل وزير الموارد المائية بجنوب السودان إلى القاهرة أمس.", ("SSD", "EGY")),
    ("واستقبل الرئيس المصري أمس وزير الري بجنوب السودان.", ("SSD", "EGY")),
    ("وزار وزير التجارة بالعراق الرياض أمس.", ("IRQ", "SAU")),
])
def test_a_state_joined_to_a_title_by_a_clitic_is_whose_minister(ctx: Context, body: str,
                                                                  pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body)
    assert pair in got
    assert (pair[1], pair[0]) not in got
