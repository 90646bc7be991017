"""How many events a sentence yields, r8count: a meeting denied beside talks told before is an act of its own
(negated), not the manner of those talks; "have not met" with a person is a meeting denied (only the passive's
"not met" of conditions is no meeting); a plural pronoun or "the two men" opening a clause after "but" or
"although" is the pair named before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _consult(ctx: Context, body: str, lang: str) -> list[tuple[str | None, str]]:
    return sorted((str(e.mode), str(e.status)) for e in pipeline_events(ctx, body, lang, "2024-05-01")
                  if str(e.type) == "CONSULT")


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "The Malian and Guinean presidents held talks by telephone last week. The two men have not met in person "
           "since the coup."),
    ("en", "Ghana's foreign minister and his Togolese counterpart discussed border security in Accra on Monday. "
           "Their presidents have not met face to face."),
    ("ar", "أجرى الرئيس المصري محادثات هاتفية مع نظيره السوداني أمس. ولم يتحدث الرئيسان وجها لوجه منذ عام."),
], ids=["en-in-person", "en-face-to-face", "ar-wajhan"])
def test_count_meeting_denied_after_talks_is_its_own_negated_act(ctx: Context, lang: str, body: str) -> None:
    assert any(status == "negated" for _mode, status in _consult(ctx, body, lang))
    assert any(status == "occurred" for _mode, status in _consult(ctx, body, lang))


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "The Malian and Guinean presidents held talks in Bamako last week. The two men then spoke in person "
           "for an hour."),
    ("ar", "أجرى الرئيس المصري مباحثات مع نظيره السوداني في القاهرة أمس. وتحدث الرئيسان وجها لوجه."),
], ids=["en-manner", "ar-manner"])
def test_count_manner_of_talks_told_before_stays_one(ctx: Context, lang: str, body: str) -> None:
    assert [s for _m, s in _consult(ctx, body, lang)] == ["occurred"]


@pytest.mark.parametrize("body", [
    "Kenyan President Ruto has not met Tanzania's president.",
    "Ruto and Tanzania's president have not met.",
], ids=["has-not-met", "have-not-met"])
def test_count_have_not_met_is_a_meeting_denied(ctx: Context, body: str) -> None:
    assert ("meet", "negated") in _consult(ctx, body, "en")


@pytest.mark.parametrize("body", [
    "Kenya said the conditions set by Tanzania were not met.",
    "Kenya said the targets agreed with Tanzania are not met.",
], ids=["were-not-met", "are-not-met"])
def test_count_conditions_not_met_are_no_meeting(ctx: Context, body: str) -> None:
    assert _consult(ctx, body, "en") == []


@pytest.mark.parametrize("body", [
    "Chile and Peru signed a fisheries accord on Monday, but they have not met since.",
    "Chile and Peru signed a fisheries accord on Monday, although the two men have not met.",
    "Chile and Peru signed a fisheries accord on Monday, but they met on Tuesday.",
], ids=["but-they", "although-two-men", "but-they-met"])
def test_count_pair_pronoun_after_clause_boundary_is_the_pair(ctx: Context, body: str) -> None:
    events = pipeline_events(ctx, body, "en", "2024-05-01")
    meets = [e for e in events if str(e.type) == "CONSULT"]
    assert len(meets) == 1
    assert {meets[0].source.country, meets[0].target.country} == {"CHL", "PER"}  # type: ignore[union-attr]


def test_count_pronoun_after_but_without_a_pair_stays_silent(ctx: Context) -> None:
    body = "Chile welcomed the ruling, but they have not met the deadline."
    assert _consult(ctx, body, "en") == []


def _sanctions(ctx: Context, body: str, lang: str) -> list[str]:
    return sorted(str(e.mode) for e in pipeline_events(ctx, body, lang, "2024-05-01") if str(e.type) == "SANCTION")


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Kenya recalled its ambassador from Mogadishu on Wednesday. It also told Somalia's ambassador, who was "
           "abroad at the time, not to come back to Nairobi."),
    ("ar", "استدعت كينيا سفيرها لدى الصومال أمس، كما أبلغت السفير الصومالي بعدم العودة إلى نيروبي."),
], ids=["en-told-not-to-come-back", "ar-ablaghat-bi-adam-al-awda"])
def test_count_envoy_barred_from_returning_is_expulsion_beside_recall(ctx: Context, lang: str, body: str) -> None:
    assert _sanctions(ctx, body, lang) == ["expel", "withdraw"]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Kenya told its ambassador not to return to Mogadishu until the row with Somalia is settled."),
    ("ar", "أبلغت كينيا سفيرها بعدم العودة إلى مقديشو قبل تسوية الخلاف مع الصومال."),
], ids=["en-own-envoy", "ar-own-envoy"])
def test_count_own_envoy_told_not_to_return_is_no_expulsion(ctx: Context, lang: str, body: str) -> None:
    assert "expel" not in _sanctions(ctx, body, lang)
