"""English: diplomatic reprisals told by several states in turn (forms and constructions found missing on the
blind dev articles 43-56; sentences written for these tests)."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _coded(ctx: Context, body: str, published: str = "2024-03-14") -> set[tuple[str, str | None, str | None, str]]:
    return coded(pipeline_events(ctx, body, "en", published))


def _modes(ctx: Context, body: str, published: str = "2024-03-14") -> set[tuple[str, str | None, str | None, str | None]]:
    return {(str(e.type), e.mode, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in pipeline_events(ctx, body, "en", published)}


def test_events_en_blind6_states_acting_in_turn_share_the_target(ctx: Context) -> None:
    body = ("Norway and Finland each expelled three Belarusian diplomats on Monday, Estonia expelled two, "
            "and Latvia ordered out five.")
    got = _coded(ctx, body)
    for src in ("NOR", "FIN", "EST", "LVA"):
        assert ("SANCTION", src, "BLR", "occurred") in got, (src, got)
    assert not any(t in {"NOR", "FIN", "EST", "LVA"} for _, _, t, _ in got), got


def test_events_en_blind6_act_without_object_takes_the_target_told_before(ctx: Context) -> None:
    body = "Chile broke off relations with Venezuela on Sunday. Peru recalled its ambassador on Tuesday."
    assert ("SANCTION", "PER", "VEN", "occurred") in _coded(ctx, body)
    # an act of another type does not lend its target
    body = "Chile signed a trade deal with Venezuela on Sunday. Peru recalled its ambassador on Tuesday."
    assert not any(s == "PER" and t == "VEN" for _, s, t, _ in _coded(ctx, body))


def test_events_en_blind6_following_suit_repeats_the_act(ctx: Context) -> None:
    body = "Chile broke off relations with Venezuela on Sunday. Peru and Panama followed suit on Monday."
    got = _modes(ctx, body)
    assert ("SANCTION", "withdraw", "PER", "VEN") in got, got
    assert ("SANCTION", "withdraw", "PAN", "VEN") in got, got
    # nothing told before: nothing to repeat
    assert not _coded(ctx, "Peru and Panama followed suit on Monday.")


def test_events_en_blind6_sentence_opening_kingdom_is_a_list_member(ctx: Context) -> None:
    body = ("Saudi Arabia's crown prince flew to Doha on Tuesday. The kingdom, the United Arab Emirates and "
            "Bahrain had severed ties with Qatar in June 2017.")
    got = _coded(ctx, body, "2021-01-07")
    for src in ("SAU", "ARE", "BHR"):
        assert ("SANCTION", src, "QAT", "occurred") in got, (src, got)


def test_events_en_blind6_islamic_republic_refers_back_to_iran(ctx: Context) -> None:
    body = "Iran's envoy left Manama on Friday. Bahrain broke off relations with the Islamic Republic on Sunday."
    assert ("SANCTION", "BHR", "IRN", "occurred") in _coded(ctx, body)


def test_events_en_blind6_deadline_to_leave_is_an_expulsion(ctx: Context) -> None:
    got = _modes(ctx, "Kenya gave Somali diplomats 48 hours to leave the country on Friday.")
    assert ("SANCTION", "expel", "KEN", "SOM") in got, got


def test_events_en_blind6_high_commissioner_recalled_for_consultations(ctx: Context) -> None:
    got = _modes(ctx, "Canada recalled its high commissioner from New Delhi for consultations on Monday.")
    assert ("SANCTION", "withdraw", "CAN", "IND") in got, got
    assert not any(t == "CONSULT" for t, _, _, _ in got), got


def test_events_en_blind6_closed_doors_and_threats_to_stability_are_no_events(ctx: Context) -> None:
    got = _coded(ctx, "Egypt's president and Sudan's leader held talks behind closed doors in Cairo on Monday.")
    assert {t for t, _, _, _ in got} == {"CONSULT"}, got
    got = _coded(ctx, "Peru said Bolivia's decision threatened the stability of the region on Monday.")
    assert "THREATEN" not in {t for t, _, _, _ in got}, got


def test_events_en_blind6_plural_noun_after_preposition_is_no_verb(ctx: Context) -> None:
    got = _coded(ctx, "On Monday Laos said it would no longer be bound by pledges made to Thailand.")
    assert "AGREE" not in {t for t, _, _, _ in got}, got


def test_events_en_blind6_reprisal_forms(ctx: Context) -> None:
    cases = [
        ("Russia cut all air, sea and rail links with Georgia on Monday.", ("SANCTION", "RUS", "GEO")),
        ("On Monday India held the water treaty with Pakistan in abeyance.", ("SANCTION", "IND", "PAK")),
        ("On Monday Seoul announced that it would not renew the intelligence pact with Japan.",
         ("SANCTION", "KOR", "JPN")),
        ("In 2004 Japan cancelled Ghana's outstanding yen loan debt.", ("AID", "JPN", "GHA")),
        ("In September the Russian foreign minister had flown to Pyongyang.", ("CONSULT", "RUS", "PRK")),
    ]
    for body, (etype, src, tgt) in cases:
        got = _coded(ctx, body)
        assert any(t == etype and s == src and g == tgt for t, s, g, _ in got), (body, got)
    assert "SANCTION" not in {t for t, _, _, _ in _coded(ctx, "In 2004 Japan cancelled Ghana's yen loan debt.")}


def test_events_en_blind6_possessor_in_apposition_is_neither_subject_nor_list_member(ctx: Context) -> None:
    body = "Norway, Kenya's largest aid donor, said on Monday it was freezing new grant aid to Kenya."
    got = _coded(ctx, body)
    assert ("SANCTION", "NOR", "KEN", "occurred") in got, got
    assert not any(s == "KEN" for _, s, _, _ in got), got


def test_events_en_blind6_would_in_a_reported_that_clause_is_planned(ctx: Context) -> None:
    body = "On Monday Chile's president told reporters that flights between Chile and Peru would resume in October."
    statuses = {st for t, _, _, st in _coded(ctx, body, "2022-09-26") if t == "RETREAT"}
    assert statuses == {"planned"}, statuses


def test_events_en_blind6_document_seen_by_is_reported(ctx: Context) -> None:
    body = "A document seen by this newspaper suggests Qatar pledged $20 million in budget support to Sudan on Monday."
    assert ("AGREE", "QAT", "SDN", "reported") in _coded(ctx, body)


def test_events_en_blind6_legal_case_and_export_credit(ctx: Context) -> None:
    got = _coded(ctx, "On Monday the European Union launched a case against Indonesia over nickel exports.")
    assert ("ACCUSE", "EUR", "IDN", "occurred") in got, got
    got = _modes(ctx, "In May Japan's export credit agency signed a $300 million export credit agreement with Kenya.")
    assert ("AID", "loan", "JPN", "KEN") in got, got
    assert "COOPERATE" not in {t for t, _, _, _ in got}, got


def test_events_en_blind6_wanting_a_state_to_act_is_a_request(ctx: Context) -> None:
    got = _modes(ctx, "On Monday Spain said it still wants Morocco to take back its nationals.")
    assert ("REQUEST", "change", "ESP", "MAR") in got, got
    assert not _coded(ctx, "On Monday Spain said it wants better relations with Morocco.") & {
        ("REQUEST", "ESP", "MAR", "occurred")}


def test_events_en_blind6_expected_in_a_capital_is_a_planned_visit(ctx: Context) -> None:
    got = _coded(ctx, "Kenya's foreign minister is expected in Addis Ababa, his ministry said on Monday.")
    assert ("CONSULT", "KEN", "ETH", "planned") in got, got


def test_events_en_blind6_experts_noting_is_analysis(ctx: Context) -> None:
    assert not _coded(ctx, "Trade experts note that Chile's exports to Peru fell in 2022.")


def test_events_en_blind6_stops_on_a_tour_are_visits(ctx: Context) -> None:
    got = _coded(ctx, "In March Brazil's president stopped in Angola and Namibia.")
    assert ("CONSULT", "BRA", "AGO", "occurred") in got and ("CONSULT", "BRA", "NAM", "occurred") in got, got
    got = _coded(ctx, "When Kenya's president stepped off his plane in Kampala on Monday, he was greeted warmly.")
    assert ("CONSULT", "KEN", "UGA", "occurred") in got, got


def test_events_en_blind6_a_promise_named_by_its_noun_is_agree(ctx: Context) -> None:
    body = "In March Brazil's president brought a promise that Brazil would help Mozambique build a drug factory."
    assert ("AGREE", "BRA", "MOZ", "occurred") in _coded(ctx, body)


def test_events_en_blind6_talking_with_a_partner_is_a_meeting(ctx: Context) -> None:
    assert ("CONSULT", "EGY", "JOR", "occurred") in _coded(
        ctx, "Egypt's president and Jordan's king talked for two hours in Cairo on Monday.")
    assert not _coded(ctx, "On Monday Egypt's president talked about Jordan's economy.")


def test_events_en_blind6_date_or_nationality_before_a_noun_keeps_it_a_noun(ctx: Context) -> None:
    # "tour" after "his November" / "the leader's American" is the noun, not the verb "to tour"
    got = _coded(ctx, "Mali's president, who stopped in Niger on his November tour, plans to return next year.")
    assert ("CONSULT", "MLI", "NER", "occurred") in got, got
    assert len([1 for t, _, _, _ in got if t == "CONSULT"]) == 1, got


def test_events_en_blind6_received_needs_a_guest(ctx: Context) -> None:
    got = _coded(ctx, "Angola received a fresh $580 million credit line from Brazil in June.")
    assert "CONSULT" not in {t for t, _, _, _ in got}, got
    got = _coded(ctx, "Italy's prime minister was received by President Kais Saied in Tunis on Wednesday.")
    assert ("CONSULT", "ITA", "TUN", "occurred") in got, got


def test_events_en_blind6_bare_back_needs_a_state_right_after(ctx: Context) -> None:
    assert ("SUPPORT", "FRA", "MAR", "planned") in _coded(ctx, "On Monday France said it would back Morocco's plan.")
    got = _coded(ctx, "Jordan recalled its ambassador from Israel in November and has not sent him back. Egypt said ...")
    assert "SUPPORT" not in {t for t, _, _, _ in got}, got


def test_events_en_blind6_warning_of_force_is_a_threat(ctx: Context) -> None:
    body = "On Monday Pakistan's foreign minister warned New Delhi that his country would meet any aggression with full force."
    got = _coded(ctx, body)
    assert ("THREATEN", "PAK", "IND", "occurred") in got, got
    assert "AGREE" not in {t for t, _, _, _ in got}, got


def test_events_en_blind6_concern_with_a_degree_word_is_disapproval(ctx: Context) -> None:
    got = _coded(ctx, "On Monday Japan expressed grave concern over India's nuclear test.")
    assert ("ACCUSE", "JPN", "IND", "occurred") in got, got


def test_events_en_blind6_arrest_of_officers_and_tightened_exports(ctx: Context) -> None:
    got = _coded(ctx, "On Monday Georgian police arrest four Russian army officers on charges of espionage.")
    assert ("COERCE", "GEO", "RUS", "occurred") in got, got
    assert "COERCE" not in {t for t, _, _, _ in _coded(ctx, "On Monday Georgia said it would arrest inflation.")}
    got = _coded(ctx, "Last July Japan responded by tightening exports to South Korea of three chemicals.")
    assert ("SANCTION", "JPN", "KOR", "occurred") in got, got
    assert "COOPERATE" not in {t for t, _, _, _ in got}, got


def test_events_en_blind6_jurisdiction_of_a_court_is_no_recognition(ctx: Context) -> None:
    got = _coded(ctx, "On Monday Thailand said it does not recognise the jurisdiction of the International Court of "
                      "Justice.")
    assert "SUPPORT" not in {t for t, _, _, _ in got}, got


def test_events_en_blind6_subject_before_a_relative_clause(ctx: Context) -> None:
    body = "On Monday Russia, which denies any involvement, ordered 23 British diplomats to leave."
    assert ("SANCTION", "RUS", "GBR", "occurred") in _coded(ctx, body)
    body = "Last July Japan, which says the claims were settled, responded by tightening exports to South Korea."
    assert ("SANCTION", "JPN", "KOR", "occurred") in _coded(ctx, body)


def test_events_en_blind6_speaking_with_a_counterpart_is_a_consultation(ctx: Context) -> None:
    got = _coded(ctx, "Egypt's foreign minister said he spoke on Friday with Jordan's foreign minister.")
    assert ("CONSULT", "EGY", "JOR", "occurred") in got, got
    assert not _coded(ctx, "On Friday Egypt's foreign minister spoke about Jordan's economy.")
