"""Conflict and pressure events told as journalists write them (lang/*/triggers_r4_conflict.yaml and the
older parts): accusations, condemnations, threats, attacks, seizures and arrests, troop moves and protests at
embassies in English and Arabic, and sentences that must give none of these (condemnations of non-state acts,
commentators' views, a state's own security operations, inanimate threats). Sentences are written for these
tests; each gives the expected (type, mode, source, target, status), mode ``*`` when any mode will do, or
``None`` when no conflict event may come out."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.ingest import make_article
from bilateral.pipeline import Pipeline

PUBLISHED = "2024-05-20"
CONFLICT = {"ACCUSE", "THREATEN", "ASSAULT", "COERCE", "MOBILIZE", "PROTEST"}
# fighting is told from either side; a protest at an embassy is still coded with the mission's state as
# source when the crowd's city is no actor mention (not pinned here)
UNORDERED = {"ASSAULT", "PROTEST"}

Expected = tuple[str, str | None, str, str | None, str] | None
Got = tuple[str, str | None, str | None, str | None, str]


def check(expected: Expected, got: list[Got]) -> tuple[bool, str]:
    """The expected event is among ``got`` (``UNORDERED`` types in either order); ``None``: no conflict event."""
    if expected is None:
        bad = [g for g in got if g[0] in CONFLICT]
        return not bad, f"unexpected {bad}"
    etype, mode, src, tgt, status = expected
    for t, m, s, g, st in got:
        pair_ok = (s, g) == (src, tgt) or (etype in UNORDERED and (g, s) == (src, tgt))
        if t == etype and pair_ok and st == status and (mode == "*" or m == mode):
            return True, ""
    return False, f"no {expected}"


PROBES: list[tuple[str, str, Expected]] = [
    # en ACCUSE
    ("en", "Egypt condemned the Israeli air strikes on Gaza on Tuesday.", ("ACCUSE", "disapprove", "EGY", "ISR", "occurred")),
    (
        "en",
        "Saudi Arabia strongly denounced Iran's interference in Bahrain's internal affairs.",
        ("ACCUSE", "disapprove", "SAU", "IRN", "occurred"),
    ),
    ("en", "Jordan blamed Israel for the escalation in Jerusalem.", ("ACCUSE", "allege", "JOR", "ISR", "occurred")),
    ("en", "Algeria lashed out at France over its policy on Western Sahara.", ("ACCUSE", "disapprove", "DZA", "FRA", "occurred")),
    (
        "en",
        "The Turkish foreign ministry criticised Greece's militarisation of the Aegean islands.",
        ("ACCUSE", "disapprove", "TUR", "GRC", "occurred"),
    ),
    (
        "en",
        "Morocco summoned the German ambassador over the minister's remarks.",
        ("ACCUSE", "disapprove", "MAR", "DEU", "occurred"),
    ),
    (
        "en",
        "China accused the United States of stoking tensions in the Taiwan Strait.",
        ("ACCUSE", "allege", "CHN", "USA", "occurred"),
    ),
    ("en", "Baghdad held Ankara responsible for the deaths of the tourists.", ("ACCUSE", "allege", "IRQ", "TUR", "occurred")),
    ("en", "Qatar deplored the Saudi decision to close the border.", ("ACCUSE", "disapprove", "QAT", "SAU", "occurred")),
    ("en", "Iran lodged a formal protest with Azerbaijan over the incident.", ("ACCUSE", "disapprove", "IRN", "AZE", "occurred")),
    (
        "en",
        "Kuwait expressed its strong condemnation of the Iraqi incursion.",
        ("ACCUSE", "disapprove", "KWT", "IRQ", "occurred"),
    ),
    (
        "en",
        "The Egyptian Foreign Ministry issued a statement denouncing Ethiopia's unilateral filling of the dam.",
        ("ACCUSE", "disapprove", "EGY", "ETH", "occurred"),
    ),
    (
        "en",
        "Beijing slammed Tokyo's decision to release treated water into the sea.",
        ("ACCUSE", "disapprove", "CHN", "JPN", "occurred"),
    ),
    ("en", "Washington charged that Moscow had violated the treaty.", ("ACCUSE", "allege", "USA", "RUS", "occurred")),
    ("en", "Tehran pointed the finger at Washington for the explosion.", ("ACCUSE", "allege", "IRN", "USA", "occurred")),
    ("en", "India called Pakistan's move illegal and unacceptable.", ("ACCUSE", "disapprove", "IND", "PAK", "occurred")),
    (
        "en",
        "Ankara rebuked Stockholm for allowing the protest outside its embassy.",
        ("ACCUSE", "disapprove", "TUR", "SWE", "occurred"),
    ),
    (
        "en",
        "Brazil opened an investigation into the dumping of Chinese steel.",
        ("ACCUSE", "investigate", "BRA", "CHN", "occurred"),
    ),
    (
        "en",
        "The European Union launched an anti-subsidy probe into Chinese electric vehicles.",
        ("ACCUSE", "investigate", "EUR", "CHN", "occurred"),
    ),
    (
        "en",
        "Ukraine filed a case against Russia at the International Court of Justice.",
        ("ACCUSE", "allege", "UKR", "RUS", "occurred"),
    ),
    (
        "en",
        "Egypt's foreign minister described the Israeli operation in Rafah as a flagrant violation of international law.",
        ("ACCUSE", "disapprove", "EGY", "ISR", "occurred"),
    ),
    ("en", "Seoul protested to Tokyo over the new history textbooks.", ("ACCUSE", "disapprove", "KOR", "JPN", "occurred")),
    (
        "en",
        "The Saudi foreign ministry called in Lebanon's ambassador to protest the remarks.",
        ("ACCUSE", "disapprove", "SAU", "LBN", "occurred"),
    ),
    (
        "en",
        "In a statement, Amman denounced what it called Israeli provocations at Al-Aqsa.",
        ("ACCUSE", "disapprove", "JOR", "ISR", "occurred"),
    ),
    (
        "en",
        "Iran accused Israel on Sunday of being behind the attack on its consulate.",
        ("ACCUSE", "allege", "IRN", "ISR", "occurred"),
    ),
    (
        "en",
        "The Chinese embassy in Manila criticized the Philippines for the incident.",
        ("ACCUSE", "disapprove", "CHN", "PHL", "occurred"),
    ),
    (
        "en",
        "Nigeria's foreign minister took aim at Niger's junta for closing the border.",
        ("ACCUSE", "disapprove", "NGA", "NER", "occurred"),
    ),
    (
        "en",
        "Pakistan strongly condemned the Indian strikes, calling them an act of war.",
        ("ACCUSE", "disapprove", "PAK", "IND", "occurred"),
    ),
    (
        "en",
        "The Turkish president accused Israel of committing genocide in Gaza.",
        ("ACCUSE", "allege", "TUR", "ISR", "occurred"),
    ),
    (
        "en",
        "Ethiopia has lodged a complaint against Egypt with the UN Security Council.",
        ("ACCUSE", "allege", "ETH", "EGY", "occurred"),
    ),
    (
        "en",
        "Libya's government criticized Turkey on Monday, saying the deployment violated its sovereignty.",
        ("ACCUSE", "disapprove", "LBY", "TUR", "occurred"),
    ),
    (
        "en",
        "The Iranian foreign ministry summoned the British charge d'affaires to protest the seizure.",
        ("ACCUSE", "disapprove", "IRN", "GBR", "occurred"),
    ),
    ("en", "Israel was condemned by Turkey for the raid on the flotilla.", ("ACCUSE", "disapprove", "TUR", "ISR", "occurred")),
    (
        "en",
        "Russia condemned the expulsion of its diplomats by Poland as a hostile act.",
        ("ACCUSE", "disapprove", "RUS", "POL", "occurred"),
    ),
    ("en", "Egypt did not condemn the Saudi decision.", ("ACCUSE", "disapprove", "EGY", "SAU", "negated")),
    # en ACCUSE spurious
    ("en", "Egypt condemned the terrorist attack on a church in Alexandria.", None),
    ("en", "The minister condemned the attack on the security checkpoint and vowed to hunt down the perpetrators.", None),
    ("en", "Critics accuse Washington of double standards in the region.", None),
    ("en", "Analysts said Egypt's condemnation of Israel was largely symbolic.", None),
    ("en", "The Jordanian government criticized local media coverage of the protests.", None),
    ("en", "The Egyptian president accused the Muslim Brotherhood of plotting against the state.", None),
    # en THREATEN
    (
        "en",
        "Thailand reserves the right to exercise self-defence against Cambodia.",
        ("THREATEN", "violence", "THA", "KHM", "occurred"),
    ),
    (
        "en",
        "Greece reserved the right to respond to Turkey's violations of its airspace.",
        ("THREATEN", "violence", "GRC", "TUR", "occurred"),
    ),
    (
        "en",
        "Iran threatened to close the Strait of Hormuz if the United States imposed new sanctions.",
        ("THREATEN", "*", "IRN", "USA", "occurred"),
    ),
    ("en", "North Korea threatened South Korea with merciless retaliation.", ("THREATEN", "*", "PRK", "KOR", "occurred")),
    (
        "en",
        "Turkey warned Greece of consequences if it continued to arm the islands.",
        ("THREATEN", "*", "TUR", "GRC", "occurred"),
    ),
    (
        "en",
        "Washington gave Tehran an ultimatum to halt enrichment by the end of the month.",
        ("THREATEN", "*", "USA", "IRN", "occurred"),
    ),
    ("en", "China vowed to retaliate against Washington's new tariffs.", ("THREATEN", "*", "CHN", "USA", "occurred")),
    (
        "en",
        "Russia warned Finland that joining NATO would trigger a military response.",
        ("THREATEN", "*", "RUS", "FIN", "occurred"),
    ),
    ("en", "Algeria threatened to cut gas supplies to Spain.", ("THREATEN", "*", "DZA", "ESP", "occurred")),
    ("en", "Israel threatened Lebanon with a massive military response.", ("THREATEN", "*", "ISR", "LBN", "occurred")),
    (
        "en",
        "The Chinese defence ministry warned Taiwan that it was playing with fire.",
        ("THREATEN", "*", "CHN", "TWN", "occurred"),
    ),
    (
        "en",
        "Ethiopia said it would not hesitate to use force to defend the dam against Egypt.",
        ("THREATEN", "*", "ETH", "EGY", "occurred"),
    ),
    ("en", "Pyongyang warned Seoul against any provocation along the border.", ("THREATEN", "*", "PRK", "KOR", "occurred")),
    ("en", "Venezuela threatened military action against Guyana over Essequibo.", ("THREATEN", "*", "VEN", "GUY", "occurred")),
    (
        "en",
        "The United States warned China of serious consequences if it supplied weapons to Russia.",
        ("THREATEN", "*", "USA", "CHN", "occurred"),
    ),
    (
        "en",
        "Beijing warned Manila that it would take all necessary measures to protect its sovereignty.",
        ("THREATEN", "*", "CHN", "PHL", "occurred"),
    ),
    ("en", "Erdogan threatened to block Sweden's bid to join NATO.", ("THREATEN", "*", "TUR", "SWE", "occurred")),
    ("en", "Baghdad threatened to expel the Turkish ambassador.", ("THREATEN", "*", "IRQ", "TUR", "occurred")),
    ("en", "Moscow promised a harsh response to Britain's decision.", ("THREATEN", "*", "RUS", "GBR", "occurred")),
    (
        "en",
        "Iran's foreign minister warned Israel that any attack would be met with a decisive response.",
        ("THREATEN", "*", "IRN", "ISR", "occurred"),
    ),
    ("en", "Azerbaijan threatened Armenia with a new offensive.", ("THREATEN", "*", "AZE", "ARM", "occurred")),
    ("en", "China warned Japan it would pay a heavy price for its interference.", ("THREATEN", "*", "CHN", "JPN", "occurred")),
    ("en", "Russia warned Moldova of retaliatory measures.", ("THREATEN", "*", "RUS", "MDA", "occurred")),
    (
        "en",
        "Serbia issued a warning to Kosovo that it would defend the Serbs by force.",
        ("THREATEN", "*", "SRB", "KOS", "occurred"),
    ),
    # en THREATEN spurious
    ("en", "Climate change threatens Egypt's Nile delta.", None),
    ("en", "Rising prices threaten stability in Tunisia.", None),
    ("en", "Analysts warned that the conflict could spread to Lebanon.", None),
    ("en", "Forecasters warned Jordan of heavy rain this week.", None),
    # en ASSAULT
    ("en", "Israeli warplanes struck targets in southern Lebanon on Monday.", ("ASSAULT", "*", "ISR", "LBN", "occurred")),
    ("en", "Russia shelled Ukrainian positions near Bakhmut.", ("ASSAULT", "*", "RUS", "UKR", "occurred")),
    ("en", "US forces carried out air strikes on Syrian government positions.", ("ASSAULT", "aerial", "USA", "SYR", "occurred")),
    ("en", "Iran fired missiles at Israel overnight.", ("ASSAULT", "*", "IRN", "ISR", "occurred")),
    ("en", "Pakistan launched retaliatory strikes inside Iran.", ("ASSAULT", "*", "PAK", "IRN", "occurred")),
    ("en", "Azerbaijani forces attacked Armenian border posts.", ("ASSAULT", "*", "AZE", "ARM", "occurred")),
    ("en", "Iraq invaded Kuwait in August 1990.", ("ASSAULT", "*", "IRQ", "KWT", "occurred")),
    ("en", "Ukraine launched a drone attack on a Russian air base.", ("ASSAULT", "*", "UKR", "RUS", "occurred")),
    ("en", "Chinese coast guard vessels rammed a Philippine supply boat.", ("ASSAULT", "*", "CHN", "PHL", "occurred")),
    ("en", "The Syrian army downed a Turkish drone near the border.", ("ASSAULT", "aerial", "SYR", "TUR", "occurred")),
    ("en", "Israeli artillery bombarded villages in southern Lebanon.", ("ASSAULT", "*", "ISR", "LBN", "occurred")),
    ("en", "Two Iranian tankers were attacked by Israel in the Red Sea.", ("ASSAULT", "*", "ISR", "IRN", "occurred")),
    ("en", "Russian missiles hit the Ukrainian capital overnight.", ("ASSAULT", "*", "RUS", "UKR", "occurred")),
    ("en", "Turkish jets bombed targets in northern Iraq.", ("ASSAULT", "*", "TUR", "IRQ", "occurred")),
    (
        "en",
        "Eritrean troops crossed into Ethiopia and opened fire on Ethiopian soldiers.",
        ("ASSAULT", "*", "ERI", "ETH", "occurred"),
    ),
    ("en", "Indian and Chinese troops clashed in the Galwan valley.", ("ASSAULT", "*", "IND", "CHN", "occurred")),
    ("en", "Thai and Cambodian troops exchanged fire along the disputed border.", ("ASSAULT", "*", "THA", "KHM", "occurred")),
    ("en", "Israel assassinated an Iranian general in Damascus.", ("ASSAULT", "*", "ISR", "IRN", "occurred")),
    ("en", "Ethiopian warplanes bombed positions in Eritrea.", ("ASSAULT", "*", "ETH", "ERI", "occurred")),
    ("en", "The United States and Britain struck targets in Yemen.", ("ASSAULT", "*", "USA", "YEM", "occurred")),
    # en ASSAULT spurious
    ("en", "A guard was killed in an attack by gunmen on the Azerbaijani embassy in Tehran.", None),
    ("en", "A Kosovo policeman was killed in an attack carried out by Serb gunmen.", None),
    ("en", "Gunmen attacked a police station in Cairo.", None),
    ("en", "A car bomb exploded in Baghdad, killing ten people.", None),
    ("en", "Egyptian troops killed twelve militants in North Sinai.", None),
    ("en", "Pakistan struck a deal with the IMF for a new loan.", None),
    ("en", "The earthquake struck southern Turkey on Monday.", None),
    ("en", "The Syrian army shelled rebel-held towns in Idlib.", None),
    ("en", "The minister attacked the opposition's budget plan.", None),
    # en COERCE
    ("en", "Iran seized a British-flagged oil tanker in the Strait of Hormuz.", ("COERCE", "seize", "IRN", "GBR", "occurred")),
    ("en", "Russia detained two Estonian citizens on spying charges.", ("COERCE", "arrest", "RUS", "EST", "occurred")),
    ("en", "China arrested a Japanese businessman in Beijing.", ("COERCE", "arrest", "CHN", "JPN", "occurred")),
    ("en", "Saudi Arabia deported thousands of Ethiopian migrants.", ("COERCE", "*", "SAU", "ETH", "occurred")),
    (
        "en",
        "Turkish authorities detained a Greek soldier who had crossed the border.",
        ("COERCE", "arrest", "TUR", "GRC", "occurred"),
    ),
    ("en", "Moscow jailed an American journalist for espionage.", ("COERCE", "arrest", "RUS", "USA", "occurred")),
    ("en", "Iran's Revolutionary Guards boarded and seized a Greek tanker.", ("COERCE", "seize", "IRN", "GRC", "occurred")),
    ("en", "Algeria expelled hundreds of migrants from Niger.", ("COERCE", "deport", "DZA", "NER", "occurred")),
    # en COERCE spurious
    ("en", "Police arrested thirty protesters in Amman.", None),
    ("en", "Egyptian security forces arrested a senior Muslim Brotherhood leader.", None),
    # en MOBILIZE
    (
        "en",
        "Azerbaijan denied that heavy weapons had been redeployed to the border with Armenia.",
        ("MOBILIZE", "weapons", "AZE", "ARM", "negated"),
    ),
    ("en", "Russia redeployed artillery units towards the Finnish border.", ("MOBILIZE", "weapons", "RUS", "FIN", "occurred")),
    ("en", "Russia massed troops on the Ukrainian border.", ("MOBILIZE", "troops", "RUS", "UKR", "occurred")),
    ("en", "China put its forces on high alert near Taiwan.", ("MOBILIZE", "troops", "CHN", "TWN", "occurred")),
    ("en", "Turkey deployed additional troops to the Syrian border.", ("MOBILIZE", "troops", "TUR", "SYR", "occurred")),
    ("en", "Azerbaijan moved heavy weapons to the border with Armenia.", ("MOBILIZE", "*", "AZE", "ARM", "occurred")),
    (
        "en",
        "Greece placed its armed forces on alert after Turkish ships entered its waters.",
        ("MOBILIZE", "troops", "GRC", "TUR", "occurred"),
    ),
    ("en", "India rushed reinforcements to its border with China.", ("MOBILIZE", "troops", "IND", "CHN", "occurred")),
    ("en", "Venezuela sent troops to the border with Guyana.", ("MOBILIZE", "troops", "VEN", "GUY", "occurred")),
    ("en", "Sudan built up forces along the border with Ethiopia.", ("MOBILIZE", "*", "SDN", "ETH", "occurred")),
    # en PROTEST
    ("en", "Iranian protesters stormed the Saudi embassy in Tehran.", ("PROTEST", "*", "IRN", "SAU", "occurred")),
    ("en", "Hundreds of Iraqis demonstrated outside the Swedish embassy in Baghdad.", ("PROTEST", "*", "IRQ", "SWE", "occurred")),
    ("en", "Thousands rallied outside the French embassy in Niamey.", ("PROTEST", "*", "NER", "FRA", "occurred")),
    # en PROTEST spurious
    ("en", "Thousands protested in Paris against the pension reform.", None),
    # en more wordings (nominal, imperfect, fronted adverbials, duals)
    ("en", "Egypt's condemnation of the Israeli raid was swift.", ("ACCUSE", "disapprove", "EGY", "ISR", "occurred")),
    (
        "en",
        "In a sharply worded statement, Riyadh denounced Tehran's meddling in Yemen.",
        ("ACCUSE", "disapprove", "SAU", "IRN", "occurred"),
    ),
    (
        "en",
        "Turkey has repeatedly criticized Sweden for harbouring Kurdish militants.",
        ("ACCUSE", "disapprove", "TUR", "SWE", "occurred"),
    ),
    ("en", "Kenya accuses Somalia of meddling in its elections.", ("ACCUSE", "allege", "KEN", "SOM", "occurred")),
    ("en", "Baku blames Yerevan for the collapse of the talks.", ("ACCUSE", "allege", "AZE", "ARM", "occurred")),
    ("en", "Islamabad alleged that New Delhi was behind the attack.", ("ACCUSE", "allege", "PAK", "IND", "occurred")),
    ("en", "Jordan strongly condemns the Israeli storming of Al-Aqsa.", ("ACCUSE", "disapprove", "JOR", "ISR", "occurred")),
    (
        "en",
        "The Foreign Ministry in Cairo deplored Ethiopia's decision to begin the fourth filling.",
        ("ACCUSE", "disapprove", "EGY", "ETH", "occurred"),
    ),
    (
        "en",
        "Kuwait summoned Iraq's charge d'affaires to protest the remarks.",
        ("ACCUSE", "disapprove", "KWT", "IRQ", "occurred"),
    ),
    (
        "en",
        "Poland summoned the Russian ambassador after a missile entered its airspace.",
        ("ACCUSE", "disapprove", "POL", "RUS", "occurred"),
    ),
    ("en", "Beijing accused Washington of hypocrisy over human rights.", ("ACCUSE", "allege", "CHN", "USA", "occurred")),
    ("en", "Ghana protested to Togo over the treatment of its traders.", ("ACCUSE", "disapprove", "GHA", "TGO", "occurred")),
    ("en", "Qatar rejected and condemned the Israeli statements.", ("ACCUSE", "disapprove", "QAT", "ISR", "occurred")),
    (
        "en",
        "Lebanon has lodged a complaint with the United Nations against Israel.",
        ("ACCUSE", "allege", "LBN", "ISR", "occurred"),
    ),
    (
        "en",
        "The Algerian presidency condemned what it described as French provocations.",
        ("ACCUSE", "disapprove", "DZA", "FRA", "occurred"),
    ),
    ("en", "India took strong exception to China's statement on Kashmir.", ("ACCUSE", "disapprove", "IND", "CHN", "occurred")),
    (
        "en",
        "Washington criticised Beijing's military drills around Taiwan as provocative.",
        ("ACCUSE", "disapprove", "USA", "CHN", "occurred"),
    ),
    ("en", "Tehran warned Baku against allowing Israeli forces on its territory.", ("THREATEN", "*", "IRN", "AZE", "occurred")),
    ("en", "China threatened unspecified countermeasures against Lithuania.", ("THREATEN", "*", "CHN", "LTU", "occurred")),
    ("en", "Moscow warned Kyiv of a crushing response.", ("THREATEN", "*", "RUS", "UKR", "occurred")),
    ("en", "Sudan threatened to expel the Chadian ambassador.", ("THREATEN", "*", "SDN", "TCD", "occurred")),
    ("en", "Egypt warned Ethiopia that a military option remained on the table.", ("THREATEN", "*", "EGY", "ETH", "occurred")),
    ("en", "The US president threatened Mexico with tariffs of 25 percent.", ("THREATEN", "*", "USA", "MEX", "occurred")),
    ("en", "Iran vowed revenge against Israel for the strike on its consulate.", ("THREATEN", "*", "IRN", "ISR", "occurred")),
    (
        "en",
        "Israel's defence minister threatened to send Lebanon back to the Stone Age.",
        ("THREATEN", "*", "ISR", "LBN", "occurred"),
    ),
    ("en", "Israeli jets carried out a series of raids on southern Lebanon.", ("ASSAULT", "*", "ISR", "LBN", "occurred")),
    ("en", "Iranian drones struck a tanker off the coast of Oman.", ("ASSAULT", "*", "IRN", "OMN", "occurred")),
    ("en", "Russian troops opened fire on Ukrainian positions.", ("ASSAULT", "*", "RUS", "UKR", "occurred")),
    ("en", "The Turkish army shelled Syrian army positions near Afrin.", ("ASSAULT", "*", "TUR", "SYR", "occurred")),
    ("en", "Israel bombed the Iranian embassy compound in Damascus.", ("ASSAULT", "*", "ISR", "IRN", "occurred")),
    ("en", "Azerbaijan launched an offensive against Armenian forces in Karabakh.", ("ASSAULT", "*", "AZE", "ARM", "occurred")),
    ("en", "Pakistani jets bombed targets inside Afghanistan.", ("ASSAULT", "*", "PAK", "AFG", "occurred")),
    ("en", "Egypt bombed Islamic State targets in Libya.", ("ASSAULT", "*", "EGY", "LBY", "occurred")),
    ("en", "Russian missile strikes on Ukraine killed ten people on Monday.", ("ASSAULT", "*", "RUS", "UKR", "occurred")),
    ("en", "Iran seized two Greek tankers in the Gulf.", ("COERCE", "*", "IRN", "GRC", "occurred")),
    ("en", "Russia detained a US soldier in Vladivostok.", ("COERCE", "*", "RUS", "USA", "occurred")),
    ("en", "Ethiopia expelled thousands of Eritrean nationals.", ("COERCE", "*", "ETH", "ERI", "occurred")),
    ("en", "Israel confiscated Jordanian-owned land in the West Bank.", ("COERCE", "*", "ISR", "JOR", "occurred")),
    ("en", "Venezuela froze the assets of American companies.", ("SANCTION", "*", "VEN", "USA", "occurred")),
    ("en", "China imposed an entry ban on Lithuanian officials.", ("SANCTION", "*", "CHN", "LTU", "occurred")),
    (
        "en",
        "Turkey deployed warships to the eastern Mediterranean to counter Greece.",
        ("MOBILIZE", "*", "TUR", "GRC", "occurred"),
    ),
    ("en", "Pakistan put its air force on high alert after the Indian strikes.", ("MOBILIZE", "*", "PAK", "IND", "occurred")),
    (
        "en",
        "India deployed additional troops along the Line of Actual Control with China.",
        ("MOBILIZE", "*", "IND", "CHN", "occurred"),
    ),
    ("en", "Protesters attacked the Danish embassy in Beirut.", ("PROTEST", "*", "LBN", "DNK", "occurred")),
    ("en", "Hundreds of Moroccans protested outside the French consulate in Rabat.", ("PROTEST", "*", "MAR", "FRA", "occurred")),
    ("en", "Russian air strikes in Syria in support of the Syrian army continued on Monday.", None),
    # en the press, commentators, opposition and armed groups act for no state
    ("en", "Iran poses a serious threat to Saudi Arabia, analysts say.", None),
    ("en", "The threat from North Korea dominates Japan's defence debate.", None),
    ("en", "Egypt faces accusations of human rights abuses from rights groups.", None),
    ("en", "If Iran attacks, Israel would retaliate, experts believe.", None),
    ("en", "Newspapers in Algeria criticised France's position.", None),
    ("en", "The opposition in Turkey condemned the government's gas deal with Russia.", None),
    ("en", "Human Rights Watch accused Egypt of torturing detainees.", None),
    ("en", "Amnesty International condemned Saudi Arabia's executions of foreign workers.", None),
    ("en", "Activists accused Israel of war crimes in Gaza.", None),
    ("en", "The editorial accused Washington of hypocrisy.", None),
    ("en", "Commentators in Beijing criticised Japan's new defence policy.", None),
    ("en", "The rebels attacked a Syrian army checkpoint near the Turkish border.", None),
    ("en", "Hezbollah fighters attacked Israeli troops along the border.", None),
    ("en", "Iraqi militias threatened American forces in the country.", None),
    ("en", "Washington has long accused Tehran of sponsoring terrorism.", ("ACCUSE", "allege", "USA", "IRN", "occurred")),
    # en threats told as the speaker's future act or in fixed idioms: the threat itself is made (occurred)
    ("en", "China said it would never renounce the use of force against Taiwan.", ("THREATEN", "*", "CHN", "TWN", "occurred")),
    (
        "en",
        "Morocco warned Algeria that it would not tolerate any further incursions.",
        ("THREATEN", "*", "MAR", "DZA", "occurred"),
    ),
    ("en", "Ankara threatened a new military operation in northern Syria.", ("THREATEN", "*", "TUR", "SYR", "occurred")),
    (
        "en",
        "Iran's army chief said Tehran would deliver a crushing response to any Israeli aggression.",
        ("THREATEN", "*", "IRN", "ISR", "occurred"),
    ),
    ("en", "The Indian army chief warned Pakistan of a befitting reply.", ("THREATEN", "*", "IND", "PAK", "occurred")),
    (
        "en",
        "Russia vowed to respond to the deployment of American missiles in Germany.",
        ("THREATEN", "*", "RUS", "USA", "occurred"),
    ),
    ("en", "North Korea vowed to wipe out South Korea if attacked.", ("THREATEN", "*", "PRK", "KOR", "occurred")),
    ("en", "Azerbaijan warned Armenia it would face a harsh response.", ("THREATEN", "*", "AZE", "ARM", "occurred")),
    # en protests conveyed, accusations levelled, condemnation drawn from a state
    ("en", "Egypt levelled accusations against Ethiopia over the dam talks.", ("ACCUSE", "allege", "EGY", "ETH", "occurred")),
    ("en", "Algeria and Morocco traded accusations over the border incident.", ("ACCUSE", "*", "DZA", "MAR", "occurred")),
    ("en", "Israel drew condemnation from Jordan after the raid.", ("ACCUSE", "disapprove", "JOR", "ISR", "occurred")),
    ("en", "Israel's decision was criticised by Egypt and Jordan.", ("ACCUSE", "disapprove", "EGY", "ISR", "occurred")),
    ("en", "Tehran registered a protest with Baku over the remarks.", ("ACCUSE", "disapprove", "IRN", "AZE", "occurred")),
    ("en", "Japan conveyed its displeasure to South Korea over the visit.", ("ACCUSE", "disapprove", "JPN", "KOR", "occurred")),
    (
        "en",
        "Riyadh issued a sharp rebuke to Ottawa over its human rights criticism.",
        ("ACCUSE", "disapprove", "SAU", "CAN", "occurred"),
    ),
    ("en", "Turkey sharply criticized the European Union's report.", ("ACCUSE", "disapprove", "TUR", "EUR", "occurred")),
    (
        "en",
        "In a rebuke to Washington, Beijing denounced the arms sale to Taiwan.",
        ("ACCUSE", "disapprove", "CHN", "USA", "occurred"),
    ),
    (
        "en",
        "Qatar expressed its rejection and condemnation of the Israeli raid.",
        ("ACCUSE", "disapprove", "QAT", "ISR", "occurred"),
    ),
    (
        "en",
        "Japan's decision to release the water sparked criticism from China.",
        ("ACCUSE", "disapprove", "CHN", "JPN", "occurred"),
    ),
    # en arrests and seizures told by their noun: the genitive is the one held
    (
        "en",
        "The arrest of an Algerian consular official in France angered Algiers.",
        ("COERCE", "arrest", "FRA", "DZA", "occurred"),
    ),
    ("en", "Iran's seizure of a British tanker in the Gulf angered London.", ("COERCE", "*", "IRN", "GBR", "occurred")),
    (
        "en",
        "After the seizure of a Greek tanker by Iran, Athens summoned the Iranian ambassador.",
        ("COERCE", "*", "IRN", "GRC", "occurred"),
    ),
    ("en", "The detention of two Estonian citizens by Russia drew protests.", ("COERCE", "arrest", "RUS", "EST", "occurred")),
    # en a person described as accused, a threat as a state of affairs: no state's act
    ("en", "The Iranian national accused of spying for Israel was released on Monday.", None),
    ("en", "The threat of sanctions against Turkey remains.", None),
    ("en", "A Syrian man accused of plotting an attack in Germany went on trial.", None),
    # en wars fought and breaking out between states; the date of a background war is its own
    ("en", "War broke out between Ethiopia and Eritrea in May 1998.", ("ASSAULT", "*", "ETH", "ERI", "occurred")),
    ("en", "Fighting erupted between Armenian and Azerbaijani forces on Tuesday.", ("ASSAULT", "*", "ARM", "AZE", "occurred")),
    ("en", "A fire broke out between the two buildings in Cairo.", None),
    ("en", "India and China fought a brief border war in 1962.", ("ASSAULT", "*", "IND", "CHN", "occurred")),
    # en the passive: the agent after "by", the passive's subject acted upon
    (
        "en",
        "Iran was accused by the United States of supplying drones to Russia.",
        ("ACCUSE", "allege", "USA", "IRN", "occurred"),
    ),
    ("en", "Pakistan was accused of harbouring militants by India.", ("ACCUSE", "allege", "IND", "PAK", "occurred")),
    ("en", "Israel has been condemned by Turkey for the raid.", ("ACCUSE", "disapprove", "TUR", "ISR", "occurred")),
    # ar ACCUSE
    ("ar", "وأدانت مصر الغارات الإسرائيلية على غزة يوم الثلاثاء.", ("ACCUSE", "disapprove", "EGY", "ISR", "occurred")),
    ("ar", "ونددت السعودية بالتدخل الإيراني في الشؤون الداخلية للبحرين.", ("ACCUSE", "disapprove", "SAU", "IRN", "occurred")),
    ("ar", "واستنكر الأردن الاعتداءات الإسرائيلية على المسجد الأقصى.", ("ACCUSE", "disapprove", "JOR", "ISR", "occurred")),
    ("ar", "وحملت الخارجية العراقية تركيا المسؤولية الكاملة عن مقتل السياح.", ("ACCUSE", "allege", "IRQ", "TUR", "occurred")),
    ("ar", "واتهمت الصين الولايات المتحدة بتأجيج التوتر في مضيق تايوان.", ("ACCUSE", "allege", "CHN", "USA", "occurred")),
    (
        "ar",
        "واستدعت وزارة الخارجية المغربية السفير الألماني احتجاجا على التصريحات.",
        ("ACCUSE", "disapprove", "MAR", "DEU", "occurred"),
    ),
    ("ar", "وانتقدت تركيا اليونان بسبب تسليح جزر بحر إيجه.", ("ACCUSE", "disapprove", "TUR", "GRC", "occurred")),
    ("ar", "وشجبت الكويت الاجتياح العراقي لأراضيها.", ("ACCUSE", "disapprove", "KWT", "IRQ", "occurred")),
    ("ar", "وأعربت قطر عن استنكارها الشديد للقرار السعودي بإغلاق الحدود.", ("ACCUSE", "disapprove", "QAT", "SAU", "occurred")),
    (
        "ar",
        "وأعربت الجزائر عن إدانتها الشديدة للسياسة الفرنسية في الصحراء الغربية.",
        ("ACCUSE", "disapprove", "DZA", "FRA", "occurred"),
    ),
    ("ar", "وقدمت إيران احتجاجا رسميا لدى أذربيجان على الحادث.", ("ACCUSE", "disapprove", "IRN", "AZE", "occurred")),
    (
        "ar",
        "وأصدرت الخارجية المصرية بيانا تدين فيه الملء الأحادي للسد من جانب إثيوبيا.",
        ("ACCUSE", "disapprove", "EGY", "ETH", "occurred"),
    ),
    ("ar", "وهاجمت الصين بشدة قرار اليابان تصريف المياه المعالجة في البحر.", ("ACCUSE", "disapprove", "CHN", "JPN", "occurred")),
    ("ar", "واتهم الرئيس التركي إسرائيل بارتكاب إبادة جماعية في غزة.", ("ACCUSE", "allege", "TUR", "ISR", "occurred")),
    ("ar", "ووصفت الهند الخطوة الباكستانية بأنها غير قانونية وغير مقبولة.", ("ACCUSE", "disapprove", "IND", "PAK", "occurred")),
    ("ar", "وتقدمت إثيوبيا بشكوى ضد مصر إلى مجلس الأمن الدولي.", ("ACCUSE", "allege", "ETH", "EGY", "occurred")),
    ("ar", "ورفعت أوكرانيا دعوى ضد روسيا أمام محكمة العدل الدولية.", ("ACCUSE", "allege", "UKR", "RUS", "occurred")),
    ("ar", "وفتحت البرازيل تحقيقا بشأن إغراق السوق بالصلب الصيني.", ("ACCUSE", "investigate", "BRA", "CHN", "occurred")),
    ("ar", "وحمّلت عمّان إسرائيل مسؤولية التصعيد في القدس.", ("ACCUSE", "allege", "JOR", "ISR", "occurred")),
    (
        "ar",
        "وأدان الأردن بشدة اقتحام وزير إسرائيلي للمسجد الأقصى، معتبرا إياه استفزازا.",
        ("ACCUSE", "disapprove", "JOR", "ISR", "occurred"),
    ),
    (
        "ar",
        "واستدعت الخارجية الإيرانية القائم بالأعمال البريطاني للاحتجاج على احتجاز الناقلة.",
        ("ACCUSE", "disapprove", "IRN", "GBR", "occurred"),
    ),
    ("ar", "واتهمت روسيا أوكرانيا الأحد بقصف محطة زابوريجيا النووية.", ("ACCUSE", "allege", "RUS", "UKR", "occurred")),
    ("ar", "وتتهم إيران إسرائيل بالوقوف وراء الهجوم على قنصليتها.", ("ACCUSE", "allege", "IRN", "ISR", "occurred")),
    ("ar", "وأكدت مصر إدانتها للعملية العسكرية الإسرائيلية في رفح.", ("ACCUSE", "disapprove", "EGY", "ISR", "occurred")),
    ("ar", "ولم تدن مصر القرار السعودي.", ("ACCUSE", "disapprove", "EGY", "SAU", "negated")),
    ("ar", "وانتقد الرئيس الجزائري بحدة الموقف الفرنسي من قضية الصحراء.", ("ACCUSE", "disapprove", "DZA", "FRA", "occurred")),
    ("ar", "وأبدت الصين امتعاضها من زيارة المسؤول الأمريكي إلى تايوان.", ("ACCUSE", "disapprove", "CHN", "USA", "occurred")),
    (
        "ar",
        "واعتبرت الخارجية الأردنية القرار الإسرائيلي انتهاكا صارخا للقانون الدولي.",
        ("ACCUSE", "disapprove", "JOR", "ISR", "occurred"),
    ),
    # ar ACCUSE spurious
    ("ar", "وأدانت مصر الهجوم الإرهابي على كنيسة في الإسكندرية.", None),
    ("ar", "وأدان الوزير الهجوم على نقطة التفتيش وتعهد بملاحقة الجناة.", None),
    ("ar", "ويتهم منتقدون واشنطن بازدواجية المعايير في المنطقة.", None),
    ("ar", "ويرى محللون أن إدانة مصر لإسرائيل كانت رمزية.", None),
    ("ar", "واتهم الرئيس المصري جماعة الإخوان بالتآمر على الدولة.", None),
    # ar THREATEN
    ("ar", "وهددت إيران بإغلاق مضيق هرمز إذا فرضت الولايات المتحدة عقوبات جديدة.", ("THREATEN", "*", "IRN", "USA", "occurred")),
    ("ar", "وهددت كوريا الشمالية كوريا الجنوبية برد لا يرحم.", ("THREATEN", "*", "PRK", "KOR", "occurred")),
    ("ar", "وحذرت تركيا اليونان من عواقب استمرار تسليح الجزر.", ("THREATEN", "*", "TUR", "GRC", "occurred")),
    ("ar", "وتوعدت الصين واشنطن بالرد على الرسوم الجمركية الجديدة.", ("THREATEN", "*", "CHN", "USA", "occurred")),
    ("ar", "وحذرت روسيا فنلندا من أن انضمامها إلى الناتو سيستدعي ردا عسكريا.", ("THREATEN", "*", "RUS", "FIN", "occurred")),
    ("ar", "وهددت الجزائر بوقف إمدادات الغاز إلى إسبانيا.", ("THREATEN", "*", "DZA", "ESP", "occurred")),
    ("ar", "وهدد وزير الدفاع الإسرائيلي لبنان برد عسكري واسع.", ("THREATEN", "*", "ISR", "LBN", "occurred")),
    (
        "ar",
        "وقالت إثيوبيا إنها لن تتردد في استخدام القوة للدفاع عن السد في مواجهة مصر.",
        ("THREATEN", "*", "ETH", "EGY", "occurred"),
    ),
    ("ar", "وحذرت كوريا الشمالية كوريا الجنوبية من أي استفزاز على الحدود.", ("THREATEN", "*", "PRK", "KOR", "occurred")),
    ("ar", "وهددت فنزويلا بعمل عسكري ضد غيانا.", ("THREATEN", "*", "VEN", "GUY", "occurred")),
    ("ar", "وحذرت الولايات المتحدة الصين من عواقب وخيمة إذا زودت روسيا بالأسلحة.", ("THREATEN", "*", "USA", "CHN", "occurred")),
    ("ar", "ولوحت تركيا بعرقلة انضمام السويد إلى حلف الناتو.", ("THREATEN", "*", "TUR", "SWE", "occurred")),
    ("ar", "وهدد العراق بطرد السفير التركي.", ("THREATEN", "*", "IRQ", "TUR", "occurred")),
    ("ar", "وتوعد الرئيس الإيراني إسرائيل بعقاب قاس.", ("THREATEN", "*", "IRN", "ISR", "occurred")),
    ("ar", "وأمهلت الولايات المتحدة إيران حتى نهاية الشهر لوقف التخصيب.", ("THREATEN", "*", "USA", "IRN", "occurred")),
    ("ar", "ووجهت واشنطن إنذارا إلى طهران بوقف التخصيب.", ("THREATEN", "*", "USA", "IRN", "occurred")),
    ("ar", "وحذرت الصين اليابان من اللعب بالنار.", ("THREATEN", "*", "CHN", "JPN", "occurred")),
    ("ar", "وهددت روسيا مولدوفا بإجراءات انتقامية.", ("THREATEN", "*", "RUS", "MDA", "occurred")),
    ("ar", "وحذرت صربيا كوسوفو من أنها ستدافع عن الصرب بالقوة.", ("THREATEN", "*", "SRB", "KOS", "occurred")),
    # ar THREATEN spurious
    ("ar", "ويهدد التغير المناخي دلتا النيل في مصر.", None),
    ("ar", "ويهدد ارتفاع الأسعار الاستقرار في تونس.", None),
    ("ar", "وحذر محللون من أن الصراع قد يمتد إلى لبنان.", None),
    # ar ASSAULT
    ("ar", "وشنت إسرائيل هجوما عسكريا على مواقع في سوريا.", ("ASSAULT", "*", "ISR", "SYR", "occurred")),
    ("ar", "وشنت طائرات إسرائيلية غارات على جنوب لبنان يوم الاثنين.", ("ASSAULT", "aerial", "ISR", "LBN", "occurred")),
    ("ar", "وقصفت روسيا مواقع أوكرانية قرب باخموت.", ("ASSAULT", "*", "RUS", "UKR", "occurred")),
    ("ar", "وشنت القوات الأمريكية ضربات جوية على مواقع للجيش السوري.", ("ASSAULT", "aerial", "USA", "SYR", "occurred")),
    ("ar", "وأطلقت إيران صواريخ على إسرائيل ليلا.", ("ASSAULT", "*", "IRN", "ISR", "occurred")),
    ("ar", "وشنت باكستان ضربات انتقامية داخل إيران.", ("ASSAULT", "*", "PAK", "IRN", "occurred")),
    ("ar", "وهاجمت القوات الأذربيجانية مواقع حدودية أرمينية.", ("ASSAULT", "*", "AZE", "ARM", "occurred")),
    ("ar", "وغزا العراق الكويت في أغسطس 1990.", ("ASSAULT", "*", "IRQ", "KWT", "occurred")),
    ("ar", "واستهدفت مسيرة أوكرانية قاعدة جوية روسية.", ("ASSAULT", "*", "UKR", "RUS", "occurred")),
    ("ar", "وصدمت سفينة صينية قاربا تابعا للفلبين قرب الشعاب المرجانية.", ("ASSAULT", "*", "CHN", "PHL", "occurred")),
    ("ar", "وأسقطت الدفاعات الجوية السورية طائرة مسيرة تركية قرب الحدود.", ("ASSAULT", "aerial", "SYR", "TUR", "occurred")),
    ("ar", "واستهدفت المدفعية الإسرائيلية قرى في جنوب لبنان.", ("ASSAULT", "*", "ISR", "LBN", "occurred")),
    ("ar", "وتعرضت ناقلتا نفط إيرانيتان لهجوم إسرائيلي في البحر الأحمر.", ("ASSAULT", "*", "ISR", "IRN", "occurred")),
    ("ar", "وضربت صواريخ روسية العاصمة الأوكرانية ليلا.", ("ASSAULT", "*", "RUS", "UKR", "occurred")),
    ("ar", "وقصفت مقاتلات تركية أهدافا في شمال العراق.", ("ASSAULT", "*", "TUR", "IRQ", "occurred")),
    ("ar", "واشتبكت قوات هندية وصينية في وادي جلوان.", ("ASSAULT", "*", "IND", "CHN", "occurred")),
    (
        "ar",
        "وتبادلت القوات التايلاندية والكمبودية إطلاق النار على الحدود المتنازع عليها.",
        ("ASSAULT", "*", "THA", "KHM", "occurred"),
    ),
    ("ar", "واغتالت إسرائيل قائدا في الحرس الثوري الإيراني.", ("ASSAULT", "*", "ISR", "IRN", "occurred")),
    ("ar", "وقامت الطائرات الإثيوبية بقصف مواقع في إريتريا.", ("ASSAULT", "*", "ETH", "ERI", "occurred")),
    ("ar", "وتوغلت القوات التركية في شمال العراق.", ("ASSAULT", "*", "TUR", "IRQ", "occurred")),
    ("ar", "وأدى القصف الإسرائيلي على جنوب لبنان إلى مقتل خمسة مدنيين.", ("ASSAULT", "*", "ISR", "LBN", "occurred")),
    # ar ASSAULT spurious
    ("ar", "وقتل حارس في هجوم مسلح على السفارة الأذربيجانية في طهران.", None),
    ("ar", "وقتل شرطي كوسوفي في هجوم نفذه مسلحون صرب في الشمال.", None),
    ("ar", "وتعرضت السفارة الأردنية في بغداد لهجوم مسلح.", None),
    ("ar", "وهاجم مسلحون مركزا للشرطة في القاهرة.", None),
    ("ar", "وانفجرت سيارة مفخخة في بغداد مما أسفر عن مقتل عشرة أشخاص.", None),
    ("ar", "وقتلت القوات المصرية اثني عشر مسلحا في شمال سيناء.", None),
    ("ar", "وضرب زلزال جنوب تركيا يوم الاثنين.", None),
    ("ar", "وقصف الجيش السوري بلدات تسيطر عليها المعارضة في إدلب.", None),
    ("ar", "وهاجم الوزير خطة المعارضة للموازنة.", None),
    # ar COERCE
    ("ar", "واحتجزت إيران ناقلة نفط ترفع العلم البريطاني في مضيق هرمز.", ("COERCE", "*", "IRN", "GBR", "occurred")),
    ("ar", "واعتقلت روسيا مواطنين إستونيين بتهمة التجسس.", ("COERCE", "arrest", "RUS", "EST", "occurred")),
    ("ar", "واعتقلت السلطات الصينية رجلي أعمال يابانيين في بكين.", ("COERCE", "arrest", "CHN", "JPN", "occurred")),
    ("ar", "ورحلت السعودية آلاف المهاجرين الإثيوبيين.", ("COERCE", "deport", "SAU", "ETH", "occurred")),
    ("ar", "واحتجزت السلطات التركية جنديين يونانيين عبرا الحدود.", ("COERCE", "arrest", "TUR", "GRC", "occurred")),
    ("ar", "واستولى الحرس الثوري الإيراني على ناقلة يونانية.", ("COERCE", "seize", "IRN", "GRC", "occurred")),
    # ar COERCE spurious
    ("ar", "واعتقلت الشرطة ثلاثين متظاهرا في عمان.", None),
    ("ar", "واعتقلت قوات الأمن المصرية قياديا في جماعة الإخوان.", None),
    # ar MOBILIZE
    ("ar", "وحشدت روسيا قواتها على الحدود الأوكرانية.", ("MOBILIZE", "troops", "RUS", "UKR", "occurred")),
    ("ar", "ورفعت الصين حالة التأهب لقواتها قرب تايوان.", ("MOBILIZE", "troops", "CHN", "TWN", "occurred")),
    ("ar", "ونشرت تركيا قوات إضافية على الحدود السورية.", ("MOBILIZE", "troops", "TUR", "SYR", "occurred")),
    ("ar", "ودفعت الهند بتعزيزات عسكرية إلى حدودها مع الصين.", ("MOBILIZE", "troops", "IND", "CHN", "occurred")),
    ("ar", "وأرسلت فنزويلا قوات إلى الحدود مع غيانا.", ("MOBILIZE", "troops", "VEN", "GUY", "occurred")),
    (
        "ar",
        "ورفعت اليونان درجة الاستعداد في قواتها المسلحة بعد دخول سفن تركية مياهها.",
        ("MOBILIZE", "troops", "GRC", "TUR", "occurred"),
    ),
    ("ar", "ونقلت أذربيجان أسلحة ثقيلة إلى الحدود مع أرمينيا.", ("MOBILIZE", "*", "AZE", "ARM", "occurred")),
    # ar PROTEST
    ("ar", "واقتحم محتجون إيرانيون السفارة السعودية في طهران.", ("PROTEST", "*", "IRN", "SAU", "occurred")),
    ("ar", "وتظاهر مئات العراقيين أمام السفارة السويدية في بغداد.", ("PROTEST", "*", "IRQ", "SWE", "occurred")),
    # ar PROTEST spurious
    ("ar", "وتظاهر الآلاف في باريس ضد إصلاح نظام التقاعد.", None),
    # ar more wordings (nominal, imperfect, fronted adverbials, duals)
    ("ar", "وجاءت إدانة مصر للغارة الإسرائيلية سريعة.", ("ACCUSE", "disapprove", "EGY", "ISR", "occurred")),
    ("ar", "وفي بيان شديد اللهجة، نددت الرياض بتدخل طهران في اليمن.", ("ACCUSE", "disapprove", "SAU", "IRN", "occurred")),
    ("ar", "وانتقدت تركيا مرارا السويد لإيوائها مسلحين أكرادا.", ("ACCUSE", "disapprove", "TUR", "SWE", "occurred")),
    ("ar", "وتتهم كينيا الصومال بالتدخل في انتخاباتها.", ("ACCUSE", "allege", "KEN", "SOM", "occurred")),
    ("ar", "وتحمّل باكو يريفان مسؤولية انهيار المحادثات.", ("ACCUSE", "allege", "AZE", "ARM", "occurred")),
    (
        "ar",
        "وتدين المملكة الأردنية بشدة اقتحام المستوطنين الإسرائيليين للمسجد الأقصى.",
        ("ACCUSE", "disapprove", "JOR", "ISR", "occurred"),
    ),
    ("ar", "وقدم العراق شكوى إلى مجلس الأمن الدولي ضد الضربات التركية.", ("ACCUSE", "allege", "IRQ", "TUR", "occurred")),
    ("ar", "واستدعت الكويت القائم بالأعمال العراقي احتجاجا على التصريحات.", ("ACCUSE", "disapprove", "KWT", "IRQ", "occurred")),
    ("ar", "واستدعت بولندا السفير الروسي بعد دخول صاروخ أجواءها.", ("ACCUSE", "disapprove", "POL", "RUS", "occurred")),
    ("ar", "واتهمت بكين واشنطن بالنفاق في ملف حقوق الإنسان.", ("ACCUSE", "allege", "CHN", "USA", "occurred")),
    ("ar", "ورفضت قطر وأدانت التصريحات الإسرائيلية.", ("ACCUSE", "disapprove", "QAT", "ISR", "occurred")),
    ("ar", "وتقدم لبنان بشكوى إلى الأمم المتحدة ضد إسرائيل.", ("ACCUSE", "allege", "LBN", "ISR", "occurred")),
    ("ar", "وأدانت الرئاسة الجزائرية ما وصفته بالاستفزازات الفرنسية.", ("ACCUSE", "disapprove", "DZA", "FRA", "occurred")),
    ("ar", "وأعربت الخارجية الروسية عن غضبها من القرار البريطاني.", ("ACCUSE", "disapprove", "RUS", "GBR", "occurred")),
    (
        "ar",
        "وانتقدت واشنطن المناورات العسكرية الصينية حول تايوان ووصفتها بالاستفزازية.",
        ("ACCUSE", "disapprove", "USA", "CHN", "occurred"),
    ),
    ("ar", "واحتجت الجزائر رسميا لدى فرنسا على تصريحات الرئيس الفرنسي.", ("ACCUSE", "disapprove", "DZA", "FRA", "occurred")),
    ("ar", "واتهم وزير الخارجية الإيراني الولايات المتحدة بدعم الإرهاب.", ("ACCUSE", "allege", "IRN", "USA", "occurred")),
    ("ar", "وحذرت طهران باكو من السماح بوجود قوات إسرائيلية على أراضيها.", ("THREATEN", "*", "IRN", "AZE", "occurred")),
    ("ar", "وهددت الصين ليتوانيا بإجراءات مضادة.", ("THREATEN", "*", "CHN", "LTU", "occurred")),
    ("ar", "وتوعدت موسكو كييف برد ساحق.", ("THREATEN", "*", "RUS", "UKR", "occurred")),
    ("ar", "وهدد السودان بطرد السفير التشادي.", ("THREATEN", "*", "SDN", "TCD", "occurred")),
    ("ar", "وحذرت مصر إثيوبيا من أن الخيار العسكري لا يزال مطروحا.", ("THREATEN", "*", "EGY", "ETH", "occurred")),
    ("ar", "وهدد الرئيس الأمريكي المكسيك بفرض رسوم جمركية بنسبة 25 في المئة.", ("THREATEN", "*", "USA", "MEX", "occurred")),
    ("ar", "وتوعدت إيران إسرائيل بالانتقام للهجوم على قنصليتها.", ("THREATEN", "*", "IRN", "ISR", "occurred")),
    ("ar", "وهدد وزير الدفاع الإسرائيلي بإعادة لبنان إلى العصر الحجري.", ("THREATEN", "*", "ISR", "LBN", "occurred")),
    ("ar", "ونفذت الطائرات الإسرائيلية سلسلة غارات على جنوب لبنان.", ("ASSAULT", "*", "ISR", "LBN", "occurred")),
    ("ar", "وأطلقت القوات الروسية النار على مواقع أوكرانية.", ("ASSAULT", "*", "RUS", "UKR", "occurred")),
    ("ar", "وقصف الجيش التركي مواقع للجيش السوري قرب عفرين.", ("ASSAULT", "*", "TUR", "SYR", "occurred")),
    ("ar", "وقصفت إسرائيل مجمع السفارة الإيرانية في دمشق.", ("ASSAULT", "*", "ISR", "IRN", "occurred")),
    ("ar", "وشنت أذربيجان هجوما على القوات الأرمينية في قره باغ.", ("ASSAULT", "*", "AZE", "ARM", "occurred")),
    ("ar", "وقصفت طائرات باكستانية أهدافا داخل أفغانستان.", ("ASSAULT", "*", "PAK", "AFG", "occurred")),
    ("ar", "وأسفرت الضربات الصاروخية الروسية على أوكرانيا عن مقتل عشرة أشخاص.", ("ASSAULT", "*", "RUS", "UKR", "occurred")),
    ("ar", "واستهدفت غارة إسرائيلية سيارة في جنوب لبنان.", ("ASSAULT", "*", "ISR", "LBN", "occurred")),
    ("ar", "واحتجزت إيران ناقلتين يونانيتين في الخليج.", ("COERCE", "*", "IRN", "GRC", "occurred")),
    ("ar", "واعتقلت روسيا جنديين أمريكيين في فلاديفوستوك.", ("COERCE", "*", "RUS", "USA", "occurred")),
    ("ar", "وطردت إثيوبيا آلاف المواطنين الإريتريين.", ("COERCE", "*", "ETH", "ERI", "occurred")),
    ("ar", "وجمدت فنزويلا أصول شركات أمريكية.", ("SANCTION", "*", "VEN", "USA", "occurred")),
    ("ar", "ونشرت تركيا سفنا حربية في شرق المتوسط في مواجهة اليونان.", ("MOBILIZE", "*", "TUR", "GRC", "occurred")),
    ("ar", "ورفعت باكستان حالة التأهب في سلاحها الجوي بعد الضربات الهندية.", ("MOBILIZE", "*", "PAK", "IND", "occurred")),
    ("ar", "ونشرت الهند قوات إضافية على طول خط السيطرة الفعلية مع الصين.", ("MOBILIZE", "*", "IND", "CHN", "occurred")),
    ("ar", "وهاجم محتجون السفارة الدنماركية في بيروت.", ("PROTEST", "*", "LBN", "DNK", "occurred")),
    ("ar", "وتظاهر مئات المغاربة أمام القنصلية الفرنسية في الرباط.", ("PROTEST", "*", "MAR", "FRA", "occurred")),
    ("ar", "وأدت الغارات الجوية الإسرائيلية على لبنان إلى مقتل خمسة أشخاص.", ("ASSAULT", "aerial", "ISR", "LBN", "occurred")),
    ("ar", "وتواصلت الضربات الجوية الروسية في سوريا دعما للجيش السوري.", None),
    # ar the press, commentators, opposition and armed groups act for no state
    ("ar", "وتواجه مصر انتقادات من منظمات حقوقية.", None),
    ("ar", "واتهمت منظمة العفو الدولية السعودية بانتهاك حقوق الإنسان.", None),
    ("ar", "وانتقدت أحزاب المعارضة التركية اتفاق الغاز مع روسيا.", None),
    ("ar", "وانتقدت صحف جزائرية الموقف الفرنسي.", None),
    ("ar", "ويرى خبراء أن إيران تشكل تهديدا للسعودية.", None),
    ("ar", "واتهم ناشطون إسرائيل بارتكاب جرائم حرب في غزة.", None),
    ("ar", "وهاجم مقاتلو المعارضة حاجزا للجيش السوري قرب الحدود التركية.", None),
    ("ar", "وهاجم مقاتلو حزب الله القوات الإسرائيلية على الحدود.", None),
    ("ar", "وهددت ميليشيات عراقية القوات الأمريكية في البلاد.", None),
    ("ar", "وانتقد معلقون في بكين السياسة الدفاعية اليابانية الجديدة.", None),
    ("ar", "وطالما اتهمت واشنطن طهران برعاية الإرهاب.", ("ACCUSE", "allege", "USA", "IRN", "occurred")),
    # ar threats told as the speaker's future act or in fixed idioms: the threat itself is made (occurred)
    ("ar", "وقال الرئيس الإيراني إن بلاده سترد بقوة على أي اعتداء إسرائيلي.", ("THREATEN", "*", "IRN", "ISR", "occurred")),
    ("ar", "وأكدت الصين أنها لن تتخلى عن استخدام القوة ضد تايوان.", ("THREATEN", "*", "CHN", "TWN", "occurred")),
    ("ar", "وتوعد الجيش الإسرائيلي لبنان برد قاس.", ("THREATEN", "*", "ISR", "LBN", "occurred")),
    (
        "ar",
        "ولوح الرئيس الأمريكي بفرض رسوم جمركية بنسبة 50 في المئة على السلع الصينية.",
        ("THREATEN", "*", "USA", "CHN", "occurred"),
    ),
    ("ar", "وهددت أنقرة بشن عملية عسكرية جديدة في شمال سوريا.", ("THREATEN", "*", "TUR", "SYR", "occurred")),
    ("ar", "وحذر قائد الجيش الهندي باكستان من رد مناسب.", ("THREATEN", "*", "IND", "PAK", "occurred")),
    ("ar", "وأنذرت الجزائر فرنسا بأنها سترد بالمثل.", ("THREATEN", "*", "DZA", "FRA", "occurred")),
    ("ar", "وتعهدت روسيا بالرد على نشر صواريخ أمريكية في ألمانيا.", ("THREATEN", "*", "RUS", "USA", "occurred")),
    ("ar", "وتوعدت كوريا الشمالية بمحو كوريا الجنوبية من الخريطة.", ("THREATEN", "*", "PRK", "KOR", "occurred")),
    ("ar", "وحذرت أذربيجان أرمينيا من أنها ستواجه ردا قاسيا.", ("THREATEN", "*", "AZE", "ARM", "occurred")),
    ("ar", "وهددت إيران باستهداف القواعد الأمريكية في المنطقة.", ("THREATEN", "*", "IRN", "USA", "occurred")),
    ("ar", "وقال الرئيس الإيراني إن بلاده ستوجه ردا ساحقا على أي اعتداء إسرائيلي.", ("THREATEN", "*", "IRN", "ISR", "occurred")),
    # ar protests conveyed, accusations levelled, condemnation drawn from a state
    ("ar", "ووجهت مصر اتهامات لإثيوبيا بعرقلة مفاوضات السد.", ("ACCUSE", "allege", "EGY", "ETH", "occurred")),
    ("ar", "وتبادلت الجزائر والمغرب الاتهامات بشأن الحادث الحدودي.", ("ACCUSE", "*", "DZA", "MAR", "occurred")),
    ("ar", "ووجهت تركيا انتقادات لاذعة إلى الاتحاد الأوروبي بسبب تقريره.", ("ACCUSE", "disapprove", "TUR", "EUR", "occurred")),
    ("ar", "وشنت الخارجية الإيرانية هجوما حادا على السعودية.", ("ACCUSE", "disapprove", "IRN", "SAU", "occurred")),
    ("ar", "وعبرت قطر عن رفضها وإدانتها للغارة الإسرائيلية.", ("ACCUSE", "disapprove", "QAT", "ISR", "occurred")),
    ("ar", "وشجبت الكويت واستنكرت الاعتداء العراقي.", ("ACCUSE", "disapprove", "KWT", "IRQ", "occurred")),
    ("ar", "وسلمت مصر السفير الإسرائيلي مذكرة احتجاج.", ("ACCUSE", "disapprove", "EGY", "ISR", "occurred")),
    (
        "ar",
        "وأبلغت الخارجية المغربية السفير الجزائري احتجاج الرباط على التصريحات.",
        ("ACCUSE", "disapprove", "MAR", "DZA", "occurred"),
    ),
    (
        "ar",
        "وفي إدانة واضحة لإسرائيل، قالت الخارجية الأردنية إن الاقتحام انتهاك للقانون الدولي.",
        ("ACCUSE", "disapprove", "JOR", "ISR", "occurred"),
    ),
    ("ar", "ودانت الإمارات بشدة الهجوم الإيراني على ناقلة النفط.", ("ACCUSE", "disapprove", "ARE", "IRN", "occurred")),
    ("ar", "واستنكرت السعودية بأشد العبارات الاعتداء الإسرائيلي على سوريا.", ("ACCUSE", "disapprove", "SAU", "ISR", "occurred")),
    ("ar", "وأعلنت مصر رفضها واستنكارها للتصريحات الإثيوبية.", ("ACCUSE", "disapprove", "EGY", "ETH", "occurred")),
    ("ar", "وندد الأردن بالقرار الإسرائيلي ووصفه بأنه باطل.", ("ACCUSE", "disapprove", "JOR", "ISR", "occurred")),
    # ar arrests told by their masdar: the genitive is the one held
    ("ar", "وأثار اعتقال موظف قنصلي جزائري في فرنسا غضب الجزائر.", ("COERCE", "arrest", "FRA", "DZA", "occurred")),
    # ar a person described as accused, a threat as a state of affairs: no state's act
    ("ar", "وأفرج عن المواطن الإيراني المتهم بالتجسس لصالح إسرائيل.", None),
    ("ar", "ولا يزال التهديد بفرض عقوبات على تركيا قائما.", None),
    # ar wars fought and breaking out between states
    ("ar", "وخاضت الهند والصين حربا حدودية قصيرة عام 1962.", ("ASSAULT", "*", "IND", "CHN", "occurred")),
    ("ar", "وخاضت مصر حربا مع إسرائيل في أكتوبر 1973.", ("ASSAULT", "*", "EGY", "ISR", "occurred")),
    ("ar", "وخاضت إسرائيل حربا ضد حزب الله عام 2006.", None),
    ("ar", "واندلعت الحرب بين إثيوبيا وإريتريا عام 1998.", ("ASSAULT", "*", "ETH", "ERI", "occurred")),
    ("ar", "وخاض الحزب الحاكم الانتخابات بقائمة موحدة.", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PROBES)
def test_r4_conflict_probe(ctx: Context, lang: str, text: str, expected: Expected) -> None:
    events = Pipeline(ctx).run(make_article(text, "t", lang=lang, published=PUBLISHED)).events
    got: list[Got] = [
        (str(e.type), e.mode, e.source.country if e.source else None, e.target.country if e.target else None, str(e.status))
        for e in events
    ]
    ok, why = check(expected, got)
    assert ok, (why, got)
