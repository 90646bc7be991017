"""Short definite references to an actor named shortly before ("the League", "المملكة", "the junta"),
from lang/<code>/anaphors.yaml. Sentences are written for these tests."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.mentions.actors import find_actors
from bilateral.model import ActorKind, ActorRef, Article
from bilateral.normalize import prepare


def anaphors(ctx: Context, text: str, lang: str) -> list[tuple[str, str | None, ActorKind]]:
    t = prepare(Article("t", "t", text, lang, "2021-03-01"))
    found, _ = find_actors(t, ctx)
    out: list[tuple[str, str | None, ActorKind]] = []
    for m in found:
        assert text[m.span.start:m.span.end] == m.text
        if isinstance(m.value, ActorRef) and m.value.via == "anaphor":
            out.append((m.text, m.value.country, m.value.kind))
    return out


def test_actors_anaphors_arabic_league_with_clitics_takes_the_named_organisation(ctx: Context) -> None:
    text = ("اجتمع وزراء الخارجية في مقر جامعة الدول العربية بالقاهرة. "
            "وكانت الجامعة قد جمدت عضوية ليبيا قبل عامين، وطالبت الجامعة طرابلس بوقف القتال.")
    assert anaphors(ctx, text, "ar") == [("الجامعة", "ARL", ActorKind.ORGANISATION)] * 2


def test_actors_anaphors_arabic_kingdom_after_a_person_is_the_state(ctx: Context) -> None:
    text = "استقبل العاهل الأردني الملك عبد الله الثاني الوفد الكويتي. وأكدت المملكة دعمها للمبادرة."
    assert anaphors(ctx, text, "ar") == [("المملكة", "JOR", ActorKind.COUNTRY)]


def test_actors_anaphors_english_council_and_junta(ctx: Context) -> None:
    text = ("The African Union's Peace and Security Council met in Addis Ababa on Friday. "
            "The council asked the soldiers who seized power in Mali to free the president. "
            "Mali's junta has not answered.")
    found = anaphors(ctx, text, "en")
    assert ("The council", "AFU", ActorKind.ORGANISATION) in found


def test_actors_anaphors_english_junta_takes_the_nearest_state(ctx: Context) -> None:
    text = "Soldiers took power in Guinea last week. On Monday the junta expelled the French ambassador."
    assert anaphors(ctx, text, "en") == [("the junta", "GIN", ActorKind.COUNTRY)]


def test_actors_anaphors_without_antecedent_or_too_far_are_not_actors(ctx: Context) -> None:
    assert anaphors(ctx, "The council will meet on Monday to discuss the budget.", "en") == []
    far = ("The Arab League called for calm. " + "Fighting went on in the north. " * 5
           + "The League has not met since.")
    assert anaphors(ctx, far, "en") == []
    # a longer actor name wins over the short form inside it
    assert anaphors(ctx, "Saudi Arabia and the United Kingdom signed a deal.", "en") == []


def test_actors_anaphors_listed_preference_picks_the_likelier_kingdom(ctx: Context) -> None:
    text = "وقعت السعودية والبحرين أمس اتفاقا مع الأردن. وأكدت المملكة أن الاتفاق يخدم المنطقة."
    assert anaphors(ctx, text, "ar") == [("المملكة", "SAU", ActorKind.COUNTRY)]
