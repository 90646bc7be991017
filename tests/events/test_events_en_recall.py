"""English trigger vocabulary, roles and dates added for recall (sentences written for these tests),
run through the whole pipeline."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from bilateral.context import Context
from bilateral.events import extract_candidates
from bilateral.mentions import find_mentions
from bilateral.model import Article, Event
from bilateral.normalize import prepare
from bilateral.resolve import resolve_events


def _events(ctx: Context, body: str, published: str = "2021-04-14") -> list[Event]:
    text = prepare(Article("id", "doc", body, "en", published))
    ms = find_mentions(text, ctx)
    return resolve_events(extract_candidates(text, ms, ctx), text, ms, ctx)


def _coded(events: list[Event]) -> set[tuple[str, str | None, str | None, str | None]]:
    return {(str(e.type), e.mode, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events}


def _pair_types(events: Iterable[Event]) -> set[tuple[str, frozenset[str | None]]]:
    return {(str(e.type), frozenset((e.source.country if e.source else None,
                                     e.target.country if e.target else None))) for e in events}


def test_events_restoring_ties_is_a_retreat_not_new_relations(ctx: Context) -> None:
    events = _events(ctx, "Morocco restored diplomatic ties with Iran in March 2019.")
    assert ("RETREAT", frozenset({"MAR", "IRN"})) in _pair_types(events)
    assert not [e for e in events if str(e.type) == "SUPPORT"]
    # establishing relations for the first time stays SUPPORT/relations
    first = _events(ctx, "Oman established diplomatic relations with Brazil in 1974.")
    assert ("SUPPORT", "relations", "OMN", "BRA") in _coded(first) or ("SUPPORT", "relations", "BRA", "OMN") in _coded(first)


def test_events_expressed_concern_is_disapproval(ctx: Context) -> None:
    events = _events(ctx, "Canada on Monday expressed concern about Brazil's new mining law.")
    assert ("ACCUSE", "disapprove", "CAN", "BRA") in _coded(events)


def test_events_trade_remedy_investigation_and_court_case_are_accusations(ctx: Context) -> None:
    probe = _events(ctx, "India has launched an anti-dumping investigation into steel imported from Vietnam.")
    assert ("ACCUSE", "investigate", "IND", "VNM") in _coded(probe)
    assert not [e for e in probe if str(e.type) == "COOPERATE"]  # the import is the object of the probe
    court = _events(ctx, "In May 2019 Chile took Bolivia to the International Court of Justice over river waters.")
    assert ("ACCUSE", "allege", "CHL", "BOL") in _coded(court)
    # "take" without a court nearby is no event
    assert _events(ctx, "Chile will take part in a Bolivian trade fair in May 2019.") == []


def test_events_speech_to_an_organisation_is_a_visit(ctx: Context) -> None:
    events = _events(ctx, "The Indian prime minister addressed the African Union summit in Addis Ababa on Monday.")
    assert ("CONSULT", frozenset({"IND", "AFU"})) in _pair_types(events)


def test_events_strikes_in_support_of_a_government_are_military_aid(ctx: Context) -> None:
    events = _events(ctx, "France launched air strikes in Mali in January 2013 in support of government troops.")
    coded = _coded(events)
    assert ("AID", "military", "FRA", "MLI") in coded
    assert not [e for e in events if str(e.type) == "ASSAULT"]
    # without the cue, strikes are an assault
    assault = _events(ctx, "Ethiopia launched air strikes on Eritrea in May 2000.")
    assert {str(e.type) for e in assault} == {"ASSAULT"}


def test_events_fighting_between_two_armies_is_an_assault(ctx: Context) -> None:
    events = _events(ctx, "In 1980 Iraqi and Iranian troops clashed along the border.")
    assert ("ASSAULT", frozenset({"IRQ", "IRN"})) in _pair_types(events)


def test_events_a_demonym_right_before_a_noun_trigger_is_its_agent(ctx: Context) -> None:
    events = _events(ctx, "Crowds gathered in Madrid against American backing for Israel's position on Monday.")
    assert ("SUPPORT", None, "USA", "ISR") in _coded(events)
    assert ("SUPPORT", frozenset({"ESP", "ISR"})) not in _pair_types(events)


def test_events_month_range_and_multiples_of_years_ago(ctx: Context) -> None:
    fought = _events(ctx, "Between March and June 1969, Soviet and Chinese troops fought along the Ussuri river.",
                     "2020-01-01")
    assert [(e.date.start, e.date.end) for e in fought if str(e.type) == "ASSAULT"] == [("1969-03", "1969-06")]
    ago = _events(ctx, "Half a century ago today, the Egyptian president visited Moscow.", "2015-06-20")
    assert [e.date.start for e in ago if str(e.type) == "CONSULT"] == ["1965-06-20"]
    decades = _events(ctx, "Two decades ago Iraq signed an oil agreement with Jordan.", "2015-06-20")
    assert [e.date.start for e in decades] == ["1995"]


def test_events_participle_after_a_comma_is_a_further_act_not_content(ctx: Context) -> None:
    events = _events(ctx, "In May 2014 Libya expelled the Egyptian ambassador, accusing Cairo of arming militias.")
    assert ("ACCUSE", "allege", "LBY", "EGY") in _coded(events)
    assert ("SANCTION", frozenset({"LBY", "EGY"})) in _pair_types(events)


def test_events_a_verb_joined_to_content_is_content(ctx: Context) -> None:
    events = _events(ctx, "Chad and Niger agreed in 2012 to restore diplomatic ties and reopen their embassies.")
    assert {str(e.type) for e in events} == {"AGREE"}


def test_events_a_verb_joined_through_auxiliaries_is_its_own_event(ctx: Context) -> None:
    events = _events(ctx, "Peru said on Monday it rejected the ruling and had filed a complaint against Chile.")
    assert {str(e.type) for e in events} == {"REJECT", "ACCUSE"}


def test_events_a_pact_signed_earlier_is_its_own_dated_event(ctx: Context) -> None:
    events = _events(ctx, "Kenya and Uganda agreed on Monday to revive a defence pact signed in 1998.")
    signed = [e for e in events if str(e.type) == "SUPPORT"]
    assert [e.date.start for e in signed] == ["1998"]
    assert any(str(e.type) == "AGREE" for e in events)


def test_events_an_infinitive_after_a_verb_of_decision_is_an_act(ctx: Context) -> None:
    events = _events(ctx, "The African Union held talks on Mali on Friday and voted to readmit Mali to the bloc.")
    assert ("RETREAT", frozenset({"AFU", "MLI"})) in _pair_types(events)


def test_events_a_single_unnamed_source_makes_a_report(ctx: Context) -> None:
    events = _events(ctx, "The Omani foreign minister is expected to visit Tehran next month, according to a source "
                          "close to the talks.")
    assert [str(e.status) for e in events if str(e.type) == "CONSULT"] == ["reported"]


def test_events_called_is_a_phone_call_only_with_an_actor_after_it(ctx: Context) -> None:
    naming = _events(ctx, "Kenyan jets struck what Nairobi called a rebel camp in Somalia on Monday.")
    assert not [e for e in naming if e.mode == "phone"]
    call = _events(ctx, "The Kenyan president called the Somali president on Monday.")
    assert ("CONSULT", "phone", "KEN", "SOM") in _coded(call) or ("CONSULT", "phone", "SOM", "KEN") in _coded(call)


def test_events_pakistani_leaders_and_cities_are_known(ctx: Context) -> None:
    events = _events(ctx, "In March 2014 Nawaz Sharif travelled to Lahore and met Chinese envoys.")
    assert ("CONSULT", frozenset({"PAK", "CHN"})) in _pair_types(events)
    trip = _events(ctx, "In 2005 the Afghan president travelled to Karachi.", "2006-01-01")
    assert [(e.mode, e.location.country if e.location else None) for e in trip] == [("visit", "PAK")]


def test_events_a_pronoun_opening_a_clause_is_the_person_named_before(ctx: Context) -> None:
    events = _events(ctx, "The Indian prime minister held talks in Tokyo on Monday. He will travel on to Vietnam "
                          "on Thursday.", "2021-04-13")
    assert ("CONSULT", "visit", "IND", "VNM") in _coded(events)


def test_events_the_council_and_the_bloc_are_the_organisation_named_before(ctx: Context) -> None:
    events = _events(ctx, "The Arab League met in Cairo on Sunday. The League suspended Libya in February 2011.")
    assert ("SANCTION", "discontinue", "ARL", "LBY") in _coded(events)
    junta = _events(ctx, "Mali's leaders met West African envoys in May 2022. Earlier this month the junta "
                         "expelled the French ambassador.", "2022-06-20")
    assert ("SANCTION", frozenset({"MLI", "FRA"})) in _pair_types(junta)


def test_events_suspending_a_state_needs_the_state_right_after_the_verb(ctx: Context) -> None:
    events = _events(ctx, "The African Union suspended Guinea in September 2021.")
    assert ("SANCTION", "discontinue", "AFU", "GIN") in _coded(events)
    work = _events(ctx, "The African Union suspended its work in Guinea in September 2021.")
    assert not [e for e in work if e.rules[0].startswith("events.triggers.v1:suspend-member")]


def test_events_a_sentence_without_actors_goes_on_from_the_event_before(ctx: Context) -> None:
    events = _events(ctx, "The Spanish foreign minister held talks with his Moroccan counterpart in Rabat on "
                          "Monday. The ministers signed a fisheries protocol.", "2021-04-14")
    signed = [e for e in events if str(e.type) == "SUPPORT"]
    assert [(e.source.country, e.target.country, e.date.start) for e in signed] in (
        [("ESP", "MAR", "2021-04-12")], [("MAR", "ESP", "2021-04-12")])
    # two sentences on, there is nothing to go on from
    far = _events(ctx, "The Spanish foreign minister held talks in Rabat with Morocco on Monday. It rained. "
                       "The ministers signed a fisheries protocol.", "2021-04-14")
    assert not [e for e in far if str(e.type) == "SUPPORT"]


def test_events_a_date_in_the_content_of_an_agreement_dates_the_content_not_the_agreement(ctx: Context) -> None:
    events = _events(ctx, "Tunisia and Algeria held talks on Monday. The two countries also agreed to hold their "
                          "next round of talks in Algiers early next year.", "2021-04-14")
    agreed = [(e.date.start, str(e.status)) for e in events if str(e.type) == "AGREE"]
    assert agreed == [("2021-04-12", "occurred")]
    # the object of a suspension is no future act: its date is the suspension's
    cut = _events(ctx, "Poland suspended talks with Belarus on Monday.", "2021-04-14")
    assert [(str(e.type), e.date.start) for e in cut] == [("SANCTION", "2021-04-12")]


def test_events_an_undated_event_in_a_timeline_item_takes_the_item_date(ctx: Context) -> None:
    body = ("Key dates in relations between Brazil and China:\n"
            "- 12 April 2011: Brazil and China sign a space cooperation agreement. China extends a $2 billion "
            "loan to Brazil.\n"
            "- June 2015: Brazil hosts the Chinese premier.\n")
    events = _events(ctx, body, "2016-01-10")
    loans = [e.date.start for e in events if str(e.type) == "AID"]
    assert loans == ["2011-04-12"]
    # in running prose the same undated sentence keeps the publication date
    prose = _events(ctx, "In April 2011 Brazil and China signed a space agreement. China extends a $2 billion "
                         "loan to Brazil.", "2016-01-10")
    assert [e.date.start for e in prose if str(e.type) == "AID"] == ["2016-01-10"]


def test_events_a_day_without_year_in_a_forward_looking_sentence_is_not_the_story_year(ctx: Context) -> None:
    body = ("The bloc expelled Guinea in March 2009. The Guinean president could attend the African Union "
            "summit on 12 June if he is invited.")
    events = _events(ctx, body, "2021-05-02")
    summit = [e for e in events if str(e.type) == "CONSULT"]
    assert summit and all(e.date.start == "2021-06-12" for e in summit)


def test_events_named_days_are_no_weekdays(ctx: Context) -> None:
    events = _events(ctx, "The Good Friday Agreement, signed by Britain and Ireland on 10 April 1998, ended the "
                          "conflict.", "2025-03-07")
    assert [e.date.start for e in events if str(e.type) == "SUPPORT"] == ["1998-04-10"]


def test_events_within_days_in_a_past_clause_is_the_month_of_the_date_before(ctx: Context) -> None:
    body = ("Turkish jets shot down a Russian bomber on 24 November 2015. Within days Moscow imposed sanctions "
            "on Turkey.")
    events = _events(ctx, body, "2016-06-30")
    sanctions = [(e.date.start, str(e.status)) for e in events if str(e.type) == "SANCTION"]
    assert sanctions == [("2015-11", "occurred")]
    # said of the future, "within days" counts from publication
    ahead = _events(ctx, "Moscow will lift sanctions on Turkey within days.", "2016-06-30")
    assert all(e.date.start >= "2016-06-30" for e in ahead) and ahead


def test_events_commentary_by_analysts_holds_no_event(ctx: Context) -> None:
    assert _events(ctx, "The dispute will complicate talks between Chile and Peru, according to analysts.") == []
    assert _events(ctx, "The dispute will complicate talks between Chile and Peru, the ministry said.") != []


def test_events_supplies_of_a_commodity_are_economic_cooperation(ctx: Context) -> None:
    events = _events(ctx, "Kazakhstan could increase wheat supplies to Iran next year.")
    assert [(e.mode, e.source.country, e.target.country, str(e.status)) for e in events] == \
        [("economic", "KAZ", "IRN", "hypothetical")]


def test_events_a_sentence_does_not_open_with_a_finite_verb(ctx: Context) -> None:
    # "Host" opening the sentence is a noun, not the verb "to host"
    assert _events(ctx, "Host cities in Chile and Peru were named on Monday.") == []
    assert _events(ctx, "Chile will host Peru on Monday.") != []


def test_events_a_boundary_word_right_before_a_date_is_its_preposition(ctx: Context) -> None:
    events = _events(ctx, "Algeria has bought Su-30 fighter jets from Russia since 2016.", "2021-04-14")
    assert [(e.type.value, e.date.start) for e in events] == [("COOPERATE", "2016")]


def test_events_a_trigger_word_modifying_the_next_noun_is_no_trigger(ctx: Context) -> None:
    assert _events(ctx, "Russia's arms export agency declined to comment on Algeria.") == []
    assert _events(ctx, "Tour operators in Turkey expect Russian visitors in May 2021.") == []


def test_events_also_takes_the_date_of_the_earlier_act_of_its_kind(ctx: Context) -> None:
    body = ("Ghana and Togo agreed on Friday to open a joint border post. The border has been closed since 2020. "
            "Trucks waited for weeks. Traders complained. Ghana and Togo also agreed to revive a trade pact "
            "signed in 1998.")
    events = _events(ctx, body, "2021-04-14")
    assert sorted(e.date.start for e in events if str(e.type) == "AGREE") == ["2021-04-09", "2021-04-09"]
    assert [e.date.start for e in events if str(e.type) == "SUPPORT"] == ["1998"]


def test_events_the_author_of_a_text_is_no_party(ctx: Context) -> None:
    events = _events(ctx, "China on Friday vetoed a British-drafted Security Council resolution.", "2021-04-14")
    assert ("REJECT", frozenset({"CHN", "UNO"})) in _pair_types(events)
    assert ("REJECT", frozenset({"CHN", "GBR"})) not in _pair_types(events)


def test_events_a_definite_noun_with_a_new_agent_is_a_new_event(ctx: Context) -> None:
    body = ("Kenya on Monday urged the UN Security Council to act on Somalia. The council met on Tuesday at the "
            "request of Kenya and Uganda.")
    requests = _pair_types(e for e in _events(ctx, body, "2021-04-14") if str(e.type) == "REQUEST")
    assert ("REQUEST", frozenset({"UGA", "UNO"})) in requests
    # the same agent again is a re-mention of the request already coded
    again = ("Kenya on Monday urged the UN Security Council to act on Somalia. The council met on Tuesday at the "
             "request of Kenya.")
    assert len([e for e in _events(ctx, again, "2021-04-14") if str(e.type) == "REQUEST"]) == 1


def test_events_a_named_text_with_its_date_is_a_signing(ctx: Context) -> None:
    events = _events(ctx, "Trade grew after the Cairo Declaration of 4 June 2009 between Egypt and Sudan.")
    assert [(str(e.type), e.date.start) for e in events] == [("SUPPORT", "2009-06-04")]
    assert ("SUPPORT", frozenset({"EGY", "SDN"})) in _pair_types(events)  # Cairo names the place, not a party
    assert _events(ctx, "The Treaty of Friendship remains in force.") == []


def test_events_experts_working_abroad_are_aid(ctx: Context) -> None:
    events = _events(ctx, "In the 1990s hundreds of Chinese engineers worked on a railway in Kenya.", "2020-01-01")
    assert [(str(e.type), e.mode, e.source.country) for e in events] == [("AID", "experts", "CHN")]


@pytest.mark.parametrize(("sentence", "etype", "pair"), [
    ("Kosovo on Monday renewed its accusations against Serbia.", "ACCUSE", {"KOS", "SRB"}),
    ("The signing of the border treaty by Chile and Argentina took place in May 2019.", "SUPPORT", {"CHL", "ARG"}),
    ("Armenia on Monday slammed Azerbaijan over the border incident.", "ACCUSE", {"ARM", "AZE"}),
    ("Hungary on Monday ruled out talks with Ukraine on the pipeline.", "REJECT", {"HUN", "UKR"}),
    ("Turkish threats against Greece increased in May 2020.", "THREATEN", {"TUR", "GRC"}),
    ("Ethiopia on Monday massed troops near Sudan.", "MOBILIZE", {"ETH", "SDN"}),
    ("India on Monday sent doctors to Nepal after the earthquake.", "AID", {"IND", "NPL"}),
    ("Japan announced a soft loan to Bangladesh on Monday.", "AID", {"JPN", "BGD"}),
    ("The Kenyan president telephoned the Ugandan president on Monday.", "CONSULT", {"KEN", "UGA"}),
    ("Peru on Monday expressed solidarity with Ecuador after the floods.", "SUPPORT", {"PER", "ECU"}),
    ("Norway on Monday pressed Sweden to reopen the border.", "REQUEST", {"NOR", "SWE"}),
    ("Estonia on Monday declared persona non grata a Russian diplomat.", "SANCTION", {"EST", "RUS"}),
    ("Armenian forces fired rockets at Azerbaijan on Monday.", "ASSAULT", {"ARM", "AZE"}),
    ("In May 2019 the Indian president awarded the Emirati crown prince the Order of Zayed.", "SUPPORT",
     {"IND", "ARE"}),
])
def test_events_english_trigger_vocabulary(ctx: Context, sentence: str, etype: str, pair: set[str]) -> None:
    assert (etype, frozenset(pair)) in _pair_types(_events(ctx, sentence))


def test_events_on_this_day_in_a_year_is_the_publication_day_of_that_year(ctx: Context) -> None:
    events = _events(ctx, "On this day in 1979, Egypt and Israel signed a peace treaty.", "2019-03-26")
    assert [(e.date.start, str(e.date.precision)) for e in events] == [("1979-03-26", "day")]
    plain = _events(ctx, "In 1979, Egypt and Israel signed a peace treaty.", "2019-03-26")
    assert [e.date.start for e in plain] == ["1979"]


def test_events_the_agent_of_a_passive_verb_is_the_source(ctx: Context) -> None:
    events = _events(ctx, "The Iraqi ambassador was expelled by Kuwait on Monday.")
    assert ("SANCTION", "expel", "KWT", "IRQ") in _coded(events)


def test_events_a_noun_trigger_followed_by_will_is_planned(ctx: Context) -> None:
    events = _events(ctx, "Iraqi talks with Jordan will take place soon, the ministry said.")
    assert [str(e.status) for e in events] == ["planned"]


def test_events_pressed_is_a_request_only_with_an_actor_after_it(ctx: Context) -> None:
    assert _events(ctx, "Norway pressed ahead with the Swedish border plan on Monday.") == []


def test_events_a_noun_trigger_after_a_past_verb_takes_the_past_weekday(ctx: Context) -> None:
    # published on a Wednesday: "imposed ... on Thursday" is the Thursday before, not the one after
    events = _events(ctx, "Canada imposed new sanctions on Belarus on Thursday.", "2023-05-10")
    assert [(e.date.start, str(e.status)) for e in events] == [("2023-05-04", "occurred")]


def test_events_hours_later_after_a_weekday_is_that_day(ctx: Context) -> None:
    events = _events(ctx, "Chad and Sudan exchanged prisoners on Friday. Chad accused Sudan of shelling a border "
                          "town hours later.", "2023-05-10")
    assert [e.date.start for e in events if str(e.type) == "ACCUSE"] == ["2023-05-05"]


def test_events_an_ordinal_between_the_possessive_and_the_noun_is_still_a_re_mention(ctx: Context) -> None:
    events = _events(ctx, "The Japanese prime minister visited India in March 2023. It was his second trip to "
                          "New Delhi in a year.", "2023-05-10")
    assert [e.date.start for e in events if str(e.type) == "CONSULT"] == ["2023-03"]


def test_events_awarding_a_contract_is_no_honour(ctx: Context) -> None:
    assert _events(ctx, "In May 2019 Egypt awarded a Chinese firm a contract to build a port.") == []
