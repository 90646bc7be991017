"""Probes of Arabic trigger families and type choice (seventh round): sentences written for these tests, several per
construction, each "TYPE MODE SOURCE TARGET [STATUS] | sentence" (mode "-" for none; symmetric types in either order)
that must give that event (with that status when given), or "NOT TYPE [MODE] | sentence" that must give no event of
that type (and mode).

Constructions: troops contributed to a mission or peace force in another state (شارك/ساهم بقوات في بعثة ...) are AID
military to that state, the organisation of the mission framing it; troops sent or deployed when or because the other
state's government asks (إذا طلبت الحكومة ذلك، بطلب من حكومة) are AID military, in VSO and SVO, while aid, experts and
troops sent to a border keep their own readings; fighting between two states' forces named with the article or an
adjective (المعارك العنيفة بين القوات ...) is ASSAULT, fighting with security forces or militias is not; a state's
solidarity named after the noun (تضامن الاتحاد مع اليونان) is SUPPORT; an arms shipment sent or carried (أرسلت شحنتي
أسلحة، ستنقلان شحنة من المعدات) is AID military, one sold is COOPERATE and one sent to a border no aid; a commitment
with its owner named (أكد التزام بغداد بالاتفاقيات) is AGREE, "the need for" one is not; rejecting interference (رفض
أي تدخل في الشؤون الداخلية) is ACCUSE disapprove, rejecting a proposal stays REJECT; fuel carried or tankers loaded
with it sailing to another state (ستنقل شحنات من الغاز، أبحرت ناقلات محملة بالبنزين) are COOPERATE energy; a trade
volume told in a relative clause (حجم التبادل الذي بلغ ...) is a trade figure of its own, and "الذي وصل إلى" stays a
trip; a tanker or rolling stock handed over (سلمت فنزويلا ناقلة نفط) is COOPERATE economic, a seized tanker handed
back with its crew a release; clashes with armed groups, rebels or militias are no ASSAULT between states; the
future feminine ستوقع (not the bare توقع, "expects") signs; goods, aid, investment or a figure that "reaches" a state
(وصلت المساعدات إلى، أن تصل الصادرات إلى) is no visit; fuel shipments financed or given by another state (شحنات
النفط الممولة سعوديا) are AID, not energy trade; hosting a community or workforce of another state's nationals (تحتضن
جالية هندية) is no visit."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import check, probe_lines, run

SYMMETRIC = {("ASSAULT", None), ("CONSULT", "meet"), ("AGREE", None), ("SUPPORT", "sign"), ("COOPERATE", "trade"),
             ("COOPERATE", "energy"), ("COOPERATE", "military")}

PROBES = {
    "ar": """
    AID military UGA SSD planned | أعلنت أوغندا أنها ستشارك بقوات في بعثة الأمم المتحدة في جنوب السودان.
    AID military KEN SOM | وتساهم كينيا بكتيبة في قوة حفظ السلام في الصومال.
    AID military EGY SOM planned | وأكد الرئيس أن القاهرة ستشارك بقوات في بعثة الاتحاد الإفريقي في الصومال العام المقبل.
    NOT AID | وشاركت مصر في اجتماع الاتحاد الإفريقي في أديس أبابا.
    NOT AID | وشاركت فرنسا بوفد في مؤتمر المانحين في بيروت.
    AID military RUS SYR hypothetical | وقال الرئيس إن روسيا ستنشر قوات في سوريا إذا طلبت الحكومة السورية ذلك.
    AID military TUR LBY hypothetical | وقال أردوغان إن أنقرة قد ترسل قوات إلى ليبيا إذا طلبت حكومة الوفاق ذلك.
    AID military FRA MLI | وأرسلت فرنسا جنودا إلى مالي بطلب من حكومة باماكو.
    AID military TUR QAT | وأرسلت تركيا قوات إلى قطر تلبية لطلب الحكومة القطرية.
    AID military TUR AZE negated | ولن ترسل تركيا قوات إلى أذربيجان ما لم تطلب حكومة باكو ذلك.
    AID humanitarian QAT SDN | وأرسلت قطر مساعدات غذائية إلى السودان بطلب من الحكومة السودانية.
    NOT AID military | وأرسلت قطر مساعدات غذائية إلى السودان بطلب من الحكومة السودانية.
    AID experts ARE LBY | وأرسلت الإمارات خبراء إلى ليبيا بطلب من حكومة طرابلس.
    MOBILIZE troops RUS UKR | وأرسلت روسيا قوات إلى الحدود مع أوكرانيا.
    NOT AID | وأرسلت روسيا قوات إلى الحدود مع أوكرانيا.
    ASSAULT - IND PAK | اندلعت أمس الاشتباكات العنيفة بين القوات الهندية والباكستانية على خط المراقبة.
    ASSAULT - ARM AZE | ودارت معارك ضارية بين القوات الأرمينية والأذربيجانية في الإقليم.
    ASSAULT - MAR DZA | وتجددت أمس المعارك العنيفة بين القوات المغربية والجزائرية على الحدود.
    NOT ASSAULT | واندلعت المواجهات بين قوات الأمن ومحتجين في العاصمة.
    NOT ASSAULT | وتجددت الاشتباكات بين الجيش السوداني وقوات الدعم السريع.
    SUPPORT - EUR GRC | وأكد متحدث باسم المفوضية أمس تضامن الاتحاد الأوروبي الكامل مع اليونان.
    SUPPORT - FRA MAR | وأكد الرئيس الفرنسي تضامن فرنسا مع المغرب إثر الزلزال.
    NOT SUPPORT | ونظمت النقابات وقفة تضامن مع العمال المضربين.
    AID military EGY SOM | وكانت مصر قد أرسلت في أغسطس الماضي شحنتي أسلحة إلى مقديشو.
    AID military EGY SOM planned | وقال الوزير إن طائرتين عسكريتين مصريتين ستنقلان شحنة أولى من المعدات إلى مقديشو الشهر المقبل.
    AID military TUR LBY | وسيرت تركيا شحنات عسكرية إلى طرابلس الشهر الماضي.
    NOT AID | وأرسلت روسيا شحنة من الدبابات إلى الحدود مع أوكرانيا.
    COOPERATE military FRA IND | وباعت فرنسا شحنة أسلحة إلى الهند.
    AGREE - IRQ KWT | وأكد رئيس الوزراء العراقي خلال اتصال مع أمير الكويت التزام بغداد بالاتفاقيات الموقعة بين البلدين.
    AGREE - EGY SDN | وجدد الوزير التزام مصر بالاتفاق مع السودان.
    NOT AGREE | وأكد الوزير الأردني ضرورة التزام إسرائيل بالاتفاقيات الموقعة مع الأردن.
    NOT AGREE | وأكد الاتحاد الأوروبي أهمية التزام إيران بالاتفاق النووي.
    ACCUSE disapprove DZA MLI | وأعلنت الجزائر رفضها أي تدخل أجنبي في مالي.
    NOT REJECT | ورفض القادة أي تدخل في الشؤون الداخلية للصومال، في إشارة إلى إثيوبيا.
    REJECT - IRN USA | ورفضت إيران المقترح الأمريكي.
    COOPERATE energy DZA ESP planned | وأكد الوزير أن الجزائر ستنقل شحنات إضافية من الغاز المسال إلى إسبانيا عبر ناقلات بحرية.
    COOPERATE energy IRN VEN | وأبحرت خمس ناقلات إيرانية محملة بالبنزين إلى الموانئ الفنزويلية.
    COOPERATE energy RUS IND | ووصلت ناقلات نفط روسية إلى الموانئ الهندية أمس.
    COOPERATE trade EGY TUR | وبحث الوزيران المصري والتركي زيادة حجم التبادل التجاري الذي تجاوز 7 مليارات دولار في 2022.
    COOPERATE trade EGY BRA | وتعهدت مصر والبرازيل برفع حجم التجارة الثنائية، التي بلغت العام الماضي 3 مليارات دولار.
    CONSULT visit EGY SAU | ويلتقي الملك السيسي، الذي وصل إلى الرياض مساء أمس، في قصر اليمامة.
    COOPERATE economic IRN VEN | وكانت إيران قد سلمت فنزويلا في مايو الماضي ناقلة نفط عملاقة صنعتها أحواضها البحرية.
    COOPERATE economic CHN EGY | وسلمت الصين مصر عربات قطار جديدة للخط الثالث الأسبوع الماضي.
    RETREAT release IRN ARE | وسلمت إيران ناقلة نفط محتجزة وطاقمها إلى الإمارات.
    NOT COOPERATE | وسلمت إيران ناقلة نفط محتجزة وطاقمها إلى الإمارات.
    NOT ASSAULT | وأغلقت السلطات الليبية المعبر مع تونس إثر اشتباكات بين قوات وزارة الداخلية ومجموعات مسلحة محلية.
    NOT ASSAULT | واندلعت المعارك العنيفة بين القوات المالية ومتمردين قرب الحدود مع الجزائر.
    ASSAULT - ARM AZE | واشتبكت القوات الأرمينية مع القوات الأذربيجانية على الحدود أمس.
    SUPPORT sign ARE FRA reported | ونقلت صحيفة عن مصادر أن الإمارات ستوقع خلال زيارة ماكرون يوم الجمعة المقبل عقدا لشراء طائرات.
    SUPPORT sign EGY JPN planned | وقالت الوزارة إن مصر ستوقع مع اليابان اتفاقية قرض الأسبوع المقبل.
    SUPPORT sign TUR QAT planned | وستوقع تركيا وقطر الاثنين المقبل مذكرة تفاهم في مجال الدفاع.
    NOT SUPPORT | وتوقع الوزير أن توقع الأسواق ارتفاع الأسعار بعد الاتفاق.
    NOT CONSULT | ومن المتوقع أن تصل الصادرات المصرية إلى السعودية إلى 3 مليارات دولار.
    NOT CONSULT | ووصلت المساعدات السعودية إلى اليمن أمس.
    NOT CONSULT | ووصلت الاستثمارات القطرية في مصر إلى 5 مليارات دولار.
    CONSULT visit SAU IRN | ووصل وفد سعودي إلى طهران أمس.
    NOT CONSULT | ويعتزم الصندوق السعودي ضخ استثمارات تصل إلى 10 مليارات دولار في البرازيل.
    NOT CONSULT | وقال الوزير إن المساعدات المصرية تصل إلى غزة عبر معبر رفح.
    AID - SAU PAK planned | ومن المنتظر أن تبدأ شحنات النفط الممولة سعودياً بالوصول إلى الموانئ الباكستانية مطلع العام المقبل.
    NOT COOPERATE | ومن المنتظر أن تبدأ شحنات النفط الممولة سعودياً بالوصول إلى الموانئ الباكستانية مطلع العام المقبل.
    COOPERATE energy RUS IND | وارتفعت شحنات النفط الروسي إلى الهند خلال العام الماضي.
    NOT AID | وارتفعت شحنات النفط الروسي إلى الهند خلال العام الماضي.
    NOT CONSULT | وتحتضن الإمارات جالية هندية يتجاوز عددها ثلاثة ملايين نسمة.
    NOT CONSULT | وتستضيف السعودية ملايين العمال المصريين.
    CONSULT visit IND ARE | واستقبلت الإمارات رئيس الوزراء الهندي أمس.
    """,
}


@pytest.mark.parametrize(("lang", "expected", "text"), probe_lines(PROBES))
def test_ar_vocab_x7_probe(pipeline: Pipeline, lang: str, expected: str, text: str) -> None:
    check(run(pipeline, lang, text)[1], expected, SYMMETRIC)
