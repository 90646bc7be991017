"""A visit noun with its traveller as a genitive (لـ) and the place visited after a second لـ right after it
("لرد الزيارة الأخيرة لوزير الخارجية الإسباني للجزائر"): the traveller is the genitive, also when the clause
before ends with "بين البلدين" and the article's dyad is known. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


@pytest.mark.parametrize(("body", "earlier", "pair"), [
    ("وصل وزير الخارجية الجزائري إلى مدريد أمس. وقال المتحدث إن الزيارة تهدف لبحث التعاون بين البلدين، "
     "ولرد الزيارة الأخيرة لوزير الخارجية الإسباني للجزائر في مارس الماضي.", "2024-03", ("ESP", "DZA")),
    ("زار وزير الخارجية المصري موسكو. وأكد أن الزيارة تعزز الشراكة بين البلدين، وترد الزيارة التاريخية "
     "لوزيري الدفاع والخارجية الروسيين للقاهرة في نوفمبر الماضي.", "2023-11", ("RUS", "EGY")),
    ("استقبلت أنقرة وزير الدفاع الليبي. وأضاف البيان أن المحادثات تناولت العلاقات بين البلدين، وتأتي ردا على "
     "الزيارة الرسمية لوزيري الدفاع والخارجية التركيين لطرابلس في يناير الماضي.", "2024-01", ("TUR", "LBY")),
], ids=["esp-dza", "rus-egy-dual", "tur-lby-control"])
def test_the_returned_visit_goes_from_the_genitive_traveller_to_the_place(
        ctx: Context, body: str, earlier: str, pair: tuple[str, str]) -> None:
    visits = [e for e in pipeline_events(ctx, body, "ar", "2024-05-20")
              if str(e.type) == "CONSULT" and e.mode == "visit" and e.date.start == earlier]
    assert [(e.source.country if e.source else None, e.target.country if e.target else None) for e in visits] == [pair]

