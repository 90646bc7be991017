"""Arabic actor mentions: clitics, demonyms in every form, capitals, titles, counterparts, groups.
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.mentions.actors import find_actors
from bilateral.model import ActorKind, Article, Mention, MentionKind
from bilateral.normalize import prepare


def actors(ctx: Context, text: str, lang: str = "ar") -> tuple[list[Mention], list[Mention]]:
    t = prepare(Article("t", "t", text, lang, "2020-01-01"))
    found, places = find_actors(t, ctx)
    for m in found + places:  # offsets always point at the words
        assert text[m.span.start:m.span.end] == m.text
    return found, places


def one(found: list[Mention], words: str) -> Mention:
    hits = [m for m in found if m.text == words]
    assert len(hits) == 1, [(m.text, m.value) for m in found]
    return hits[0]


@pytest.mark.parametrize("word, code", [
    ("وموسكو", "RUS"), ("بالقاهرة", "EGY"), ("لمصر", "EGY"), ("فدمشق", "SYR"), ("وواشنطن", "USA"),
    ("للولايات المتحدة", "USA"), ("والكرملين", "RUS"), ("بسورية", "SYR"), ("وسوريا", "SYR"), ("لأمريكا", "USA"),
    ("وأميركا", "USA"), ("بالاتحاد السوفياتي", "SUN"), ("والاتحاد السوفيتي", "SUN"), ("وروسيا الاتحادية", "RUS"),
    ("بكين", "CHN"), ("وأنقرة", "TUR"), ("بطهران", "IRN"), ("والرياض", "SAU"), ("لأبوظبي", "ARE"), ("بالدوحة", "QAT"),
    ("وكابول", "AFG"), ("كاراكاس", "VEN"), ("بيونغيانغ", "PRK"), ("وكانبيرا", "AUS"), ("تايبيه", "TWN"),
    ("كوالالمبور", "MYS"), ("والبنتاغون", "USA"), ("الدنمارك", "DNK"), ("والمجر", "HUN"), ("بيلاروسيا", "BLR"),
    ("إيكواس", "ECOWAS"),
])
def test_actors_clitics_and_variants(ctx: Context, word: str, code: str) -> None:
    found, _ = actors(ctx, f"قال مصدر إن {word} ترحب بالخطوة.")
    assert [m.value.country for m in found] == [code]
    assert found[0].kind == MentionKind.ACTOR
    assert found[0].rule.startswith("mentions.actors.v1:")


def test_actors_clitic_not_in_span(ctx: Context) -> None:
    found, _ = actors(ctx, "وصل الوفد إلى موسكو وبالقاهرة.")
    assert [m.text for m in found] == ["موسكو", "القاهرة"]
    assert [m.value.kind for m in found] == [ActorKind.CAPITAL, ActorKind.CAPITAL]


@pytest.mark.parametrize("form", ["الروسي", "الروسية", "الروس", "الروسيين", "الروسيون", "الروسيان", "الروسيتين",
                                  "روسي", "روسية", "روسيين", "والروسية", "للروسيين"])
def test_actors_demonym_every_gender_and_number(ctx: Context, form: str) -> None:
    found, _ = actors(ctx, f"التقى الوفد {form} في المدينة.")
    assert len(found) == 1
    assert found[0].value.kind == ActorKind.DEMONYM and found[0].value.country == "RUS"


def test_actors_bare_nisba_is_a_demonym(ctx: Context) -> None:
    found, _ = actors(ctx, "ارتفعت صادرات القطن المصري والأمريكية والسوفياتية.")
    assert [(m.value.kind, m.value.country) for m in found] == [
        (ActorKind.DEMONYM, "EGY"), (ActorKind.DEMONYM, "USA"), (ActorKind.DEMONYM, "SUN")]


def test_actors_title_with_demonym_is_time_independent(ctx: Context) -> None:
    found, _ = actors(ctx, "استقبل الرئيس الروسي وزير الخارجية المصري في الكرملين.")
    first = one(found, "الرئيس الروسي")
    assert first.value.kind == ActorKind.TITLE
    assert (first.value.country, first.value.role, first.value.person) == ("RUS", "head_of_state", None)
    fm = one(found, "وزير الخارجية المصري")
    assert (fm.value.kind, fm.value.country, fm.value.role, fm.value.sector) == (
        ActorKind.TITLE, "EGY", "foreign_minister", "GOV")
    assert one(found, "الكرملين").value.kind == ActorKind.CAPITAL


def test_actors_title_construct_with_country_name(ctx: Context) -> None:
    found, _ = actors(ctx, "اجتمع وزير خارجية مصر مع رئيس وزراء إسرائيل.")
    assert [(m.text, m.value.country, m.value.role) for m in found] == [
        ("وزير خارجية مصر", "EGY", "foreign_minister"), ("رئيس وزراء إسرائيل", "ISR", "head_of_government")]


def test_actors_iranian_president_heads_the_government(ctx: Context) -> None:
    found, _ = actors(ctx, "زار الرئيس الإيراني بكين.")
    assert (found[0].value.country, found[0].value.role) == ("IRN", "head_of_government")


def test_actors_title_and_name_make_one_person(ctx: Context) -> None:
    found, _ = actors(ctx, "وأكد وزير الخارجية الروسي سيرغي لافروف أن المحادثات بناءة.")
    m = one(found, "وزير الخارجية الروسي سيرغي لافروف")
    v = m.value
    assert (v.kind, v.country, v.person, v.role, v.name) == (
        ActorKind.PERSON, "RUS", "sergey-lavrov", "foreign_minister", "Sergey Lavrov")


@pytest.mark.parametrize("name", ["عبد الفتاح السيسي", "عبدالفتاح السيسي", "السيسي", "والسيسي", "للسيسي"])
def test_actors_person_spelling_variants(ctx: Context, name: str) -> None:
    found, _ = actors(ctx, f"وصرح {name} بأن الاتفاق مهم.")
    assert len(found) == 1 and found[0].value.person == "abdel-fattah-el-sisi"
    assert found[0].value.kind == ActorKind.PERSON and found[0].value.country == "EGY"


@pytest.mark.parametrize("name, pid", [
    ("مدفيديف", "dmitry-medvedev"), ("مديفيديف", "dmitry-medvedev"), ("مدفيدف", "dmitry-medvedev"),
    ("سيرغي شويغو", "sergei-shoigu"), ("سيرجي شويجو", "sergei-shoigu"), ("نيكيتا خروتشوف", "nikita-khrushchev"),
    ("نيكتيا خروتشوف", "nikita-khrushchev"), ("سيرجي لافروف", "sergey-lavrov"),
])
def test_actors_russian_name_transliterations(ctx: Context, name: str, pid: str) -> None:
    found, _ = actors(ctx, f"وقال {name} للصحفيين.")
    assert [m.value.person for m in found] == [pid]
    assert found[0].text == name


def test_actors_unknown_person_introduced_by_title(ctx: Context) -> None:
    text = "وقال رئيس المركز العربي للدراسات الاستراتيجية خالد عبد الكريم المنصوري إن الزيارة مهمة."
    found, _ = actors(ctx, text)
    m = one(found, "رئيس المركز العربي للدراسات الاستراتيجية خالد عبد الكريم المنصوري")
    assert (m.value.kind, m.value.role, m.value.person) == (ActorKind.PERSON, "head", None)
    assert m.value.name == "خالد عبد الكريم المنصوري"
    found, _ = actors(ctx, "وأوضح وزير الخارجية الأردني نادر الفرحان أن اللقاء بحث التعاون.")
    m = found[0]
    assert (m.text, m.value.kind, m.value.country, m.value.role, m.value.name) == (
        "وزير الخارجية الأردني نادر الفرحان", ActorKind.PERSON, "JOR", "foreign_minister", "نادر الفرحان")


def test_actors_counterpart_and_groups(ctx: Context) -> None:
    found, _ = actors(ctx, "بحث الوزير مع نظيره المصري العلاقات بين البلدين، واتفق الطرفان على التعاون.")
    kinds = [(m.text, m.value.kind, m.value.country) for m in found]
    assert ("نظيره المصري", ActorKind.COUNTERPART, "EGY") in kinds
    assert ("البلدين", ActorKind.GROUP, None) in kinds
    assert ("الطرفان", ActorKind.GROUP, None) in kinds
    found, _ = actors(ctx, "استقبل الوزيران نظيريهما المصريين.")
    assert [(m.text, m.value.kind, m.value.country) for m in found] == [
        ("نظيريهما المصريين", ActorKind.COUNTERPART, "EGY")]


def test_actors_dual_title_gives_each_person_the_role(ctx: Context) -> None:
    found, _ = actors(ctx, "وقع الرئيسان المصري عبد الفتاح السيسي والروسي فلاديمير بوتين الاتفاق.")
    people = [(m.value.person, m.value.country, m.value.role) for m in found]
    assert people == [("abdel-fattah-el-sisi", "EGY", "head_of_state"), ("vladimir-putin", "RUS", "head_of_state")]


def test_actors_organisations_and_bodies(ctx: Context) -> None:
    found, _ = actors(ctx, "دعت جامعة الدول العربية والأمم المتحدة ومجلس الأمن والاتحاد الأوروبي "
                           "وحلف الناتو إلى التهدئة.")
    assert [(m.value.kind, m.value.country) for m in found] == [
        (ActorKind.ORGANISATION, "ARL"), (ActorKind.ORGANISATION, "UNO"), (ActorKind.ORGANISATION, "UNO"),
        (ActorKind.ORGANISATION, "EUR"), (ActorKind.ORGANISATION, "NATO")]
    assert found[2].value.name == "UN Security Council"


def test_actors_ministry_with_demonym(ctx: Context) -> None:
    found, _ = actors(ctx, "أعلنت وزارة الخارجية الروسية ذلك.")
    v = found[0].value
    assert (found[0].text, v.kind, v.country, v.name, v.sector) == (
        "وزارة الخارجية الروسية", ActorKind.ORGANISATION, "RUS", "Ministry of Foreign Affairs", "GOV")


def test_actors_places_are_a_separate_list(ctx: Context) -> None:
    found, places = actors(ctx, "انطلقت السفن من طرطوس إلى الإسكندرية مرورا بحلب وحمص وسيناء.")
    assert found == []
    assert [(m.value.name, m.value.country) for m in places] == [
        ("Tartus", "SYR"), ("Alexandria", "EGY"), ("Aleppo", "SYR"), ("Homs", "SYR"), ("Sinai", "EGY")]
    assert all(m.kind == MentionKind.PLACE for m in places)


def test_actors_common_words_are_not_people(ctx: Context) -> None:
    found, _ = actors(ctx, "قدم البنك دعما ماليا لأن الوضع المالي صعب، وكيف نتجاوز الصدام يوم الخميس؟")
    assert found == []


def test_actors_ambiguous_surname_keeps_candidates(ctx: Context) -> None:
    found, _ = actors(ctx, "وقال الأسد إن الحوار مستمر.")
    v = found[0].value
    assert v.kind == ActorKind.PERSON and v.country == "SYR" and v.via == "ambiguous"
    assert set(v.person.split("|")) == {"hafez-al-assad", "bashar-al-assad"}
    assert ctx.kb.pick_person(v.person, "1995").id == "hafez-al-assad"
    found, _ = actors(ctx, "وقال بشار الأسد إن الحوار مستمر.")
    assert found[0].value.person == "bashar-al-assad"


def test_actors_short_ministry_needs_a_country(ctx: Context) -> None:
    found, _ = actors(ctx, "قالت الخارجية الروسية إن الدفاع الجوي تصدى للهجوم.")
    assert [(m.text, m.value.kind, m.value.country, m.value.name) for m in found] == [
        ("الخارجية الروسية", ActorKind.ORGANISATION, "RUS", "Ministry of Foreign Affairs")]


def test_actors_rank_alone_is_not_an_actor(ctx: Context) -> None:
    found, _ = actors(ctx, "وقال إن الفريق فاز، بينما أكد اللواء المصري أن اللواء حسام الدين سالم وصل.")
    assert [(m.text, m.value.kind, m.value.country, m.value.role) for m in found] == [
        ("اللواء المصري", ActorKind.TITLE, "EGY", "military"),
        ("اللواء حسام الدين سالم", ActorKind.PERSON, None, "military")]


def test_actors_name_stops_at_preposition_with_article(ctx: Context) -> None:
    found, _ = actors(ctx, "وأشاد وزير التجارة المصري كريم فؤاد بالنتائج.")
    v = found[0].value
    assert (found[0].text, v.role, v.country, v.name) == (
        "وزير التجارة المصري كريم فؤاد", "minister:trade", "EGY", "كريم فؤاد")


def test_actors_spokesperson_of_a_ministry(ctx: Context) -> None:
    found, _ = actors(ctx, "وأعلن المتحدث باسم الخارجية الروسية أن موسكو ترفض.")
    assert [(m.text, m.value.kind, m.value.country, m.value.role) for m in found] == [
        ("المتحدث باسم الخارجية الروسية", ActorKind.TITLE, "RUS", "spokesperson"),
        ("موسكو", ActorKind.CAPITAL, "RUS", None)]


def test_actors_ambassador_chain_to_unknown_name(ctx: Context) -> None:
    found, _ = actors(ctx, "استقبل الوزير سفير مصر لدى الأردن طارق حسني الشامي أمس.")
    m = next(x for x in found if x.value.kind == ActorKind.PERSON)
    assert (m.text, m.value.country, m.value.role, m.value.name) == (
        "سفير مصر لدى الأردن طارق حسني الشامي", "EGY", "ambassador", "طارق حسني الشامي")
    assert not [x for x in found if x.value.country == "JOR"]  # inside the person's title, not a separate actor


def test_actors_emir_is_head_of_state_only_with_a_country(ctx: Context) -> None:
    found, _ = actors(ctx, "التقى أمير الكويت الشيخ نواف الأحمد الأمير فيصل بن فرحان، ثم وصل الأمير القطري.")
    assert [(m.text, m.value.country, m.value.role) for m in found] == [
        ("أمير الكويت الشيخ نواف الأحمد", "KWT", "head_of_state"),
        ("الأمير فيصل بن فرحان", "SAU", None),
        ("الأمير القطري", "QAT", "head_of_state")]


def test_actors_similar_unknown_name_is_not_a_known_person(ctx: Context) -> None:
    # خالد العمر is not Khalid al-Azm (خالد العظم): the shared article does not count as similarity
    found, _ = actors(ctx, "وقال ولي العهد السعودي الأمير خالد العمر إن الزيارة ناجحة.")
    v = found[0].value
    assert (v.person, v.name, v.role, v.country) == (None, "خالد العمر", "crown_prince", "SAU")


def test_actors_surname_that_is_a_clitic_and_common_word_needs_the_full_name(ctx: Context) -> None:
    # بأول ("with the first") folds like the surname باول: alone it is no person
    for text in ("وقام بأول جولة خارجية له الشهر الماضي.", "وقام الرئيس الإيطالي بأول جولة خارجية له."):
        found, _ = actors(ctx, text)
        assert not [m for m in found if "بأول" in m.text or getattr(m.value, "country", None) == "USA"]
    found, _ = actors(ctx, "والتقى وزير الخارجية الأمريكي كولن باول نظيره المصري.")
    assert any("باول" in m.text and getattr(m.value, "country", None) == "USA" for m in found)


def test_actors_verb_that_ends_a_known_name_is_no_person(ctx: Context) -> None:
    found, _ = actors(ctx, "وأصدر المجلس قرارا دان الهجوم وطالب بوقف القتال.")
    assert not [m for m in found if "طالب" in m.text]


def test_actors_bare_definite_noun_refers_back_to_the_organisation_named_before(ctx: Context) -> None:
    found, _ = actors(ctx, "واجتمع مجلس الجامعة العربية أمس. وكانت الجامعة قد دعت إلى الحوار.")
    back = [m for m in found if m.text == "الجامعة"]
    assert [m.value.country for m in back] == ["ARL"]
    # no organisation of that kind named before, or an adjective after it: another body
    found, _ = actors(ctx, "وكانت الجامعة قد دعت إلى الحوار.")
    assert not [m for m in found if m.text == "الجامعة"]
    found, _ = actors(ctx, "واجتمع مجلس الجامعة العربية أمس في مقر الجامعة الأمريكية.")
    assert not [m for m in found if m.text.startswith("الجامعة الأ") or m.rule.endswith("back-reference")]


def test_actors_person_name_after_a_place_noun_names_the_place(ctx: Context) -> None:
    found, _ = actors(ctx, "ووصل الوفد إلى مطار الملك خالد ثم زار مسجد الشيخ زايد.")
    assert not [m for m in found if m.value.kind.value == "person"]
    found, _ = actors(ctx, "والتقى الوفد الملك خالد والشيخ زايد.")
    assert {m.value.country for m in found if m.value.kind.value == "person"} == {"SAU", "ARE"}
