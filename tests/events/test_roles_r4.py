"""Who acts on whom, fourth round: general constructions of Arabic (and English) clauses where the source and
target were read the wrong way round (sentences written for these tests)."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _pairs(ctx: Context, body: str, etype: str, lang: str = "ar") -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, lang, "2023-05-10")) if ty == etype}


# a subject follows its verb inside the clause: a state after a comma opens the next phrase (a participle)
@pytest.mark.parametrize(("body", "etype", "pair"), [
    ("أعلنت الجزائر في أغسطس الماضي قطع علاقاتها مع المملكة المغربية، متهمة الرباط بدعم حركة انفصالية.",
     "SANCTION", ("DZA", "MAR")),
    ("أعلنت الجزائر في أغسطس الماضي قطع علاقاتها مع المملكة المغربية، متهمة الرباط بدعم حركة انفصالية.",
     "ACCUSE", ("DZA", "MAR")),
    ("وكانت كينيا قد قررت تعليق رحلاتها إلى الصومال، متهمة مقديشو بالتدخل في شؤونها.", "ACCUSE", ("KEN", "SOM")),
    ("وقرر العراق استدعاء سفيره من أنقرة، مطالبا تركيا بسحب قواتها.", "REQUEST", ("IRQ", "TUR")),
    ("أعلن العراق قطع العلاقات مع الكويت، محملا الكويتيين مسؤولية التصعيد.", "SANCTION", ("IRQ", "KWT")),
])
def test_roles_state_after_a_comma_is_no_subject_of_the_verb_before(
        ctx: Context, body: str, etype: str, pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, etype)
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got
