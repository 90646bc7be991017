"""A sanction or a refusal told with its reason ("in protest at", "احتجاجا على") is also an ACCUSE (disapprove) of
the same parties, same day and status (CODING_GUIDE, eighth-round decisions; resolve ``_protest_reasons``)."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from ..events.helpers import pipeline_events


def _accusations(ctx: Context, body: str, lang: str, published: str) -> list[tuple[str | None, str | None, str,
                                                                                  str, str | None]]:
    return sorted((e.source.country if e.source else None, e.target.country if e.target else None, e.date.start or "",
                   str(e.status), e.mode)
                  for e in pipeline_events(ctx, body, lang, published) if str(e.type) == "ACCUSE")


@pytest.mark.parametrize(("body", "lang", "published", "expected"), [
    ("Chile suspended all flights to Britain in March 1999 in protest at the arrest of its former ruler in London.",
     "en", "1999-06-10", [("CHL", "GBR", "1999-03", "occurred", "disapprove")]),
    ("In protest against the decision, Venezuela broke off diplomatic relations with Israel on 14 January 2009.",
     "en", "2009-01-20", [("VEN", "ISR", "2009-01-14", "occurred", "disapprove")]),
    ("وقطعت المغرب علاقاتها مع الجزائر في مارس 1976 احتجاجا على اعترافها بالجمهورية الصحراوية.",
     "ar", "2021-08-30", [("MAR", "DZA", "1976-03", "occurred", "disapprove")]),
    ("وطردت اليونان أمس السفير الليبي احتجاجاً على توقيع ليبيا مذكرة بحرية مع تركيا.",
     "ar", "2019-12-07", [("GRC", "LBY", "2019-12-06", "occurred", "disapprove")]),
])
def test_protest_reasons_the_sanction_with_its_reason_is_also_an_accusation(
        ctx: Context, body: str, lang: str, published: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert _accusations(ctx, body, lang, published) == expected


@pytest.mark.parametrize(("body", "lang", "published"), [
    # a denied sanction protests at nothing
    ("Chile denied that it had suspended flights to Britain in protest at the arrest.", "en", "1999-06-10"),
    # the reason belongs to the protesters of a clause of cause, not to the state that cut ties
    ("Riyadh cut ties with Tehran in January 2016 after protesters stormed its embassy in protest at an execution.",
     "en", "2016-02-01"),
    ("وقطعت الرياض علاقاتها مع طهران في يناير 2016 إثر اقتحام محتجين سفارتها احتجاجا على إعدام رجل دين.",
     "ar", "2016-02-01"),
    # no sanction or refusal beside it: demonstrators in protest at a deal are no state's act
    ("Thousands of farmers marched in Warsaw in protest at cheap imports from Ukraine.", "en", "2023-04-15"),
])
def test_protest_reasons_not_without_a_sanction_of_that_state(ctx: Context, body: str, lang: str,
                                                              published: str) -> None:
    assert _accusations(ctx, body, lang, published) == []


def test_protest_reasons_one_accusation_when_the_statement_already_accuses(ctx: Context) -> None:
    body = ("Jordan recalled its ambassador to Israel on Wednesday in protest at the detention of two citizens. "
            "The ministry accused Israel of holding them without charge.")
    accusations = _accusations(ctx, body, "en", "2019-10-31")
    assert [(s, t, d) for s, t, d, _, _ in accusations] == [("JOR", "ISR", "2019-10-30")]
