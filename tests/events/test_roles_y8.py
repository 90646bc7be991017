"""Who did it to whom (y8): the main clause's own forces in a reported clause, a non-state addressee
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _pairs(ctx: Context, body: str, lang: str, etype: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, lang, "2023-05-10")) if ty == etype}


@pytest.mark.parametrize(("body", "pair"), [
    # "denied that its forces had shelled Syrian positions": the forces are Turkey's; "Syrian" names the object
    ("ونفت تركيا أن تكون قواتها قد قصفت مواقع سورية.", ("TUR", "SYR")),
    ("وأكدت مصر أن طائراتها قصفت مواقع ليبية.", ("EGY", "LBY")),
    ("ونفت إيران أن تكون قواتها قد هاجمت سفنا أمريكية.", ("IRN", "USA")),
    ("ونفى العراق أن يكون جيشه قد قصف قرى إيرانية.", ("IRQ", "IRN")),
])
def test_roles_arabic_own_forces_in_reported_clause_act_for_the_speaker(
        ctx: Context, body: str, pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "ar", "ASSAULT")
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got


def test_roles_arabic_indefinite_force_is_no_possessed_subject(ctx: Context) -> None:
    # "قوة تركية" (a Turkish force) ends in ة, not a pronoun: the nationality after it names the actor
    got = _pairs(ctx, "وقالت روسيا إن قوة تركية قصفت مواقع سورية.", "ar", "ASSAULT")
    assert ("RUS", "SYR") not in got, got


@pytest.mark.parametrize(("body", "lang"), [
    # a call on the international community after a condemnation: no state is asked
    ("Egypt condemned the Israeli raids on Friday and called on the international community to intervene.", "en"),
    ("Jordan denounced the Israeli strikes and urged the international community to act.", "en"),
    ("Egypt condemned Israel on Friday and asked the world to act.", "en"),
    ("وأدانت مصر الغارات الإسرائيلية، وطالبت المجتمع الدولي بالتدخل.", "ar"),
    ("ودانت قطر العدوان الإسرائيلي ودعت الأسرة الدولية إلى التحرك.", "ar"),
    ("وأدانت الجزائر الهجوم الإسرائيلي، وناشدت المجتمع الدولي التدخل.", "ar"),
])
def test_roles_call_on_the_international_community_asks_no_state(ctx: Context, body: str, lang: str) -> None:
    assert not _pairs(ctx, body, lang, "REQUEST"), body
    assert _pairs(ctx, body, lang, "ACCUSE"), body  # the condemnation stays


@pytest.mark.parametrize(("body", "lang"), [
    ("Egypt condemned Israel on Friday and urged Israel to stop the raids.", "en"),
    ("وأدانت مصر الغارات الإسرائيلية، وطالبت إسرائيل بوقفها.", "ar"),
])
def test_roles_call_on_a_state_after_a_condemnation_is_kept(ctx: Context, body: str, lang: str) -> None:
    assert _pairs(ctx, body, lang, "REQUEST") == {("EGY", "ISR")}, body


@pytest.mark.parametrize("body", [
    # the subject of a condition after a passive verb of giving is the condition's own, not the giver
    "وتعهد الاتحاد الأوروبي بقروض تُصرف إذا توصلت تونس إلى اتفاق مع صندوق النقد الدولي.",
    "ونص الاتفاق على منحة تُصرف في حال توصلت مصر إلى اتفاق مع صندوق النقد الدولي.",
    "ستُقدم المساعدات إذا وافقت كينيا على شروط البنك الدولي.",
])
def test_roles_arabic_condition_subject_is_no_giver(ctx: Context, body: str) -> None:
    got = _pairs(ctx, body, "ar", "AID")
    assert not any(s in ("TUN", "EGY", "KEN") for s, _ in got), got


def test_roles_arabic_condition_resuming_the_act_names_its_maker(ctx: Context) -> None:
    # "any request, if Colombo submits it": the verb of the condition carries a pronoun for the request; its
    # subject made the request
    body = "وقال مسؤول في الخارجية الهندية إن بلاده ستدرس أي طلب عسكري إذا قدمته كولومبو رسميا."
    assert ("LKA", "IND") in _pairs(ctx, body, "ar", "REQUEST")


@pytest.mark.parametrize(("body", "source"), [
    # a coordinated verb of talks with its partner after "with": a body named after that phrase (the topic) is
    # no subject; the subject is the clause before's
    ("ووصل وزير الخارجية المصري إلى عمان، وناقش مع نظيره الأردني دور الأمم المتحدة.", "EGY"),
    ("وكان وزير الدفاع الإيطالي قد زار بغداد، وبحث مع نظيره العراقي مستقبل بعثة حلف شمال الأطلسي.", "ITA"),
    ("وزار الرئيس التركي الدوحة، وبحث مع أميرها مستقبل مجلس التعاون الخليجي.", "TUR"),
])
def test_roles_arabic_party_after_with_phrase_is_no_subject_of_talks(ctx: Context, body: str, source: str) -> None:
    got = {p for p in _pairs(ctx, body, "ar", "CONSULT")}
    assert any(source in p for p in got), got
    assert not any(p[0] in ("UNO", "NATO", "GCC") for p in got), got
