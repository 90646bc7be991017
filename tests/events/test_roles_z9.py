"""Who did it to whom (round z9): agreement of a feminine verb with a masculine title after it (its object), the
pair "between the two countries" in a phrase set off after a named subject, and the agent of a request named
after "from" (sentences written for these tests)."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _pairs(ctx: Context, body: str, lang: str, etype: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, lang, "2024-05-10")) if ty == etype}


@pytest.mark.parametrize("body, source, target", [
    ("استدعت القاهرة سفيرها لدى تل أبيب، وطردت السفير الإسرائيلي من أراضيها.", "EGY", "ISR"),
    ("وفي 3 مارس، استدعت الجزائر سفيرها من باريس، وأمهلت السفير الفرنسي 48 ساعة لمغادرة البلاد.", "DZA", "FRA"),
    ("سحبت بغداد سفيرها من أنقرة أمس، ثم طردت القائم بالأعمال التركي.", "IRQ", "TUR"),
    ("أعلنت موريتانيا أمس الأول قطع علاقاتها مع إيران، وطردت القائم بالأعمال الإيراني.", "MRT", "IRN"),
])
def test_masculine_title_after_a_feminine_verb_is_its_object(ctx: Context, body: str, source: str,
                                                             target: str) -> None:
    assert _pairs(ctx, body, "ar", "SANCTION") >= {(source, target)}
    assert (target, source) not in _pairs(ctx, body, "ar", "SANCTION")


def test_a_feminine_title_after_the_verb_stays_its_subject(ctx: Context) -> None:
    body = "طردت وزيرة الخارجية السويدية السفير الإيراني أمس."
    assert _pairs(ctx, body, "ar", "SANCTION") == {("SWE", "IRN")}


def test_a_masculine_title_after_another_noun_is_its_genitive(ctx: Context) -> None:
    # the feminine verb agrees with the plane; the minister of its genitive is the traveller
    body = "وهبطت طائرة وزير الخارجية المصري في مطار الرياض صباح اليوم."
    assert _pairs(ctx, body, "ar", "CONSULT") == {("EGY", "SAU")}


@pytest.mark.parametrize("body, source, target", [
    ("شنت تركيا أمس غارات جوية على مواقع في شمال العراق، في تصعيد جديد بين البلدين.", "TUR", "IRQ"),
    ("قصفت باكستان فجر اليوم أهدافا داخل أفغانستان، وسط توتر متصاعد بين البلدين الجارين.", "PAK", "AFG"),
    ("اتهمت الجزائر المغرب بالتجسس على مسؤوليها، في أحدث فصول الأزمة بين البلدين.", "DZA", "MAR"),
])
def test_the_two_countries_in_a_phrase_after_the_subject_leave_the_pair_to_the_verb(
        ctx: Context, body: str, source: str, target: str) -> None:
    pairs = {p for ty in ("ASSAULT", "ACCUSE") for p in _pairs(ctx, body, "ar", ty)}
    assert (source, target) in pairs
    assert (target, source) not in pairs


@pytest.mark.parametrize("body, lang, requester, asked", [
    ("Kenya deployed police officers to Haiti last month following a request from Port-au-Prince.", "en",
     "HTI", "KEN"),
    ("Chad flew troops into Niger on Monday after a request from Niamey.", "en", "NER", "TCD"),
    ("روسيا تبدأ عملية عسكرية في سوريا بطلب من الحكومة السورية.", "ar", "SYR", "RUS"),
    ("دخلت قوات سعودية إلى البحرين أمس بطلب من المنامة.", "ar", "BHR", "SAU"),
])
def test_the_agent_of_a_request_follows_from(ctx: Context, body: str, lang: str, requester: str,
                                             asked: str) -> None:
    assert _pairs(ctx, body, lang, "REQUEST") == {(requester, asked)}


@pytest.mark.parametrize("body, etype, source, target", [
    ("وصل وزير الخارجية المصري إلى بغداد أمس، وطالب خلال الزيارة الحكومة العراقية بالإفراج عن المعتقلين المصريين.", "REQUEST",
     "EGY", "IRQ"),
    ("زار المبعوث الأمريكي بيروت أمس، وطالب السلطات اللبنانية بالتزام القرار 1701.", "REQUEST", "USA", "LBN"),
    ("واستقبل العاهل الأردني أمس في عمان وزيرة الخارجية الألمانية.", "CONSULT", "DEU", "JOR"),
    ("وأدان الرئيس الفرنسي الحكومة الإيرانية على قمع المتظاهرين.", "ACCUSE", "FRA", "IRN"),
])
def test_a_noun_of_the_feminine_form_after_a_masculine_verb_is_its_object(ctx: Context, body: str, etype: str,
                                                                          source: str, target: str) -> None:
    assert (source, target) in _pairs(ctx, body, "ar", etype)
    assert (target, source) not in _pairs(ctx, body, "ar", etype)


@pytest.mark.parametrize("body, etype, source, target", [
    # the adjective is on the first noun of the chain ("بنك"), or the title's head is the masculine noun
    ("وقرض بقيمة مليار دولار يقدمه بنك التصدير الصيني إلى الحكومة الكينية.", "AID", "CHN", "KEN"),
    ("وطالبت الحكومة المصرية إثيوبيا بوقف الملء.", "REQUEST", "EGY", "ETH"),
])
def test_agreement_leaves_a_subject_that_agrees(ctx: Context, body: str, etype: str, source: str,
                                                target: str) -> None:
    assert (source, target) in _pairs(ctx, body, "ar", etype)


@pytest.mark.parametrize("body, source, target", [
    ("12 مايو: الحكومة المالية تطرد السفير الفرنسي، وتأمر بإغلاق القنصليتين الفرنسيتين في غاو وتمبكتو.", "MLI", "FRA"),
    ("وقررت السلطات الصومالية أمس إغلاق القنصليتين الإثيوبيتين في هرجيسا وغاروي.", "SOM", "ETH"),
])
def test_the_nationality_of_a_mission_closed_is_the_target(ctx: Context, body: str, source: str,
                                                          target: str) -> None:
    pairs = _pairs(ctx, body, "ar", "SANCTION")
    assert (source, target) in pairs
    assert (target, source) not in pairs


@pytest.mark.parametrize("body, etype, source, target", [
    ("China lent Kenya $2 billion in March. Japan, meanwhile, signed a grant of 900 million yen with Kenya on "
     "Monday.", "SUPPORT", "JPN", "KEN"),
    ("Israel struck targets in Gaza on Sunday. Egypt, however, condemned Israel on Monday.", "ACCUSE", "EGY", "ISR"),
    ("Morocco, however, recalled its ambassador from Algiers on Tuesday.", "SANCTION", "MAR", "DZA"),
    ("Turkey, meanwhile, summoned the Swedish ambassador on Friday.", "ACCUSE", "TUR", "SWE"),
])
def test_an_adverb_set_off_after_the_subject_opens_no_clause(ctx: Context, body: str, etype: str, source: str,
                                                            target: str) -> None:
    assert (source, target) in _pairs(ctx, body, "en", etype)


@pytest.mark.parametrize("body, etype, source, target", [
    ("وأصدرت الخارجية الأردنية أمس بيانا دانت فيه اقتحام القوات الإسرائيلية للمسجد الأقصى.", "ACCUSE", "JOR", "ISR"),
    ("وسلمت وزارة الخارجية القطرية السفير الإيراني مذكرة احتجاج، طالبت فيها الحكومة الإيرانية بالإفراج عن "
     "البحارة.", "REQUEST", "QAT", "IRN"),
    ("وجاء ذلك بعد دعوى رفعتها جنوب أفريقيا أمام محكمة العدل الدولية، تتهم فيها إسرائيل بارتكاب إبادة جماعية.",
     "ACCUSE", "ZAF", "ISR"),
    ("ووجه الرئيس الجزائري رسالة إلى نظيره التونسي أكد فيها دعم بلاده لتونس.", "SUPPORT", "DZA", "TUN"),
])
def test_the_issuer_of_a_document_is_the_subject_of_a_verb_with_in_it(ctx: Context, body: str, etype: str,
                                                                      source: str, target: str) -> None:
    pairs = _pairs(ctx, body, "ar", etype)
    assert (source, target) in pairs
    assert (target, source) not in pairs


@pytest.mark.parametrize("body, source, target", [
    ("وكانت مصر قد دانت الهجوم، ثم أعلنت أمس استدعاء سفيرها من تل أبيب، وأبلغت السفير الإسرائيلي بعدم العودة.",
     "EGY", "ISR"),
    ("وقررت الجزائر أمس سحب سفيرها من باريس، وأبلغت القائم بالأعمال الفرنسي احتجاجها.", "DZA", "FRA"),
])
def test_a_party_of_the_coordinated_clause_after_a_comma_is_no_agent_of_the_noun(
        ctx: Context, body: str, source: str, target: str) -> None:
    pairs = _pairs(ctx, body, "ar", "SANCTION")
    assert (source, target) in pairs
    assert (target, source) not in pairs


@pytest.mark.parametrize("body, etype, source, target", [
    ("Ottawa said Canada had no wish to provoke India and had no plans to expel more Indian diplomats.", "SANCTION",
     "CAN", "IND"),
    ("Russia invaded Ukraine in 2022 and has since threatened to strike Poland.", "THREATEN", "RUS", "POL"),
    ("Officials said Morocco had warned Algeria and would expel the Algerian consul.", "SANCTION", "MAR", "DZA"),
])
def test_a_second_predicate_after_and_shares_the_subject_not_the_first_ones_object(
        ctx: Context, body: str, etype: str, source: str, target: str) -> None:
    pairs = _pairs(ctx, body, "en", etype)
    assert (source, target) in pairs
    assert (target, source) not in pairs
