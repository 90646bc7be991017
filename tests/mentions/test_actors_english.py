"""English actor mentions: case-aware abbreviations, possessives, titles, counterparts, places.
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.mentions.actors import find_actors
from bilateral.model import ActorKind, Article, Mention
from bilateral.normalize import prepare


def actors(ctx: Context, text: str) -> tuple[list[Mention], list[Mention]]:
    found, places = find_actors(prepare(Article("t", "t", text, "en", "2020-01-01")), ctx)
    for m in found + places:
        assert text[m.span.start:m.span.end] == m.text
    assert [m.span.start for m in found] == sorted(m.span.start for m in found)
    return found, places


def test_actors_abbreviations_need_capitals(ctx: Context) -> None:
    found, _ = actors(ctx, "The US and the UK told us that the EU and the UN would act.")
    assert [(m.text, m.value.country) for m in found] == [("US", "USA"), ("UK", "GBR"), ("EU", "EUR"), ("UN", "UNO")]
    found, _ = actors(ctx, "He said the U.S. would help.")
    assert [(m.text, m.value.country) for m in found] == [("U.S.", "USA")]


@pytest.mark.parametrize("words, code", [
    ("Russia", "RUS"), ("the Russian Federation", "RUS"), ("Britain", "GBR"), ("United States of America", "USA"),
    ("America", "USA"), ("the Soviet Union", "SUN"), ("USSR", "SUN"), ("Turkiye", "TUR"), ("Saudi Arabia", "SAU"),
    ("the United Arab Emirates", "ARE"), ("East Germany", "DDR"), ("Czechoslovakia", "CSK"), ("Yugoslavia", "YUG"),
])
def test_actors_country_variants(ctx: Context, words: str, code: str) -> None:
    found, _ = actors(ctx, f"Officials said {words} was ready.")
    assert [m.value.country for m in found] == [code]
    assert found[0].value.kind == ActorKind.COUNTRY


@pytest.mark.parametrize("words, code", [("Moscow", "RUS"), ("the Kremlin", "RUS"), ("Washington", "USA"),
                                         ("the White House", "USA"), ("Beijing", "CHN"), ("Cairo", "EGY"),
                                         ("Damascus", "SYR"), ("Downing Street", "GBR"), ("Brussels", "EUR"),
                                         ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Tripoli", "LBY"), ("Bogotá", "COL"),
                                         ("Sana'a", "YEM")])
def test_actors_capitals_are_metonyms(ctx: Context, words: str, code: str) -> None:
    found, places = actors(ctx, f"Analysts said {words} had rejected the offer.")
    assert [(m.value.kind, m.value.country) for m in found] == [(ActorKind.CAPITAL, code)]
    assert places == []


def test_actors_demonyms(ctx: Context) -> None:
    found, _ = actors(ctx, "Egyptian cotton, Russians, Americans and an American firm.")
    assert [(m.text, m.value.kind, m.value.country) for m in found] == [
        ("Egyptian", ActorKind.DEMONYM, "EGY"), ("Russians", ActorKind.DEMONYM, "RUS"),
        ("Americans", ActorKind.DEMONYM, "USA"), ("American", ActorKind.DEMONYM, "USA")]


def test_actors_possessive_title_and_name_compose(ctx: Context) -> None:
    found, _ = actors(ctx, "Egypt's Foreign Minister Badr Abdelatty met officials.")
    v = found[0].value
    assert found[0].text == "Egypt's Foreign Minister Badr Abdelatty"
    assert (v.kind, v.country, v.role, v.person, v.name) == (
        ActorKind.PERSON, "EGY", "foreign_minister", "badr-abdelatty", "Badr Abdelatty")


def test_actors_titles_without_names(ctx: Context) -> None:
    found, _ = actors(ctx, "The Russian president called Egypt's foreign minister and the President of Iran.")
    assert [(m.text, m.value.kind, m.value.country, m.value.role) for m in found] == [
        ("Russian president", ActorKind.TITLE, "RUS", "head_of_state"),
        ("Egypt's foreign minister", ActorKind.TITLE, "EGY", "foreign_minister"),
        ("President of Iran", ActorKind.TITLE, "IRN", "head_of_government")]


def test_actors_us_titles(ctx: Context) -> None:
    found, _ = actors(ctx, "U.S. Secretary of State Marco Rubio met Defense Secretary Pete Hegseth.")
    assert [(m.value.person, m.value.country, m.value.role) for m in found] == [
        ("marco-rubio", "USA", "foreign_minister"), ("pete-hegseth", "USA", "defence_minister")]


def test_actors_unknown_titled_person(ctx: Context) -> None:
    found, _ = actors(ctx, "Ruritanian Foreign Minister Anna de la Vega met the press.")
    assert found == [] or found[0].value.country is None  # Ruritania is fictional: no country
    found, _ = actors(ctx, "Chilean Foreign Minister Anna de la Vega Soto said on Monday that talks went well.")
    v = found[0].value
    assert found[0].text == "Chilean Foreign Minister Anna de la Vega Soto"
    assert (v.kind, v.country, v.role, v.person, v.name) == (
        ActorKind.PERSON, "CHL", "foreign_minister", None, "Anna de la Vega Soto")


def test_actors_counterpart_and_group(ctx: Context) -> None:
    found, _ = actors(ctx, "He met his Russian counterpart, and the two countries signed a deal.")
    assert [(m.text, m.value.kind, m.value.country) for m in found] == [
        ("Russian counterpart", ActorKind.COUNTERPART, "RUS"), ("the two countries", ActorKind.GROUP, None)]


def test_actors_counterpart_with_name(ctx: Context) -> None:
    found, _ = actors(ctx, "He met his Russian counterpart Sergei Lavrov.")
    v = found[0].value
    assert (found[0].text, v.kind, v.person, v.country) == (
        "Russian counterpart Sergei Lavrov", ActorKind.PERSON, "sergey-lavrov", "RUS")


def test_actors_person_possessive_and_short_forms(ctx: Context) -> None:
    found, _ = actors(ctx, "Putin's envoy met al-Sisi and President el-Sisi in Cairo.")
    assert [(m.text, m.value.person) for m in found] == [
        ("Putin", "vladimir-putin"), ("envoy", None), ("al-Sisi", "abdel-fattah-el-sisi"),
        ("President el-Sisi", "abdel-fattah-el-sisi"),
        ("Cairo", None)]


def test_actors_common_word_surnames_need_a_title(ctx: Context) -> None:
    found, _ = actors(ctx, "Talks may resume in May, a major step.")
    assert found == []
    found, _ = actors(ctx, "Prime Minister Theresa May spoke.")
    assert found[0].value.person == "theresa-may"


def test_actors_organisations(ctx: Context) -> None:
    found, _ = actors(ctx, "The Arab League, NATO, the IAEA, the IMF and the UN Security Council met.")
    assert [m.value.country for m in found] == ["ARL", "NATO", "IAEA", "IMF", "UNO"]
    assert found[-1].value.name == "UN Security Council"


def test_actors_places(ctx: Context) -> None:
    _found, places = actors(ctx, "The leaders met in Sochi, then flew to Aswan and Alexandria.")
    assert [(m.value.name, m.value.country) for m in places] == [("Sochi", "RUS"), ("Aswan", "EGY"),
                                                                  ("Alexandria", "EGY")]


def test_actors_military_rank_needs_a_name_of_two_words(ctx: Context) -> None:
    found, _ = actors(ctx, "The General Assembly voted; General Motors grew; General Maria Ostrova and "
                           "the Egyptian general spoke.")
    assert [(m.text, m.value.kind, m.value.role) for m in found] == [
        ("General Maria Ostrova", ActorKind.PERSON, "military"), ("Egyptian general", ActorKind.TITLE, "military")]


def test_actors_leader_alone_is_not_a_head_of_state(ctx: Context) -> None:
    found, _ = actors(ctx, "The opposition leader met the Turkish leader and the director.")
    assert [(m.text, m.value.country, m.value.role) for m in found] == [("Turkish leader", "TUR", "head_of_state")]


def test_actors_courtesy_words_between_title_and_name(ctx: Context) -> None:
    found, _ = actors(ctx, "Foreign Minister Dr. Hani Ibrahim Sabry met the Emir Sheikh.")
    assert [(m.text, m.value.kind, m.value.name) for m in found] == [
        ("Foreign Minister Dr. Hani Ibrahim Sabry", ActorKind.PERSON, "Hani Ibrahim Sabry"),
        ("Emir", ActorKind.TITLE, None)]


@pytest.mark.parametrize("words, code", [
    ("Kyiv", "UKR"), ("Teheran", "IRN"), ("Sana'a", "YEM"), ("Nur-Sultan", "KAZ"), ("Naypyidaw", "MMR"),
    ("the Quai d'Orsay", "FRA"), ("the Gulf Cooperation Council", "GCC"),
])
def test_actors_english_capital_spellings_and_seats(ctx: Context, words: str, code: str) -> None:
    # "the Gulf" alone is a sea: the organisation's longer name with its article must win
    found, _ = actors(ctx, f"Officials said {words} rejected the plan.")
    assert [m.value.country for m in found] == [code]


def test_actors_abbreviations_take_the_possessive(ctx: Context) -> None:
    found, _ = actors(ctx, "Israel rebuffed the UN's call, the EU\u2019s plea and the US's demand.")
    assert [(m.text, m.value.country) for m in found] == [("Israel", "ISR"), ("UN", "UNO"), ("EU", "EUR"),
                                                          ("US", "USA")]
    # a lower-case word is still no abbreviation
    found, _ = actors(ctx, "They told us's friends nothing.")
    assert found == []
