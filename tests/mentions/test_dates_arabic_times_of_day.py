"""Arabic times of day ("مساء", "صباح", "فجر") before a weekday mark it as a day, like "يوم"."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.mentions.dates import find_dates
from bilateral.model import Article, Relative
from bilateral.normalize import prepare


@pytest.mark.parametrize(("sentence", "weekday"), [
    ("وصل الوفد إلى عمان مساء الأحد قادما من بغداد.", 6),
    ("واستقبل الملك الوزير صباح الاثنين في قصره.", 0),
    ("وهدد الوزير فجر الأحد بالرد على أي هجوم.", 6),
])
def test_dates_arabic_time_of_day_marks_an_ambiguous_weekday(ctx: Context, sentence: str, weekday: int) -> None:
    ms = find_dates(prepare(Article("t", "t", sentence, "ar", None)), ctx)
    assert len(ms) == 1, [m.text for m in ms]
    assert ms[0].value.relative == Relative("weekday", 0, weekday=weekday)


def test_dates_arabic_weekday_word_alone_stays_no_date(ctx: Context) -> None:
    # "الاثنين" without a marker can be "the two": still no date
    ms = find_dates(prepare(Article("t", "t", "واتفق الاثنين على مواصلة الحوار.", "ar", None)), ctx)
    assert ms == () or list(ms) == []
