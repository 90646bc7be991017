"""A small database for the web and API tests: articles we wrote ourselves (Arabic with Latin words
mixed in, English, and one English article carrying script tags), with events built directly as
``model.Event`` records and written through the store API (``ingest_extracted``)."""

from __future__ import annotations

from pathlib import Path

from bilateral.model import (
    Actor,
    ActorKind,
    ActorRef,
    Article,
    Basis,
    DateValue,
    Event,
    EventType,
    Evidence,
    Mention,
    MentionKind,
    Precision,
    Span,
    Status,
    content_hash,
)
from bilateral.query import open_store
from bilateral.store.ingest import ingest_extracted

EN_VISIT = ("Egyptian Foreign Minister Karim Nasser arrived in Moscow on 3 March 2015 for talks with Russian "
            "officials.\nThe two sides signed a memorandum on a nuclear power plant.\n"
            "Nasser said the visit opened a new chapter.")
AR_VISIT = ("وصل وزير الخارجية المصري كريم ناصر إلى موسكو يوم 3 مارس 2015 في زيارة رسمية.\n"
            "ووقع الجانبان مذكرة تفاهم حول محطة الضبعة النووية مع شركة Rosatom الروسية.\n"
            "وقالت الوزارة إن المحادثات تناولت التعاون في مجال الطاقة.")
AR_CONFLICT = ("أدانت القاهرة يوم 20 أبريل 2015 التصريحات الروسية بشأن أمن المطارات.\n"
               "وفي 6 يونيو 2015 علقت روسيا الرحلات الجوية إلى مصر.")
EN_SCRIPT = ("Officials said <script>window.__pwned = 1; alert('x')</script> that the Russian embassy in Cairo "
             "hosted talks on 10 May 2015 with Egyptian diplomats.\n"
             "<img src=x onerror=\"window.__pwned = 2\"> Both sides agreed to expand trade.")
EN_JORDAN = "Jordan and Egypt held consultations in Amman on 2 February 2015."

PUBLISHED = {"en-visit": "2015-03-04", "ar-visit": "2015-03-04", "ar-conflict": "2015-06-07",
             "en-script": "2015-05-11", "en-jordan": "2015-02-03"}


def make_article(doc: str, text: str, lang: str) -> Article:
    published = PUBLISHED[doc]
    return Article(content_hash(text, lang, published), doc, text, lang, published, None,
                   f"{doc} <b>title</b>" if doc == "en-script" else f"Title of {doc}", f"{doc}.txt")


def sentence_of(text: str, phrase: str) -> tuple[int, int]:
    i = text.index(phrase)
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, (len(text) if end < 0 else end)


def make_event(art: Article, phrase: str, trigger: str, type_: str, src: str, tgt: str, date: str, *,
               mode: str | None = None, quad: int = 1, intensity: float = 2.5, src_name: str | None = None,
               status: str = "occurred") -> Event:
    start, end = sentence_of(art.text, phrase)
    t = art.text.index(trigger, start)
    return Event(
        id=content_hash(art.doc, start, end, type_, src, tgt), doc=art.doc, lang=art.lang or "en",
        type=EventType(type_), mode=mode, context=("diplomatic",),
        source=Actor(src, src_name, src, "foreign_minister" if src_name else None, "GOV"),
        target=Actor(tgt, None, tgt, None, "GOV"),
        date=DateValue(date, date, Precision.DAY, Basis.EXPLICIT, date), location=None, status=Status(status),
        quantities=(), evidence=Evidence(art.doc, start, end, art.text[start:end]), intensity=intensity, quad=quad,
        cameo=None, group=None, rules=("test.web.v1",), trigger=Span(t, t + len(trigger)), article=art.id)


def actor_mention(art: Article, words: str, country: str, kind: ActorKind = ActorKind.COUNTRY) -> Mention:
    i = art.text.index(words)
    return Mention(MentionKind.ACTOR, Span(i, i + len(words)), 0, ActorRef(kind, country), "test.web.v1", words)


def records() -> list[tuple[Article, list[Mention], list[Event]]]:
    en = make_article("en-visit", EN_VISIT, "en")
    ar = make_article("ar-visit", AR_VISIT, "ar")
    arc = make_article("ar-conflict", AR_CONFLICT, "ar")
    scr = make_article("en-script", EN_SCRIPT, "en")
    jo = make_article("en-jordan", EN_JORDAN, "en")
    return [
        (en, [actor_mention(en, "Moscow", "RUS", ActorKind.CAPITAL)], [
            make_event(en, "arrived in Moscow", "arrived", "CONSULT", "EGY", "RUS", "2015-03-03", mode="visit",
                       src_name="Karim Nasser"),
            make_event(en, "signed a memorandum", "signed", "SUPPORT", "EGY", "RUS", "2015-03-03", mode="sign",
                       intensity=5.0)]),
        (ar, [actor_mention(ar, "موسكو", "RUS", ActorKind.CAPITAL)], [
            make_event(ar, "وصل وزير", "وصل", "CONSULT", "EGY", "RUS", "2015-03-03", mode="visit",
                       src_name="Karim Nasser")]),
        (arc, [actor_mention(arc, "القاهرة", "EGY", ActorKind.CAPITAL)], [
            make_event(arc, "أدانت القاهرة", "أدانت", "ACCUSE", "EGY", "RUS", "2015-04-20", quad=3, intensity=-3.0),
            make_event(arc, "علقت روسيا", "علقت", "SANCTION", "RUS", "EGY", "2015-06-06", mode="discontinue",
                       quad=4, intensity=-5.0)]),
        (scr, [], [make_event(scr, "hosted talks", "hosted", "CONSULT", "RUS", "EGY", "2015-05-10", mode="meet")]),
        (jo, [], [make_event(jo, "held consultations", "consultations", "CONSULT", "JOR", "EGY", "2015-02-02",
                             mode="meet")]),
    ]


def build_db(path: Path) -> str:
    """Write the test articles and events into a new SQLite file; returns its path."""
    with open_store(str(path)) as store:
        ingest_extracted(store, records(), "test-web-v1", command="tests")
    return str(path)
