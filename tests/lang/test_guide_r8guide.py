"""Probes of the guide's eighth-round decisions (branch r8guide): sentences written for these tests, each "TYPE MODE
SOURCE TARGET [STATUS] | sentence" (mode "-" for none) that must give that event, or "NO EVENT | sentence", or
"NOT TYPE [MODE] | sentence" that must give no event of that type (and mode).

Constructions: ordering another state's nationals, citizens or workers out, or giving them a deadline to leave, is
COERCE deport (CODING_GUIDE eighth round); the same verbs with diplomats stay SANCTION expel, and a state's own
citizens told to leave a foreign country are no deportation. Spying or eavesdropping on another state's leaders is
COERCE cyber; lifting a veto or dropping an objection is RETREAT ease (the veto is its object, no REJECT);
renouncing a claim is CONCEDE (the claim is no REQUEST); thanking a state is SUPPORT (Arabic: only the feminine
past, the bare stem being the surname Shoukry). Declining or refusing an invitation is REJECT meet, the visit invited
to no event of its own."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import check, probe_lines, run

PROBES = {
    "en": """
    COERCE deport EGY QAT occurred | Egypt on Monday ordered Qatari citizens to leave the country within 14 days.
    COERCE deport SAU YEM | Saudi Arabia gave Yemeni workers a week to leave the kingdom.
    COERCE deport IRN AFG | Iran deported hundreds of Afghan nationals last month.
    NOT COERCE deport | Egypt ordered the Qatari ambassador to leave within 48 hours.
    SANCTION expel EGY QAT | Egypt ordered the Qatari ambassador to leave within 48 hours.
    NOT COERCE deport | Kuwait ordered its citizens to leave Lebanon immediately.
    COERCE cyber USA DEU | The United States spied on the German chancellor for a decade, the report said.
    COERCE cyber USA BRA | Washington eavesdropped on the phones of Brazilian leaders.
    NOT COERCE | The journalist spied a chance to leave the meeting early.
    RETREAT ease GRC TUR | Greece lifted its veto on Turkey's bid on Monday.
    NOT REJECT | Greece lifted its veto on Turkey's bid on Monday.
    CONCEDE - IRQ KWT occurred | Iraq renounced its claim to Kuwait in 1994.
    NOT CONCEDE | Iraq renewed its claim to Kuwait in 1990.
    SUPPORT - JOR SAU | Jordan thanked Saudi Arabia for its decision to reopen the crossing.
    NOT SUPPORT | Thanks to cheap loans, the company built the line.
    REJECT meet EGY ISR | The Egyptian president declined an invitation to visit Israel.
    NOT CONSULT | The Egyptian president declined an invitation to visit Israel.
    REJECT meet EGY ISR | Egypt turned down the Israeli invitation on Monday.
    NOT REJECT meet | Egypt rejected the Israeli proposal on Monday.
    """,
    "ar": """
    COERCE deport EGY QAT occurred | أمهلت مصر أمس الرعايا القطريين 14 يوما لمغادرة أراضيها.
    COERCE deport SAU ETH | أمرت السعودية العمال الإثيوبيين بمغادرة المملكة خلال شهر.
    NOT COERCE deport | أمهلت مصر السفير القطري 48 ساعة لمغادرة أراضيها.
    SANCTION expel EGY QAT | أمهلت مصر السفير القطري 48 ساعة لمغادرة أراضيها.
    NOT COERCE deport | أمرت الكويت رعاياها بمغادرة لبنان فورا.
    COERCE cyber USA DEU | تجسست الولايات المتحدة على المستشارة الألمانية سنوات طويلة.
    COERCE cyber USA BRA | وكشفت الصحيفة أن واشنطن تنصتت على هواتف قادة برازيليين.
    RETREAT ease GRC TUR | رفعت اليونان الفيتو عن انضمام تركيا يوم الاثنين.
    NOT REJECT | رفعت اليونان الفيتو عن انضمام تركيا يوم الاثنين.
    CONCEDE - IRQ KWT occurred | تخلى العراق عن مطالبته بالكويت عام 1994.
    NOT REQUEST | تخلى العراق عن مطالبته بالكويت عام 1994.
    SUPPORT - EGY SAU | شكرت مصر السعودية على قرارها فتح المعبر.
    NOT SUPPORT | وقال وزير الخارجية سامح شكري إن الاجتماع انتهى.
    REJECT meet EGY ISR | رفض الرئيس المصري دعوة لزيارة إسرائيل.
    NOT CONSULT | رفض الرئيس المصري دعوة لزيارة إسرائيل.
    NOT REJECT meet | رفضت مصر المقترح الإسرائيلي يوم الاثنين.
    """,
}


@pytest.mark.parametrize(("lang", "expect", "text"), probe_lines(PROBES))
def test_guide_probe(pipeline: Pipeline, lang: str, expect: str, text: str) -> None:
    check(run(pipeline, lang, text)[1], expect, set())
