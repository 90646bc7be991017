"""Probes of talks and of type choices (fifth round): sentences written for these tests, several per construction, each
"TYPE MODE SOURCE TARGET | sentence" (mode "-" for none; CONSULT meet and AGREE in either order) that must give that
event, or "NOT TYPE [MODE] | sentence" that must give no event of that type (and mode).

Constructions: a source who asked not to be named makes no request; a courtesy call on a dignitary ("called on
Prime Minister X") is a meeting, "called on X to ..." a request; conditions, demands or obligations that are met are
no meeting; welcoming, or being open to, dialogue with a state is AGREE (not SUPPORT, not a host, not talks held);
coming back "on Tuesday from Doha" tells the visit; the plain verbs of going with a destination ("came to
Belgrade", "will go to Riyadh") are a visit, coming to a state's aid or going further are not; "if Kyiv agrees" is
the condition of another act, no agreement; an embassy's staff and families flying home make no visit; a right,
access or status that a deal grants (يمنح حق/منفذا) is no aid; a meeting of a state's own council or cabinet, or
"the same meeting" named again, is no talks between states; market demand (الطلب) is no request; a cancelled
visit or talks is the REJECT only; hosting a base, a fleet or troops is no visit; talks as the means of another act
("settle the dispute through negotiations", "عبر المفاوضات") are no talks held; goods "heading to" a state make no
visit; a round of talks (جولة مباحثات، جولة أولى من المحادثات، الجولة الأخيرة من المفاوضات) is talks, no tour, while a
tour (جولة خليجية) stays a visit; the verbal noun of a trip with a destination (يعتزم التوجه إلى طهران، قبيل توجهه إلى
الرياض) is a visit, turning to the Security Council is not; a call without "هاتفيا" (أجرى اتصالا بنظيره، اتصل
بالرئيس) is a call; an envoy or minister sent to a capital is the sender's visit, a shipment sent is not."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import probe_lines, run

SYMMETRIC = {("CONSULT", "meet"), ("AGREE", None)}

PROBES = {
    "en": """
    NOT REQUEST | A Turkish official, who asked not to be named, said Ankara had closed its airspace to Israeli planes on Monday.
    NOT REQUEST | Two Egyptian diplomats who asked not to be identified said Cairo would recall its envoy from Addis Ababa.
    NOT REQUEST | A Qatari source, who requested anonymity, said Doha had hosted Iranian negotiators last week.
    NOT REQUEST | According to a Saudi official who asked to remain anonymous, Riyadh signed the accord with Baghdad on Sunday.
    REQUEST - SAU USA | A Saudi official speaking on condition of anonymity said Riyadh asked Washington for jets on Monday.
    REQUEST - EGY ETH | Egypt asked Ethiopia on Monday to halt the filling of the dam.
    CONSULT meet VNM JPN | Before flying home on Friday, Vietnamese President Thuong called on Japanese Prime Minister Kishida.
    CONSULT meet TUR JPN | Erdogan called on Prime Minister Fumio Kishida at his Tokyo residence on Thursday.
    CONSULT meet IND GBR | The Indian foreign minister paid a courtesy call on King Charles in London on Tuesday.
    CONSULT meet EGY JOR | Egypt's foreign minister Shoukry called on King Abdullah in Amman on Sunday.
    REQUEST - EGY ETH | Egypt called on Prime Minister Abiy Ahmed on Monday to stop the second filling of the dam.
    REQUEST - FRA ISR | France called on Israeli Prime Minister Netanyahu on Monday to halt settlement building.
    NOT CONSULT | France said on Monday it could pull its troops out of Mali if the conditions for the mission were no longer met.
    NOT CONSULT | Egypt said on Monday it had met all the conditions set by the IMF for the new loan from the fund.
    NOT CONSULT | Algeria will ship more gas to Spain to meet rising demand in Europe, its energy minister said on Monday.
    NOT CONSULT | Pakistan said on Friday it has met its obligations to China under the power purchase agreements.
    CONSULT meet EGY TUR | Sisi met Erdogan in Ankara on Monday.
    CONSULT meet IND PAK | The Indian and Pakistani foreign ministers will meet in Islamabad next week.
    AGREE - IRN SAU | Iran welcomed dialogue with Saudi Arabia, its foreign ministry spokesman said on Monday.
    AGREE - EGY ETH | Egypt is open to talks with Ethiopia on the dam, its foreign minister said on Monday.
    AGREE - TUR GRC | Turkey welcomes negotiations with Greece over the Aegean, Erdogan said on Tuesday.
    NOT SUPPORT | Iran welcomed dialogue with Saudi Arabia, its foreign ministry spokesman said on Monday.
    NOT CONSULT | Turkey welcomes negotiations with Greece over the Aegean, Erdogan said on Tuesday.
    CONSULT visit PAK QAT | Pakistani Prime Minister Imran Khan returned on Tuesday from Doha.
    CONSULT visit EGY RUS | Egypt's foreign minister flew back late on Monday from Moscow.
    CONSULT visit USA SAU | Secretary of State Blinken returned home on Sunday from Riyadh.
    NOT CONSULT | Egypt returned the stolen artefacts on Monday from Britain.
    CONSULT visit CHN SRB | Chinese President Xi Jinping came to Belgrade in May for a two-day state visit.
    CONSULT visit BRA RUS | Lula's adviser Celso Amorim went to Moscow in March to meet Putin.
    CONSULT visit EGY SAU | Egyptian President Sisi will go to Riyadh next week, his spokesman said on Monday.
    CONSULT visit IND BGD | The Indian prime minister came to Dhaka on Tuesday for talks with Hasina.
    NOT CONSULT | Russia came to the aid of Syria in 2015 with air strikes against rebels.
    NOT CONSULT | Most of the Gulf money went to Egypt's central bank last year, officials said.
    NOT CONSULT | Nicaragua went further and severed its diplomatic ties with Ecuador on Saturday.
    NOT CONSULT | Egyptian workers went to Libya in their hundreds of thousands in the 1990s.
    NOT AGREE | Brazil's envoy could also go to Kyiv if Ukraine agrees, diplomats said on Monday.
    NOT AGREE | Egypt will sign the dam accord only if Ethiopia agrees to a binding text, Shoukry said on Monday.
    AGREE - EGY SDN | Egypt agreed on Monday to supply Sudan with electricity from its grid.
    NOT CONSULT | Mexican diplomats and their families flew home from Quito on Sunday after the raid.
    NOT CONSULT | Egyptian embassy staff flew home from Khartoum on Monday as the fighting spread.
    CONSULT visit EGY SDN | The Egyptian president flew home from Khartoum on Monday after a one-day visit.
    NOT CONSULT visit | The announcement came at the end of four days of talks in Baghdad between Saudi and Iranian officials.
    NOT CONSULT visit | The decision came after weeks of talks in Cairo between Israeli and Hamas negotiators.
    REJECT meet AZE RUS | On Saturday Baku scrapped a scheduled trip by the Russian deputy prime minister to Azerbaijan.
    NOT CONSULT | On Saturday Baku scrapped a scheduled trip by the Russian deputy prime minister to Azerbaijan.
    NOT CONSULT | Egypt cancelled the visit of the Ethiopian foreign minister to Cairo on Monday.
    NOT CONSULT | Ankara called off talks with the Greek delegation planned for next week.
    NOT CONSULT | Bahrain hosts the headquarters of the US Fifth Fleet, a presence Iran resents.
    NOT CONSULT | Qatar hosts thousands of American troops at Al Udeid.
    CONSULT visit SDN EGY | Egypt hosted Sudanese President Burhan on Monday.
    NOT CONSULT | The Kremlin called on Armenia and Azerbaijan to settle the dispute through negotiations.
    NOT CONSULT | Turkey urged Greece and Cyprus on Monday to resolve their differences through direct talks.
    NOT CONSULT | Azerbaijan remains an important route for Russian trade heading towards Iran.
    NOT CONSULT | Kazakh grain heading to Iran crosses Turkmenistan by rail.
    NOT CONSULT | Kenya cancelled the visit of the Ugandan president hours before it was due to begin.
    CONSULT visit EGY SDN | Sisi dispatched a special envoy to Khartoum on Monday.
    CONSULT visit DZA MLI | Algeria sent an envoy to Bamako on Monday.
    CONSULT visit CHN RUS | Beijing will send its foreign minister to Moscow next week.
    NOT CONSULT | Egypt sent two planes loaded with weapons to Somalia in August.
    """,
    "ar": """
    NOT REQUEST | وقال مسؤول تركي طلب عدم الكشف عن هويته إن أنقرة أغلقت مجالها الجوي أمام الطائرات الإسرائيلية أمس.
    NOT REQUEST | وأكد دبلوماسيان مصريان، طلبا عدم ذكر اسميهما، أن القاهرة ستستدعي سفيرها من أديس أبابا.
    NOT REQUEST | وقالت مصادر قطرية، طلبت عدم نشر أسمائها، إن الدوحة استضافت مفاوضين إيرانيين الأسبوع الماضي.
    NOT REQUEST | وذكر مسؤول سعودي طلب عدم الإفصاح عن اسمه أن الرياض وقعت الاتفاق مع بغداد يوم الأحد.
    REQUEST - SAU USA | وقال مسؤول سعودي طلب عدم ذكر اسمه إن الرياض طلبت من واشنطن منظومات دفاع جوي إضافية.
    REQUEST - EGY ETH | وطالبت مصر إثيوبيا يوم الاثنين بوقف ملء السد.
    NOT CONSULT | وجاء القرار إثر اجتماع للمجلس الأعلى للأمن ترأسه الرئيس الجزائري، ردا على استفزازات المغرب.
    NOT CONSULT | وقررت تركيا طرد السفير الإسرائيلي عقب اجتماع لمجلس الأمن القومي برئاسة أردوغان.
    NOT CONSULT | وقرر المجلس، في الاجتماع ذاته، استدعاء السفير السوداني من أبوظبي.
    NOT CONSULT | وأعلنت الحكومة المصرية بعد اجتماع مجلس الوزراء تعليق الرحلات الجوية إلى ليبيا.
    CONSULT meet EGY SDN | والتقى الرئيس المصري نظيره السوداني في القاهرة أمس.
    AGREE - IRN SAU | وقال المتحدث إن إيران رحبت دائما بالحوار مع السعودية.
    AGREE - EGY ETH | وأعلنت مصر استعدادها للتفاوض مع إثيوبيا بشأن السد.
    AGREE - TUR GRC | وأكد أردوغان أن تركيا ترحب بالحوار مع اليونان حول بحر إيجه.
    NOT SUPPORT | وقال المتحدث إن إيران رحبت دائما بالحوار مع السعودية.
    SUPPORT - EGY SAU | ورحبت مصر بقرار السعودية استضافة القمة.
    NOT AID | ووقعت مصر مع السودان مذكرة تفاهم تمنح القاهرة حق استخدام ميناء بورتسودان.
    NOT AID | وتحدثت تقارير عن اتفاق بين روسيا وسوريا يمنح موسكو قاعدة بحرية لمدة 49 عاما.
    NOT AID | ووقعت إثيوبيا مع جيبوتي اتفاقا يمنح أديس أبابا منفذا على البحر الأحمر.
    NOT AID | وتنص الاتفاقية على أن تمنح تركيا المواطنين القطريين تأشيرات دخول مجانية.
    AID - SAU EGY | ومنحت السعودية مصر منحة بقيمة مليار دولار أمس.
    AID - KWT JOR | وتمنح الكويت الأردن مساعدات بقيمة 100 مليون دولار سنويا.
    NOT REQUEST | وأكد الوزير أن الجزائر ستزيد صادراتها من الغاز إلى إسبانيا لتلبية الطلب المتزايد في السوق الأوروبية.
    NOT REQUEST | وقالت قطر إن صادراتها من الغاز إلى الصين ارتفعت بسبب زيادة الطلب على الطاقة.
    REQUEST - IRQ TUR | وقدم العراق طلبا رسميا إلى تركيا لزيادة الإطلاقات المائية في دجلة.
    NOT CONSULT | وتستضيف البحرين مقر الأسطول الخامس الأمريكي منذ عقود.
    NOT CONSULT | وتستضيف قطر قاعدة العديد التي تضم آلاف الجنود الأمريكيين.
    CONSULT visit SDN EGY | واستقبل الرئيس المصري نظيره السوداني في القاهرة أمس.
    NOT CONSULT | ودعت روسيا أرمينيا وأذربيجان إلى حل الخلاف عبر المفاوضات.
    NOT CONSULT | وحثت تركيا اليونان على تسوية الخلافات من خلال المفاوضات.
    NOT CONSULT visit | وأفادت مصادر بأن مسؤولين بحرينيين وإيرانيين عقدوا جولتي مباحثات في مسقط خلال شهر مايو.
    CONSULT meet BHR IRN | وأفادت مصادر بأن مسؤولين بحرينيين وإيرانيين عقدوا جولتي مباحثات في مسقط خلال شهر مايو.
    NOT CONSULT visit | وعقد وزيرا خارجية البلدين في أنقرة جولة أولى من المحادثات غير المباشرة برعاية تركية.
    NOT CONSULT visit | وانطلقت في بغداد أولى جولات الحوار المباشر بين مسؤولين سعوديين وإيرانيين.
    CONSULT meet EGY ETH | وانتهت في ديسمبر الجولة الأخيرة من المفاوضات بين مصر وإثيوبيا دون التوصل إلى اتفاق.
    CONSULT visit FRA ARE | وبدأ ماكرون أمس جولة خليجية تقوده إلى الإمارات وقطر.
    CONSULT visit CHN EGY | ويختتم الرئيس الصيني اليوم جولته في المنطقة بزيارة القاهرة.
    CONSULT visit IRQ IRN | وأفادت مصادر بأن رئيس الوزراء العراقي يعتزم التوجه إلى طهران الشهر المقبل.
    CONSULT visit EGY SAU | وقال الرئيس المصري قبيل توجهه إلى الرياض إن العلاقات متينة.
    NOT CONSULT | وقررت ليبيا التوجه إلى مجلس الأمن الدولي لتقديم شكوى ضد تشاد.
    CONSULT phone EGY TUR | وأجرى الرئيس المصري اتصالا بنظيره التركي أمس.
    CONSULT phone EGY FRA | وتلقى الرئيس المصري اتصالا من نظيره الفرنسي أمس.
    CONSULT phone QAT USA | واتصل أمير قطر بالرئيس الأمريكي أمس لبحث الأوضاع في غزة.
    CONSULT visit EGY SDN | وأوفد الرئيس المصري مبعوثا خاصا إلى الخرطوم أمس.
    CONSULT visit DZA MLI | وأرسلت الجزائر مبعوثا إلى باماكو أمس.
    NOT CONSULT | وأرسلت مصر شحنة أسلحة إلى الصومال الشهر الماضي.
    """,
}


@pytest.mark.parametrize(("lang", "expected", "text"), probe_lines(PROBES))
def test_x5_vocab_probe(pipeline: Pipeline, lang: str, expected: str, text: str) -> None:
    _analysis, got = run(pipeline, lang, text)
    if expected.startswith("NOT "):
        banned = expected.split()[1:]  # a type, and a mode when given
        assert not [e for e in got if e[0] == banned[0] and (len(banned) == 1 or e[1] == banned[1])], got
        return
    etype, raw_mode, source, target = expected.split()
    mode = None if raw_mode == "-" else raw_mode
    pairs = {(source, target), (target, source)} if (etype, mode) in SYMMETRIC else {(source, target)}
    assert any(t == etype and m == mode and (s, g) in pairs for t, m, s, g, _st in got), got
