"""Who did it to whom (round x6): a condemned noun of force, "the two governments" after a coordinated subject,
a counted nationality before its noun, a relative clause's giver, a verbal noun after a verb of deciding past
a date (sentences written for these tests)."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _pairs(ctx: Context, body: str, lang: str, etype: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, lang, "2023-05-10")) if ty == etype}


@pytest.mark.parametrize("body, reactors, author, other", [
    ("Peruvian police forced their way into the Bolivian embassy in Lima on Friday. Chile said it was recalling "
     "its ambassador from Peru. Argentina and Uruguay condemned the raid on Saturday.",
     ("ARG", "URY"), "PER", "CHL"),
    ("Ecuadorian troops raided the Colombian consulate on Monday. Venezuela recalled its envoy from Ecuador on "
     "Tuesday. Panama condemned the storming the same day.", ("PAN",), "ECU", "VEN"),
    ("Israel raided Gaza on Monday. Egypt withdrew its envoy from Tel Aviv on Tuesday. Jordan and Qatar "
     "condemned the raid the same day.", ("JOR", "QAT"), "ISR", "EGY"),
])
def test_condemned_noun_of_force_targets_who_used_force(ctx: Context, body: str, reactors: tuple[str, ...],
                                                        author: str, other: str) -> None:
    got = _pairs(ctx, body, "en", "ACCUSE")
    for r in reactors:
        assert (r, author) in got, got
        assert (r, other) not in got, got


def test_two_governments_after_a_coordinated_subject_are_the_pair_in_dispute(ctx: Context) -> None:
    body = ("Mexico recalled its ambassador from Ecuador on Friday after Ecuador arrested a Mexican diplomat. "
            "Ecuador accused Mexico of interference on Saturday. Brazil and Colombia condemned the arrest, and "
            "Washington called on the two governments to settle their differences.")
    got = _pairs(ctx, body, "en", "REQUEST")
    assert ("USA", "BRA") not in got and ("USA", "COL") not in got, got
    assert ("USA", "MEX") in got and ("USA", "ECU") in got, got


@pytest.mark.parametrize("body, etype, pair", [
    ("Britain accused Moscow of the attack. Russia ordered 23 British diplomats to leave on Friday.",
     "SANCTION", ("RUS", "GBR")),
    ("Iran ordered 12 German diplomats to leave the country on Sunday.", "SANCTION", ("IRN", "DEU")),
    ("Algeria expelled 12 French officials on Tuesday.", "SANCTION", ("DZA", "FRA")),
    ("Turkey detained 15 Iranian nationals on Monday.", "COERCE", ("TUR", "IRN")),
    ("June 5, 1998 - Ethiopian warplanes bomb the airport in Asmara.", "ASSAULT", ("ETH", "ERI")),
])
def test_nationality_after_a_number_before_its_noun(ctx: Context, body: str, etype: str,
                                                   pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "en", etype)
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got


@pytest.mark.parametrize("body, etype, pair", [
    ("The United States, which provides Egypt with about 1.3 billion dollars in military assistance each year, "
     "withheld part of that sum in 2023.", "AID", ("USA", "EGY")),
    ("Japan, which gives Kenya millions of dollars in aid every year, summoned the Kenyan ambassador on Monday.",
     "AID", ("JPN", "KEN")),
    ("Saudi Arabia, which has lent Pakistan 3 billion dollars, urged Islamabad to act on Monday.",
     "AID", ("SAU", "PAK")),
])
def test_giver_of_a_relative_clause_is_its_antecedent(ctx: Context, body: str, etype: str,
                                                      pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "en", etype)
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got


@pytest.mark.parametrize("body, etype, pair", [
    ("قررت الحكومة المغربية يوم الاثنين طرد السفير الإيراني من الرباط.", "SANCTION", ("MAR", "IRN")),
    ("قرر مجلس الوزراء المغربي يوم الاثنين طرد السفير الإيراني.", "SANCTION", ("MAR", "IRN")),
    ("قررت السلطات السودانية أمس طرد السفير الإماراتي.", "SANCTION", ("SDN", "ARE")),
    ("تعتزم الحكومة الجزائرية الأسبوع المقبل استدعاء السفير الفرنسي.", "ACCUSE", ("DZA", "FRA")),
    ("قرر المغرب طرد السفير الإيراني من الرباط.", "SANCTION", ("MAR", "IRN")),
])
def test_arabic_verbal_noun_after_a_verb_of_deciding_past_a_date(ctx: Context, body: str, etype: str,
                                                                 pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "ar", etype)
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got


@pytest.mark.parametrize("body, pair", [
    ("Brazil recognises Palestine, and Argentina follows suit.", ("ARG", "PSE")),
    ("Norway recognises Kosovo, and Sweden follows suit.", ("SWE", "KOS")),
    ("Spain recognised Palestine, and Ireland followed suit.", ("IRL", "PSE")),
])
def test_object_before_a_comma_and_conjunction_is_no_member_of_the_next_subject(ctx: Context, body: str,
                                                                               pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "en", "SUPPORT")
    assert pair in got, got
    assert (pair[1], pair[0]) not in got and all(s != pair[1] for s, _t in got), got


def test_list_of_three_with_a_final_comma_is_still_one_subject(ctx: Context) -> None:
    got = _pairs(ctx, "Egypt, Jordan, and Qatar condemned the Israeli strike.", "en", "ACCUSE")
    assert {("EGY", "ISR"), ("JOR", "ISR"), ("QAT", "ISR")} <= got, got


@pytest.mark.parametrize("body, lang, pair", [
    ("On Sunday Li held separate talks with Yoon and with Kishida.", "en", ("KOR", "JPN")),
    ("On Monday talks were held with Ruto and with Museveni.", "en", ("KEN", "UGA")),
])
def test_partners_each_with_their_own_preposition_are_no_pair(ctx: Context, body: str, lang: str,
                                                              pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, lang, "CONSULT")
    assert pair not in got and (pair[1], pair[0]) not in got, got


def test_partners_joined_under_one_preposition_stay_a_group(ctx: Context) -> None:
    got = _pairs(ctx, "Egypt held talks with Sudan and with Ethiopia on Monday.", "en", "CONSULT")
    assert {("EGY", "SDN"), ("EGY", "ETH")} <= got, got


@pytest.mark.parametrize("body, etype, pair", [
    ("استُقبل وزير الخارجية السعودي في القاهرة من قبل الرئيس المصري.", "CONSULT", ("SAU", "EGY")),
    ("استقبل وزير الخارجية السعودي يوم الأحد من قبل الرئيس المصري عبد الفتاح السيسي.", "CONSULT", ("SAU", "EGY")),
    ("استُقبل الرئيس التونسي في الجزائر من طرف الرئيس الجزائري.", "CONSULT", ("TUN", "DZA")),
    ("اتُهمت إيران من قبل الولايات المتحدة بتزويد روسيا بطائرات مسيرة.", "ACCUSE", ("USA", "IRN")),
])
def test_arabic_passive_with_an_agent_phrase(ctx: Context, body: str, etype: str, pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "ar", etype)
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got


@pytest.mark.parametrize("body, lang, etype, pair", [
    ("Morocco received the Algerian envoy's request to reopen the border.", "en", "REQUEST", ("DZA", "MAR")),
    ("Egypt received Sudan's request for assistance.", "en", "REQUEST", ("SDN", "EGY")),
    ("Jordan received the Syrian minister's request to reopen the crossing on Monday.", "en", "REQUEST",
     ("SYR", "JOR")),
    ("تلقى المغرب طلب الجزائر إعادة فتح الحدود.", "ar", "REQUEST", ("DZA", "MAR")),
])
def test_received_request_was_made_by_its_possessor(ctx: Context, body: str, lang: str, etype: str,
                                                    pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, lang, etype)
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got
    assert not _pairs(ctx, body, lang, "CONSULT"), "a thing received is no guest"


def test_hosting_a_possessed_official_is_still_a_visit(ctx: Context) -> None:
    got = _pairs(ctx, "Sisi received Saudi Arabia's foreign minister in Cairo on Monday.", "en", "CONSULT")
    assert ("SAU", "EGY") in got, got


@pytest.mark.parametrize("body, pair", [
    ("3 ديسمبر 2010: البرازيل تعترف بدولة فلسطين على حدود عام 1967، وبعد ثلاثة أيام تحذو الأرجنتين حذوها.",
     ("ARG", "PSE")),
    ("مايو 2018: النرويج تعترف بكوسوفو، وبعد يومين تحذو السويد حذوها.", ("SWE", "KOS")),
])
def test_arabic_list_item_clause_after_a_comma_names_its_own_subject(ctx: Context, body: str,
                                                                    pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "ar", "SUPPORT")
    assert pair in got, got
    first = {s for s, _t in got} - {pair[0]}
    assert not any((f, pair[0]) in got for f in first), got


def test_arabic_list_item_subject_before_its_verb(ctx: Context) -> None:
    got = _pairs(ctx, "- 2015: مقاتلة تركية تسقط قاذفة روسية قرب الحدود السورية.", "ar", "ASSAULT")
    assert ("TUR", "RUS") in got, got


@pytest.mark.parametrize("body, etype, pair, wrong", [
    ("Chile criticised Peru on Monday, while Bolivia went further and expelled the Peruvian ambassador.",
     "SANCTION", ("BOL", "PER"), ("CHL", "PER")),
    ("Japan condemned the test, while South Korea went further and recalled its ambassador from Pyongyang.",
     "SANCTION", ("KOR", "PRK"), ("JPN", "PRK")),
])
def test_joined_verb_in_a_while_clause_keeps_that_clause_subject(ctx: Context, body: str, etype: str,
                                                                 pair: tuple[str, str], wrong: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "en", etype)
    assert pair in got, got
    assert wrong not in got, got


def test_joined_verb_without_a_subject_of_its_own_shares_the_first(ctx: Context) -> None:
    got = _pairs(ctx, "Egypt visited Moscow and signed a deal with Russia.", "en", "SUPPORT")
    assert ("EGY", "RUS") in got, got
