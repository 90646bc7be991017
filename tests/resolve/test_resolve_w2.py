"""Resolve rules of the w2-resolve round: hosts of talks between others are no party; the "+dyad" fill of
a missing party (sentences written for these tests)."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.model import Article, EventType
from bilateral.pipeline import Pipeline


def _consults(ctx: Context, text: str, lang: str) -> set[tuple[str | None, frozenset[str | None]]]:
    a = Pipeline(ctx).run(Article("t", "t", text, lang, "2024-05-02"))
    return {(e.mode, frozenset((e.source.country if e.source else None, e.target.country if e.target else None)))
            for e in a.events if e.type == EventType.CONSULT}


@pytest.mark.parametrize(("text", "lang"), [
    ("Qatar hosted talks between Egypt and Sudan on Tuesday.", "en"),
    ("The talks, hosted by Qatar, brought together the foreign ministers of Egypt and Sudan.", "en"),
    ("Egypt and Sudan held five rounds of talks hosted by Doha last year.", "en"),
    ("استضافت قطر يوم الثلاثاء محادثات بين مصر والسودان.", "ar"),
    ("استضافت الدوحة أمس مباحثات بين مصر والسودان.", "ar"),
    ("أجرت مصر والسودان أمس جولة من المحادثات استضافتها الدوحة.", "ar"),
])
def test_resolve_host_of_talks_between_others_is_no_party(ctx: Context, text: str, lang: str) -> None:
    got = _consults(ctx, text, lang)
    assert got and all(pair == frozenset(("EGY", "SDN")) for _, pair in got), got
    assert ("visit", frozenset(("EGY", "SDN"))) not in got, got


@pytest.mark.parametrize(("text", "lang"), [
    ("Egypt and Sudan have held several rounds of talks. The talks between the two countries, hosted by Qatar, "
     "resumed on Tuesday.", "en"),
    ("أجرت مصر والسودان جولات عدة من المحادثات. واستضافت الدوحة أمس جولة جديدة من الحوار بين البلدين.", "ar"),
    ("تحسنت العلاقات بين مصر والسودان. وسبقت الاتفاق جولات من الحوار بين مسؤولين من البلدين استضافتها الدوحة "
     "منذ أبريل 2021.", "ar"),
])
def test_resolve_pair_hosted_by_a_third_state_meets(ctx: Context, text: str, lang: str) -> None:
    got = _consults(ctx, text, lang)
    assert got and all(mode == "meet" and pair == frozenset(("EGY", "SDN")) for mode, pair in got), got


@pytest.mark.parametrize(("text", "lang"), [
    ("Egypt hosted Sudanese President Burhan for talks on Tuesday.", "en"),
    ("Sudanese President Burhan was hosted by Egypt for talks on Tuesday.", "en"),
    ("Cairo hosted talks between the Egyptian foreign minister and his Sudanese counterpart on Tuesday.", "en"),
    ("استضافت مصر أمس الرئيس السوداني لإجراء محادثات.", "ar"),
    ("استضافت القاهرة أمس محادثات بين وزير الخارجية المصري ونظيره السوداني.", "ar"),
])
def test_resolve_host_taking_part_is_still_visited(ctx: Context, text: str, lang: str) -> None:
    got = _consults(ctx, text, lang)
    assert ("visit", frozenset(("SDN", "EGY"))) in got, got
