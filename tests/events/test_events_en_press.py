"""English: wire phrasings of each event family that the trigger files lacked (lang/en/triggers_press.yaml);
sentences written for these tests, each with a near miss that must stay no event or keep its other reading."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _modes(ctx: Context, body: str, published: str = "2024-03-14") -> set[tuple[str, str | None, str | None, str | None]]:
    return {(str(e.type), e.mode, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in pipeline_events(ctx, body, "en", published)}


def _types(ctx: Context, body: str) -> set[str]:
    return {t for t, _, _, _ in _modes(ctx, body)}


def _pair(got: set[tuple[str, str | None, str | None, str | None]], etype: str, mode: str | None,
          a: str, b: str) -> bool:
    return any(t == etype and m == mode and {s, g} == {a, b} for t, m, s, g in got)


@pytest.mark.parametrize("body, etype, mode, a, b", [
    ("Kenya's foreign minister sat down with his Ethiopian counterpart in Nairobi on Tuesday.", "CONSULT", "meet",
     "KEN", "ETH"),
    ("Peru's president exchanged views with Chile's president on Tuesday.", "CONSULT", "meet", "PER", "CHL"),
    ("Ghana's president and Nigeria's president spoke over the phone on Tuesday.", "CONSULT", "phone", "GHA", "NGA"),
    ("Japan's prime minister held a video call with India's prime minister on Tuesday.", "CONSULT", "phone",
     "JPN", "IND"),
    ("Brazil's president dialled Argentina's president on Tuesday to discuss beef exports.", "CONSULT", "phone",
     "BRA", "ARG"),
    ("Poland's foreign minister will head to Kyiv next week.", "CONSULT", "visit", "POL", "UKR"),
])
def test_events_en_press_consult_phrasings(ctx: Context, body: str, etype: str, mode: str, a: str, b: str) -> None:
    got = _modes(ctx, body)
    assert _pair(got, etype, mode, a, b), got


def test_events_en_press_greeting_tourists_is_no_visit(ctx: Context) -> None:
    assert "CONSULT" not in _types(ctx, "Egypt's president greeted Russian tourists at the resort on Tuesday.")


def test_events_en_press_support_thrown_behind_and_deals_finalised(ctx: Context) -> None:
    got = _modes(ctx, "Senegal threw its support behind Morocco's autonomy plan on Tuesday.")
    assert ("SUPPORT", None, "SEN", "MAR") in got, got
    got = _modes(ctx, "Kenya and Uganda finalised a pipeline agreement in Kampala on Tuesday.")
    assert _pair(got, "SUPPORT", "sign", "KEN", "UGA"), got
    # finalising something that is no document is no signing
    assert "SUPPORT" not in _types(ctx, "Kenya finalised its budget on Tuesday, Uganda said.")


def test_events_en_press_resolving_to_act_is_an_agreement(ctx: Context) -> None:
    got = _modes(ctx, "Chile and Argentina resolved to deepen energy cooperation on Tuesday.")
    assert _pair(got, "AGREE", None, "CHL", "ARG"), got
    assert "AGREE" not in _types(ctx, "Chile said the matter was resolved to the satisfaction of Argentina on Tuesday.")


def test_events_en_press_condolences_are_no_offer(ctx: Context) -> None:
    assert "AGREE" not in _types(ctx, "Jordan offered condolences to Turkey on Tuesday after the earthquake.")
    # an offer of something is still an agreement
    assert "AGREE" in _types(ctx, "Jordan offered to mediate between Turkey and Syria on Tuesday.")


def test_events_en_press_rescue_teams_are_aid_not_troops(ctx: Context) -> None:
    got = _modes(ctx, "Algeria deployed a field hospital and rescue teams to Morocco on Tuesday after the earthquake.")
    assert ("AID", "humanitarian", "DZA", "MAR") in got, got
    assert "MOBILIZE" not in {t for t, _, _, _ in got}, got
    # soldiers deployed stay a troop move
    assert "MOBILIZE" in _types(ctx, "Algeria deployed troops to the border with Morocco on Tuesday.")


def test_events_en_press_help_sought_from_a_nationality(ctx: Context) -> None:
    got = _modes(ctx, "Sri Lanka sought Indian help to restructure its debt on Tuesday.")
    assert ("REQUEST", "assist", "LKA", "IND") in got, got


def test_events_en_press_unblocking_and_handing_back(ctx: Context) -> None:
    got = _modes(ctx, "Kazakhstan unblocked Kyrgyz trucks at the border on Tuesday.")
    assert ("RETREAT", "ease", "KAZ", "KGZ") in got, got
    got = _modes(ctx, "India handed back two Pakistani fishermen at the Wagah border on Tuesday.")
    assert ("RETREAT", "release", "IND", "PAK") in got, got
    assert "RETREAT" not in _types(ctx, "India handed back the report to the committee on Tuesday.")


def test_events_en_press_disapproval_phrasings(ctx: Context) -> None:
    for body in ("Greece described Turkey's drilling as a flagrant violation of its sovereignty on Tuesday.",
                 "Greece branded Turkey's drilling illegal on Tuesday.",
                 "Greece called in Turkey's ambassador on Tuesday.",
                 "Greece took issue with Turkey's statement on Tuesday.",
                 "Greece expressed disappointment with Turkey's decision on Tuesday."):
        got = _modes(ctx, body)
        assert ("ACCUSE", "disapprove", "GRC", "TUR") in got, (body, got)
    got = _modes(ctx, "Greece charged Turkey with violating its airspace on Tuesday.")
    assert ("ACCUSE", "allege", "GRC", "TUR") in got, got
    # a neutral description is no accusation
    assert "ACCUSE" not in _types(ctx, "Greece described the talks with Turkey as constructive on Tuesday.")


def test_events_en_press_rejection_phrasings(ctx: Context) -> None:
    for body in ("Serbia brushed aside Croatia's objections on Tuesday.",
                 "Serbia declined Croatia's invitation on Tuesday.",
                 "Serbia denied Croatia's request for overflight on Tuesday."):
        got = _modes(ctx, body)
        assert ("REJECT", None, "SRB", "HRV") in got, (body, got)
    # trade that declined is no rejection
    assert "REJECT" not in _types(ctx, "Serbia's exports to Croatia declined last year.")


def test_events_en_press_future_retaliation_is_a_threat(ctx: Context) -> None:
    got = _modes(ctx, "Iran said on Tuesday it would retaliate against Israel.")
    assert ("THREATEN", None, "IRN", "ISR") in got, got


def test_events_en_press_troops_reinforced_or_put_on_alert(ctx: Context) -> None:
    got = _modes(ctx, "Armenia reinforced its troops on the border with Azerbaijan on Tuesday.")
    assert ("MOBILIZE", "troops", "ARM", "AZE") in got, got
    got = _modes(ctx, "Armenia put its forces on high alert along the border with Azerbaijan on Tuesday.")
    assert ("MOBILIZE", "troops", "ARM", "AZE") in got, got
    # a reinforced partnership is no troop move
    assert "MOBILIZE" not in _types(ctx, "Armenia and France reinforced their partnership on Tuesday.")


def test_events_en_press_ground_offensive_and_arms_orders(ctx: Context) -> None:
    got = _modes(ctx, "Ethiopia launched a ground offensive against Eritrea on Tuesday.")
    assert ("ASSAULT", None, "ETH", "ERI") in got, got
    got = _modes(ctx, "Indonesia ordered 42 French Rafale fighter jets on Tuesday.")
    assert _pair(got, "COOPERATE", "military", "IDN", "FRA"), got
    # an order to diplomats stays an expulsion
    got = _modes(ctx, "Indonesia ordered two French diplomats to leave the country on Tuesday.")
    assert ("SANCTION", "expel", "IDN", "FRA") in got, got


def test_events_en_press_warning_of_a_danger_is_no_threat(ctx: Context) -> None:
    assert "THREATEN" not in _types(ctx, "Egypt's president warned of the risks of escalation in the region on Tuesday.")
    # a warning of a consequence for another state stays a threat
    got = _modes(ctx, "Egypt warned Ethiopia of consequences on Tuesday if it filled the dam.")
    assert ("THREATEN", None, "EGY", "ETH") in got, got


def _status(ctx: Context, body: str) -> set[tuple[str, str]]:
    return {(str(e.type), str(e.status)) for e in pipeline_events(ctx, body, "en", "2024-03-14")}


def test_events_en_press_anonymous_sources_told_after_the_act_make_it_reported(ctx: Context) -> None:
    for body in ("Oman's foreign minister visited Tehran last month, officials speaking on condition of anonymity said.",
                 "Oman's foreign minister visited Tehran last month, according to two people briefed on the trip.",
                 "Oman's foreign minister is understood to have visited Tehran last month."):
        assert ("CONSULT", "reported") in _status(ctx, body), body
    # a named official's statement is no rumour
    assert ("CONSULT", "occurred") in _status(
        ctx, "Oman's foreign minister visited Tehran last month, the Omani foreign ministry said.")


def test_events_en_press_an_act_under_consideration_is_hypothetical(ctx: Context) -> None:
    for body in ("Poland is considering expelling Russian diplomats, its foreign minister said on Tuesday.",
                 "Poland is weighing the suspension of flights to Belarus, its foreign minister said on Tuesday."):
        assert ("SANCTION", "hypothetical") in _status(ctx, body), body
    assert ("SANCTION", "occurred") in _status(ctx, "Poland expelled two Russian diplomats on Tuesday.")


def test_events_en_press_relief_from_a_measure_is_an_easing_not_aid(ctx: Context) -> None:
    got = _modes(ctx, "Washington granted India a six-month exemption from the oil sanctions on Tuesday.")
    assert ("RETREAT", "ease", "USA", "IND") in got, got
    assert "AID" not in {t for t, _, _, _ in got}, got
    # relief after a disaster stays aid
    got = _modes(ctx, "Japan granted Nepal $5 million in earthquake relief on Tuesday.")
    assert ("AID", None, "JPN", "NPL") in got, got


def test_events_en_press_granting_a_right_is_no_aid(ctx: Context) -> None:
    for body in ("Ecuador granted asylum to a Peruvian politician on Tuesday.",
                 "Guyana's government will grant licences to a US oil company on Tuesday."):
        assert "AID" not in _types(ctx, body), body


def test_events_en_press_envoy_called_home_is_a_recall_not_a_call(ctx: Context) -> None:
    got = _modes(ctx, "Ghana said on Tuesday it had called its ambassador in Lome home for consultations.")
    assert ("SANCTION", "withdraw", "GHA", "TGO") in got, got
    assert "CONSULT" not in {t for t, _, _, _ in got}, got
    # a call to a named leader stays a phone call
    got = _modes(ctx, "Ghana's president called Togo's president on Tuesday.")
    assert _pair(got, "CONSULT", "phone", "GHA", "TGO"), got


def test_events_en_press_lashing_out_is_disapproval(ctx: Context) -> None:
    got = _modes(ctx, "Ghana's foreign minister lashed out at Togo over the border closure on Tuesday.")
    assert ("ACCUSE", "disapprove", "GHA", "TGO") in got, got


def test_events_en_press_deadline_to_leave_after_a_long_object(ctx: Context) -> None:
    got = _modes(ctx, "On Monday Bamako gave ten employees of the French embassy, several of them attached to its "
                      "defence attache's office, 72 hours to leave the country.")
    assert ("SANCTION", "expel", "MLI", "FRA") in got, got


def test_events_en_press_signatures_and_pen_make_a_signing(ctx: Context) -> None:
    got = _modes(ctx, "Forty years ago today, Chile and Argentina put their signatures to a treaty of peace.")
    assert _pair(got, "SUPPORT", "sign", "CHL", "ARG"), got
    got = _modes(ctx, "The two leaders put pen to a joint statement on Tuesday.", )
    assert not got or all(t == "SUPPORT" for t, _, _, _ in got), got


def test_events_en_press_remorse_is_a_concession(ctx: Context) -> None:
    got = _modes(ctx, "Germany expressed deep remorse to Namibia for the colonial-era killings on Tuesday.")
    assert ("CONCEDE", None, "DEU", "NAM") in got, got


def test_events_en_press_dropped_from_a_trusted_list_is_a_sanction(ctx: Context) -> None:
    got = _modes(ctx, "Seoul hit back in August by dropping Japan from its list of trusted trading partners.")
    assert ("SANCTION", "discontinue", "KOR", "JPN") in got, got
    # taken off a black list is the reverse
    got = _modes(ctx, "Washington removed Cuba from its list of state sponsors of terrorism on Tuesday.")
    assert ("RETREAT", "ease", "USA", "CUB") in got, got


def test_events_en_press_export_curbs_scrapped_and_offensive_into(ctx: Context) -> None:
    got = _modes(ctx, "Days later Japan scrapped the export curbs on South Korea.")
    assert ("RETREAT", "ease", "JPN", "KOR") in got, got
    got = _modes(ctx, "In May 2000 Ethiopia launched a large offensive into western Eritrea.")
    assert ("ASSAULT", None, "ETH", "ERI") in got, got


def test_events_en_press_a_hosted_ceremony_is_no_guest(ctx: Context) -> None:
    got = _modes(ctx, "Sudan and South Sudan signed a peace deal in Riyadh on Sunday, in a ceremony hosted by "
                      "King Salman and attended by the UN secretary-general.")
    assert _pair(got, "SUPPORT", "sign", "SDN", "SSD"), got
    assert "CONSULT" not in {t for t, _, _, _ in got}, got


def test_events_en_press_a_sum_given_to_a_state_is_aid(ctx: Context) -> None:
    got = _modes(ctx, "Under the agreement China's Export-Import Bank extends 2 billion dollars to Zambia.")
    assert ("AID", None, "CHN", "ZMB") in got, got


def test_events_en_press_requests_for_comment_and_struck_deals_are_no_events(ctx: Context) -> None:
    assert not _modes(ctx, "Turkish officials did not respond to requests for comment from Greece on Tuesday.")
    got = _modes(ctx, "The deal revives an arrangement first struck in 2018, when Riyadh lent Pakistan 3 billion dollars.")
    assert "ASSAULT" not in {t for t, _, _, _ in got}, got
    assert ("AID", "loan", "SAU", "PAK") in got, got


def test_events_en_press_relief_planes_landing_are_aid_not_a_visit(ctx: Context) -> None:
    got = _modes(ctx, "Qatari relief planes carrying food and tents landed in Damascus on Tuesday.")
    assert ("AID", "humanitarian", "QAT", "SYR") in got, got
    assert "CONSULT" not in {t for t, _, _, _ in got}, got
    # a minister's plane landing is a visit
    got = _modes(ctx, "Qatar's foreign minister landed in Damascus on Tuesday.")
    assert ("CONSULT", "visit", "QAT", "SYR") in got, got


def test_events_en_press_days_spent_in_a_capital_are_a_visit(ctx: Context) -> None:
    got = _modes(ctx, "Syria's intelligence chief spent several days in Riyadh this month.")
    assert ("CONSULT", "visit", "SYR", "SAU") in got, got
    assert not _modes(ctx, "Syria spent several billion dollars on wheat this month.")


def test_events_en_press_oil_credit_is_a_loan(ctx: Context) -> None:
    got = _modes(ctx, "In 2018 Riyadh extended an oil credit worth 3.2 billion dollars a year to Pakistan.")
    assert _pair(got, "AID", "loan", "SAU", "PAK"), got


def test_events_en_press_numbered_and_regional_sources_make_a_report(ctx: Context) -> None:
    for body in ("According to one regional source, Syria's intelligence chief visited Riyadh this month.",
                 "Syria's intelligence chief visited Riyadh this month, according to two Western diplomats."):
        assert ("CONSULT", "reported") in _status(ctx, body), body


def test_events_en_press_view_of_the_commentators_just_quoted_holds_no_event(ctx: Context) -> None:
    body = ("Economists in Karachi cautioned that the deposits would not fix the economy. In their view, exports to "
            "China must recover first.")
    assert not _modes(ctx, body)


def test_events_en_press_the_next_day_is_narration_not_a_plan(ctx: Context) -> None:
    body = "Troops clashed on the border on Monday. The next day Beijing accused New Delhi of provoking the violence."
    assert ("ACCUSE", "occurred") in _status(ctx, body)
    # "next" before a meeting still plans it
    assert ("CONSULT", "planned") in _status(ctx, "The next round of talks between India and China is set for Beijing.")


def test_events_en_press_cancelled_or_called_off_meetings_are_rejections(ctx: Context) -> None:
    got = _modes(ctx, "Paraguay cancelled a planned visit to Bolivia on Tuesday.")
    assert ("REJECT", "meet", "PRY", "BOL") in got, got
    got = _modes(ctx, "The trip to Bogota was planned for November, but Ecuador's president called it off at the last "
                      "minute.")
    assert ("REJECT", "meet", "ECU", "COL") in got, got
    # a cancelled agreement stays a sanction
    got = _modes(ctx, "Paraguay cancelled its gas agreement with Bolivia on Tuesday.")
    assert ("SANCTION", "discontinue", "PRY", "BOL") in got, got


def test_events_en_press_lowered_tariffs_are_an_easing(ctx: Context) -> None:
    got = _modes(ctx, "Mexico lowered its tariffs on Brazilian beef on Tuesday.")
    assert ("RETREAT", "ease", "MEX", "BRA") in got, got
    assert "SANCTION" not in {t for t, _, _, _ in got}, got
    # imports reduced are a sanction
    got = _modes(ctx, "Mexico reduced imports from Brazil on Tuesday.")
    assert ("SANCTION", "discontinue", "MEX", "BRA") in got, got


def test_events_en_press_troops_rushed_forward_or_moving_back(ctx: Context) -> None:
    got = _modes(ctx, "Armenia rushed additional troops to the border with Azerbaijan on Tuesday.")
    assert ("MOBILIZE", "troops", "ARM", "AZE") in got, got
    got = _modes(ctx, "On Tuesday Azerbaijani troops began moving back from the border with Armenia.")
    assert ("RETREAT", "withdraw", "AZE", "ARM") in got, got


def test_events_en_press_former_diplomats_give_a_view(ctx: Context) -> None:
    assert not _modes(ctx, "Former diplomats in Delhi say the ban signalled India's willingness to confront China.")


def test_events_en_press_tankers_arriving_are_energy_supplies(ctx: Context) -> None:
    got = _modes(ctx, "The first Russian tankers carrying crude reached Cuban ports in April.")
    assert _pair(got, "COOPERATE", "energy", "RUS", "CUB"), got
    # a minister reaching a capital is a visit
    got = _modes(ctx, "Russia's foreign minister arrived in Havana on Tuesday.")
    assert ("CONSULT", "visit", "RUS", "CUB") in got, got


def test_events_en_press_a_slashed_quota_is_a_sanction(ctx: Context) -> None:
    got = _modes(ctx, "In July the United States slashed Cuba's quota of sugar sales to the American market.")
    assert ("SANCTION", "discontinue", "USA", "CUB") in got, got


def test_events_en_press_refusing_to_receive_a_visitor_or_take_part(ctx: Context) -> None:
    got = _modes(ctx, "Venezuela's foreign minister flew to Georgetown on Monday, but Guyana's president declined to "
                      "receive him.")
    assert ("REJECT", "meet", "GUY", "VEN") in got, got
    got = _modes(ctx, "Morocco said on Monday it would not take part in the talks Algeria had proposed.")
    assert ("REJECT", None, "MAR", "DZA") in got, got
    got = _modes(ctx, "Morocco boycotted the summit hosted by Algeria on Monday.")
    assert ("REJECT", "meet", "MAR", "DZA") in got, got


def test_events_en_press_a_demand_resisted_is_a_rejection(ctx: Context) -> None:
    got = _modes(ctx, "Paris wants Algiers to take back its nationals, a demand Algiers has so far resisted.")
    assert ("REJECT", None, "DZA", "FRA") in got, got


def test_events_en_press_a_measure_suspended_or_reversed_is_an_easing(ctx: Context) -> None:
    got = _modes(ctx, "Seoul decided on Friday to suspend the termination of its intelligence pact with Tokyo.")
    assert ("RETREAT", "ease", "KOR", "JPN") in got, got
    # flights suspended stay a sanction
    got = _modes(ctx, "Seoul suspended flights to Tokyo on Friday.")
    assert ("SANCTION", "discontinue", "KOR", "JPN") in got, got


def test_events_en_press_concerns_raised_are_disapproval(ctx: Context) -> None:
    got = _modes(ctx, "Japan's prime minister raised concerns over Chinese military activity with Beijing on Sunday.")
    assert ("ACCUSE", "disapprove", "JPN", "CHN") in got, got
    # raised tariffs are no concern
    assert "ACCUSE" not in _types(ctx, "Japan raised tariffs on Chinese steel on Tuesday.")


def test_events_en_press_war_as_a_topic_of_a_warning_is_no_threat(ctx: Context) -> None:
    assert "THREATEN" not in _types(ctx, "Egypt's president warned on Monday that the war in Sudan could spread.")
    got = _modes(ctx, "Egypt warned Ethiopia on Monday that filling the dam would mean war.")
    assert ("THREATEN", None, "EGY", "ETH") in got, got


def test_events_en_press_a_struck_deal_is_no_attack(ctx: Context) -> None:
    got = _modes(ctx, "Japan and Australia struck a free trade agreement on Monday.")
    assert _pair(got, "AGREE", None, "JPN", "AUS"), got
    assert "ASSAULT" not in {t for t, _, _, _ in got}, got
    # missiles that struck a base stay an attack
    got = _modes(ctx, "Iranian missiles struck a US air base in Iraq on Monday.")
    assert "ASSAULT" in {t for t, _, _, _ in got}, got


def test_events_en_press_calling_an_act_unacceptable_is_no_phone_call(ctx: Context) -> None:
    got = _modes(ctx, "Japan called South Korea's decision regrettable on Monday.")
    assert ("ACCUSE", "disapprove", "JPN", "KOR") in got, got
    assert "CONSULT" not in {t for t, _, _, _ in got}, got


def test_events_en_press_calls_taken_hosts_played_and_lists_restored(ctx: Context) -> None:
    got = _modes(ctx, "South Korea's president took a call from Japan's prime minister on Monday.")
    assert _pair(got, "CONSULT", "phone", "KOR", "JPN"), got
    got = _modes(ctx, "South Korea's president played host to Japan's prime minister on Monday.")
    assert ("CONSULT", "visit", "JPN", "KOR") in got, got
    got = _modes(ctx, "Japan restored South Korea to its white list of trusted trading partners on Monday.")
    assert ("RETREAT", "ease", "JPN", "KOR") in got, got


def test_events_en_press_the_pair_named_by_its_armies_or_leaders(ctx: Context) -> None:
    body = ("Indian and Chinese soldiers clashed in the Galwan Valley on June 15. Corps commanders from the two armies "
            "met at Moldo on June 22.")
    got = _modes(ctx, body)
    assert _pair(got, "CONSULT", "meet", "IND", "CHN"), got
    body = "Kenya's president held talks with China's president on Thursday. The two leaders also signed a joint statement."
    got = _modes(ctx, body)
    assert _pair(got, "SUPPORT", "sign", "KEN", "CHN"), got


@pytest.mark.parametrize("body, etype, mode, src, tgt", [
    ("Kenya reaffirmed its adherence to the one-China principle on Tuesday.", "SUPPORT", None, "KEN", "CHN"),
    ("India sought the extradition of the businessman from Britain on Tuesday.", "REQUEST", None, "IND", "GBR"),
    ("Russia revoked the licence of a British broadcaster on Tuesday.", "SANCTION", "discontinue", "RUS", "GBR"),
    ("Japan scrambled fighter jets to intercept Chinese bombers on Tuesday.", "MOBILIZE", "weapons", "JPN", "CHN"),
    ("Japan handed over 50 tonnes of relief aid to Turkey on Tuesday.", "AID", "humanitarian", "JPN", "TUR"),
])
def test_events_en_press_more_family_forms(ctx: Context, body: str, etype: str, mode: str | None, src: str,
                                           tgt: str) -> None:
    got = _modes(ctx, body)
    assert (etype, mode, src, tgt) in got, got


def test_events_en_press_scrambling_and_seeking_need_their_objects(ctx: Context) -> None:
    assert "MOBILIZE" not in _types(ctx, "Japanese officials scrambled to contain the fallout with China on Tuesday.")
    assert "REQUEST" not in _types(ctx, "India sought to reassure Britain on Tuesday.")


def test_events_en_press_a_departure_is_a_trip_only_with_for(ctx: Context) -> None:
    got = _modes(ctx, "The Russian president left Cairo on Monday for Nigeria, the second stop of his tour.")
    assert ("CONSULT", "visit", "RUS", "NGA") in got, got
    got = _modes(ctx, "Riyadh shut its land border with Qatar, leaving trucks stranded on the Saudi side.")
    assert "CONSULT" not in {t for t, _, _, _ in got}, got


def test_events_en_press_questions_brushed_aside_are_no_rejection(ctx: Context) -> None:
    assert "REJECT" not in _types(ctx, "Serbia's prime minister brushed aside questions about Croatia on Tuesday.")


def test_events_en_press_a_hint_makes_a_report(ctx: Context) -> None:
    body = "Russian officials have hinted that Seoul is ready to extend credits of $3 billion to Moscow."
    assert ("AGREE", "reported") in _status(ctx, body), _status(ctx, body)


def test_events_en_press_a_person_charged_with_a_crime_is_no_accusation_between_states(ctx: Context) -> None:
    assert "ACCUSE" not in _types(ctx, "Greek prosecutors charged a Turkish national with smuggling on Tuesday.")


def test_events_en_press_an_oil_facility_attacked_is_no_loan(ctx: Context) -> None:
    got = _types(ctx, "Houthi drones struck a Saudi oil facility on Tuesday, Riyadh said.")
    assert "AID" not in got, got
    assert "RETREAT" not in _types(ctx, "Kazakh police unblocked the road to the capital on Tuesday.")


def test_events_en_press_blocking_a_package_and_readiness_to_veto_are_rejections(ctx: Context) -> None:
    got = _modes(ctx, "Poland said on Tuesday it would block a 20-billion-euro EU aid package for Hungary.")
    assert ("REJECT", None, "POL", "EUR") in got, got
    got = _modes(ctx, "A memo showed on Tuesday that Warsaw was ready to wield its veto against the EU once again.")
    assert ("REJECT", None, "POL", "EUR") in got, got
    assert "AGREE" not in {t for t, _, _, _ in got}, got
