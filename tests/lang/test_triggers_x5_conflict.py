"""Conflict and pressure, round 5 (lang/*/triggers_x5_conflict.yaml): a diplomat declared persona non grata with
the object in between, cultural programmes called off, aid withheld with its amount in between, fire exchanged,
a mission entered by force or raided by police, warnings of defence "by every means", a mission or its staff
withdrawn, representation raised or restored with a possessive, materiel pulled back; and words of these
families in another sense (a narrative "going back to", a crowd, "a state of aggression", a police raid at
home, exchanged views). Sentences are written for these tests; each gives the expected (type, source, target,
status), or ``None`` when no event of a conflict type may come out."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.ingest import make_article
from bilateral.pipeline import Pipeline

PUBLISHED = "2024-05-20"
CONFLICT = {"ACCUSE", "THREATEN", "ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION", "RETREAT", "REJECT"}

Expected = tuple[str, str, str, str] | None
Got = tuple[str, str | None, str | None, str]

PROBES: list[tuple[str, str, Expected]] = [
    # en SANCTION expel: persona non grata after the object
    ("en", "On Thursday, Quito declared Mexico's ambassador persona non grata.", ("SANCTION", "ECU", "MEX", "occurred")),
    ("en", "France declared two Russian diplomats personae non gratae.", ("SANCTION", "FRA", "RUS", "occurred")),
    ("en", "Lithuania has declared the Belarusian charge d'affaires persona non grata.", ("SANCTION", "LTU", "BLR", "occurred")),
    # en SANCTION discontinue: cultural programmes called off
    ("en", "Azerbaijan called off all cultural events organised by Russian state bodies on Saturday.",
     ("SANCTION", "AZE", "RUS", "occurred")),
    ("en", "Poland scrapped all cultural exchanges with Belarus on Tuesday.", ("SANCTION", "POL", "BLR", "occurred")),
    ("en", "The organisers cancelled the cultural festival because of rain.", None),
    # en SANCTION discontinue: aid held back with its amount in between
    ("en", "Washington withheld 85 million dollars of military aid to Egypt in 2023.", ("SANCTION", "USA", "EGY", "occurred")),
    ("en", "The United States froze some $300 million in security assistance to Ethiopia.",
     ("SANCTION", "USA", "ETH", "occurred")),
    ("en", "Germany suspended about 50 million euros in development aid to Niger.", ("SANCTION", "DEU", "NER", "occurred")),
    ("en", "The board withheld its decision on the loan until next week.", None),
    ("en", "Britain released 40 million pounds in aid to Jordan that had been withheld since March.",
     ("AID", "GBR", "JOR", "occurred")),
    # en ASSAULT: fire exchanged
    ("en", "Kyrgyz and Tajik troops exchanged heavy fire with tanks and mortars on Friday.",
     ("ASSAULT", "KGZ", "TJK", "occurred")),
    ("en", "Armenian and Azerbaijani forces exchanged gunfire on the border overnight.", ("ASSAULT", "ARM", "AZE", "occurred")),
    ("en", "Indian and Pakistani officials exchanged views on water sharing.", None),
    # en COERCE: a mission entered by force, a police raid on another state's people
    ("en", "Ecuadorian police forced their way into the Mexican embassy in Quito on Friday.",
     ("COERCE", "ECU", "MEX", "occurred")),
    ("en", "Ecuadorian police broke into the Mexican embassy on Friday night.", ("COERCE", "ECU", "MEX", "occurred")),
    ("en", "Venezuelan security forces raided the Argentine embassy compound in Caracas.", ("COERCE", "VEN", "ARG", "occurred")),
    ("en", "Russian police carried out raids on Azerbaijani nationals in Yekaterinburg on Friday.",
     ("COERCE", "RUS", "AZE", "occurred")),
    ("en", "Azerbaijani police raided the Baku office of Russia's Sputnik agency on Monday.",
     ("COERCE", "AZE", "RUS", "occurred")),
    ("en", "Police raided a warehouse in Lagos on Monday.", None),
    ("en", "Israeli special forces raided a village in southern Lebanon overnight.", ("ASSAULT", "ISR", "LBN", "occurred")),
    # en ACCUSE: an attack in words; ammunition shipped is no shelling, a gun that shells is
    ("en", "Erdogan launched a scathing attack on Israel's government on Tuesday.", ("ACCUSE", "TUR", "ISR", "occurred")),
    ("en", "The US secretary of state mounted a blistering attack on China over Hong Kong.",
     ("ACCUSE", "USA", "CHN", "occurred")),
    ("en", "North Korea shipped millions of artillery shells to Russia last year.", None),
    ("en", "Serbian arms makers sold hundreds of thousands of artillery shells to Ukraine.", None),
    ("en", "Pakistani artillery shells Indian villages along the Line of Control.", ("ASSAULT", "PAK", "IND", "occurred")),
    # en SANCTION: recognition dropped for the rival government
    ("en", "Honiara dropped Taipei in favour of Beijing in September 2019.", ("SANCTION", "SLB", "TWN", "occurred")),
    ("en", "Kiribati ditched Taiwan in favor of China days later.", ("SANCTION", "KIR", "TWN", "occurred")),
    # en RETREAT: troops leaving (past forms; a demand that they leave is no withdrawal)
    ("en", "The last French soldiers left Niger on December 22.", ("RETREAT", "FRA", "NER", "occurred")),
    ("en", "Copenhagen complied, and the first Danish troops flew home from Mali on Thursday.",
     ("RETREAT", "DNK", "MLI", "occurred")),
    ("en", "The junta demanded that French troops leave the country.", None),
    # en ASSAULT: a warship torpedoed or sunk
    ("en", "The British submarine HMS Conqueror torpedoed and sank the Argentine cruiser General Belgrano.",
     ("ASSAULT", "GBR", "ARG", "occurred")),
    ("en", "A Ukrainian drone sank a Russian patrol boat in the Black Sea.", ("ASSAULT", "UKR", "RUS", "occurred")),
    # en REJECT: declared unacceptable
    ("en", "India said it could not accept the United Nations resolution.", ("REJECT", "IND", "UNO", "occurred")),
    ("en", "Israel said it would not accept the Egyptian proposal for a truce.", ("REJECT", "ISR", "EGY", "occurred")),
    # en COERCE: another state's people expelled
    ("en", "Qatar has not expelled any of the 200,000 Egyptians who work in the emirate.", ("COERCE", "QAT", "EGY", "negated")),
    ("en", "Kuwait expelled hundreds of Filipino workers last month.", ("COERCE", "KWT", "PHL", "occurred")),
    # en RETREAT: a force surrendering, relations re-established, guards pulling back
    ("en", "Argentine forces in Port Stanley surrendered to British troops on June 14, 1982.",
     ("RETREAT", "ARG", "GBR", "occurred")),
    ("en", "Argentina and Britain re-established consular relations in October 1989.", ("RETREAT", "ARG", "GBR", "occurred")),
    ("en", "Armenian border guards pulled back from the area near the Azerbaijani border in May 2020.",
     ("RETREAT", "ARM", "AZE", "occurred")),
    # en ASSAULT: troops or armour crossing into the other state (no trip); refugees crossing are no attack
    ("en", "Indian troops crossed into East Pakistan the same night.", ("ASSAULT", "IND", "PAK", "occurred")),
    ("en", "Russian tanks rolled into Ukraine on February 24, 2022.", ("ASSAULT", "RUS", "UKR", "occurred")),
    ("en", "Thousands of refugees crossed into Chad from Sudan last week.", None),
    # en SANCTION withdraw: diplomats flown home
    ("en", "Mexican diplomats and their families will fly home from Quito on Sunday, Mexico said.",
     ("SANCTION", "MEX", "ECU", "planned")),
    # en THREATEN: defence by every means
    ("en", "Japarov warned that Kyrgyzstan would defend its territory with every means if Tajik attacks continued.",
     ("THREATEN", "KGZ", "TJK", "occurred")),
    ("en", "Iran vowed to defend its territory by every means against Israel.", ("THREATEN", "IRN", "ISR", "occurred")),
    ("en", "The minister warned that inflation would be fought with all available means.", None),
    # en THREATEN: the other's act "will not go unpunished": the speaker threatens its author
    ("en", "Algeria said the Moroccan strike on its truck drivers would not go unpunished.",
     ("THREATEN", "DZA", "MAR", "occurred")),
    ("en", "Tehran vowed that the Israeli attack on its consulate would not go unanswered.",
     ("THREATEN", "IRN", "ISR", "occurred")),
    # ar ACCUSE: an attack in words, its adjective or its object apart from the verb; an armed attack stays one
    ("ar", "وكان السادات قد شن، في خطاب ألقاه أمام البرلمان، هجوما عنيفا على النظامين الحاكمين في دمشق وطرابلس.",
     ("ACCUSE", "EGY", "LBY", "occurred")),
    ("ar", "وشن الرئيس التركي في كلمته أمس هجوما لاذعا على الحكومة الإسرائيلية.", ("ACCUSE", "TUR", "ISR", "occurred")),
    ("ar", "وشنت تركيا هجوما عنيفا على مواقع في شمال سوريا.", ("ASSAULT", "TUR", "SYR", "occurred")),
    # ar SANCTION withdraw: the mission or its staff withdrawn
    ("ar", "قرر السودان سحب سفارته من أبوظبي.", ("SANCTION", "SDN", "ARE", "occurred")),
    ("ar", "وأعلنت الجزائر سحب طاقم السفارة من فرنسا.", ("SANCTION", "DZA", "FRA", "occurred")),
    ("ar", "وقررت الحكومة الصومالية سحب البعثة من إثيوبيا.", ("SANCTION", "SOM", "ETH", "occurred")),
    # ar SANCTION expel: declared or deemed unwelcome; "declared" with "diplomatic" nearby is no expulsion
    ("ar", "أعلنت الجزائر السفير الفرنسي شخصا غير مرغوب فيه.", ("SANCTION", "DZA", "FRA", "occurred")),
    ("ar", "واعتبرت روسيا أربعة دبلوماسيين ألمان أشخاصا غير مرغوب فيهم.", ("SANCTION", "RUS", "DEU", "occurred")),
    # ar SANCTION withdraw: one's own ambassador recalled, named by the sending state; the other's envoy summoned
    ("ar", "أعلن وزير الخارجية الأردني أمس استدعاء سفير المملكة لدى إسرائيل فورا.", ("SANCTION", "JOR", "ISR", "occurred")),
    ("ar", "واستدعت الجزائر سفير بلادها في باريس للتشاور.", ("SANCTION", "DZA", "FRA", "occurred")),
    ("ar", "واستدعت الخارجية الأردنية سفير إسرائيل لدى عمان.", ("ACCUSE", "JOR", "ISR", "occurred")),
    # ar RETREAT ease: representation raised or restored, with a possessive
    ("ar", "رفعت مصر وتركيا تمثيلهما الدبلوماسي إلى مستوى السفراء.", ("RETREAT", "EGY", "TUR", "occurred")),
    ("ar", "استعادت الصومال وإثيوبيا التمثيل الدبلوماسي الكامل بينهما.", ("RETREAT", "SOM", "ETH", "occurred")),
    ("ar", "وأعلنت مصر وقطر إعادة التمثيل الدبلوماسي الكامل بين البلدين.", ("RETREAT", "EGY", "QAT", "occurred")),
    # ar RETREAT withdraw: materiel pulled back
    ("ar", "نفت روسيا سحب معدات عسكرية من سوريا.", ("RETREAT", "RUS", "SYR", "negated")),
    ("ar", "سحبت روسيا منظومات دفاع جوي من أرمينيا.", ("RETREAT", "RUS", "ARM", "occurred")),
    # ar RETREAT withdraw: troops leaving; RETREAT ease: an ambassador sent back, also in the jussive after لم
    ("ar", "وغادرت القوات الفرنسية النيجر في ديسمبر 2023.", ("RETREAT", "FRA", "NER", "occurred")),
    ("ar", "وغادر آخر جندي أمريكي أفغانستان في 30 أغسطس 2021.", ("RETREAT", "USA", "AFG", "occurred")),
    ("ar", "ولم تعد البحرين سفيرها إلى الدوحة حتى الآن.", ("RETREAT", "BHR", "QAT", "negated")),
    ("ar", "وأعادت الإمارات سفيرها إلى طهران الشهر الماضي.", ("RETREAT", "ARE", "IRN", "occurred")),
    # ar SANCTION withdraw: a new ambassador kept from the post; RETREAT: a force surrendering
    ("ar", "وأرجأت الجزائر التحاق سفيرها الجديد بمنصبه في واغادوغو.", ("SANCTION", "DZA", "BFA", "occurred")),
    ("ar", "وأجلت الجزائر إرسال سفيرها الجديد إلى باماكو.", ("SANCTION", "DZA", "MLI", "occurred")),
    ("ar", "واستسلمت القوات العراقية للقوات الأمريكية في الكويت.", ("RETREAT", "IRQ", "USA", "occurred")),
    # ar THREATEN: the other's act "will not go unpunished": the speaker threatens its author, not the reverse
    ("ar", "وأكدت الجزائر أن اعتداء المغرب لن يمر دون عقاب.", ("THREATEN", "DZA", "MAR", "occurred")),
    ("ar", "وقالت إيران إن الهجوم الإسرائيلي على قنصليتها لن يمر دون رد.", ("THREATEN", "IRN", "ISR", "occurred")),
    ("ar", "حذرت الجزائر المغرب من أن الاعتداء لن يمر دون عقاب.", ("THREATEN", "DZA", "MAR", "occurred")),
    # ar ACCUSE: a decision called a surrender to terror, a state deemed an aggressor or an enemy
    ("ar", "وفي اليوم التالي، تصف الخارجية الإسرائيلية القرار البوليفي بأنه استسلام للإرهاب.",
     ("ACCUSE", "ISR", "BOL", "occurred")),
    ("ar", "أعلن السودان قطع العلاقات الدبلوماسية مع الإمارات، واعتبارها دولة عدوان.", ("ACCUSE", "SDN", "ARE", "occurred")),
    ("ar", "واعتبرت إيران الولايات المتحدة دولة معادية.", ("ACCUSE", "IRN", "USA", "occurred")),
    # ar SANCTION withdraw: one's own envoy "to" the other state recalled
    ("ar", "واستدعت الأردن سفيرها لدى إسرائيل.", ("SANCTION", "JOR", "ISR", "occurred")),
    # ar another sense: a narrative "going back", a crowd, a state called aggressor
    ("ar", "وبالعودة إلى عام 2016، قطعت السعودية علاقاتها مع إيران.", ("SANCTION", "SAU", "IRN", "occurred")),
    ("ar", "ولفهم ما جرى تكفي العودة إلى عام 2013، حين كانت السفارة الإيرانية في القاهرة مغلقة.", None),
    ("ar", "ألقى الرئيس التركي كلمة أمام حشد من أنصاره في إسطنبول عن إسرائيل.", None),
    ("ar", "وشارك حشد غفير من المواطنين المصريين في المهرجان.", None),
    ("ar", "وأكد السودان أن الإمارات دولة عدوان.", None),
]


def check(expected: Expected, got: list[Got]) -> tuple[bool, str]:
    if expected is None:
        bad = [g for g in got if g[0] in CONFLICT]
        return not bad, f"unexpected {bad}"
    return expected in got, f"no {expected}"


@pytest.mark.parametrize(("lang", "text", "expected"), PROBES)
def test_x5_conflict_probe(ctx: Context, lang: str, text: str, expected: Expected) -> None:
    events = Pipeline(ctx).run(make_article(text, "t", lang=lang, published=PUBLISHED)).events
    got: list[Got] = [
        (str(e.type), e.source.country if e.source else None, e.target.country if e.target else None, str(e.status))
        for e in events
    ]
    ok, why = check(expected, got)
    assert ok, (why, got)
