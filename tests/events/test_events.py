"""The events stage on hand-made mentions: triggers, roles, dates, status, lists, anaphora."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.events import extract_candidates
from bilateral.model import ActorKind, Candidate, EventType, Relative, Status
from bilateral.resolve import resolve_events

from .helpers import actor, mentions, quantity, relative, text_of, year


def _events(ctx: Context, text, ms):  # type: ignore[no-untyped-def]
    cands = extract_candidates(text, ms, ctx)
    return cands, resolve_events(cands, text, ms, ctx)


def _summary(events) -> list[tuple[str, str | None, str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    return [(str(e.type), e.source.country if e.source else None, e.target.country if e.target else None,
             e.date.start, str(e.status)) for e in events]


def test_events_visit_and_signing_in_one_sentence_share_the_date(ctx: Context) -> None:
    t = text_of("In 1997 the Egyptian president visited Moscow and signed a package of agreements with Russia.", "en")
    ms = mentions(actor(t, "Egyptian president", "EGY", ActorKind.TITLE, role="head_of_state"),
                  actor(t, "Moscow", "RUS", ActorKind.CAPITAL), actor(t, "Russia", "RUS"), year(t, "1997", "1997"))
    _, events = _events(ctx, t, ms)
    got = _summary(events)
    assert ("CONSULT", "EGY", "RUS", "1997", "occurred") in got
    assert ("SUPPORT", "EGY", "RUS", "1997", "occurred") in got
    assert len(got) == 2


def test_events_arabic_verb_subject_order_visitor_and_host(ctx: Context) -> None:
    t = text_of("زار الرئيس السوري دمشق موسكو عام 2006 لبحث الأوضاع.", "ar")
    ms = mentions(actor(t, "الرئيس السوري", "SYR", ActorKind.TITLE, role="head_of_state"),
                  actor(t, "موسكو", "RUS", ActorKind.CAPITAL), year(t, "عام 2006", "2006"))
    _, events = _events(ctx, t, ms)
    visits = [e for e in events if e.type == EventType.CONSULT]
    assert len(visits) == 1
    assert (visits[0].source.country, visits[0].target.country) == ("SYR", "RUS")
    assert visits[0].mode == "visit" and visits[0].date.start == "2006"


def test_events_arabic_noun_trigger_with_clitic_destination(ctx: Context) -> None:
    t = text_of("وقام رئيس الوزراء الأردني بزيارة رسمية لمصر في مايو عام 2010.", "ar")
    ms = mentions(actor(t, "رئيس الوزراء الأردني", "JOR", ActorKind.TITLE, role="head_of_government"),
                  actor(t, "مصر", "EGY"), year(t, "مايو عام 2010", "2010-05"))
    _, events = _events(ctx, t, ms)
    assert _summary(events) == [("CONSULT", "JOR", "EGY", "2010-05", "occurred")]


def test_events_host_frame_makes_the_guest_the_source(ctx: Context) -> None:
    t = text_of("Beijing hosted the Egyptian foreign minister on Tuesday.", "en", "2024-05-16")
    ms = mentions(actor(t, "Beijing", "CHN", ActorKind.CAPITAL),
                  actor(t, "Egyptian foreign minister", "EGY", ActorKind.TITLE, role="foreign_minister"))
    _, events = _events(ctx, t, ms)
    assert [(e.source.country, e.target.country) for e in events] == [("EGY", "CHN")]


def test_events_future_clitic_and_cue_mark_planned(ctx: Context) -> None:
    t = text_of("وسيوقع وزيرا خارجية المغرب وإسبانيا اتفاقية للتعاون البحري.", "ar")
    ms = mentions(actor(t, "المغرب", "MAR"), actor(t, "وإسبانيا", "ESP"))
    cands, events = _events(ctx, t, ms)
    assert [c.status for c in cands] == [Status.PLANNED]
    assert {e.source.country for e in events} | {e.target.country for e in events} == {"MAR", "ESP"}


def test_events_reported_negated_hypothetical(ctx: Context) -> None:
    t = text_of("According to unnamed sources, Qatar asked Turkey for drones. "
                "Ankara did not condemn Doha. If Iraq signs the deal with Iran, trade will grow.", "en")
    ms = mentions(actor(t, "Qatar", "QAT"), actor(t, "Turkey", "TUR"), actor(t, "Ankara", "TUR", ActorKind.CAPITAL),
                  actor(t, "Doha", "QAT", ActorKind.CAPITAL), actor(t, "Iraq", "IRQ"), actor(t, "Iran", "IRN"))
    cands, _ = _events(ctx, t, ms)
    status = {c.type: c.status for c in cands}
    assert status[EventType.REQUEST] == Status.REPORTED
    assert status[EventType.ACCUSE] == Status.NEGATED
    assert status[EventType.SUPPORT] == Status.HYPOTHETICAL


def test_events_plural_trigger_with_date_list_yields_one_event_per_date(ctx: Context) -> None:
    t = text_of("أجرى وزير الخارجية الروسي 3 زيارات إلى الأردن في الأعوام 2004 و2006 و2009.", "ar")
    ms = mentions(actor(t, "وزير الخارجية الروسي", "RUS", ActorKind.TITLE, role="foreign_minister"),
                  actor(t, "الأردن", "JOR"), year(t, "2004", "2004"), year(t, "2006", "2006"),
                  year(t, "2009", "2009"))
    _, events = _events(ctx, t, ms)
    assert sorted(e.date.start for e in events) == ["2004", "2006", "2009"]
    assert {(e.source.country, e.target.country) for e in events} == {("RUS", "JOR")}


def test_events_trade_figures_per_year_pair_with_quantities(ctx: Context) -> None:
    t = text_of("Trade between Egypt and China reached $10 billion in 2012 and $14 billion in 2014.", "en")
    ms = mentions(actor(t, "Egypt", "EGY"), actor(t, "China", "CHN"), year(t, "2012", "2012"),
                  year(t, "2014", "2014"), quantity(t, "$10 billion", 1e10, "USD"),
                  quantity(t, "$14 billion", 1.4e10, "USD"))
    _, events = _events(ctx, t, ms)
    got = sorted((e.date.start, e.quantities[0].value) for e in events)
    assert got == [("2012", 1e10), ("2014", 1.4e10)]


def test_events_refers_back_takes_the_visit_date_and_parties(ctx: Context) -> None:
    t = text_of("The Syrian president visited Moscow in April 2005. During the visit, the two countries "
                "signed a joint statement.", "en", "2010-05")
    ms = mentions(actor(t, "Syrian president", "SYR", ActorKind.TITLE, role="head_of_state"),
                  actor(t, "Moscow", "RUS", ActorKind.CAPITAL), year(t, "April 2005", "2005-04"),
                  actor(t, "the two countries", None, ActorKind.GROUP))
    _, events = _events(ctx, t, ms)
    sign = [e for e in events if e.type == EventType.SUPPORT]
    assert len(sign) == 1
    assert sign[0].date.start == "2005-04"
    assert {sign[0].source.country, sign[0].target.country} == {"SYR", "RUS"}


def test_events_definite_remention_is_not_a_new_event(ctx: Context) -> None:
    t = text_of("Egypt's foreign minister met his Russian counterpart in Cairo today. "
                "The meeting comes as Egypt prepares for a summit.", "en", "2025-12-19")
    ms = mentions(actor(t, "Egypt's foreign minister", "EGY", ActorKind.TITLE, role="foreign_minister"),
                  actor(t, "Russian counterpart", "RUS", ActorKind.COUNTERPART),
                  actor(t, "Cairo", "EGY", ActorKind.CAPITAL), actor(t, "Egypt", "EGY", nth=1),
                  relative(t, "today", Relative("day", 0)))
    _, events = _events(ctx, t, ms)
    consult = [e for e in events if e.type == EventType.CONSULT and e.mode == "meet"]
    assert len(consult) == 1
    assert consult[0].date.start == "2025-12-19" and consult[0].date.basis == "relative"


def test_events_opinion_without_trigger_yields_nothing(ctx: Context) -> None:
    t = text_of("Relations between Egypt and Russia remain cordial and pragmatic.", "en")
    ms = mentions(actor(t, "Egypt", "EGY"), actor(t, "Russia", "RUS"))
    cands, events = _events(ctx, t, ms)
    assert cands == [] and events == []


def test_events_future_date_turns_status_planned(ctx: Context) -> None:
    t = text_of("Russian airlines resumed flights to Egypt next January.", "en", "2016-12")
    ms = mentions(actor(t, "Russian", "RUS", ActorKind.DEMONYM), actor(t, "Egypt", "EGY"),
                  relative(t, "next January", Relative("named_month", 1, month=1)))
    _, events = _events(ctx, t, ms)
    assert _summary(events) == [("RETREAT", "RUS", "EGY", "2017-01", "planned")]


def test_events_offsets_of_trigger_and_evidence_point_into_original(ctx: Context) -> None:
    body = "وقَّع الرئيسان المصري والروسي اتفاقيةً للتعاون النووي عام ٢٠١٥."
    t = text_of(body, "ar")
    ms = mentions(actor(t, "المصري", "EGY", ActorKind.DEMONYM), actor(t, "والروسي", "RUS", ActorKind.DEMONYM),
                  year(t, "عام ٢٠١٥", "2015"))
    cands, events = _events(ctx, t, ms)
    assert cands and isinstance(cands[0], Candidate)
    assert body[cands[0].trigger.start:cands[0].trigger.end] == "وقَّع"
    for e in events:
        assert body[e.evidence.start:e.evidence.end] == e.evidence.text
