"""Probes of type choice (eighth round): sentences written for these tests, each "TYPE MODE SOURCE TARGET [STATUS] |
sentence" (mode "-" for none) that must give that event (with that status when given), or "NO EVENT | sentence"
that must give no event at all, or "NOT TYPE [MODE] | sentence" that must give no event of that type (and mode).

Constructions: an invitation to visit (invited X to visit, extended an invitation to X for a visit, دعا X إلى زيارة،
وجه دعوة لـX لزيارة) is no event (CODING_GUIDE, "Invitations"), and the visit it names is not a visit made; an
invitation accepted is the planned visit; a request with a visit told before the verb stays a request. A commitment
with its time between the verb and its "to" ("undertook on Monday to", "committed itself on Tuesday to") is AGREE;
the bare verbs with an object are none ("committed troops"). A round named by its ordinal with talks in its
sentence ("بعد جولة ثانية عقدت هناك") is a round of those talks, no tour; a leader's second tour stays a tour.
فوائد (interest, benefits) is no ف + و + أيد (supported)."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import check, probe_lines, run

PROBES = {
    "en": """
    NO EVENT | Egypt's president invited his French counterpart to visit Cairo on Monday.
    NO EVENT | Erdogan invited Tebboune to visit Ankara on Tuesday.
    NO EVENT | Saudi Arabia extended an invitation to the Iraqi president to visit Riyadh.
    NO EVENT | The Turkish president extended an invitation to Algeria's president for a visit to Ankara.
    NO EVENT | Kenya's president invites Ethiopia's prime minister to pay a state visit to Nairobi.
    CONSULT visit TUR DZA planned | Erdogan accepted an invitation to visit Algeria.
    CONSULT visit KAZ CHN planned | Xi invited Tokayev to pay a state visit to China next year, and the Kazakh leader accepted.
    REQUEST - FRA EGY | During his visit to Cairo on Monday, Macron urged Egypt to halt the escalation.
    AGREE - RUS EGY | Russia undertook on Monday to supply Egypt with wheat.
    AGREE - TUR RUS | Turkey committed on Tuesday to buy Russian gas until 2030.
    AGREE - JPN EGY | Japan committed itself on Thursday to fund the Egyptian museum.
    AGREE - EGY SDN | Egypt undertakes today to release the Sudanese detainees.
    NOT AGREE | France committed troops to Mali on Monday.
    NOT AGREE | Egypt undertook a visit to Sudan on Monday.
    """,
    "ar": """
    NO EVENT | دعا الرئيس المصري نظيره الفرنسي إلى زيارة القاهرة يوم الاثنين.
    NO EVENT | وجه الرئيس التركي دعوة لنظيره الجزائري لزيارة أنقرة يوم الاثنين.
    NO EVENT | دعت الحكومة السعودية الرئيس العراقي لزيارة الرياض.
    NO EVENT | وجه الملك المغربي دعوة رسمية إلى الرئيس السنغالي لزيارة المغرب.
    CONSULT visit TUR DZA planned | قبل الرئيس التركي دعوة نظيره الجزائري لزيارة الجزائر.
    CONSULT visit TUR RUS planned | دعا بوتين أردوغان لزيارة موسكو، ولبى الرئيس التركي الدعوة.
    REQUEST - EGY ISR | دعت مصر إسرائيل إلى وقف إطلاق النار يوم الاثنين.
    NOT CONSULT visit | تستضيف أنقرة جولة ثالثة من المحادثات بين الصومال وإثيوبيا، بعد جولة ثانية عقدت هناك الثلاثاء.
    CONSULT meet SOM ETH | تستضيف أنقرة جولة ثالثة من المحادثات بين الصومال وإثيوبيا، بعد جولة ثانية عقدت هناك الثلاثاء.
    NOT CONSULT visit | عقدت مصر والسودان جولة أولى من المفاوضات في القاهرة، أعقبتها الجولة الثانية في الخرطوم يوم الاثنين.
    NOT SUPPORT | منحت الصين مصر قرضا بقيمة مليار دولار دون فوائد يوم الاثنين.
    NOT SUPPORT | قدمت السعودية للسودان قرضا بفوائد ميسرة يوم الاثنين.
    NOT SUPPORT | أشار الوزير إلى فوائد التعاون بين مصر والسعودية يوم الاثنين.
    SUPPORT - EGY SAU | فأيدت مصر الموقف السعودي يوم الاثنين.
    CONSULT visit EGY KWT | بدأ الرئيس المصري يوم الاثنين جولة ثانية في الخليج تشمل السعودية والكويت.
    """,
}


@pytest.mark.parametrize(("lang", "expect", "text"), probe_lines(PROBES))
def test_type_probe(pipeline: Pipeline, lang: str, expect: str, text: str) -> None:
    check(run(pipeline, lang, text)[1], expect, set())
