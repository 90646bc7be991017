"""Probes of sanctions, signings and non-events (sixth round): sentences written for these tests, several per
construction, each "TYPE MODE SOURCE TARGET [STATUS] | sentence" (mode "-" for none; symmetric types in either
order) that must give that event (with that status when given), or "NOT TYPE [MODE] | sentence" that must give no
event of that type (and mode), or "NO CODE | sentence" that must give no event with that party (a pair "- -" stands for
any pair).

Constructions: closing another state's consulates or missions (plural and dual) is SANCTION discontinue; talks or
ties frozen with a possessive (جمدت مفاوضاتها مع) are a SANCTION and no talks; a credit line or loan signed is
SUPPORT sign besides the AID, the participle after the loan ("a loan signed in 2015") is not; an agreement renewed is
signed again; a retaliation in kind is the measure answered (none when no measure was told);
planning, intending or wanting to buy is no request, and being
keen or eager to buy is a plan; goods received make no host; sanctions as a topic ("including on sanctions", "its
position on sanctions") are no sanction; an invitation as background ("despite an invitation") is no request; a
habit (دأبت على رفض، "routinely rejects") is no dated act; an indefinite "زيارة مرتقبة" and a trip "postponed" are
planned; a denial after the act in its sentence ("but Cairo called the reports 'unfounded'", "وهو ما نفته أنقرة")
negates the act; Somaliland is no state; raising a trade volume (رفع حجم التجارة) is no lifting (RETREAT); a crowd or support
rallied (حشد) is no mobilisation, a military build-up (حشد عسكري، حشدت قواتها) is."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import check, probe_lines, run

SYMMETRIC = {("CONSULT", "meet"), ("AGREE", None), ("SUPPORT", "sign")}

PROBES = {
    "en": """
    SANCTION discontinue RUS EST | Russia orders the closure of two Estonian consulates.
    SANCTION discontinue POL RUS | Poland ordered the closure of the Russian consulates in Gdansk and Krakow on Friday.
    SANCTION discontinue USA CHN | Washington closed two Chinese consulates last July.
    SANCTION discontinue LTU BLR | Lithuania shut down the Belarusian diplomatic missions in Vilnius on Monday.
    NOT SANCTION | Egypt opened two new consulates in Saudi Arabia on Monday.
    SUPPORT sign EGY IND | Egypt signed a credit line with India worth $1 billion on Monday.
    AID loan - - | Egypt signed a credit line with India worth $1 billion on Monday.
    SUPPORT sign KEN CHN | Kenya and China signed two loans worth $300 million on Tuesday.
    SUPPORT sign PAK SAU | Pakistan inked a $1 billion credit facility with Saudi Arabia last week.
    NOT SUPPORT | The power station is financed by a $25 billion Russian state loan signed in 2015.
    SUPPORT sign EGY GRC | Egypt renewed the agreement with Greece in 2012.
    SUPPORT sign FRA MAR | France and Morocco signed the accord in 2005 and renewed it in 2015.
    NOT SUPPORT | Egypt renewed its call on Ethiopia to halt the dam filling on Monday.
    NOT SUPPORT | Egypt renewed its commitment to the accord with Sudan on Monday.
    SANCTION expel DZA FRA | France expelled twelve Algerian diplomats on Sunday. Algeria retaliated in kind on Monday.
    SANCTION discontinue CHN AUS | Australia banned Chinese flights on Sunday. Beijing responded in kind on Monday.
    SANCTION expel DZA FRA | Algeria responded in kind on Monday, expelling twelve French diplomats.
    NOT SANCTION - | Algeria responded in kind on Monday, expelling twelve French diplomats.
    NOT SANCTION | Algeria retaliated in kind on Monday.
    NOT REQUEST | Egypt intends to buy Russian wheat.
    NOT REQUEST | Egypt plans to buy fighter jets from France.
    NOT REQUEST | Algeria wants to buy Russian submarines.
    COOPERATE military EGY FRA planned | Egypt is keen to buy French fighter jets.
    COOPERATE military IND USA planned | India is eager to buy American drones.
    REQUEST purchase EGY FRA | Egypt asked to buy French fighter jets on Monday.
    NOT CONSULT | Egypt has still not received the Russian wheat shipments.
    NOT CONSULT | Lebanon received the Iraqi fuel deliveries on Monday.
    CONSULT visit RUS EGY | Sisi received Putin in Cairo on Monday.
    NOT SANCTION | Erdogan and Sisi discussed trade, including on sanctions against Russia.
    NOT SANCTION | India's position on sanctions against Russia was discussed on Monday.
    SANCTION - EUR RUS | The European Union imposed sanctions on Russia on Monday.
    NOT REQUEST | Sisi did not travel to Moscow despite an invitation from the Kremlin.
    NOT REQUEST | Kim stayed away from the summit in Seoul despite repeated invitations from Moon.
    NOT REJECT | Ethiopia routinely rejects Egyptian accusations.
    NOT REJECT | Ethiopia habitually rejects Egyptian accusations over the dam.
    REJECT - ETH EGY | Ethiopia rejected the Egyptian accusations on Monday.
    CONSULT visit EGY USA planned | Sisi's US trip was postponed.
    MOBILIZE troops EGY SOM negated | Reports said Egypt had sent troops to Somalia, but Cairo called the reports unfounded.
    MOBILIZE troops EGY SOM negated | Egypt deployed troops to Somalia in May, but Cairo called the reports "unfounded".
    COOPERATE military TUR ETH negated | Turkey sold drones to Ethiopia last year, though Ankara dismissed the reports.
    MOBILIZE troops EGY SOM occurred | Egypt deployed troops to Somalia in May, officials said.
    CONSULT visit EGY USA planned | The Egyptian president's visit to Washington has been postponed.
    NO SOM | Ethiopia signed a memorandum with the Republic of Somaliland on Monday.
    NO SOM | Ethiopia signed a memorandum with the breakaway region of "Somaliland" on Monday.
    """,
    "ar": """
    SANCTION discontinue RUS EST | وتأمر روسيا بإغلاق قنصليتين إستونيتين.
    SANCTION discontinue POL RUS | أغلقت بولندا القنصليات الروسية في غدانسك وكراكوف يوم الجمعة.
    SANCTION discontinue LTU BLR | قررت ليتوانيا إغلاق البعثات الدبلوماسية البيلاروسية يوم الاثنين.
    NOT SANCTION | افتتحت مصر قنصليتين جديدتين في السعودية يوم الاثنين.
    SANCTION discontinue ARE USA | جمدت الإمارات مفاوضاتها مع الولايات المتحدة يوم الاثنين.
    NOT CONSULT | جمدت الإمارات مفاوضاتها مع الولايات المتحدة يوم الاثنين.
    SANCTION discontinue EGY ETH | علقت مصر محادثاتها مع إثيوبيا بشأن السد يوم الأحد.
    SANCTION discontinue MAR DZA | أعلن المغرب تجميد علاقاته مع الجزائر يوم الثلاثاء.
    SUPPORT sign EGY IND | وقعت مصر خط ائتمان مع الهند يوم الاثنين.
    AID loan - - | وقعت مصر خط ائتمان مع الهند يوم الاثنين.
    SUPPORT sign PAK SAU | وقعت باكستان والسعودية تسهيلات ائتمانية بقيمة مليار دولار يوم الثلاثاء.
    SUPPORT sign EGY GRC | جددت مصر واليونان الاتفاقية عام 2012.
    NOT SUPPORT | جددت مصر دعوتها إثيوبيا إلى وقف ملء السد يوم الاثنين.
    NOT SUPPORT | وجددت الخارجية الجزائرية أمس تمسكها بالاتفاق مع مالي.
    SUPPORT sign MAR ESP | وجدد المغرب وإسبانيا اتفاقية الصيد البحري يوم الاثنين.
    SANCTION expel DZA FRA | طردت فرنسا دبلوماسيين جزائريين يوم الأحد. وردت الجزائر بالمثل يوم الاثنين.
    SANCTION expel DZA FRA | ردت الجزائر بالمثل وطردت دبلوماسيين فرنسيين يوم الاثنين.
    NOT RETREAT | قررت مصر رفع حجم التجارة مع روسيا إلى 10 مليارات دولار.
    NOT RETREAT | واتفق الرئيسان على رفع مستوى التبادل التجاري بين مصر وتركيا.
    RETREAT ease USA SYR | وقررت واشنطن رفع العقوبات عن سوريا يوم الاثنين.
    NOT REJECT | دأبت إثيوبيا على رفض الاتهامات المصرية.
    NOT REJECT | ودأبت أبوظبي على رفض الاتهامات السودانية.
    REJECT - ETH EGY | رفضت إثيوبيا الاتهامات المصرية يوم الاثنين.
    CONSULT visit EGY RUS planned | وأكد الرئيس المصري زيارة مرتقبة إلى موسكو.
    MOBILIZE troops EGY SOM negated | نشرت مصر قوات في الصومال في مايو، لكن القاهرة وصفت التقارير بأنها لا أساس لها.
    COOPERATE military TUR ETH negated | باعت تركيا طائرات مسيرة لإثيوبيا العام الماضي، وهو ما نفته أنقرة.
    COOPERATE military TUR ETH occurred | باعت تركيا طائرات مسيرة لإثيوبيا العام الماضي.
    CONSULT visit TUR EGY planned | وتحدث الوزير عن زيارة مرتقبة للرئيس التركي إلى القاهرة.
    NO SOM | وقعت إثيوبيا مذكرة تفاهم مع إقليم أرض الصومال يوم الاثنين.
    NO SOM | وقعت إثيوبيا مذكرة تفاهم مع إقليم "أرض الصومال" الانفصالي يوم الاثنين.
    NOT MOBILIZE | حشدت مصر الدعم الدولي لموقفها من السد يوم الاثنين.
    MOBILIZE - ETH ERI | حشدت إثيوبيا قوات على الحدود مع إريتريا يوم الاثنين.
    MOBILIZE troops RUS UKR | وما أعقبه من حشد عسكري روسي قرب الحدود مع أوكرانيا أثار القلق.
    MOBILIZE troops TUR SYR | وأثار الحشد العسكري التركي على الحدود السورية قلق دمشق الشهر الماضي.
    NOT MOBILIZE | شارك حشد كبير في استقبال الرئيس الروسي في القاهرة.
    """,
}


@pytest.mark.parametrize(("lang", "expected", "text"), probe_lines(PROBES))
def test_x6_vocab_probe(pipeline: Pipeline, lang: str, expected: str, text: str) -> None:
    check(run(pipeline, lang, text)[1], expected, SYMMETRIC)
