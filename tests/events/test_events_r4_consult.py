"""Consultations, signings and agreements told in constructions the first rules missed: talks named after a
sequence marker ("after talks at the palace", "عقب مباحثات أجراها"), arrivals told with verbs of travel,
accepted invitations, and talks told with a verb of speaking."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.model import Article, Event
from bilateral.pipeline import Pipeline


def _events(ctx: Context, body: str, lang: str, published: str = "2024-05-10") -> list[Event]:
    return list(Pipeline(ctx).run(Article("t", "t", body, lang, published)).events)


def _pairs(events: list[Event], etype: str, mode: str | None = None) -> list[tuple[str | None, str | None]]:
    return sorted((e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in events if str(e.type) == etype and (mode is None or e.mode == mode))


# ------------------------------------------------------------------ talks after a sequence marker
@pytest.mark.parametrize("body", [
    "Xi and Tokayev signed twelve documents on Wednesday after talks in Astana.\n",
    "The Egyptian and Kenyan presidents signed an agreement on Monday after talks at the palace.\n",
    "Egypt and Kenya signed a trade protocol on Monday following talks between their foreign ministers.\n",
    "Ghana and Togo announced a joint border plan on Sunday at the end of talks in Lome.\n",
])
def test_bare_talks_after_a_sequence_marker_are_their_own_meeting(ctx: Context, body: str) -> None:
    got = _events(ctx, body, "en")
    assert len(_pairs(got, "CONSULT", "meet")) == 1


@pytest.mark.parametrize("body", [
    "وقع الرئيسان المصري والكيني أمس عقب مباحثات أجراها الجانبان في القصر الرئاسي على اتفاقية للتعاون.\n",
    "وأعلن وزيرا خارجية الأردن والعراق في ختام اجتماع عقداه أمس في عمان عن خطة مشتركة.\n",
    "ووقعت مصر والسودان أمس إثر محادثات بين وزيري خارجية البلدين مذكرة تفاهم في مجال الري.\n",
])
def test_bare_talks_after_an_arabic_sequence_marker_are_their_own_meeting(ctx: Context, body: str) -> None:
    got = _events(ctx, body, "ar")
    assert len(_pairs(got, "CONSULT", "meet")) == 1


def test_definite_talks_after_a_sequence_marker_point_back(ctx: Context) -> None:
    body = ("Egyptian President Sisi held talks with Kenyan President Ruto in Nairobi on Monday.\n"
            "After the talks, the two presidents signed an agreement on water.\n")
    assert len(_pairs(_events(ctx, body, "en"), "CONSULT")) == 1


def test_talks_during_a_setting_are_still_a_setting(ctx: Context) -> None:
    body = "ووقع وزيرا خارجية الأردن والعراق على هامش اجتماع لوزراء الخارجية العرب أمس اتفاقية للنقل.\n"
    assert _pairs(_events(ctx, body, "ar"), "CONSULT", "meet") == []


def test_after_before_a_clause_still_cuts_the_clause(ctx: Context) -> None:
    body = "Saudi Arabia cut ties with Iran in 2016 after protesters stormed its embassy in Tehran.\n"
    assert _pairs(_events(ctx, body, "en"), "CONSULT") == []
