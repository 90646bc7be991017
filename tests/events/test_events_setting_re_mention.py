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


def _visits(ctx: Context, body: str) -> list[str]:
    a = Pipeline(ctx).run(Article("t", "t", body, "en", "2021-05-06"))
    return sorted(str(e.date.start) for e in a.events if str(e.type) == "CONSULT")


def test_events_definite_trip_in_a_sentence_dated_apart_is_another_trip(ctx: Context) -> None:
    body = ("Ties\nPARIS, May 6 - French President Emmanuel Macron made a day trip to Algiers on Tuesday and signed "
            "a gas deal.\nThe deal revives an arrangement struck in 2018, when France lent Algeria 100 million euros "
            "shortly after Macron's first trip to Algeria as president.\n")
    assert _visits(ctx, body) == ["2018", "2021-05-04"]


def test_events_definite_trip_in_an_undated_sentence_is_the_trip_told(ctx: Context) -> None:
    body = ("Ties\nPARIS, May 6 - French President Emmanuel Macron made a day trip to Algiers on Tuesday.\n"
            "In Algiers, officials said Macron's trip had eased tensions.\n")
    assert _visits(ctx, body) == ["2021-05-04"]
