"""Arabic verb-first clauses whose object is a counted noun with a nationality after it (sentences written
for these tests)."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _pairs(ctx: Context, body: str, etype: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, "ar", "2023-05-10")) if ty == etype}


def test_roles_counted_nationality_is_the_target_of_a_coordinated_verb(ctx: Context) -> None:
    # "Norway accused Russia of spying and expelled 12 Russian diplomats" (روسيا: the nationality in the
    # accusative): the expelling state is the subject of the first clause; the nationality is the target
    body = "واتهمت النرويج روسيا بالتجسس عليها، وطردت 12 دبلوماسيا روسيا."
    got = _pairs(ctx, body, "SANCTION")
    assert ("NOR", "RUS") in got, got
    assert ("RUS", "NOR") not in got, got


def test_roles_counted_nationality_with_its_own_subject(ctx: Context) -> None:
    body = "وطردت النرويج الأسبوع الماضي 12 دبلوماسيا روسيا."
    got = _pairs(ctx, body, "SANCTION")
    assert ("NOR", "RUS") in got, got
