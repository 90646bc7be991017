"""Long Arabic sentences that run several clauses together with حيث and و (sentences written for these tests):
the acts of a later clause keep their own parties and dates."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _coded(ctx: Context, body: str, lang: str = "ar") -> list[tuple[str, str | None, str | None, str | None]]:
    """(type, source, target, date start) of each event."""
    return [(str(e.type), e.source.country if e.source else None, e.target.country if e.target else None,
             e.date.start) for e in pipeline_events(ctx, body, lang, "2015-03-01")]


@pytest.mark.parametrize("body", [
    "وقعت مصر وروسيا اتفاقية تجارية عام 1948 وبلغت الشراكة ذروتها في الستينيات حيث أرسل الآلاف من الخبراء "
    "السوفيت لمساعدة مصر على بناء المصانع.",
    "تبادل العراق والاتحاد السوفيتي السفراء عام 1958 وتوسع التعاون في السبعينيات حيث أرسل مئات المهندسين "
    "السوفيت لمساعدة العراق في مد خطوط الكهرباء.",
])
def test_clauses_aid_sent_after_where_keeps_its_giver(ctx: Context, body: str) -> None:
    """After حيث a verb with no subject of its own does not take the parties of the act before it (only talks
    go on with the visitor): the nationality of the experts sent names the giver."""
    aid = {(s, t) for ty, s, t, _d in _coded(ctx, body) if ty == "AID"}
    assert aid and all(s == "SUN" for s, _t in aid), aid


def test_clauses_talks_after_where_still_go_on_with_the_visitor(ctx: Context) -> None:
    body = "وصل الرئيس التركي إلى القاهرة يوم الاثنين حيث التقى الرئيس المصري في قصر الاتحادية."
    meets = {(s, t) for ty, s, t, _d in _coded(ctx, body) if ty == "CONSULT"}
    assert ("TUR", "EGY") in meets, meets


@pytest.mark.parametrize(("body", "signed"), [
    # a word joined to و that is no cue word is a new clause with its own verb: no second signing
    ("وقعت مصر وروسيا اتفاقية عام 1948 وبلغت الشراكة ذروتها في الستينيات.", ["1948"]),
    ("وقع الأردن وسوريا اتفاقية للتجارة عام 1975 وشهدت العلاقات فتورا في الثمانينيات.", ["1975"]),
    # a further document joined to و, with its own year, is a further signing
    ("وقعت مصر والسودان اتفاقية تجارية عام 1990 واتفاقية دفاعية عام 1995.", ["1990", "1995"]),
])
def test_clauses_only_a_further_document_is_a_further_signing(ctx: Context, body: str, signed: list[str]) -> None:
    dates = sorted(d or "" for ty, _s, _t, d in _coded(ctx, body) if ty == "SUPPORT")
    assert dates == signed, dates
