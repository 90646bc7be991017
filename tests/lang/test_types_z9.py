"""Probes of the less frequent types (ninth round): sentences written for these tests, each "TYPE MODE SOURCE TARGET
[STATUS] | sentence" (mode "-" for none) that must give that event (with that status when given), or "NO EVENT |
sentence" that must give no event at all, or "NOT TYPE [MODE] | sentence" that must give no event of that type (and
mode).

Constructions: a promised withdrawal (agreed/promised/pledged to withdraw or remove troops or missiles, وافقت على سحب
قواتها، تعهد بسحب، وعد بسحب الصواريخ) is CONCEDE (PLOVER), with no RETREAT beside it; the withdrawal carried out stays
RETREAT withdraw. Staying away from talks (was absent from, failed to attend, تغيبت عن، غاب عن، تخلف عن حضور) is
REJECT meet, with no CONSULT beside it. Duties put on hold, paused or waived for a state are RETREAT ease. A reply in
kind announced (would answer ... in kind, would reciprocate, will take countermeasures) and a warning whose clause
tells the warner's own measure (حذر من أن بلاده قد تفرض عقوبات، ستقطع علاقاتها، سترد بالمثل) are THREATEN that
occurred, not a planned or hypothetical SANCTION; a warning that an act would damage relations or that the warner
would no longer be bound by its pledges is THREATEN relations; a set threat told by a verb of saying (قالت إنها لن تقف
مكتوفة الأيدي) has the sayer as threatener. Funds unfrozen or released after a suspension are RETREAT ease; the
return of refugees is no resumption. A state's forces killing another state's soldiers or civilians (Chinese forces
killed Vietnamese sailors, قتلت القوات الهندية جنودا باكستانيين) is ASSAULT, not with an armed group or a blast as the
killer nor in a passive without agent; executing another state's national (أعدمت مواطنا ألمانيا) is COERCE. A
negated acceptance of a proposal or measure (لن تقبل بأي إجراء، لا يمكن أن تقبل القرار) is REJECT that occurred, and so
is another state's accusations described as absurd, baseless or lies (PLOVER, CODING_GUIDE fifth round; not after a
denial, نفت ... ووصفتها). Duties waived or put off (أعفت من الرسوم، أرجأ فرض الرسوم) are RETREAT ease, not a SANCTION;
countermeasures announced (ستتخذ إجراءات مضادة) are THREATEN, countermeasures imposed are not. Warships or troops
ordered to a task near another state are MOBILIZE, not an arms order; ordered to cut or pull back, a withdrawal."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import check, probe_lines, run

PROBES = {
    "en": """
    CONCEDE - USA NER occurred | On Friday the United States agreed to withdraw its troops from Niger.
    NOT RETREAT | On Friday the United States agreed to withdraw its troops from Niger.
    CONCEDE - RUS SYR | Moscow promised to remove its missiles from Syria on Tuesday.
    CONCEDE - FRA MLI | France pledged to pull out its soldiers from Mali on Monday.
    CONCEDE - TUR IRQ | Turkey agrees to dismantle its military bases in Iraq.
    RETREAT withdraw USA NER | The United States withdrew its troops from Niger on Friday.
    REJECT meet ETH EGY | On Thursday Ethiopia was absent from the final round of talks with Egypt and Sudan.
    REJECT meet ETH SDN | On Thursday Ethiopia was absent from the final round of talks with Egypt and Sudan.
    NOT CONSULT | On Thursday Ethiopia was absent from the final round of talks with Egypt and Sudan.
    REJECT meet SRB KOS | Serbia failed to attend the meeting with Kosovo in Brussels on Monday.
    REJECT meet IRN USA | Iran pulled out of the talks with the United States on Sunday.
    RETREAT ease USA MEX | On Monday the White House paused the tariffs on Mexican goods.
    RETREAT ease USA CAN | Washington exempted Canadian steel from the new duties on Thursday.
    RETREAT ease CHN AUS | Beijing granted Australia a reprieve from the tariffs on wine on Friday.
    NOT RETREAT | The United States paused its talks with Egypt on Monday.
    THREATEN - IRN DEU occurred | Iran warned on Thursday that Tehran would answer any hostile step by Berlin in kind.
    THREATEN - CHN USA | China said on Thursday it would reciprocate against any American measure.
    THREATEN - RUS GBR | Russia said on Monday it would take countermeasures against Britain.
    THREATEN - PRK KOR | North Korea vowed to hit back at South Korea on Tuesday.
    RETREAT ease EUR HUN | The European Commission unfroze 10 billion euros of funds for Hungary on Monday.
    RETREAT ease USA IRN | Washington unlocked $6 billion of Iranian assets on Tuesday.
    RETREAT ease EUR POL | Funds for Poland were frozen by the EU in 2022, and 5 billion euros were released on Monday.
    THREATEN relations USA SDN | The United States warned Sudan on Monday that a Russian base would damage their relations.
    THREATEN relations PRK RUS | Pyongyang warned Moscow that it would no longer consider itself bound by its pledges.
    THREATEN relations CHN PHL | China warned the Philippines on Tuesday that the visit would undermine ties.
    REJECT - IND CAN | India described the Canadian allegations as absurd and politically motivated on Monday.
    REJECT - EGY ETH | Egypt described the Ethiopian claims as lies on Monday.
    NOT ACCUSE | India described the Canadian allegations as absurd and politically motivated on Monday.
    NOT REJECT | Egypt called on Ethiopia on Monday to stop the baseless campaign.
    MOBILIZE troops USA CUB | The United States ordered warships to blockade Cuba on Monday.
    NOT COOPERATE | The United States ordered warships to blockade Cuba on Monday.
    MOBILIZE troops RUS UKR | Russia ordered troops to the Ukrainian border on Monday.
    COOPERATE military EGY FRA | Egypt ordered 24 Rafale jets from France on Monday.
    NOT MOBILIZE | Serbia ordered the army to cut its presence near the boundary with Kosovo by half on Monday.
    ASSAULT - CHN VNM | In 1988 Chinese forces killed 64 Vietnamese sailors in a clash at a reef.
    ASSAULT - IND PAK | Indian troops shot dead three Pakistani soldiers on Monday.
    ASSAULT - RUS UKR | Russian forces killed twelve Ukrainian civilians on Tuesday.
    NO EVENT | Militants killed three Egyptian soldiers in Sinai on Monday.
    NO EVENT | Two Turkish soldiers were killed in Syria on Monday.
    COERCE - IRN DEU | Iran executed a German national on Monday.
    COERCE - SAU PAK | Saudi Arabia executed two Pakistani citizens on Monday.
    COERCE - IRN DEU | Iran said the German-Iranian dual national had been put to death on Monday.
    """,
    "ar": """
    CONCEDE - USA NER occurred | أعلنت وزارة الخارجية الأمريكية أمس أن واشنطن وافقت على سحب قواتها من النيجر.
    NOT RETREAT | أعلنت وزارة الخارجية الأمريكية أمس أن واشنطن وافقت على سحب قواتها من النيجر.
    CONCEDE - RUS ARM | تعهدت روسيا يوم الاثنين بسحب قواتها من أرمينيا.
    CONCEDE - SUN CUB | وعد خروتشوف بسحب الصواريخ من كوبا يوم 28 أكتوبر 1962.
    CONCEDE - FRA TCD | وافقت فرنسا على الانسحاب من تشاد يوم الخميس.
    RETREAT withdraw USA NER | سحبت الولايات المتحدة قواتها من النيجر يوم الاثنين.
    REJECT meet ETH EGY | تغيبت إثيوبيا يوم الخميس عن الجولة الأخيرة من المفاوضات مع مصر والسودان.
    REJECT meet ETH SDN | تغيبت إثيوبيا يوم الخميس عن الجولة الأخيرة من المفاوضات مع مصر والسودان.
    NOT CONSULT | تغيبت إثيوبيا يوم الخميس عن الجولة الأخيرة من المفاوضات مع مصر والسودان.
    REJECT meet ETH EGY | وغابت إثيوبيا يوم الخميس عن اجتماع وزراء الخارجية مع مصر.
    REJECT meet ETH SDN | تخلفت إثيوبيا عن حضور القمة الثلاثية مع مصر والسودان يوم الخميس.
    THREATEN - USA SDN occurred | حذرت واشنطن يوم الجمعة من أنها قد تفرض عقوبات على مسؤولين سودانيين إذا استمرت الخرطوم في الحرب.
    NOT SANCTION | حذرت واشنطن يوم الجمعة من أنها قد تفرض عقوبات على مسؤولين سودانيين إذا استمرت الخرطوم في الحرب.
    THREATEN - CHN USA | حذرت الصين الولايات المتحدة يوم الجمعة من أنها سترد بالمثل على أي إجراء.
    THREATEN - DZA FRA | حذرت الجزائر فرنسا يوم الجمعة من أنها ستقطع علاقاتها معها إذا استمرت في التدخل في شؤونها.
    THREATEN - EGY ETH | حذرت مصر إثيوبيا من أنها ستعيد النظر في علاقاتها معها يوم الأحد.
    NOT RETREAT | طالب الوزراء دمشق بتسهيل العودة الطوعية للاجئين عبر الحدود.
    RETREAT ease EGY SDN | أعلنت مصر والسودان يوم الاثنين عودة الرحلات الجوية بين البلدين.
    THREATEN - ETH EGY | وقالت إثيوبيا إنها لن تقف مكتوفة الأيدي إزاء الشحنات المصرية.
    THREATEN - DZA MAR | أكدت الجزائر أمس أن اعتداء المغرب على مواطنيها لن يمر دون عقاب.
    REJECT - EGY ETH occurred | قال الوزير المصري إن بلاده لن تقبل الأمر الواقع الذي تفرضه إثيوبيا.
    REJECT - EGY ETH | قالت مصر يوم الاثنين إنها لن تقبل بأي إجراء أحادي من إثيوبيا.
    NOT REJECT | قال الرئيس إن مصر لن تقبل أن تكون طرفا في أي تحالف.
    ASSAULT - IND PAK | قتلت القوات الهندية ثلاثة جنود باكستانيين يوم الاثنين.
    ASSAULT - ISR EGY | قتلت القوات الإسرائيلية جنديا مصريا على الحدود يوم الأحد.
    NO EVENT | قتل مسلحون مجهولون ثلاثة جنود مصريين في سيناء يوم الاثنين.
    NO EVENT | قتل جنديان تركيان في سوريا يوم الاثنين.
    COERCE - IRN DEU | أعدمت إيران يوم الاثنين مواطنا ألمانيا من أصل إيراني.
    COERCE - SAU PAK | أعدمت السعودية يوم الثلاثاء مواطنين باكستانيين اثنين.
    REJECT - EGY ETH | وصفت مصر الاتهامات الإثيوبية بأنها لا أساس لها من الصحة يوم الاثنين.
    REJECT - IRN GBR | اعتبرت إيران يوم الاثنين الاتهامات البريطانية باطلة.
    NOT ACCUSE | اعتبرت إيران يوم الاثنين الاتهامات البريطانية باطلة.
    NOT REJECT | وصفت مصر الزيارة بأنها ناجحة.
    NOT REJECT | نفت الخارجية الجزائرية الاتهامات المغربية ووصفتها بأنها عارية عن الصحة.
    RETREAT ease USA CAN | أعفت واشنطن يوم الخميس السلع الكندية من الرسوم الجمركية الجديدة.
    RETREAT ease USA MEX | أرجأ ترامب فرض الرسوم الجمركية على المكسيك يوم الاثنين.
    NOT SANCTION | أرجأ ترامب فرض الرسوم الجمركية على المكسيك يوم الاثنين.
    THREATEN - CHN USA occurred | قالت الصين يوم الاثنين إنها ستتخذ إجراءات مضادة ضد الولايات المتحدة.
    NOT THREATEN | فرضت الصين يوم الاثنين إجراءات مضادة على الولايات المتحدة.
    REJECT meet ETH SDN occurred | غاب وزير الخارجية الإثيوبي عن اجتماع مع مصر والسودان يوم الخميس.
    MOBILIZE troops RUS UKR | أمر الرئيس الروسي يوم الاثنين الجيش بالتحرك نحو الحدود مع أوكرانيا.
    MOBILIZE troops USA CUB | أمرت الولايات المتحدة سفنها الحربية بمحاصرة كوبا يوم الاثنين.
    NOT MOBILIZE | أمر الرئيس الصربي الجيش بسحب قواته من الحدود مع كوسوفو يوم الاثنين.
    """,
}


@pytest.mark.parametrize(("lang", "expect", "text"), probe_lines(PROBES))
def test_type_probe(pipeline: Pipeline, lang: str, expect: str, text: str) -> None:
    check(run(pipeline, lang, text)[1], expect, set())
