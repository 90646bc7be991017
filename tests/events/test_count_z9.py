"""How many events an article yields, z9: a joint statement named by the noun with its participle ("In a joint
statement issued after the talks, the leaders agreed ...", "A joint communique released at the end of the visit
committed the two governments to ...") is a document the parties issued -- one more signing beside the agreements
signed (CODING_GUIDE) -- whose issuers are the parties told before when the sentence names only "the leaders" or
"the two sides"; a statement only cited ("according to a joint statement") is none. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _signings(ctx: Context, body: str) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(a.country for a in (e.source, e.target) if a is not None and a.country))
                  for e in pipeline_events(ctx, body, "en", "2024-05-01")
                  if str(e.type) == "SUPPORT" and e.mode == "sign")


@pytest.mark.parametrize("statement", [
    "In a joint statement issued after the talks, the leaders agreed to expand cooperation in farming.",
    "In a joint communique released in the evening, the two sides agreed to raise trade to $10 billion.",
    "A joint declaration adopted at the end of the visit committed the two governments to yearly summits.",
    "In a joint statement published on the presidency's website, the two presidents pledged to open new flights.",
    "A joint communiqué issued after the meeting said the two countries would resume direct flights.",
], ids=["issued-leaders", "released-sides", "adopted-governments", "published-presidents", "communique-said"])
def test_count_joint_statement_issued_is_second_signing(ctx: Context, statement: str) -> None:
    body = ("NAIROBI, April 30 - Kenyan President William Ruto held talks with Egyptian President Abdel Fattah al-Sisi "
            "on Tuesday, and ministers from both countries signed four agreements. " + statement)
    assert _signings(ctx, body) == [("EGY", "KEN"), ("EGY", "KEN")]


@pytest.mark.parametrize("statement", [
    "According to a joint statement, the leaders agreed to expand cooperation in farming.",
    "The leaders agreed to expand cooperation in farming, the two governments said.",
], ids=["according-to", "no-statement"])
def test_count_statement_only_cited_adds_no_signing(ctx: Context, statement: str) -> None:
    body = ("NAIROBI, April 30 - Kenyan President William Ruto held talks with Egyptian President Abdel Fattah al-Sisi "
            "on Tuesday, and ministers from both countries signed four agreements. " + statement)
    assert _signings(ctx, body) == [("EGY", "KEN")]


def test_count_statement_issuers_named_apart_are_its_parties(ctx: Context) -> None:
    # a sentence naming its own states: the statement is theirs, not the pair told before
    body = ("NAIROBI, April 30 - Kenyan President William Ruto held talks with Egyptian President Abdel Fattah al-Sisi "
            "on Tuesday. In a joint statement issued on Wednesday, Ethiopia and Sudan agreed to reopen their border.")
    assert ("ETH", "SDN") in _signings(ctx, body)
    assert ("EGY", "KEN") not in _signings(ctx, body)


def _sanctions(ctx: Context, body: str, lang: str) -> list[str]:
    return sorted(str(e.mode) for e in pipeline_events(ctx, body, lang, "2024-01-18") if str(e.type) == "SANCTION")


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Pakistan recalled its ambassador from Tehran on Wednesday. All high-level visits between the two countries "
           "were put on hold."),
    ("en", "Kenya recalled its envoy from Mogadishu on Wednesday and suspended ministerial visits to Somalia."),
    ("en", "Algeria withdrew its ambassador from Rabat on Wednesday and froze high-level contacts with Morocco."),
    ("ar", "واستدعت باكستان أمس سفيرها لدى طهران، كما علقت جميع الزيارات الرفيعة المستوى مع إيران."),
    ("ar", "وسحبت كينيا أمس سفيرها من مقديشو، وجمدت الاتصالات الرسمية مع الصومال."),
], ids=["en-put-on-hold-passive", "en-suspended-ministerial", "en-froze-contacts", "ar-allaqat-ziyarat",
        "ar-jammadat-ittisalat"])
def test_count_visits_suspended_beside_recall_is_second_sanction(ctx: Context, lang: str, body: str) -> None:
    # contacts frozen as a whole reduce relations: one more act beside the recall, and no trip
    assert _sanctions(ctx, body, lang) == ["discontinue", "withdraw"]
    assert not [e for e in pipeline_events(ctx, body, lang, "2024-01-18") if str(e.type) == "CONSULT"]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Kenyan President William Ruto visits Somalia on Wednesday for talks on border security."),
    ("ar", "ويزور الرئيس الكيني الصومال الأربعاء المقبل."),
], ids=["en-visits-verb", "ar-yazur"])
def test_count_a_visit_is_no_suspension(ctx: Context, lang: str, body: str) -> None:
    assert not _sanctions(ctx, body, lang)
    assert [e.mode for e in pipeline_events(ctx, body, lang, "2024-01-18") if str(e.type) == "CONSULT"] == ["visit"]


def _kinds(ctx: Context, body: str, lang: str) -> list[tuple[str, str | None]]:
    return sorted((str(e.type), e.mode) for e in pipeline_events(ctx, body, lang, "2023-03-20"))


@pytest.mark.parametrize(("lang", "body"), [
    ("ar", "بغداد - وقع العراق وإيران أمس اتفاقا أمنيا يقضي بتنسيق حماية الحدود المشتركة، وذلك خلال زيارة يقوم بها وزير "
           "الخارجية الإيراني إلى بغداد."),
    ("ar", "القاهرة - وقعت مصر والسودان أمس مذكرة تفاهم تنص على إقامة منطقة تجارة حرة، وذلك خلال زيارة الرئيس السوداني "
           "إلى القاهرة."),
    ("ar", "الرباط - وقع المغرب وموريتانيا أمس اتفاقية تقضي بفتح معبر حدودي جديد، خلال زيارة رسمية لرئيس الحكومة "
           "الموريتانية إلى الرباط."),
    ("en", "NAIROBI, May 3 - Kenya and Uganda on Tuesday signed an accord providing for a new rail link during Ugandan "
           "President Yoweri Museveni's visit to Nairobi."),
], ids=["ar-yaqdi-wadhalika", "ar-tanussu-wadhalika", "ar-taqdi-khilal", "en-providing-during"])
def test_count_visit_a_document_was_signed_in_is_no_content_of_it(ctx: Context, lang: str, body: str) -> None:
    # what the document says ends where the occasion of its signing is told: the visit is coded beside the signing
    assert _kinds(ctx, body, lang) == [("CONSULT", "visit"), ("SUPPORT", "sign")]


def test_count_visit_a_document_provides_for_stays_its_content(ctx: Context) -> None:
    body = "القاهرة - وقعت مصر والسودان أمس اتفاقا ينص على زيارة وفد وزاري مصري إلى الخرطوم الشهر المقبل."
    assert _kinds(ctx, body, "ar") == [("SUPPORT", "sign")]


def _consults(ctx: Context, body: str) -> list[str | None]:
    return sorted(str(e.mode) for e in pipeline_events(ctx, body, "en", "2024-07-10") if str(e.type) == "CONSULT")


@pytest.mark.parametrize("body", [
    "HANOI, July 10 - In late June, Prime Minister Pham Minh Chinh travelled to Dalian for an economic forum and sat "
    "down there with Chinese Premier Li Qiang.",
    "HANOI, July 10 - In late June, Prime Minister Pham Minh Chinh travelled to Dalian for the forum's summer meeting "
    "and sat down there with Chinese Premier Li Qiang.",
    "NAIROBI, July 10 - On Tuesday President William Ruto flew to Addis Ababa for the regional summit and sat down "
    "separately with Ethiopian Prime Minister Abiy Ahmed.",
    "NAIROBI, July 10 - On Tuesday President William Ruto flew to Addis Ababa for the regional meeting and met "
    "Ethiopian Prime Minister Abiy Ahmed.",
], ids=["there-forum", "there-summer-meeting", "separately-summit", "met-after-meeting-noun"])
def test_count_talks_with_own_verb_beside_trip_for_a_meeting(ctx: Context, body: str) -> None:
    # the meeting a trip was made for is part of the trip; talks told with a verb of their own are coded beside it
    assert _consults(ctx, body) == ["meet", "visit"]


@pytest.mark.parametrize("body", [
    "HANOI, July 10 - In late June, Prime Minister Pham Minh Chinh travelled to Beijing for talks with Chinese "
    "Premier Li Qiang.",
    "NAIROBI, July 10 - On Tuesday President William Ruto flew to Addis Ababa for a meeting with Ethiopian Prime "
    "Minister Abiy Ahmed.",
], ids=["for-talks", "for-a-meeting"])
def test_count_talks_only_as_trip_purpose_stay_one_visit(ctx: Context, body: str) -> None:
    assert _consults(ctx, body) == ["visit"]
