"""'The two countries' after an organisation's officer: the officer's own nationality is no state of the
pair (sentences written for these tests)."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.model import Article
from bilateral.pipeline import Pipeline


def test_resolve_group_officer_name_is_not_a_member_of_the_pair(ctx: Context) -> None:
    body = ("قطعت الجزائر علاقاتها مع المغرب يوم الثلاثاء.\n"
            "وكان الأمين العام لجامعة الدول العربية أحمد أبو الغيط قد دعا البلدين إلى الحوار يوم الأربعاء.\n")
    a = Pipeline(ctx).run(Article("t", "t", body, "ar", "2021-11-04"))
    got = {(e.source.country if e.source else None, e.target.country if e.target else None)
           for e in a.events if str(e.type) == "REQUEST"}
    assert got == {("ARL", "DZA"), ("ARL", "MAR")}, got
