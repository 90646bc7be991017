"""English roles, w10: a party named only inside a trailing condition ("... if the IMF approves") is no party of the
act before it; a state joined by a hyphen to a verb of hosting or organising ("Saudi-hosted talks") is where the act
took place, not a party; irregular past verbs ("sat down with", "oversaw", "swore in") tell an act gone by. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _events(ctx: Context, body: str, published: str = "2024-05-01") -> list[tuple[str, str | None, str | None]]:
    return sorted((str(e.type), e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in pipeline_events(ctx, body, "en", published))


@pytest.mark.parametrize("body", [
    "Japan extended a $300 million loan to Ghana on Monday, to be released if the IMF signs off on the programme.",
    "Germany will send Moldova 50 million euros in grants, payable only if the World Bank approves the reform plan.",
    "Canada could lend Jordan $200 million unless the IMF objects to the new borrowing.",
    "Britain said on Tuesday it would lend Sudan $100 million if the African Union guarantees the debt.",
], ids=["if-imf", "if-world-bank", "unless-imf", "if-african-union"])
def test_party_inside_trailing_condition_is_no_target(ctx: Context, body: str) -> None:
    events = _events(ctx, body)
    assert events, body
    assert all(t in (None, "GHA", "MDA", "JOR", "SDN") for _ty, _s, t in events), events


@pytest.mark.parametrize("body, host", [
    ("At Saudi-hosted talks in Jeddah on Monday, Ethiopia and Eritrea agreed on a week-long truce.", "SAU"),
    ("At Egyptian-hosted talks in Cairo on Monday, Ethiopia and Sudan agreed on a timetable for the dam.", "EGY"),
    ("During Turkish-organised talks in Istanbul on Monday, Russia and Ukraine agreed on a grain corridor.", "TUR"),
    ("Qatar-arranged talks between Rwanda and Burundi opened in Doha on Monday.", "QAT"),
], ids=["saudi-hosted", "egyptian-hosted", "turkish-organised", "qatar-arranged"])
def test_host_joined_by_hyphen_is_no_party(ctx: Context, body: str, host: str) -> None:
    events = _events(ctx, body)
    assert events, body
    assert not [e for e in events if host in e], events


@pytest.mark.parametrize("body", [
    "Indian Prime Minister Narendra Modi sat down for talks with Japanese Prime Minister Fumio Kishida on Monday.",
    "Modi sat down with Kishida on Monday.",
], ids=["sat-down-for-talks", "sat-down-with"])
def test_irregular_past_is_an_act_gone_by(ctx: Context, body: str) -> None:
    events = [e for e in pipeline_events(ctx, body, "en", "2024-05-01") if str(e.type) == "CONSULT"]
    assert events
    assert all(e.date.start == "2024-04-29" and str(e.status) == "occurred" for e in events), events


@pytest.mark.parametrize("body, pair", [
    ("According to traders in Dubai, India has suspended rice exports to Bangladesh.", ("IND", "BGD")),
    ("According to diplomats in Geneva, Iran has expelled two French diplomats.", ("IRN", "FRA")),
    ("According to residents in Tehran, Iran has expelled two British diplomats.", ("IRN", "GBR")),
], ids=["traders-in", "diplomats-in", "residents-in"])
def test_source_of_report_before_comma_is_no_civilian_subject(ctx: Context, body: str, pair: tuple[str, str]) -> None:
    events = _events(ctx, body)
    assert [e for e in events if e[1:] == pair], events


def test_civilians_in_a_place_before_verb_still_no_state_act(ctx: Context) -> None:
    assert _events(ctx, "Farmers in Poland have blocked the border with Ukraine.") == []


@pytest.mark.parametrize("body, pair", [
    ("Egypt and Sudan then signed an agreement on water sharing on Monday.", ("EGY", "SDN")),
    ("Vietnam's prime minister then met his Australian counterpart on Monday.", ("VNM", "AUS")),
    ("Japan then lent Sri Lanka $100 million on Monday.", ("JPN", "LKA")),
], ids=["then-signed", "then-met", "then-lent"])
def test_then_between_subject_and_verb_keeps_subject(ctx: Context, body: str, pair: tuple[str, str]) -> None:
    events = _events(ctx, body)
    assert [e for e in events if set(e[1:]) == set(pair)], events


@pytest.mark.parametrize("body, people", [
    ("Venezuelans backed the annexation of the disputed region from Guyana in a vote on Sunday.", "VEN"),
    ("Egyptians protested against Israel outside mosques on Friday.", "EGY"),
    ("Many Venezuelans have condemned Guyana's stance on the border.", "VEN"),
    ("Armenians denounced Azerbaijan's blockade at rallies on Sunday.", "ARM"),
], ids=["venezuelans-backed", "egyptians-protested", "many-venezuelans", "armenians-denounced"])
def test_plural_nationality_subject_is_people_not_state(ctx: Context, body: str, people: str) -> None:
    events = _events(ctx, body)
    assert not [e for e in events if e[1] == people and e[0] in ("SUPPORT", "ACCUSE")], events


def test_singular_state_subject_still_acts(ctx: Context) -> None:
    events = _events(ctx, "Armenia denounced Azerbaijan's blockade on Sunday.")
    assert ("ACCUSE", "ARM", "AZE") in events, events


@pytest.mark.parametrize("body, sources, target", [
    ("Germany, Britain and France cancelled their air services agreements with Iran on Monday after accusing it of "
     "supplying missiles to Russia.", {"DEU", "GBR", "FRA"}, "IRN"),
    ("Saudi Arabia, the UAE and Bahrain cut ties with Qatar on Monday after accusing it of funding terrorism.",
     {"SAU", "ARE", "BHR"}, "QAT"),
    ("Kenya expelled two Somali diplomats on Monday after accusing Mogadishu of meddling.", {"KEN"}, "SOM"),
    ("Algeria cut ties with Morocco in 2021 after accusing Rabat of hostile acts.", {"DZA"}, "MAR"),
], ids=["three-after-accusing-it", "gulf-after-accusing-it", "after-accusing-named", "after-accusing-capital"])
def test_participle_after_subordinator_shares_main_subject(ctx: Context, body: str, sources: set[str],
                                                           target: str) -> None:
    accusations = {(s, t) for ty, s, t in _events(ctx, body) if ty == "ACCUSE"}
    assert accusations == {(s, target) for s in sources}, accusations


@pytest.mark.parametrize("body", [
    "Canberra flew in police and soldiers to the Solomon Islands on Monday.",
    "Australia flew troops to Honiara on Monday.",
    "Wellington flew in soldiers and medics to Tonga on Monday.",
], ids=["flew-in-police-soldiers", "flew-troops", "flew-in-soldiers"])
def test_troops_as_object_of_travel_verb_is_no_visit(ctx: Context, body: str) -> None:
    assert not [e for e in _events(ctx, body) if e[0] == "CONSULT"], body


@pytest.mark.parametrize("body, pair", [
    ("Macron flew to Algiers on Monday.", ("FRA", "DZA")),
    ("Erdogan flew in to Baku on Monday for talks with Aliyev.", ("TUR", "AZE")),
], ids=["flew-to", "flew-in-to"])
def test_leader_flying_in_still_visits(ctx: Context, body: str, pair: tuple[str, str]) -> None:
    assert ("CONSULT", *pair) in _events(ctx, body), body


@pytest.mark.parametrize("second", [
    "He was welcomed with a guard of honour.",
    "He was received with a 21-gun salute at the palace.",
    "He was welcomed by President William Ruto at State House.",
], ids=["welcomed-guard", "received-salute", "welcomed-by-host"])
def test_subject_of_passive_welcome_is_the_guest(ctx: Context, second: str) -> None:
    body = "Egyptian President Abdel Fattah al-Sisi arrived in Nairobi on Monday. " + second
    visits = {(s, t) for ty, s, t in _events(ctx, body) if ty == "CONSULT"}
    assert visits == {("EGY", "KEN")}, visits


def test_active_host_still_receives_guest(ctx: Context) -> None:
    assert ("CONSULT", "EGY", "KEN") in _events(ctx, "Kenya hosted Egypt's president on Monday.")
