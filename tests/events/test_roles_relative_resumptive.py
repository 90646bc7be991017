"""Arabic: a noun followed by a relative clause whose verb carries a pronoun pointing back to it (sentences
written for these tests)."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _pairs(ctx: Context, body: str, etype: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, "ar", "2023-05-10")) if ty == etype}


def test_roles_relative_resumptive_subject_is_the_nouns_agent(ctx: Context) -> None:
    # "the crisis ended with the aggression that Norway and Sweden launched on Finland": the attackers are the
    # subject of the relative verb, the attacked follows على
    body = "وانتهت الأزمة بالعدوان الذي شنته النرويج والسويد على فنلندا في أيار."
    got = _pairs(ctx, body, "ASSAULT")
    assert got == {("NOR", "FIN"), ("SWE", "FIN")}, got


def test_roles_relative_resumptive_needs_a_subject_right_after_the_verb(ctx: Context) -> None:
    # "the attack that a village in the north of Kosovo witnessed": the relative's subject is a place, so the
    # states further on are no parties of the attack
    body = "وبعد الهجوم الذي شهدته قرية في شمال فنلندا الشهر الماضي، وما تلاه من توتر نرويجي."
    got = _pairs(ctx, body, "ASSAULT")
    assert not any("NOR" in p for p in got), got
