"""A verb form after a preposition is a noun ("in grants", "in deposits"), and deposits kept at another state's
central bank are the depositor's loan (sentences written for these tests)."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _aid(ctx: Context, body: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in pipeline_events(ctx, body, "en", "2024-03-21") if str(e.type) == "AID"}


@pytest.mark.parametrize(("body", "pair"), [
    ("Japan provided Egypt with 300 million dollars in grants last year.", ("JPN", "EGY")),
    ("Norway gave Ethiopia 40 million dollars in grants in 2019.", ("NOR", "ETH")),
    ("Kuwait extended 500 million dollars in loans to Jordan last month.", ("KWT", "JOR")),
])
def test_forms_a_verb_form_after_in_is_a_noun(ctx: Context, body: str, pair: tuple[str, str]) -> None:
    """"in grants" is no verb whose subject is the recipient: one aid, from the giver."""
    assert _aid(ctx, body) == {pair}


@pytest.mark.parametrize(("body", "pair"), [
    ("Saudi Arabia earlier this year rolled over 5.3 billion dollars in deposits held at the Central Bank of Egypt.",
     ("SAU", "EGY")),
    ("The UAE renewed its deposits in Sudan's central bank last week.", ("ARE", "SDN")),
])
def test_forms_deposits_rolled_over_are_a_loan(ctx: Context, body: str, pair: tuple[str, str]) -> None:
    assert pair in _aid(ctx, body)


def test_forms_a_renewed_lease_is_no_deposit(ctx: Context) -> None:
    assert _aid(ctx, "Egypt's central bank renewed its lease on the building on Monday.") == set()
