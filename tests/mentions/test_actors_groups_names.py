"""Names that stop before event words, name variants after titles, numbered groups, plural titles,
guarded capitals and appositions/possessors. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.model import ActorKind, Mention

from .helpers import actors


def by_text(found: list[Mention], words: str) -> Mention:
    hits = [m for m in found if m.text == words]
    assert len(hits) == 1, [(m.text, m.value) for m in found]
    return hits[0]


@pytest.mark.parametrize("sentence, name", [
    ("أجرى وزير خارجية تركيا سعيد قرهبك بزيارة إلى عمان", "سعيد قرهبك"),
    ("بدأ رئيس وزراء إيطاليا يوسف فاركاش زيارة رسمية", "يوسف فاركاش"),
    ("وصل السفير الياباني كمال توشيرو لحضور المباحثات", "كمال توشيرو"),
    ("ناقش رئيس وزراء فرنسا جميل لوران ومباحثاته مستمرة", "جميل لوران"),
])
def test_actors_unknown_name_stops_at_event_words(ctx: Context, sentence: str, name: str) -> None:
    found = actors(ctx, sentence, "ar")
    people = [m for m in found if m.value.kind == ActorKind.PERSON]
    assert len(people) == 1, [(m.text, m.value) for m in found]
    assert people[0].value.name == name
    assert people[0].text.endswith(name)


@pytest.mark.parametrize("words", ["الرئيس الروسي ديمتري مديفيديف", "الرئيس الروسي دميتري مدفيدف",
                                   "رئيس الوزراء الروسي ديمتري مدفيديف", "الرئيس الروسي دميتري مديفيديف"])
def test_actors_first_name_with_surname_variant_is_one_person(ctx: Context, words: str) -> None:
    found = actors(ctx, f"استقبل {words} الوفد الزائر أمس.", "ar")
    m = by_text(found, words)
    assert m.value.kind == ActorKind.PERSON and m.value.person == "dmitry-medvedev"
    assert m.value.country == "RUS"
    assert len([x for x in found if x.value.kind == ActorKind.PERSON]) == 1


@pytest.mark.parametrize("sentence, words, lang, role", [
    ("ووقعت الدول الأربع على البيان الختامي.", "الدول الأربع", "ar", "group:4"),
    ("واتفقت البلدان الخمسة على خطة العمل.", "البلدان الخمسة", "ar", "group:5"),
    ("وأكدت الدول الثلاث دعمها للاتفاق.", "الدول الثلاث", "ar", "group:3"),
    ("وقال البيان إن البلدين سيعززان التعاون.", "البلدين", "ar", None),
    ("وبحث الجانبين ملف الطاقة.", "الجانبين", "ar", None),
    ("The four countries signed the declaration.", "The four countries", "en", "group:4"),
    ("Officials said all three countries backed the plan.", "all three countries", "en", "group:3"),
    ("The two sides agreed to meet again.", "The two sides", "en", None),
    ("Talks between the neighbours resumed on Monday.", "the neighbours", "en", None),
])
def test_actors_group_references(ctx: Context, sentence: str, words: str, lang: str, role: str | None) -> None:
    m = by_text(actors(ctx, sentence, lang), words)
    assert m.value.kind == ActorKind.GROUP and m.value.country is None and m.value.role == role


def test_actors_title_of_a_group_is_the_group(ctx: Context) -> None:
    m = by_text(actors(ctx, "اجتمع وزراء خارجية الدول الأربع في عمان.", "ar"), "وزراء خارجية الدول الأربع")
    assert m.value.kind == ActorKind.GROUP and m.value.role == "group:4"
    m = by_text(actors(ctx, "The defence ministers of the three countries met.", "en"),
                "defence ministers of the three countries")
    assert m.value.kind == ActorKind.GROUP and m.value.role == "group:3"


@pytest.mark.parametrize("sentence, words, lang", [
    ("وعقد الرئيسان جلسة مغلقة.", "الرئيسان", "ar"),
    ("وأكد وزراء الخارجية ضرورة الحل السياسي.", "وزراء الخارجية", "ar"),
    ("واتفق وزيرا الدفاع على مناورات مشتركة.", "وزيرا الدفاع", "ar"),
    ("The two presidents held a closed session.", "presidents", "en"),
    ("The foreign ministers called for calm.", "foreign ministers", "en"),
])
def test_actors_plural_title_without_country_is_a_group(ctx: Context, sentence: str, words: str, lang: str) -> None:
    m = by_text(actors(ctx, sentence, lang), words)
    assert m.value.kind == ActorKind.GROUP and m.value.country is None


def test_actors_plural_title_with_country_stays_a_title(ctx: Context) -> None:
    m = by_text(actors(ctx, "Chinese officials met the delegation.", "en"), "Chinese officials")
    assert m.value.kind == ActorKind.TITLE and m.value.country == "CHN"


@pytest.mark.parametrize("sentence", [
    "سقط مسقط الحجر على الأرض.",
    "ولد الكاتب في مسقط رأسه بالقرية.",
    "أكد الطرفان متانة الرباط الأسري في المجتمع.",
    "شد الرباط حول الجرح.",
])
def test_actors_guarded_capital_as_common_word(ctx: Context, sentence: str) -> None:
    found = actors(ctx, sentence, "ar")
    assert not [m for m in found if m.value.country in ("OMN", "MAR")], [(m.text, m.value) for m in found]


@pytest.mark.parametrize("sentence, code", [
    ("وصل الوزير إلى مسقط مساء أمس.", "OMN"),
    ("وتستضيف العاصمة الرباط المؤتمر.", "MAR"),
    ("وأعلنت الرباط استدعاء سفيرها.", "MAR"),
    ("وعقد الاجتماع بالرباط.", "MAR"),
    ("زار الوفد القاهرة والرباط.", "MAR"),
    ("ورحبت الحكومة بزيارة الوفد إلى الجزائر ومسقط.", "OMN"),
])
def test_actors_guarded_capital_in_context(ctx: Context, sentence: str, code: str) -> None:
    found = actors(ctx, sentence, "ar")
    assert [m for m in found if m.value.country == code and m.value.kind == ActorKind.CAPITAL], \
        [(m.text, m.value) for m in found]


@pytest.mark.parametrize("sentence, person, title, lang", [
    ("Putin, the president, told reporters that talks would go on.", "Putin", "president", "en"),
    ("Putin, the Russian president, told reporters.", "Putin", "Russian president", "en"),
    ("وقال بوتين، الرئيس، للصحفيين إن المحادثات ستستمر.", "بوتين", "الرئيس", "ar"),
    ("وقال بوتين، الرئيس الروسي، للصحفيين.", "بوتين", "الرئيس الروسي", "ar"),
])
def test_actors_apposition_shares_country(ctx: Context, sentence: str, person: str, title: str, lang: str) -> None:
    found = actors(ctx, sentence, lang)
    p, t = by_text(found, person), by_text(found, title)
    assert p.value.kind == ActorKind.PERSON and t.value.kind == ActorKind.TITLE
    assert p.value.country == t.value.country == "RUS"


@pytest.mark.parametrize("sentence, title, person, lang", [
    ("Putin's envoy arrived in Damascus.", "envoy", "Putin", "en"),
    ("Erdogan's spokesman denied the report.", "spokesman", "Erdogan", "en"),
    ("وصل مبعوث بوتين إلى دمشق.", "مبعوث", "بوتين", "ar"),
    ("ونفى مبعوث أردوغان التقرير.", "مبعوث", "أردوغان", "ar"),
])
def test_actors_title_of_a_person_takes_the_possessor_country(ctx: Context, sentence: str, title: str,
                                                               person: str, lang: str) -> None:
    found = actors(ctx, sentence, lang)
    t, p = by_text(found, title), by_text(found, person)
    assert t.value.kind == ActorKind.TITLE and t.value.country == p.value.country
    assert t.value.country is not None and t.value.person is None
    assert p.value.kind == ActorKind.PERSON


def test_actors_title_with_article_before_a_name_is_the_person(ctx: Context) -> None:
    m = by_text(actors(ctx, "واستقبل الرئيس بوتين الوفد.", "ar"), "الرئيس بوتين")
    assert m.value.kind == ActorKind.PERSON and m.value.role is not None
