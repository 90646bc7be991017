"""English date forms: a part of the year after the preposition ("in late 2015", "mid-2015"), dotted
month abbreviations ("Feb. 12, 2015"), month ranges and multiples of years ago (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from bilateral.calendar import resolve_relative
from bilateral.context import Context
from bilateral.mentions.dates import find_dates
from bilateral.model import Article
from bilateral.normalize import prepare

PUBLISHED = "2024-06-20"


def found(ctx: Context, s: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for m in find_dates(prepare(Article("t", "t", s, "en", PUBLISHED)), ctx):
        r = resolve_relative(m.value, PUBLISHED)
        assert r is not None, m
        out.append((m.text, r[0], r[1]))
    return out


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Talks resumed. The pact was signed in late 2015.", [("late 2015", "2015", "2015")]),
    ("Talks resumed. The pact was signed in mid-2015.", [("mid-2015", "2015", "2015")]),
    ("Talks resumed. The pact was signed by the end of 2015.", [("the end of 2015", "2015", "2015")]),
    ("Talks resumed. The pact was signed in mid-May 2015.", [("mid-May 2015", "2015-05", "2015-05")]),
    ("Talks resumed. The pact was signed on Feb. 12, 2015.", [("Feb. 12, 2015", "2015-02-12", "2015-02-12")]),
    ("Talks resumed. The pact was signed in Sept. 2015.", [("Sept. 2015", "2015-09", "2015-09")]),
    ("Fighting raged between March and June 1969.", [("March and June 1969", "1969-03", "1969-06")]),
    ("The envoys met from October to December 2001.", [("October to December 2001", "2001-10", "2001-12")]),
    ("The treaty was signed two decades ago.", [("two decades ago", "2004", "2004")]),
    ("Half a century ago today the king visited Paris.", [("Half a century ago today", "1974-06-20", "1974-06-20")]),
])
def test_dates_english_date_forms(ctx: Context, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(ctx, sentence) == expected


def test_dates_named_days_are_no_dates(ctx: Context) -> None:
    assert found(ctx, "The Good Friday Agreement still holds.") == []
    assert [t for t, _, _ in found(ctx, "They met on Friday.")] == ["Friday"]
