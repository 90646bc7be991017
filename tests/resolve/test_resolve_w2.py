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


_EN = ("Egypt and Sudan signed a water accord on Monday. Egyptian President Sisi met Sudanese leader Burhan in Cairo. "
       "Egypt will send engineers to Sudan. ")
_AR = ("وقعت مصر والسودان اتفاقا مائيا يوم الاثنين. والتقى الرئيس المصري السيسي رئيس مجلس السيادة السوداني البرهان "
       "في القاهرة. وسترسل مصر مهندسين إلى السودان. ")


def _pairs(ctx: Context, text: str, lang: str, kind: EventType) -> set[tuple[str | None, str | None]]:
    a = Pipeline(ctx).run(Article("t", "t", text, lang, "2024-05-02"))
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in a.events if e.type == kind}


@pytest.mark.parametrize(("text", "lang", "kind", "want"), [
    (_EN + "Moscow's envoy flew to Pyongyang in May, but Kim Jong Un declined to receive him.", "en",
     EventType.REJECT, ("PRK", "RUS")),
    (_EN + "India has not pledged any new grant since Modi hosted Sisi in January.", "en",
     EventType.AGREE, ("IND", "EGY")),
    (_AR + "وتوجه المبعوث الروسي إلى بيونغيانغ في مايو، لكن كيم جونغ أون رفض استقباله.", "ar",
     EventType.REJECT, ("PRK", "RUS")),
    (_AR + "ولم تتعهد الهند بأي منحة جديدة منذ أن استقبل مودي السيسي في يناير.", "ar",
     EventType.AGREE, ("IND", "EGY")),
])
def test_resolve_party_outside_main_pair_takes_the_other_state_of_its_sentence(
        ctx: Context, text: str, lang: str, kind: EventType, want: tuple[str, str]) -> None:
    got = _pairs(ctx, text, lang, kind)
    assert want in got, got


@pytest.mark.parametrize(("text", "lang"), [
    (_EN + "Russian and Chinese envoys flew to Pyongyang in May, but Kim Jong Un declined to receive them.", "en"),
    (_AR + "وتوجه مبعوثون روس وصينيون إلى بيونغيانغ في مايو، لكن كيم جونغ أون رفض استقبالهم.", "ar"),
])
def test_resolve_no_counterpart_when_the_sentence_names_several(ctx: Context, text: str, lang: str) -> None:
    got = _pairs(ctx, text, lang, EventType.REJECT)
    assert not any(t in ("RUS", "CHN") for _, t in got), got
