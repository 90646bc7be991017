"""English nouns whose agent follows "from" ("a loan from X", "a visit from X"), an entry flag of the trigger
lexicon (sentences written for these tests)."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _pairs(ctx: Context, body: str, etype: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, "en", "2023-05-10")) if ty == etype}


def test_roles_source_after_from_names_the_lender(ctx: Context) -> None:
    got = _pairs(ctx, "Kenya paid the bondholders with a 2 billion dollar loan from Japan.", "AID")
    assert ("JPN", "KEN") in got, got
    assert ("KEN", "JPN") not in got, got


def test_roles_source_after_from_names_the_visitor(ctx: Context) -> None:
    got = _pairs(ctx, "Norway received a visit from the Chilean president on Monday.", "CONSULT")
    assert ("CHL", "NOR") in got, got
    assert ("NOR", "CHL") not in got, got


def test_roles_source_after_is_kept_to_the_flagged_entries(ctx: Context) -> None:
    # "the withdrawal of troops from X": the place left, not the agent
    got = _pairs(ctx, "The withdrawal of Kenyan troops from Somalia began on Monday.", "RETREAT")
    assert ("KEN", "SOM") in got, got
