"""A meeting or visit of its actor named as the setting of another act ("during his reception of ...") is the
one told before, not a second consultation."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.model import Article, Event
from bilateral.pipeline import Pipeline


def _consult(ctx: Context, body: str, lang: str) -> list[Event]:
    a = Pipeline(ctx).run(Article("t", "t", body, lang, "2021-06-20"))
    return [e for e in a.events if str(e.type) == "CONSULT"]


def test_events_possessed_setting_noun_after_the_visit_is_that_visit(ctx: Context) -> None:
    body = ("زيارة\nتونس - وصل وزير الخارجية الإيطالي إلى تونس أمس في زيارة رسمية تستمر يومين.\n"
            "وجدد الرئيس التونسي خلال استقباله الوزير الإيطالي رفض بلاده توطين المهاجرين.\n")
    got = _consult(ctx, body, "ar")
    assert [(e.source.country if e.source else None, e.target.country if e.target else None) for e in got] \
        == [("ITA", "TUN")]


def test_events_possessed_setting_noun_told_first_is_the_visit(ctx: Context) -> None:
    body = ("زيارة\nتونس - جدد الرئيس التونسي خلال استقباله وزير الخارجية الإيطالي أمس رفض بلاده توطين "
            "المهاجرين.\n")
    assert len(_consult(ctx, body, "ar")) == 1
