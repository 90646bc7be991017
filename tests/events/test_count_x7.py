"""How many events a sentence yields, x7: a second act told by a noun that a verb of ordering or announcing governs,
joined to an earlier act ("expels the ambassador and orders the closure of two consulates", "تطرد السفير، وتأمر
بإغلاق قنصليتين"), is an act of its own, not the content of the first. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _modes(ctx: Context, body: str, lang: str, etype: str) -> list[str | None]:
    return sorted(str(e.mode) for e in pipeline_events(ctx, body, lang, "2024-05-01") if str(e.type) == etype)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Somalia expels the Ethiopian ambassador and orders the closure of two Ethiopian consulates."),
    ("en", "Algeria expelled the French ambassador and ordered the closure of French consulates in Oran."),
    ("en", "On Monday Kenya expelled two Somali diplomats and announced the closure of the Somali consulates in "
           "Mombasa."),
    ("ar", "مقديشو تطرد السفير الإثيوبي، وتأمر بإغلاق قنصليتين إثيوبيتين في هرجيسا."),
    ("ar", "طردت الجزائر السفير المغربي وأعلنت إغلاق قنصليتين مغربيتين في وهران."),
    ("ar", "وطردت نيروبي أمس دبلوماسيين صوماليين وقررت إغلاق القنصليات الصومالية في مومباسا."),
], ids=["en-orders-present", "en-ordered-past", "en-announced", "ar-tamur", "ar-aalanat", "ar-qarrarat"])
def test_count_ordered_closure_beside_expulsion_is_second_act(ctx: Context, lang: str, body: str) -> None:
    assert _modes(ctx, body, lang, "SANCTION") == ["discontinue", "expel"]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Algeria expelled the French ambassador over the closure of its consulates in France."),
    ("ar", "طردت الجزائر السفير الفرنسي احتجاجا على إغلاق قنصلياتها في فرنسا."),
], ids=["en-over", "ar-ihtijajan"])
def test_count_closure_as_cause_of_expulsion_stays_one(ctx: Context, lang: str, body: str) -> None:
    assert "expel" in _modes(ctx, body, lang, "SANCTION")
    assert _modes(ctx, body, lang, "SANCTION").count("expel") == 1


def _visits(ctx: Context, body: str, lang: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in pipeline_events(ctx, body, lang, "2024-05-01") if str(e.type) == "CONSULT" and e.mode == "visit")


@pytest.mark.parametrize(("lang", "body", "pair"), [
    ("ar", "3 آذار/مارس 2016: الرئيس التركي يطير إلى الرياض في أول زيارة له منذ عامين.", ("TUR", "SAU")),
    ("ar", "وطارت المستشارة الألمانية أمس إلى أنقرة.", ("DEU", "TUR")),
    ("ar", "وحطت رئيسة الوزراء الإيطالية أمس في تونس في زيارة قصيرة.", ("ITA", "TUN")),
    ("ar", "الرئيس الفرنسي يحط في الجزائر غدا.", ("FRA", "DZA")),
    ("en", "MARCH 2016 - The Turkish president returns to Riyadh and opens a new embassy building.", ("TUR", "SAU")),
    ("en", "The Chinese premier returned to Islamabad in 2019 for talks.", ("CHN", "PAK")),
], ids=["ar-yatir", "ar-taarat", "ar-hattat", "ar-yahutt", "en-returns-to", "en-returned-to"])
def test_count_trip_told_by_flight_or_return_is_visit(ctx: Context, lang: str, body: str,
                                                      pair: tuple[str, str]) -> None:
    assert _visits(ctx, body, lang) == [pair]


@pytest.mark.parametrize(("lang", "body"), [
    ("ar", "وطارت أسعار النفط إلى مستويات قياسية بعد القرار السعودي."),
    ("ar", "وعقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة."),
    ("en", "Relations between Ankara and Riyadh returned to normal in 2019."),
    ("en", "Algeria's ambassador returned to Paris this week after a long absence."),
    ("en", "Hundreds of Syrian refugees returned to Syria from Turkey last month."),
], ids=["ar-prices", "ar-emergency", "en-normal", "en-ambassador", "en-refugees"])
def test_count_no_visit_from_return_or_flight_of_things(ctx: Context, lang: str, body: str) -> None:
    assert _visits(ctx, body, lang) == []


def _counts(ctx: Context, body: str, lang: str) -> list[tuple[str, str | None]]:
    return sorted((str(e.type), e.mode) for e in pipeline_events(ctx, body, lang, "2024-05-01")
                  if str(e.type) in ("CONSULT", "SUPPORT"))


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "The Egyptian president will visit Ankara next week and co-chair the first session of the strategic "
           "cooperation council with President Erdogan."),
    ("en", "During his visit to Jakarta last month, the Malaysian foreign minister chaired the joint commission with "
           "his Indonesian counterpart."),
    ("ar", "ويبدأ الرئيس المصري غدا زيارة رسمية إلى تركيا يترأس خلالها مع الرئيس التركي الاجتماع الأول لمجلس "
           "التعاون الاستراتيجي."),
    ("ar", "وكان وزير الخارجية الماليزي قد زار جاكرتا الشهر الماضي، حيث ترأس مع نظيره الإندونيسي اجتماعات اللجنة "
           "المشتركة."),
], ids=["en-co-chair", "en-chaired", "ar-yatarass", "ar-tarass"])
def test_count_meeting_chaired_during_visit_is_talks_beside_it(ctx: Context, lang: str, body: str) -> None:
    assert _counts(ctx, body, lang) == [("CONSULT", "meet"), ("CONSULT", "visit")]


@pytest.mark.parametrize(("lang", "body"), [
    ("ar", "وجاء القرار الجزائري ضد المغرب إثر اجتماع للمجلس الأعلى للأمن ترأسه الرئيس الجزائري."),
    ("ar", "وترأس الوفد السعودي في المحادثات مع إيران رئيس جهاز الاستخبارات."),
    ("en", "As chair of the council, Egypt's foreign minister met his Turkish counterpart in Cairo."),
], ids=["ar-own-council", "ar-delegation", "en-noun-chair"])
def test_count_no_second_meeting_from_chairing_own_council_or_delegation(ctx: Context, lang: str, body: str) -> None:
    assert _counts(ctx, body, lang).count(("CONSULT", "meet")) <= 1


@pytest.mark.parametrize("body", [
    "The Egyptian and Turkish presidents will hold talks in Ankara on Wednesday, and ministers are expected to sign "
    "some 20 agreements.",
    "Rahmon will pay a state visit to Kyrgyzstan on Thursday, when the two presidents are due to sign a border treaty.",
    "The Philippine president arrives in Hanoi on Monday and is scheduled to sign a rice supply deal with Vietnam.",
    "The Saudi crown prince visits Islamabad next month, when the kingdom is slated to sign investment agreements "
    "with Pakistan.",
], ids=["expected-to", "due-to", "scheduled-to", "slated-to"])
def test_count_planned_signing_in_its_own_clause_beside_talks_or_visit(ctx: Context, body: str) -> None:
    assert ("SUPPORT", "sign") in _counts(ctx, body, "en")


def test_count_purpose_of_a_visit_stays_its_content(ctx: Context) -> None:
    body = "The Philippine president travelled to Hanoi on Monday to sign a rice supply deal with Vietnam."
    assert ("SUPPORT", "sign") not in _counts(ctx, body, "en")


@pytest.mark.parametrize("body", [
    "7 فبراير 2023: السيسي يهاتف أردوغان معزيا في ضحايا الزلزال، ومصر ترسل طائرات محملة بمساعدات طبية.",
    "وتهاتف الرئيسان المصري والتركي أمس.",
    "ومن المقرر أن يهاتف الرئيس الفرنسي نظيره الجزائري غدا.",
    "وهاتفا الرئيس الأمريكي أمس لبحث الأزمة، بحسب بيان مشترك للرئاستين المصرية والأردنية.",
], ids=["timeline-yuhatif", "tahatafa", "planned-yuhatif", "dual-hatafa"])
def test_count_call_in_present_or_dual_is_a_call(ctx: Context, body: str) -> None:
    assert ("CONSULT", "phone") in _counts(ctx, body, "ar")


@pytest.mark.parametrize("body", [
    "7 MARCH 2024 - Turkish and Somali energy ministers ink a deal on oil and gas exploration.",
    "MAY 2019 - Kenya and Uganda ink a memorandum on border trade.",
    "Egypt and Ghana are inking three agreements on investment in Accra this week.",
], ids=["timeline-ink", "timeline-ink-mou", "inking"])
def test_count_deal_inked_in_the_present_is_a_signing(ctx: Context, body: str) -> None:
    assert ("SUPPORT", "sign") in _counts(ctx, body, "en")


def test_count_ink_as_a_noun_is_no_signing(ctx: Context) -> None:
    body = "The ink on the Turkish-Somali deal of 2024 was barely dry when Ethiopia protested."
    assert ("SUPPORT", "sign") not in _counts(ctx, body, "en")
