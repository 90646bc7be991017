"""Eighth-round host rules (branch r8host). Sentences written for these tests."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import pipeline_events


def _consult(ctx: Context, body: str, lang: str) -> set[tuple[str | None, str | None, str | None]]:
    return {(str(e.mode), e.source.country if e.source else None, e.target.country if e.target else None)
            for e in pipeline_events(ctx, body, lang, "2024-05-04") if str(e.type) == "CONSULT"}


def test_host_participle_after_meeting_noun_is_no_visit(ctx: Context) -> None:
    # "hosted by" framing talks told before it: the host is the venue, no visit to it
    body = "Negotiations between Kenya and Ethiopia, hosted by Djibouti, ended on Tuesday without a deal."
    assert not any(mode == "visit" for mode, _, _ in _consult(ctx, body, "en"))
    body = "The summit, hosted by Jordan, was the second of its kind this year."
    assert _consult(ctx, body, "en") == set()
    body = "انتهت المفاوضات التي استضافتها جيبوتي يوم الثلاثاء دون اتفاق."
    assert _consult(ctx, body, "ar") == set()


def test_host_verb_with_a_guest_is_still_a_visit(ctx: Context) -> None:
    # negative probes: a host with a guest, even after a word for talks, stays a visit
    body = "After the negotiations, Jordan hosted the Kenyan president in Amman."
    assert ("visit", "KEN", "JOR") in _consult(ctx, body, "en")
    body = "Djibouti hosted the Ethiopian foreign minister on Tuesday."
    assert ("visit", "ETH", "DJI") in _consult(ctx, body, "en")
    body = "استضافت جيبوتي وزير الخارجية الإثيوبي يوم الثلاثاء."
    assert ("visit", "ETH", "DJI") in _consult(ctx, body, "ar")


def test_meeting_participle_describing_the_subject_is_no_meeting(ctx: Context) -> None:
    # "officials meeting in Nairobi" places the subject; the act is the verb that follows
    body = "African trade ministers meeting in Nairobi approved a new tariff schedule."
    assert not any(mode == "meet" for mode, _, _ in _consult(ctx, body, "en"))
    # negative probes: the noun of a meeting and the finite verb stay meetings
    body = "Kenyan and Ethiopian ministers met in Nairobi on Tuesday."
    assert ("meet", "KEN", "ETH") in _consult(ctx, body, "en") or ("meet", "ETH", "KEN") in _consult(ctx, body, "en")
    body = "The meeting in Nairobi between Kenya and Ethiopia ended on Tuesday."
    assert _consult(ctx, body, "en") != set()


def test_end_of_a_visit_in_a_clause_of_time_is_no_new_visit(ctx: Context) -> None:
    # "قبل أن يختتم زيارته": the visit under way, not a new (reversed) visit
    body = ("وصل الرئيس الكيني إلى أديس أبابا أمس. ومن المنتظر أن يلتقي الرئيس الكيني اليوم رئيس الحكومة "
            "الإثيوبية، قبل أن يختتم زيارته.")
    assert ("visit", "ETH", "KEN") not in _consult(ctx, body, "ar")
    assert ("visit", "KEN", "ETH") in _consult(ctx, body, "ar")
    # negative probe: the end of a visit told on its own still codes the visit
    body = "اختتم الرئيس الكيني اليوم زيارته لإثيوبيا."
    assert ("visit", "KEN", "ETH") in _consult(ctx, body, "ar")
