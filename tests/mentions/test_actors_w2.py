"""Actor mentions added in the w2 round: accusative nisba forms, names and bodies that were missing, words
that look like a demonym but name no state. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.model import ActorKind

from .helpers import actors


def codes(ctx: Context, text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value.country) for m in actors(ctx, text, lang)]


@pytest.mark.parametrize("text, word, code", [
    ("اعتقلت الشرطة رجل أعمال يابانيا في المطار.", "يابانيا", "JPN"),
    ("طردت الحكومة دبلوماسيا سودانيا أمس.", "سودانيا", "SDN"),
    ("رفض المجلس عرضاً أمريكياً لوقف القتال.", "أمريكياً", "USA"),
    ("قدم الوفد طلبا فرنسيا جديدا.", "فرنسيا", "FRA"),
    ("استقبل الوزير وفدا صينيا رفيع المستوى.", "صينيا", "CHN"),
    ("أفرجت السلطات عن صحفي كان قد اعتقل ومعه مصوراً تركياً.", "تركياً", "TUR"),
])
def test_actors_w2_accusative_nisba_is_a_demonym(ctx: Context, text: str, word: str, code: str) -> None:
    found = [m for m in actors(ctx, text, "ar") if m.text == word]
    assert len(found) == 1, codes(ctx, text, "ar")
    assert found[0].value.country == code


def test_actors_w2_accusative_that_is_a_name_stays_the_country(ctx: Context) -> None:
    found = actors(ctx, "زار وفد روسيا وسوريا الشهر الماضي.", "ar")
    assert [(m.text, m.value.kind, m.value.country) for m in found] == [
        ("روسيا", ActorKind.COUNTRY, "RUS"), ("سوريا", ActorKind.COUNTRY, "SYR")]


def test_actors_w2_accusative_that_misspells_a_state_is_left_out(ctx: Context) -> None:
    """"نيجريا" (Nigeria without its ي) is not Niger's adjective in the accusative."""
    assert codes(ctx, "وصل وفد إلى نيجريا.", "ar") in ([], [("نيجريا", "NGA")])
