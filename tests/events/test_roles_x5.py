"""Who did it to whom (round x5): trip nouns qualified by the host's nationality, Arabic verb-first subjects
that end in an adjective or an origin phrase (sentences written for these tests)."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _pairs(ctx: Context, body: str, lang: str, etype: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, lang, "2023-05-10")) if ty == etype}


@pytest.mark.parametrize("body, pair", [
    ("Indian Prime Minister Narendra Modi began his American tour on Monday.", ("IND", "USA")),
    ("Turkish President Erdogan cut short his Russian visit on Friday.", ("TUR", "RUS")),
    ("Egyptian President Sisi's Chinese visit ended on Sunday.", ("EGY", "CHN")),
    ("Brazil's President Lula wrapped up his Angolan tour on Thursday.", ("BRA", "AGO")),
    ("The Kenyan president's French trip began on Tuesday.", ("KEN", "FRA")),
])
def test_nationality_of_a_trip_after_a_possessor_is_the_host(ctx: Context, body: str, pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "en", "CONSULT")
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got


def test_nationality_of_a_trip_without_a_possessor_is_the_traveller(ctx: Context) -> None:
    got = _pairs(ctx, "A French visit to Algeria took place on Monday.", "en", "CONSULT")
    assert ("FRA", "DZA") in got, got


@pytest.mark.parametrize("body, pair", [
    ("يزور وفد من وزارة التجارة الصينية القاهرة الأسبوع المقبل.", ("CHN", "EGY")),
    ("زار وفد رفيع من وزارة الدفاع الروسية دمشق يوم الأحد.", ("RUS", "SYR")),
    ("زار وفد برلماني إيراني بغداد يوم الأحد.", ("IRN", "IRQ")),
    ("يزور وفد برلماني تركي طرابلس غدا.", ("TUR", "LBY")),
    ("وصل وفد عسكري باكستاني إلى الرياض يوم الأحد.", ("PAK", "SAU")),
])
def test_arabic_subject_after_the_verb_ending_in_adjective_or_origin(ctx: Context, body: str,
                                                                    pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "ar", "CONSULT")
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got


def test_arabic_origin_phrase_needs_an_object_after_it(ctx: Context) -> None:
    # "طلبت روسيا من مصر": من names whom one asks, not whose the subject is
    got = _pairs(ctx, "طلبت روسيا من مصر فتح مجالها الجوي.", "ar", "REQUEST")
    assert ("RUS", "EGY") in got, got


def test_arabic_clitic_noun_before_its_adjectives_still_marks_the_recipient(ctx: Context) -> None:
    got = _pairs(ctx, "قدمت مصر مساعدات عسكرية للجيش الوطني السوداني يوم الأحد.", "ar", "AID")
    assert ("EGY", "SDN") in got, got
    got = _pairs(ctx, "أنهى الرئيس الروسي زيارة للجماهيرية الليبية استغرقت يومين.", "ar", "CONSULT")
    assert ("RUS", "LBY") in got, got


@pytest.mark.parametrize("body, etype, pair", [
    ("ذكرت مصادر مطلعة أن وفدا أمنيا مصريا رفيع المستوى زار تل أبيب سرا الأسبوع الماضي.", "CONSULT", ("EGY", "ISR")),
    ("وأفادت الوكالة بأن الحكومة العراقية الجديدة طالبت أنقرة بسحب قواتها.", "REQUEST", ("IRQ", "TUR")),
    ("وأكد المتحدث أن أردوغان لن يزور أثينا خلال الشهر الجاري.", "CONSULT", ("TUR", "GRC")),
    ("وقال مسؤول إن وزير الخارجية الجزائري سيزور مدريد الأسبوع المقبل.", "CONSULT", ("DZA", "ESP")),
])
def test_arabic_reported_clause_names_its_subject_before_the_verb(ctx: Context, body: str, etype: str,
                                                                 pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "ar", etype)
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got


@pytest.mark.parametrize("body, pair", [
    ("وتعد هذه الزيارة الثالثة لعبد المجيد تبون إلى روما هذا العام.", ("DZA", "ITA")),
    ("وهي أول زيارة لرئيس إيراني إلى الرياض منذ سنوات.", ("IRN", "SAU")),
    ("وهي الزيارة الأولى للرئيس الإيراني إلى القاهرة منذ عقود.", ("IRN", "EGY")),
    ("أعلنت عمان عن زيارة مرتقبة لوزيري الخارجية والدفاع الروسيين إلى الأردن.", ("RUS", "JOR")),
])
def test_arabic_traveller_in_a_genitive_before_the_destination(ctx: Context, body: str, pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "ar", "CONSULT")
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got


@pytest.mark.parametrize("body, pair", [
    ("Japan, which has lent Indonesia more than 4 billion dollars for rail and port projects over the past decade, "
     "expelled two Indonesian diplomats on Monday.", ("JPN", "IDN")),
    ("Germany, which for years supplied Turkey with tanks, howitzers and spare parts for its army, condemned "
     "Turkey on Friday.", ("DEU", "TUR")),
])
def test_english_long_relative_between_subject_and_verb(ctx: Context, body: str, pair: tuple[str, str]) -> None:
    got = {(s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, "en", "2023-05-10")) if ty in ("SANCTION", "ACCUSE")}
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got


@pytest.mark.parametrize("body, lang", [
    ("Iran arms militias that attack Israeli positions in Lebanon.", "en"),
    ("Pakistan has long backed insurgents who fight Indian forces in Kashmir.", "en"),
    ("Turkey has openly supported the Syrian opposition since 2012.", "en"),
    ("تدعم إيران جماعات مسلحة تهاجم القوات الأمريكية في العراق.", "ar"),
    ("قدمت تركيا دعما عسكريا للمعارضة السورية عام 2013.", "ar"),
])
def test_act_done_to_a_party_of_no_state_names_no_target(ctx: Context, body: str, lang: str) -> None:
    got = {(ty, s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, lang, "2023-05-10"))}
    assert not [x for x in got if x[0] in ("SUPPORT", "AID", "COOPERATE") and x[2] is not None], got


@pytest.mark.parametrize("body, lang, pair", [
    ("Turkey has openly supported Azerbaijan against Armenia since 2020.", "en", ("TUR", "AZE")),
    ("Egypt has bought fighters and attack helicopters from Russia since 2015.", "en", ("EGY", "RUS")),
    ("قدمت تركيا دعما عسكريا لأذربيجان عام 2020.", "ar", ("TUR", "AZE")),
])
def test_act_done_to_a_state_keeps_its_target(ctx: Context, body: str, lang: str, pair: tuple[str, str]) -> None:
    got = {(s, t) for _ty, s, t, _ in coded(pipeline_events(ctx, body, lang, "2023-05-10"))}
    assert pair in got, got


@pytest.mark.parametrize("body, pair", [
    ("واتهمت السودان أمس إثيوبيا بتهديد أمنه، وطالبت مجلس الأمن بالتدخل العاجل.", ("SDN", "UNO")),
    ("انتقدت الجزائر الخطوة الفرنسية، وطالبت الاتحاد الأوروبي بالضغط على باريس.", ("DZA", "EUR")),
    ("أدانت الأردن الاقتحام، ودعت الأمم المتحدة بالتحرك الفوري.", ("JOR", "UNO")),
])
def test_arabic_joined_request_asks_the_party_before_a_definite_masdar(ctx: Context, body: str,
                                                                      pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "ar", "REQUEST")
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got


@pytest.mark.parametrize("body, lang, pair", [
    ("Russia and Serbia are close. In May Serbia signed a contract to buy twelve jets from France.", "en", ("SRB", "FRA")),
    ("Russia and India are close. India inked an agreement to purchase two frigates from Italy.", "en", ("IND", "ITA")),
    ("تتمتع روسيا ومصر بعلاقات وثيقة. ووقعت مصر صفقة لشراء 24 طائرة من فرنسا.", "ar", ("EGY", "FRA")),
])
def test_seller_in_a_deals_purpose_is_the_other_party(ctx: Context, body: str, lang: str,
                                                      pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, lang, "SUPPORT")
    assert pair in got, got


@pytest.mark.parametrize("body, pair", [
    ("On Monday Nairobi declared the Somali envoy, Ahmed Farah, persona non grata.", ("KEN", "SOM")),
    ("Rabat declared Algeria's consul persona non grata on Friday.", ("MAR", "DZA")),
    ("Lima declared the Chilean ambassador persona non grata over remarks by President Boric on Tuesday.", ("PER", "CHL")),
])
def test_official_between_verb_and_noun_is_the_object(ctx: Context, body: str, pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "en", "SANCTION")
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got


@pytest.mark.parametrize("body, etype, pair", [
    ("Jordan welcomed the accord signed by Iran and Saudi Arabia.", "SUPPORT", ("IRN", "SAU")),
    ("Serbia signed the contract during a visit to Belgrade by Emmanuel Macron on Monday.", "CONSULT", ("FRA", "SRB")),
])
def test_agent_after_by_is_the_nouns_own(ctx: Context, body: str, etype: str, pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "en", etype)
    assert pair in got, got


@pytest.mark.parametrize("body, pair", [
    ("الاتحاد الأفريقي يعلن، في اجتماع طارئ، دعمه الكامل لسيادة السودان.", ("AFU", "SDN")),
    ("مجلس الأمن يعلن، في اجتماع طارئ، دعمه الكامل لسيادة الصومال.", ("UNO", "SOM")),
    ("أعلن الاتحاد الأوروبي دعمه الكامل لوحدة أراضي أوكرانيا.", ("EUR", "UKR")),
])
def test_arabic_state_inside_a_nouns_prepositional_phrase_is_not_its_agent(ctx: Context, body: str,
                                                                          pair: tuple[str, str]) -> None:
    got = _pairs(ctx, body, "ar", "SUPPORT")
    assert pair in got, got
    assert (pair[1], pair[0]) not in got, got
