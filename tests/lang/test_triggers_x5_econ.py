"""Probes of the vocabulary of cooperation (AID, COOPERATE, SUPPORT, AGREE, REQUEST) in both languages, round 5:
sentences written for these tests in the many ways journalists tell such acts, each with the type, mode and pair
it must give ("TYPE MODE SOURCE TARGET | sentence", mode "-" for none, either order for the symmetric AGREE,
COOPERATE and CONSULT); "NONE | sentence" must give no event of these types (a state of affairs, an analyst's view, an
expectation, an attribution, an agreement or a request that is only the condition of another act) and "NO TYPE |
sentence" none of that type (a right granted is no aid). Quantities
that an act carries stay with it: "QTY TYPE VALUE | sentence" needs an event of that type with that value."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import probe_lines, run

COOPERATION = {"AID", "COOPERATE", "SUPPORT", "AGREE", "REQUEST"}
SYMMETRIC = {"AGREE", "COOPERATE", "CONSULT"}

PROBES = {
    "en": """
    AGREE - VNM KOR | A joint statement committed Vietnam and South Korea to lifting bilateral trade to $150 billion by 2030.
    AGREE - KAZ CHN | The two leaders of Kazakhstan and China on Tuesday committed their governments to doubling trade by 2030.
    AGREE - VNM KOR | Vietnam and South Korea set a target of 150 billion dollars in bilateral trade by 2030 on Tuesday.
    AGREE - VNM KOR | Vietnam and South Korea set a goal of raising two-way trade to 150 billion dollars by 2030 on Tuesday.
    AGREE - EGY TUR | Egypt and Turkey aim to raise bilateral trade to 15 billion dollars, their presidents said on Wednesday.
    AGREE - KAZ CHN | Kazakhstan and China are targeting 60 billion dollars in annual trade, their leaders said on Tuesday.
    AGREE - EGY TUR | Egypt and Turkey pledged on Wednesday to double trade to 15 billion dollars.
    AGREE - KAZ CHN | Kazakhstan and China agreed on Tuesday to raise annual trade to 60 billion dollars by 2030.
    QTY AGREE 150000000000 | Vietnam and South Korea set a target of 150 billion dollars in bilateral trade by 2030 on Tuesday.
    NO COOPERATE | Vietnam and South Korea set a goal of raising two-way trade to 150 billion dollars by 2030 on Tuesday.
    NO COOPERATE | Egypt and Turkey aim to raise bilateral trade to 15 billion dollars, their presidents said on Wednesday.
    SUPPORT sign VNM KOR | Vietnam and South Korea put pen to a dozen memorandums of understanding on Tuesday.
    SUPPORT sign KAZ CHN | Kazakhstan and China inked 24 documents after the talks on Tuesday.
    SUPPORT sign SAU KEN | The Saudi Fund for Development on Monday sealed two loan agreements with Kenya.
    AID loan KOR VNM | Seoul also extended a concessional loan of 2 billion dollars to Hanoi on Tuesday.
    AID loan CHN KAZ | China also extended a 1.2 billion dollar credit line to Kazakhstan on Tuesday.
    AID loan IND LKA | India extended a separate 500 million dollar line of credit to Sri Lanka in February.
    AID - JPN KEN | Japan on Tuesday handed over a grant of 3 billion yen to Kenya.
    QTY AID 2000000000 | Seoul also extended a concessional loan of 2 billion dollars to Hanoi on Tuesday.
    AID loan ARE PAK | The UAE on Tuesday deposited $1 billion with the State Bank of Pakistan.
    AID loan SAU EGY | Saudi Arabia placed a $3 billion deposit with Egypt's central bank on Monday.
    AID loan QAT TUR | Qatar parked $2 billion at Turkey's central bank in August.
    AID military PRK RUS | North Korea sent around 11,000 troops to help Russian forces in Kursk in October.
    AID military RUS SYR | Russia deployed warplanes to Syria to help government forces in September.
    AID military AUS SLB | Canberra flew in police and soldiers to Solomon Islands within days of the request in November.
    COOPERATE military TUR LBY | A Turkish ship loaded with armoured vehicles arrived in Libya's port of Tripoli on Sunday.
    COOPERATE military RUS SYR | A Russian cargo ship carrying weapons docked at Syria's port of Tartus on Monday.
    CONSULT visit EGY RUS | The Egyptian defence minister arrived in Moscow on Monday for talks on buying weapons.
    NONE | Russia is targeting Ukraine's grain export routes, Kyiv said on Monday.
    NONE | Egypt's export earnings from gas fell by a third last year.
    NONE | India said on Friday it would consider more credit for fuel if Colombo asked for it.
    NONE | Amorim could also go to Kyiv if Ukraine agrees, diplomats said on Monday.
    NONE | Canberra would send more police to the islands if the Solomon Islands government requested them.
    NO REQUEST | Egypt could sign the deal next year if Russia requests it.
    REQUEST - EGY ETH | Egypt asked Ethiopia on Monday to halt the filling of the dam if talks failed.
    AGREE - IRN IRQ | Iran agreed on Monday to supply Iraq with gas if Baghdad paid its debts.
    CONSULT meet VNM KOR | The Vietnamese prime minister called on South Korea's parliament speaker on Wednesday.
    CONSULT meet EGY JOR | The Egyptian foreign minister called on King Abdullah of Jordan in Amman on Sunday.
    CONSULT meet SAU QAT | The Saudi foreign minister paid a courtesy call on the Emir of Qatar on Sunday.
    NO REQUEST | The Vietnamese prime minister called on South Korea's parliament speaker on Wednesday.
    REQUEST - EGY RUS | Egypt called on President Putin to halt the offensive on Monday.
    REQUEST - EGY ETH | Egypt on Monday called on the Ethiopian prime minister to resume talks.
    AGREE - IRN SAU | Iran has always welcomed dialogue with Saudi Arabia, the spokesman said on Monday.
    AGREE - EGY ETH | Egypt said on Monday it was open to talks with Ethiopia.
    SUPPORT - EGY SDN | Egypt welcomed the agreement between Sudan and South Sudan on Monday.
    AID debt-relief DEU EGY | Germany converted 54 million euros of Egyptian debt into funding for water projects in November.
    AID debt-relief ITA EGY | Italy swapped 100 million euros of Egypt's debt for development projects on Monday.
    AID debt-relief CHN LKA | China's Export-Import Bank deferred Sri Lanka's repayments for two years on Monday.
    NONE | Asked about the reports, China's foreign ministry said on Tuesday it had no information to offer.
    NONE | When asked whether Egypt would attend the summit, the Egyptian spokesman declined to comment on Tuesday.
    NONE | Asked by reporters about the visit, the Kenyan minister said on Monday that no date had been set.
    NONE | Trade between Egypt and Turkey is expected to rise to 15 billion dollars in the coming years, analysts said.
    NONE | Analysts said bilateral trade between Egypt and Turkey could double by 2030.
    """,
    "ar": """
    AGREE - DZA TUR | وأكد الرئيسان الجزائري والتركي يوم الاثنين عزمهما رفع حجم المبادلات التجارية إلى 10 مليارات دولار.
    AGREE - EGY TUR | وتعهد الرئيسان المصري والتركي يوم الأربعاء برفع حجم التبادل التجاري إلى 15 مليار دولار.
    AGREE - EGY TUR | وأعلنت مصر وتركيا يوم الأربعاء استهداف رفع التبادل التجاري بينهما إلى 15 مليار دولار.
    AGREE - EGY TUR | وتطمح مصر وتركيا إلى مضاعفة حجم التبادل التجاري إلى 15 مليار دولار، وفق بيان مشترك صدر يوم الأربعاء.
    AGREE - EGY TUR | وتتطلع مصر وتركيا إلى زيادة حجم التجارة بينهما إلى 15 مليار دولار خلال خمس سنوات.
    QTY AGREE 15000000000 | وأعلنت مصر وتركيا يوم الأربعاء استهداف رفع التبادل التجاري بينهما إلى 15 مليار دولار.
    NO COOPERATE | وأعلنت مصر وتركيا يوم الأربعاء استهداف رفع التبادل التجاري بينهما إلى 15 مليار دولار.
    AGREE - ETH SOM | وتوصلت إثيوبيا والصومال يوم الأربعاء إلى إعلان أنقرة برعاية تركية.
    AGREE - ETH SOM | وتوصل البلدان إثيوبيا والصومال إلى خارطة طريق لتسوية الخلاف يوم الأربعاء.
    AGREE - SDN SSD | وتوصل السودان وجنوب السودان يوم الأحد إلى ترتيبات لتصدير النفط.
    NONE | وتسعى مصر وروسيا وتركيا للتوصل إلى حل للنزاع في ليبيا عبر حوار موسع.
    NO AGREE | وشدد وزيرا خارجية مصر والسعودية على ضرورة التوصل إلى حل سياسي للأزمة في السودان.
    COOPERATE military EGY SOM | ووصلت طائرتان عسكريتان مصريتان محملتان بالأسلحة إلى مقديشو يوم الأربعاء.
    COOPERATE military EGY SOM | وأفرغت سفينة حربية مصرية شحنة أسلحة في ميناء مقديشو في الصومال يوم الأربعاء.
    COOPERATE military TUR LBY | ورست سفينة تركية محملة بالذخائر والمدرعات في ميناء طرابلس الليبية يوم الاثنين.
    COOPERATE military EGY SOM | وسلمت مصر الصومال شحنة أسلحة ومعدات عسكرية يوم الأربعاء.
    AID military EGY SOM | وأفرغت سفينة حربية مصرية في ميناء مقديشو الشهر الماضي شحنة من الأسلحة والذخائر للجيش الصومالي.
    AID military TUR SOM | وأرسلت تركيا يوم الأحد شحنة من المدرعات للجيش الصومالي.
    COOPERATE economic QAT EGY | وأعلنت قطر يوم الأحد ضخ 5 مليارات دولار من الاستثمارات في مصر.
    COOPERATE economic SAU BRA | ويعتزم صندوق الاستثمارات العامة السعودي ضخ استثمارات بقيمة 10 مليارات دولار في البرازيل.
    COOPERATE economic ARE EGY | وضخت الإمارات 35 مليار دولار من الاستثمارات المباشرة في مصر العام الماضي.
    AID - SAU EGY | ومنحت السعودية مصر ملياري دولار يوم الأحد.
    AID - JPN JOR | وتمنح اليابان الأردن منحة بقيمة 100 مليون دولار.
    NO AID | ووقعت إثيوبيا مذكرة تفاهم مع إقليم أرض الصومال تمنح أديس أبابا منفذا على البحر الأحمر.
    NO AID | ونفى مصدر توقيع دمشق اتفاقا جديدا مع موسكو يمنح القوات الروسية حق البقاء في طرطوس.
    NO AID | ومنحت مصر الرئيس الصومالي وسام النيل يوم الأحد.
    NO AID | ومنحت تركيا قطر امتيازات لإدارة الميناء يوم الأحد.
    AGREE - IRN VEN | وتسعى إيران وفنزويلا إلى رفع حجم التبادل التجاري بينهما إلى عشرة مليارات دولار.
    NO AGREE | وتستهدف روسيا رفع إنتاجها من النفط العام المقبل.
    NONE | وتستهدف الغارات رفع الضغط على المدينة.
    AID military PRK RUS | وأرسلت كوريا الشمالية نحو 11 ألف جندي لمساعدة القوات الروسية في كورسك في أكتوبر.
    AID military IRN SYR | وأرسلت إيران آلاف المقاتلين لمساندة القوات السورية في عام 2013.
    AID loan QAT TUR | وضخت قطر ملياري دولار في البنك المركزي التركي في أغسطس.
    AID loan SAU PAK | ووضعت السعودية وديعة بقيمة 3 مليارات دولار في البنك المركزي الباكستاني يوم الاثنين.
    SUPPORT - TUR DZA | وجدد الرئيس أردوغان دعم أنقرة لترشح الجزائر لعضوية مجلس الأمن يوم الاثنين.
    SUPPORT - EGY SOM | وأكد السيسي دعم مصر لوحدة الصومال وسيادته يوم الأربعاء.
    SUPPORT - SAU BHR | وأكدت الرياض دعم المملكة الكامل لأمن البحرين يوم الأربعاء.
    SUPPORT - QAT PSE | وجددت الدوحة تضامن قطر مع الشعب الفلسطيني يوم الأحد.
    NO SUPPORT | وأكد الوزير دعم الجهود الدولية لمكافحة الإرهاب يوم الأربعاء.
    NO AGREE | وقال مسؤول سوري إن دمشق قد توقع اتفاقا جديدا مع روسيا إذا التزمت موسكو بالمساهمة في إعادة الإعمار.
    NO AGREE | وقد يقدم الاتحاد الأوروبي قرضا لتونس في حال وافقت تونس على شروط صندوق النقد الدولي.
    NO REQUEST | وقالت أستراليا إنها سترسل مزيدا من الشرطة إلى جزر سليمان إذا طلبت حكومتها ذلك.
    REQUEST - EGY ETH | وطالبت مصر إثيوبيا يوم الاثنين بوقف ملء السد إذا فشلت المفاوضات.
    AGREE - IRN IRQ | واتفقت إيران والعراق يوم الاثنين على زيادة إمدادات الغاز إذا سددت بغداد ديونها.
    AGREE - IRN SAU | وقال المتحدث إن إيران رحبت دائما بالحوار مع السعودية يوم الاثنين.
    AGREE - EGY ETH | وأبدت مصر انفتاحها على الحوار مع إثيوبيا يوم الاثنين.
    SUPPORT - EGY SDN | ورحبت مصر بالاتفاق بين السودان وجنوب السودان يوم الاثنين.
    AID debt-relief DEU EGY | وحولت ألمانيا 54 مليون يورو من ديون مصر إلى مشروعات للطاقة المتجددة في نوفمبر.
    AID debt-relief ITA EGY | ووقعت إيطاليا ومصر اتفاقا لمبادلة ديون بقيمة 100 مليون يورو بمشروعات تنموية يوم الاثنين.
    AID debt-relief CHN ZMB | وأجلت الصين سداد ديون زامبيا لمدة عامين يوم الاثنين.
    NONE | وقال مسؤول إماراتي، طلب عدم الكشف عن اسمه، إن أبوظبي لم تتخذ قرارا بعد.
    NONE | وقال مسؤول مصري، طلب عدم الإفصاح عن هويته، إن القاهرة تدرس العرض.
    NONE | وقالت مسؤولة أردنية، طلبت عدم تسميتها، إن عمان لم تتلق أي رد.
    NONE | ويرى محللون أن حجم التبادل التجاري بين مصر وتركيا مرشح للارتفاع.
    NONE | ومن المتوقع أن يرتفع حجم التجارة بين مصر وتركيا في السنوات المقبلة.
    """,
}


@pytest.mark.parametrize(("lang", "expected", "text"), probe_lines(PROBES))
def test_x5_econ_probe(pipeline: Pipeline, lang: str, expected: str, text: str) -> None:
    analysis, got = run(pipeline, lang, text)
    if expected == "NONE":
        assert not [e for e in got if e[0] in COOPERATION], got
        return
    words = expected.split()
    if words[0] == "NO":
        assert not [e for e in got if e[0] == words[1]], got
        return
    if words[0] == "QTY":
        values = [q.value for e in analysis.events if str(e.type) == words[1] for q in e.quantities]
        assert float(words[2]) in values, values
        return
    etype, mode, source, target = words
    pairs = {(source, target), (target, source)} if etype in SYMMETRIC else {(source, target)}
    assert any(t == etype and m == (None if mode == "-" else mode) and (s, g) in pairs for t, m, s, g, _st in got), got
