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
