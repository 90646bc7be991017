"""Arabic trigger families completed by inflection and synonyms (lang/ar/triggers_families.yaml).
Sentences written for these tests."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import pipeline_events


def _coded(ctx: Context, body: str) -> set[tuple[str, str | None, str | None, str | None]]:
    events = pipeline_events(ctx, body, "ar", "2022-06-15")
    return {(str(e.type), e.mode, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events}


def _pairs(ctx: Context, body: str, etype: str) -> set[frozenset[str | None]]:
    return {frozenset({s, t}) for ty, _m, s, t in _coded(ctx, body) if ty == etype}


def test_events_arabic_families_call_without_phone_adjective_is_a_call(ctx: Context) -> None:
    for body in ("وتلقى الرئيس المصري مكالمة من نظيره الفرنسي تناولت الأوضاع في المنطقة.",
                 "وأجرى ولي العهد السعودي مكالمة مرئية مع الرئيس الصيني أمس."):
        coded = _coded(ctx, body)
        assert any(ty == "CONSULT" and mode == "phone" for ty, mode, _s, _t in coded), body


def test_events_arabic_families_debt_relief_in_indefinite_construct_has_the_debtor_as_target(ctx: Context) -> None:
    coded = _coded(ctx, "وأعلنت الكويت إسقاط ديون العراق المتراكمة منذ عقود.")
    assert ("AID", "debt-relief", "KWT", "IRQ") in coded


def test_events_arabic_families_expressed_concern_at_an_act_is_disapproval(ctx: Context) -> None:
    assert frozenset({"EGY", "ISR"}) in _pairs(
        ctx, "وأعربت وزارة الخارجية المصرية عن قلقها البالغ إزاء التصعيد الإسرائيلي في الضفة الغربية.", "ACCUSE")
    assert frozenset({"JOR", "ISR"}) in _pairs(ctx, "وأعرب الأردن عن بالغ قلقه من الإجراءات الإسرائيلية.", "ACCUSE")
    # relief is no concern, and a worry that reigns in capitals is no act of a state
    assert not _pairs(ctx, "وعبر الرئيس التونسي عن ارتياحه لمستوى العلاقات مع الجزائر.", "ACCUSE")
    assert not _pairs(ctx, "ويرى محللون أن القلق يسود العلاقات بين مصر وإثيوبيا.", "ACCUSE")


def test_events_arabic_families_boycotting_goods_is_a_sanction_but_a_decisive_refusal_is_not(ctx: Context) -> None:
    assert ("SANCTION", "discontinue", "SAU", "TUR") in _coded(ctx, "وقاطعت السعودية البضائع التركية بشكل غير رسمي.")
    assert not _pairs(ctx, "وأعلنت مصر رفضها القاطع للمقترح الإثيوبي.", "SANCTION")
