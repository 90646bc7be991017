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


@pytest.mark.parametrize(("lang", "body", "etype", "expected"), [
    ("en", "The dispute began in March 2022, when Poland accused Russia over a sabotage plot first reported in "
     "January. Days later, Russia expelled five Polish diplomats.", "SANCTION", "2022-03"),
    ("en", "The crisis dates back to May 2021, when Spain condemned Morocco over the migrants who had crossed into "
     "Ceuta that April. Within days, Morocco recalled its ambassador from Madrid.", "SANCTION", "2021-05"),
    ("en", "The row began in September 2023, when Canada accused India over the killing of a Sikh activist that "
     "June. Days later, India suspended visa services for Canadians.", "SANCTION", "2023-09"),
    ("ar", "وتعود الأزمة إلى سبتمبر 2023، حين اتهمت كندا الهند بالتورط في اغتيال ناشط سيخي في يونيو من العام نفسه. "
     "وبعد ذلك بأيام، علقت الهند خدمات التأشيرات للكنديين.", "SANCTION", "2023-09"),
    ("ar", "وتعود الأزمة إلى مايو 2021، حين انتقدت إسبانيا المغرب بسبب المهاجرين الذين عبروا إلى سبتة في أبريل. "
     "وبعد ذلك بأيام، استدعى المغرب سفيره من مدريد.", "SANCTION", "2021-05"),
], ids=["en-plot-reported-in", "en-crossed-that-april", "en-killing-that-june", "ar-ightiyal-yunyu",
        "ar-abaru-abril"])
def test_dates_days_later_counts_from_the_event_not_its_content(ctx: Context, lang: str, body: str, etype: str,
                                                               expected: str) -> None:
    assert _dates(ctx, body, lang, "2024-10-14", etype) == [expected]


@pytest.mark.parametrize(("lang", "body", "etype", "expected"), [
    ("en", "Egypt and Sudan signed a border agreement in March, officials said.", "SUPPORT", ["2025-03"]),
    ("ar", "وكانت مصر والسودان قد وقعتا اتفاقا حدوديا في مارس.", "SUPPORT", ["2025-03"]),
    ("en", "Egypt will host the Sudanese president in February.", "CONSULT", ["2026-02"]),
    ("en", "Egypt hosted the Sudanese president in April.", "CONSULT", ["2024-04"]),
], ids=["en-past-own-month", "ar-past-own-month", "en-future-month-gone", "en-past-month-ahead"])
def test_dates_named_month_of_publication_is_this_years(ctx: Context, lang: str, body: str, etype: str,
                                                       expected: list[str]) -> None:
    # published 10 March: "in March" told in the past is this March, not last year's
    assert _dates(ctx, body, lang, "2025-03-10", etype) == expected


@pytest.mark.parametrize(("lang", "body", "etype", "expected"), [
    ("ar", "أجرى الرئيس المصري والرئيس الروسي أمس الثلاثاء محادثات في موسكو. وكان الرئيس المصري قد وصل إلى موسكو مساء "
     "الاثنين في زيارة هي الثانية له بعد زيارته الأولى في أغسطس 2014. وخلال المحادثات، دعا الرئيس المصري روسيا إلى "
     "استئناف الرحلات الجوية.", "REQUEST", "2016-03-15"),
    ("en", "Sisi held talks with Putin in Moscow on Tuesday. Sisi had first visited Moscow in August 2014. During the "
     "talks, Sisi asked Russia to resume flights to Sharm el-Sheikh.", "REQUEST", "2016-03-15"),
    ("en", "The Jordanian and French foreign ministers met in Amman on Sunday. The French minister had last visited "
     "Jordan in March 2012. After the meeting, Jordan and France signed a grant agreement.", "SUPPORT", "2016-03-13"),
], ids=["ar-khilal-al-muhadathat", "en-during-the-talks", "en-after-the-meeting-opening"])
def test_dates_talks_referred_back_are_the_storys_not_an_earlier_trip(ctx: Context, lang: str, body: str,
                                                                      etype: str, expected: str) -> None:
    assert _dates(ctx, body, lang, "2016-03-16", etype) == [expected]


def test_dates_relative_clause_of_the_earlier_trip_keeps_its_date(ctx: Context) -> None:
    # "التي وقع البلدان خلالها": the earlier trip's own relative clause dates the signing told in it
    body = ("أجرى الرئيس المصري والرئيس الروسي أمس الثلاثاء محادثات في موسكو، في زيارة هي الثانية له بعد زيارته الأولى "
            "في أغسطس 2014، التي وقع البلدان خلالها اتفاقا للتعاون النووي.")
    assert "2014-08" in _dates(ctx, body, "ar", "2016-03-16", "SUPPORT")


@pytest.mark.parametrize(("body", "expected"), [
    ("After a phone call with Sheinbaum on Thursday, Trump exempted all Mexican goods from the new duties.",
     "2025-03-06"),
    ("Following talks with Egyptian President Sisi on Thursday, the Sudanese leader flew back to Port Sudan.",
     "2025-03-06"),
    ("After a phone call with Sheinbaum on Thursday, Trump will decide on the duties.", "2025-03-13"),
], ids=["after-call-exempted", "following-talks-flew", "after-call-will-decide"])
def test_dates_opening_phrase_takes_the_main_clause_tense(ctx: Context, body: str, expected: str) -> None:
    # published Monday 10 March: the weekday in the opening phrase is gone by when the main clause is past
    assert _dates(ctx, body, "en", "2025-03-10", "CONSULT") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("On February 3, hours before the deadline, Trump agreed to pause the tariffs on Mexico.", ["2025-02-03"]),
    ("On February 3, days before the deadline, Mexico and the United States reached an agreement.", ["2025-02-03"]),
    ("On January 28, weeks before the summit, Mexico and Canada reached an agreement on steel.", ["2025-01-28"]),
], ids=["hours-before", "days-before", "weeks-before"])
def test_dates_day_before_a_comma_and_a_unit_is_a_day(ctx: Context, body: str, expected: list[str]) -> None:
    assert _dates(ctx, body, "en", "2025-03-10", "AGREE") == expected


def test_dates_month_before_a_quantity_is_no_day(ctx: Context) -> None:
    body = "Russia sent in March 3,000 troops to Syria, and Syria and Russia reached an agreement in March."
    assert all(d == "2025-03" for d in _dates(ctx, body, "en", "2025-03-10", "AGREE"))
