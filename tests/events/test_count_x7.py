"""How many events a sentence yields, x7: a second act told by a noun that a verb of ordering or announcing governs,
joined to an earlier act ("expels the ambassador and orders the closure of two consulates", "تطرد السفير، وتأمر
بإغلاق قنصليتين"), is an act of its own, not the content of the first. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _modes(ctx: Context, body: str, lang: str, etype: str) -> list[str | None]:
    return sorted(str(e.mode) for e in pipeline_events(ctx, body, lang, "2024-05-01") if str(e.type) == etype)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Somalia expels the Ethiopian ambassador and orders the closure of two Ethiopian consulates."),
    ("en", "Algeria expelled the French ambassador and ordered the closure of French consulates in Oran."),
    ("en", "On Monday Kenya expelled two Somali diplomats and announced the closure of the Somali consulates in "
           "Mombasa."),
    ("ar", "مقديشو تطرد السفير الإثيوبي، وتأمر بإغلاق قنصليتين إثيوبيتين في هرجيسا."),
    ("ar", "طردت الجزائر السفير المغربي وأعلنت إغلاق قنصليتين مغربيتين في وهران."),
    ("ar", "وطردت نيروبي أمس دبلوماسيين صوماليين وقررت إغلاق القنصليات الصومالية في مومباسا."),
], ids=["en-orders-present", "en-ordered-past", "en-announced", "ar-tamur", "ar-aalanat", "ar-qarrarat"])
def test_count_ordered_closure_beside_expulsion_is_second_act(ctx: Context, lang: str, body: str) -> None:
    assert _modes(ctx, body, lang, "SANCTION") == ["discontinue", "expel"]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Algeria expelled the French ambassador over the closure of its consulates in France."),
    ("ar", "طردت الجزائر السفير الفرنسي احتجاجا على إغلاق قنصلياتها في فرنسا."),
], ids=["en-over", "ar-ihtijajan"])
def test_count_closure_as_cause_of_expulsion_stays_one(ctx: Context, lang: str, body: str) -> None:
    assert "expel" in _modes(ctx, body, lang, "SANCTION")
    assert _modes(ctx, body, lang, "SANCTION").count("expel") == 1
