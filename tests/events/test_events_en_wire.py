"""English wire-style vocabulary and cues (sentences written for these tests)."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _events(ctx: Context, body: str, published: str = "2021-06-11"):  # type: ignore[no-untyped-def]
    return pipeline_events(ctx, body, "en", published)


def _coded(ctx: Context, body: str, published: str = "2021-06-11") -> set[tuple[str, str | None, str | None, str]]:
    return coded(_events(ctx, body, published))


def test_events_en_wire_measures_on_frontiers_visas_and_negotiations_are_sanctions(ctx: Context) -> None:
    for body in ("Kenya closed the frontier with Somalia on Monday.",
                 "Ghana suspended visa services for Togolese citizens on Monday.",
                 "Chile paused negotiations on a trade agreement with Peru on Monday.",
                 "Egypt restricted exports of rice to Sudan on Monday."):
        coded = {(t, s, g) for t, s, g, _ in _coded(ctx, body)}
        pair = {c[1:] for c in coded if c[0] == "SANCTION"}
        assert pair and all(p[0] != p[1] for p in pair), (body, coded)
        assert "COOPERATE" not in {c[0] for c in coded}, body


def test_events_en_wire_unfreezing_assets_and_postponing_tariffs_are_retreats(ctx: Context) -> None:
    assert ("RETREAT", "KEN", "UGA", "occurred") in _coded(ctx, "Kenya unfroze Ugandan state assets on Monday.")
    assert ("RETREAT", "USA", "CAN", "occurred") in _coded(
        ctx, "The United States postponed its tariffs on Canada on Monday.")


def test_events_en_wire_raising_relations_is_support(ctx: Context) -> None:
    coded = _coded(ctx, "Japan upgraded relations with India to a strategic partnership on Monday.")
    assert ("SUPPORT", "JPN", "IND", "occurred") in coded


def test_events_en_wire_participle_pledge_is_an_agreement(ctx: Context) -> None:
    coded = _coded(ctx, "Chile and Peru held talks in Lima on Monday, pledging to expand their trade.")
    assert {c[0] for c in coded} >= {"CONSULT", "AGREE"}


def test_events_en_wire_military_moves_fire_and_warnings(ctx: Context) -> None:
    assert ("MOBILIZE", "BRA", "VEN", "occurred") in _coded(
        ctx, "Brazil sent tanks and extra troops to its border with Venezuela on Monday.")
    assert ("ASSAULT", "IND", "PAK", "occurred") in _coded(
        ctx, "Indian forces fired heavy weapons at Pakistani posts on Monday.")
    assert ("THREATEN", "IRN", "ISR", "occurred") in _coded(
        ctx, "Iran warned Israel on Monday that any strike would meet retaliation.")


def test_events_en_wire_disbursed_loan_tranche_and_sum_package_are_aid(ctx: Context) -> None:
    assert ("AID", "IMF", "EGY", "occurred") in _coded(
        ctx, "The International Monetary Fund released a $1 billion tranche of its loan to Egypt on Monday.")
    assert ("AID", "JPN", "KEN", "occurred") in _coded(
        ctx, "Japan announced a package of 500 million dollars for Kenya on Monday.")


def test_events_en_wire_court_order_to_refrain_is_a_request(ctx: Context) -> None:
    coded = _coded(ctx, "The International Court of Justice on Monday ordered Serbia to refrain from any action "
                        "against Croatia.")
    assert ("REQUEST", "ICJ", "SRB", "occurred") in coded


def test_events_en_wire_declined_to_criticise_is_negated(ctx: Context) -> None:
    coded = _coded(ctx, "On Monday Egypt declined to criticise Sudan.")
    assert ("ACCUSE", "EGY", "SUD", "negated") in coded or ("ACCUSE", "EGY", "SDN", "negated") in coded


def test_events_en_wire_economists_and_critics_views_are_no_events(ctx: Context) -> None:
    assert _coded(ctx, "Economists warn that the embargo could push Chile to halt trade with Peru.") == set()
    assert _coded(ctx, "Critics in Lima described the loan to Bolivia as a bribe.") == set()


def test_events_en_wire_local_media_quotes_are_reported(ctx: Context) -> None:
    coded = _coded(ctx, "Officials quoted by local media said Ghana had asked Togo to close its border on Monday.")
    assert ("REQUEST", "GHA", "TGO", "reported") in coded


def test_events_en_wire_start_of_the_month_dates_the_month(ctx: Context) -> None:
    events = _events(ctx, "Chile had paused negotiations with Peru at the start of the month.")
    assert [e.date.start[:7] for e in events if str(e.type) == "SANCTION"] == ["2021-06"]


def test_events_en_wire_leaders_count_for_their_state_while_in_office(ctx: Context) -> None:
    assert ("CONSULT", "KOR", "JPN", "occurred") in _coded(ctx, "Yoon Suk Yeol held talks with Fumio Kishida on Monday.",
                                                           "2023-03-20")
    assert ("CONSULT", "CYP", "LBN", "occurred") in _coded(ctx, "Nikos Christodoulides met Najib Mikati on Monday.",
                                                           "2024-04-10")


def test_events_en_wire_participle_shares_the_main_verbs_date_and_tense(ctx: Context) -> None:
    events = _events(ctx, "In March, Chile demanded that Peru withdraw its ships, accusing Lima of violating its waters.")
    accuse = [e for e in events if str(e.type) == "ACCUSE"]
    assert [(e.date.start, str(e.status)) for e in accuse] == [("2021-03", "occurred")]
    events = _events(ctx, "Chile and Peru met in Lima on Monday for their first summit since May 2015, "
                          "pledging to expand trade.")
    agree = [e for e in events if str(e.type) == "AGREE"]
    assert [e.date.start for e in agree] == ["2021-06-07"]


def test_events_en_wire_would_after_a_verb_of_saying_is_a_plan_unless_conditioned(ctx: Context) -> None:
    assert ("CONSULT", "CHL", "PER", "planned") in _coded(ctx, "Chile's president said he would visit Peru soon.")
    assert ("CONSULT", "CHL", "PER", "hypothetical") in _coded(
        ctx, "Chile's president said he would visit Peru once the border dispute is settled.")
    assert ("CONSULT", "CHL", "PER", "hypothetical") in _coded(ctx, "Chile's president would visit Peru if invited.")


def test_events_en_wire_comma_and_verb_joins_the_main_clause_not_the_purpose(ctx: Context) -> None:
    coded = _coded(ctx, "On Monday Chile's president met Peru's president to discuss trade, and asked Lima to reopen "
                        "the border.")
    assert ("REQUEST", "CHL", "PER", "occurred") in coded
    coded = _coded(ctx, "On Monday Chile's president met Peru's president to discuss trade and reopen the border.")
    assert "RETREAT" not in {c[0] for c in coded}


def test_events_en_wire_phone_call_as_the_channel_of_a_promise_is_an_event(ctx: Context) -> None:
    coded = _coded(ctx, "Ghana's president promised Togo's president in a phone call on Monday to reopen the border.")
    assert {c[0] for c in coded} >= {"CONSULT", "AGREE"}


def test_events_en_wire_news_conference_is_no_summit(ctx: Context) -> None:
    coded = _coded(ctx, "Chile's president told a news conference on Monday that Peru had closed the border.")
    assert "CONSULT" not in {c[0] for c in coded}


def test_events_en_wire_of_names_the_agent_only_right_after_the_noun(ctx: Context) -> None:
    coded = _coded(ctx, "Chile voiced allegations on Monday linking agents of the Peruvian government to a bombing.")
    assert ("ACCUSE", "CHL", "PER", "occurred") in coded
    coded = _coded(ctx, "Officials in Santiago prepared for the visit of Peru's president to Chile on Monday.")
    assert any(c[0] == "CONSULT" and c[1] == "PER" for c in coded), coded


def test_events_en_wire_verb_form_after_article_preposition_or_number_is_no_verb(ctx: Context) -> None:
    coded = _coded(ctx, "Peru handed 12 alleged smugglers to Chile on Monday.")
    assert "ACCUSE" not in {c[0] for c in coded}
    coded = _coded(ctx, "Chile asked Peru to declare its border towns safe for returns.")
    assert "RETREAT" not in {c[0] for c in coded}
    coded = _coded(ctx, "Peru alleged on Monday that Chile had moved troops.")
    assert "ACCUSE" in {c[0] for c in coded}


def test_events_en_wire_for_talks_is_the_purpose_of_a_trip(ctx: Context) -> None:
    events = _events(ctx, "Chile's president flew to Lima on Monday for talks with Peru's president.")
    assert [(str(e.type), e.mode) for e in events] == [("CONSULT", "visit")]
    events = _events(ctx, "Peru recalled its ambassador from Santiago for consultations in May.")
    assert [(str(e.type), e.date.start) for e in events] == [("SANCTION", "2021-05")]


def test_events_en_wire_no_plans_to_is_negated(ctx: Context) -> None:
    assert ("SANCTION", "CAN", "IND", "negated") in _coded(ctx, "Canada said it had no plans to expel Indian diplomats.")


def test_events_en_wire_time_of_day_between_boundary_and_date(ctx: Context) -> None:
    events = _events(ctx, "Indian jets struck Pakistani posts before dawn on Monday, killing two soldiers.")
    assert [(str(e.type), e.date.start) for e in events] == [("ASSAULT", "2021-06-07")]


def test_events_en_wire_until_ends_a_span_and_dates_no_act(ctx: Context) -> None:
    events = _events(ctx, "On Monday Japan announced a package of 500 million dollars for Kenya, to be spent until 2027.")
    assert [(str(e.type), e.date.start, str(e.status)) for e in events] == [("AID", "2021-06-07", "occurred")]


def test_events_en_wire_joined_verb_takes_the_subject_of_the_verb_before_it(ctx: Context) -> None:
    coded = _coded(ctx, "Peru's trip came a month after Chile's president visited La Paz and upgraded relations "
                        "with Bolivia.")
    assert ("SUPPORT", "CHL", "BOL", "occurred") in coded
    assert not any(c[0] == "SUPPORT" and c[1] == "PER" for c in coded)


def test_events_en_wire_declined_to_after_another_act_is_its_own_negated_act(ctx: Context) -> None:
    coded = _coded(ctx, "Chile condemned the test on Monday, while Peru's foreign ministry declined to criticise Bolivia.")
    assert ("ACCUSE", "PER", "BOL", "negated") in coded


def test_events_en_wire_raids_trade_worth_reductions_and_joined_cases(ctx: Context) -> None:
    assert ("ASSAULT", "IND", "PAK", "occurred") in _coded(
        ctx, "Relations froze after the May 2019 raid by Indian commandos on a Pakistani camp.")
    assert ("COOPERATE", "CHL", "PER", "occurred") in _coded(
        ctx, "Trade between Chile and Peru was worth about $3 billion last year.")
    assert ("SANCTION", "CHL", "PER", "planned") in _coded(ctx, "Chile said it would reduce its trade with Peru.")
    assert ("ACCUSE", "CHL", "PER", "planned") in _coded(
        ctx, "Chile said it would join Bolivia's case against Peru at the International Court of Justice.")


def test_events_en_wire_but_without_a_comma_does_not_cut_the_clause(ctx: Context) -> None:
    events = _events(ctx, "Chile and Peru held talks on Monday.\nThe two countries fought a short but costly war in "
                          "May 1969 and restored ties in June 1975.")
    got = sorted((str(e.type), e.date.start) for e in events if str(e.type) != "CONSULT")
    assert got == [("ASSAULT", "1969-05"), ("RETREAT", "1975-06")]
    events = _events(ctx, "Chile and Peru signed a border treaty in May 1999, but Peru's congress never ratified it.")
    assert ("SUPPORT", "1999-05") in {(str(e.type), e.date.start) for e in events}


def test_events_en_wire_rejecting_a_complaint_takes_the_complaints_date(ctx: Context) -> None:
    events = _events(ctx, "In March, Chile accused Peru of fishing in its waters.\n"
                          "Peru's foreign ministry rejected the complaint, saying the boats were in Peruvian waters.")
    assert [e.date.start for e in events if str(e.type) == "REJECT"] == ["2021-03"]
    events = _events(ctx, "In March, Chile accused Peru of fishing in its waters.\n"
                          "Peru's foreign ministry rejected a new trade proposal from Chile.")
    assert [e.date.start for e in events if str(e.type) == "REJECT"] != ["2021-03"]


def test_events_en_wire_will_not_negotiate_is_a_refusal_and_outside_names_no_party(ctx: Context) -> None:
    coded = _coded(ctx, "Chile's president held talks with Peru's president on Monday.\n"
                        "Peru says it will not negotiate with Chile outside the International Court of Justice.")
    assert any(c[:3] == ("REJECT", "PER", "CHL") for c in coded), coded
    assert not any("ICJ" in c for c in coded)
    coded = _coded(ctx, "Chile's president did not meet Peru's president on Monday.")
    assert ("CONSULT", "CHL", "PER", "negated") in coded


def test_events_en_wire_restoring_power_supplies_but_not_returning_to_power(ctx: Context) -> None:
    coded = _coded(ctx, "Kenya cut off electricity exports to Uganda in May.\nKenya has not yet restored power to Uganda.")
    assert ("RETREAT", "KEN", "UGA", "negated") in coded
    coded = _coded(ctx, "Chile's former president returned to power in 1990 after talks with Peru.")
    assert "RETREAT" not in {c[0] for c in coded}


def test_events_en_wire_handing_over_suspects_is_cooperation(ctx: Context) -> None:
    assert ("COOPERATE", "COL", "USA", "occurred") in _coded(
        ctx, "Colombia last week handed 12 alleged drug traffickers to the United States.")
    assert ("COOPERATE", "ESP", "FRA", "occurred") in _coded(ctx, "Spain extradited two suspects to France on Monday.")
    assert "COOPERATE" not in {c[0] for c in _coded(ctx, "Chile handed a protest note to Peru on Monday.")}
