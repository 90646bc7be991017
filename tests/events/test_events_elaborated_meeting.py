"""A meeting "where" (حيث) or "during which" a visit took place, told with a verb of its own, is a second
consultation beside the visit (CODING_GUIDE, decided 2026-12-02); one that names a party the visit did not have
(he came from another capital, where he met its president) is a meeting with that party."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.model import Article
from bilateral.pipeline import Pipeline


def _consults(ctx: Context, body: str) -> list[tuple[str, frozenset[str | None]]]:
    a = Pipeline(ctx).run(Article("t", "t", body, "ar", "2017-12-12"))
    return sorted((str(e.mode), frozenset((e.source.country if e.source else None,
                                           e.target.country if e.target else None)))
                  for e in a.events if str(e.type) == "CONSULT")


def test_events_meeting_where_the_visitor_came_from_is_its_own_event(ctx: Context) -> None:
    body = ("زيارة\nالقاهرة - وصل الرئيس الروسي فلاديمير بوتين إلى القاهرة أمس قادما من أنقرة، "
            "حيث التقى الرئيس التركي رجب طيب أردوغان.\n")
    assert ("meet", frozenset(("RUS", "TUR"))) in _consults(ctx, body)


def test_events_meeting_during_the_visit_is_a_second_consultation(ctx: Context) -> None:
    body = ("زيارة\nالرياض - زار الرئيس المصري عبد الفتاح السيسي الرياض أمس، حيث التقى ولي العهد السعودي "
            "الأمير محمد بن سلمان.\n")
    assert _consults(ctx, body) == [("meet", frozenset(("EGY", "SAU"))), ("visit", frozenset(("EGY", "SAU")))]
