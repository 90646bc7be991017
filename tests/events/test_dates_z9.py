"""Dates of events, z9: a deadline or the end of a span reached across a time of day ("gave them until midnight on
Saturday", "أمهلتهم حتى منتصف ليل السبت", "في موعد أقصاه يوم الخميس") dates no act; the day said with a saying
after a planned act ("are scheduled to sign ..., his office said on Friday") is the saying's, and the act takes the
date of the visit it is planned for. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _dates(ctx: Context, body: str, lang: str, published: str, etype: str) -> list[str | None]:
    return sorted(e.date.start for e in pipeline_events(ctx, body, lang, published) if str(e.type) == etype)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "India expelled six Canadian diplomats and gave them until midnight on Saturday to leave the country."),
    ("en", "Algeria said it was expelling twelve French embassy staff and gave them until noon on Friday to leave."),
    ("ar", "وأعلنت الجزائر طرد 12 موظفا في السفارة الفرنسية وأمهلتهم حتى منتصف ليل السبت لمغادرة البلاد."),
    ("ar", "وطردت روسيا دبلوماسيين بولنديين اثنين، وأمهلتهما حتى نهاية الشهر الجاري لمغادرة أراضيها."),
    ("ar", "وطلبت مصر من السفير الإسرائيلي مغادرة البلاد في موعد أقصاه يوم الخميس."),
    ("ar", "وقررت تونس طرد القائم بالأعمال الليبي ومنحته مهلة حتى الأربعاء لمغادرة البلاد."),
], ids=["en-until-midnight-on", "en-until-noon-on", "ar-hatta-muntasaf-layl", "ar-hatta-nihayat", "ar-mawid-aqsah",
        "ar-muhla-hatta"])
def test_dates_deadline_is_not_the_expulsion_day(ctx: Context, lang: str, body: str) -> None:
    # published Monday 14 October: the expulsion is told today, the deadline lies ahead
    assert _dates(ctx, body, lang, "2024-10-14", "SANCTION") == ["2024-10-14"]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("en", "Albanese will travel to Jakarta on Wednesday, where he and Prabowo are scheduled to sign a security "
     "treaty, his office said on Friday.", "2026-01-14"),
    ("en", "Egyptian President Sisi will visit Ankara next week and the two leaders are expected to sign a trade "
     "deal, his spokesman said on Thursday.", "2026-01-12"),
    ("ar", "ويتوجه الرئيس المصري إلى الرياض يوم الأربعاء المقبل، ومن المقرر أن يوقع البلدان اتفاقية للتعاون "
     "الدفاعي، قال المتحدث أمس الخميس.", "2026-01-14"),
], ids=["en-scheduled-to-sign", "en-expected-to-sign", "ar-min-al-muqarrar"])
def test_dates_planned_act_before_saying_takes_the_visit_day(ctx: Context, lang: str, body: str,
                                                             expected: str) -> None:
    assert _dates(ctx, body, lang, "2026-01-09", "SUPPORT") == [expected]


def test_dates_past_act_before_saying_keeps_the_day_said(ctx: Context) -> None:
    body = "Japan and India signed a defence pact, officials said on Wednesday."
    assert _dates(ctx, body, "en", "2026-01-09", "SUPPORT") == ["2026-01-07"]
