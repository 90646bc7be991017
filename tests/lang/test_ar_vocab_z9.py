"""Probes of Arabic trigger families and type choice (ninth round): sentences written for these tests, several per
construction, each "TYPE MODE SOURCE TARGET [STATUS] | sentence" (mode "-" for none; symmetric types in either order)
that must give that event (with that status when given), or "NOT TYPE [MODE] | sentence" that must give no event of
that type (and mode).

Constructions (lang/ar/triggers_z9.yaml): consenting to act (وافق/توافق ... على) is AGREE, while consenting to a
codable act (وافقت على شطب ديون، على سحب قواتها) is that act (a withdrawal agreed
to is CONCEDE, CODING_GUIDE seventh round) and approving a treaty no agreement; an intention to
raise or widen ties (تعتزم رفع/زيادة/تعزيز) is AGREE; fuel supplied (أمد/يمد ... بالغاز) is COOPERATE energy; a
figure of one state's exports to or imports from another is trade, imports financed by another state are not;
works built or funded for another state with an indefinite object (أنشأت سدا، مولت مشروعا) are AID build; arrears
of another state paid for it are AID; displeasure voiced (أبدى استياءه، أعرب عن استغرابه) is ACCUSE disapprove; an
appeal that an act answers (استجابة لنداءات، تلبية لطلب) is the appealer's REQUEST; another state's act held to
breach one's sovereignty, international law or an agreement (اعتبرت ... انتهاكا لسيادتها) is ACCUSE disapprove;
blame laid (تلوم، ألقت باللوم) is ACCUSE allege, its content no event, and the past of لام is left out (سلام، سلامة);
satisfaction voiced at another state's act (أعربت عن ارتياحها) is SUPPORT; an agreement in the passive (تم/جرى
الاتفاق بين ... على), a commitment of plural owners (التزامهما), a proposal put to another state (اقترحت على) and a
proposal or offer accepted (قبلت المقترح، قبولها العرض; not قبل "before", not an invitation) are AGREE; envoys
deported (ترحيل السفير) are SANCTION expel; arms obtained from another state (حصلت على منظومة) COOPERATE military;
readiness voiced in a participial clause (معربة عن استعداد الصين) is AGREE from the one ready to each party named;
works carried out with one's funding (نفذته مصر بتمويل) are AID build, settlement projects and strikes are not;
a water share allotted in cubic metres and a foothold or base granted are no aid; warships (قطع بحرية، قطع من
القوات البحرية) are no "cut", and a halt told as the background of a resumption (بعد توقف دام) no suspension;
opening an embassy or consulate (افتتحت سفارتها) is SUPPORT, reopening one not; support given with a sum as its
instrument (دعمت ... بملياري دولار) is AID."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import check, probe_lines, run

SYMMETRIC = {("CONSULT", "meet"), ("AGREE", None), ("SUPPORT", "sign"), ("COOPERATE", "trade"),
             ("COOPERATE", "energy"), ("CONSULT", "multilateral")}

PROBES = {
    "ar": """
    AGREE - JOR LBN | وافق الأردن على تزويد لبنان بالكهرباء خلال الصيف.
    AID military USA UKR | ووافقت واشنطن على حزمة مساعدات عسكرية لأوكرانيا بقيمة 300 مليون دولار.
    NOT AGREE | ووافقت واشنطن على حزمة مساعدات عسكرية لأوكرانيا بقيمة 300 مليون دولار.
    AID debt-relief FRA TUN | ووافقت فرنسا على إعفاء تونس من ديون بقيمة 60 مليون يورو.
    AGREE - ETH EGY | ووافقت إثيوبيا أمس على استئناف المفاوضات مع مصر.
    AGREE - DZA TUN | وتوافقت الجزائر وتونس على إنشاء منطقة تجارة حرة.
    AGREE - SAU PAK | فوافقت السعودية على مقترح باكستاني لتشكيل لجنة تنسيق مشتركة.
    AGREE - IRQ KWT | ويوافق العراق على تشكيل لجنة فنية مشتركة مع الكويت.
    NOT AGREE | وافق البرلمان التركي على الاتفاقية الأمنية مع ليبيا.
    NOT AGREE | ولا يتوافق الاتفاق مع القانون الدولي.
    AID debt-relief RUS LBY | وقال الوزير إن موسكو وافقت على شطب ديون ليبية تقدر بنحو 4.5 مليار دولار.
    NOT AGREE | وقال الوزير إن موسكو وافقت على شطب ديون ليبية تقدر بنحو 4.5 مليار دولار.
    CONCEDE - USA NER | وأعلنت الخارجية أن واشنطن وافقت على سحب قواتها المنتشرة في النيجر.
    NOT AGREE | وأعلنت الخارجية أن واشنطن وافقت على سحب قواتها المنتشرة في النيجر.
    AGREE - IND ARE | وتعتزم الهند زيادة وارداتها من النفط الإماراتي.
    AGREE - IRN VEN | وقال المتحدث إن طهران تعتزم رفع حجم تبادلها التجاري مع فنزويلا إلى عشرة مليارات دولار.
    AGREE - TUR AZE | وتنوي تركيا توسيع تعاونها العسكري مع أذربيجان.
    NOT AGREE | ويعتزم الرئيس المصري زيارة الرياض الشهر المقبل.
    COOPERATE energy DZA ESP | وتمد الجزائر إسبانيا بالغاز عبر أنبوب ميدغاز.
    COOPERATE energy QAT EGY | وأمدت قطر مصر بشحنات من الغاز المسال.
    COOPERATE energy EGY LBN | ويمد الأردن لبنان بالكهرباء ومصر لبنان بالغاز.
    COOPERATE trade EGY LBY | وبلغت الصادرات المصرية إلى ليبيا 3 مليارات دولار العام الماضي.
    COOPERATE trade MAR ESP | وبلغت صادرات المغرب إلى إسبانيا نحو 9 مليارات يورو في 2022.
    COOPERATE trade IND ARE | وارتفعت واردات الهند من الإمارات إلى 30 مليار دولار عام 2023.
    NOT COOPERATE trade | وتشمل الحزمة تمويل واردات نفطية لباكستان بقيمة 1.2 مليار دولار.
    AID build EGY UGA | ومولت مصر مشروعا لحماية المدن الأوغندية من الفيضانات في أوغندا.
    AID build EGY TZA | وأنشأت مصر سدا لتوليد الكهرباء في تنزانيا.
    AID build ARE EGY | وشيدت الإمارات مدينة سكنية في مصر.
    AID build CHN SEN | وتبني الصين مستشفى في السنغال.
    AID - SAU SYR | وسددت السعودية متأخرات سوريا لدى البنك الدولي.
    AID - QAT SYR | وستسدد قطر متأخرات سوريا لدى البنك الدولي الشهر المقبل.
    ACCUSE disapprove DZA ESP | وأبدت الجزائر استياءها من الموقف الإسباني.
    ACCUSE disapprove QAT ARE | وأعربت الخارجية القطرية عن استغرابها من البيان الإماراتي.
    ACCUSE disapprove TUR SWE | وعبرت أنقرة عن امتعاضها من قرار السويد.
    ACCUSE disapprove SOM ETH | واعتبرت الصومال الاتفاق الإثيوبي انتهاكا لسيادتها.
    ACCUSE disapprove IRQ TUR | واعتبرت الخارجية العراقية القصف التركي خرقا للقانون الدولي.
    ACCUSE disapprove DZA FRA | وتعتبر الجزائر الخطوة الفرنسية تدخلا في شؤونها الداخلية.
    NOT ACCUSE | وتعد السعودية أكبر شريك تجاري لمصر بعد انتهاك الهدنة.
    ACCUSE allege EGY ETH | وتلوم مصر إثيوبيا على تعثر المفاوضات.
    NOT CONSULT | وتلوم مصر إثيوبيا على تعثر المفاوضات.
    ACCUSE allege USA CHN | وألقت واشنطن باللوم على بكين في انهيار المحادثات.
    NOT ACCUSE | وأكدت مصر حرصها على سلامة الأراضي الليبية.
    NOT ACCUSE | ووقعت الأردن وإسرائيل معاهدة سلام عام 1994.
    SUPPORT - SAU IRQ | وأعربت السعودية عن ارتياحها للخطوة العراقية.
    SUPPORT - JOR EGY | وأبدى الأردن ارتياحه لقرار مصر.
    AGREE - EGY SDN | وتم الاتفاق بين مصر والسودان على تشكيل لجنة مشتركة لإدارة الحدود.
    AGREE - JOR IRQ | وجرى الاتفاق بين الجانبين الأردني والعراقي على مد خط للنفط.
    AGREE - EGY SDN | وأكدت مصر والسودان التزامهما بتعزيز التعاون الأمني.
    AGREE - TUR RUS | واقترحت تركيا على روسيا إنشاء مركز للغاز في تراقيا.
    AGREE - ETH EGY | وقبلت إثيوبيا المقترح المصري بشأن قواعد الملء.
    AGREE - SDN EGY | وأعلنت الخرطوم قبولها العرض المصري.
    NOT AGREE | وقبل أسبوع زار الرئيس المصري الرياض.
    NOT AGREE | وقبلت مصر دعوة تركيا لحضور القمة.
    NOT AGREE | ووافق الرئيس الجزائري على دعوة نظيره التونسي لزيارة تونس.
    SANCTION expel DZA FRA | وقررت الجزائر ترحيل السفير الفرنسي خلال 48 ساعة.
    NOT SANCTION | ورحلت السلطات التونسية مهاجرين أفارقة.
    COOPERATE military QAT USA | وحصلت قطر على منظومة باتريوت من الولايات المتحدة.
    COOPERATE military EGY FRA | وتحصل مصر على مقاتلات رافال من فرنسا.
    NOT COOPERATE | وحصلت مصر على قرض من صندوق النقد الدولي.
    AGREE - CHN IRN | ودعت الخارجية الصينية إيران وباكستان إلى ضبط النفس، معربة عن استعداد بكين للقيام بدور بناء.
    AGREE - CHN PAK | ودعت الخارجية الصينية إيران وباكستان إلى ضبط النفس، معربة عن استعداد بكين للقيام بدور بناء.
    AGREE - TUR SOM | وأجرى الرئيس التركي اتصالا بنظيره الصومالي، مؤكدا استعداد أنقرة لدعم الصومال.
    AID build EGY UGA | وفي أوغندا، افتتح السفير المصري مشروعا للحماية من الفيضانات، نفذته مصر بتمويل قدره 4.5 مليون دولار.
    AID build ARE EGY | وتنفذ الإمارات مشروعات إسكان في مصر بتمويل إماراتي.
    NOT AID | ونفذت إسرائيل مشاريع استيطانية في الضفة الغربية بتمويل حكومي.
    NOT AID | ونفذت القوات الأمريكية غارات على مواقع في سوريا.
    NOT AID | وتمنح اتفاقية عام 1929 مصر حصة قدرها 48 مليار متر مكعب من مياه النيل.
    NOT AID | وخصص الاتفاق للعراق 500 متر مكعب في الثانية من مياه دجلة.
    AID - SAU YEM | وخصصت السعودية 500 مليون دولار لدعم اليمن.
    NOT AID | وتخشى واشنطن أن تمنح بورتسودان موسكو موطئ قدم على البحر الأحمر.
    NOT AID | ورفضت جيبوتي منح الصين حق استخدام قاعدة بحرية إضافية.
    AID - ARE EGY | ومنحت الإمارات مصر منحة بقيمة مليار دولار.
    NOT SANCTION | وشاركت في المناورات قطع بحرية مصرية ويونانية.
    NOT SANCTION | ونفذ التمرين المشترك بمشاركة قطع من القوات البحرية الإماراتية والفرنسية.
    SANCTION discontinue MAR IRN | وقطع المغرب العلاقات مع إيران.
    NOT SANCTION | واستؤنفت المحادثات بين السودان وجنوب السودان بعد توقف دام ستة أشهر.
    NOT SANCTION | وعادت الرحلات الجوية بين القاهرة والخرطوم عقب انقطاع استمر عاما.
    SANCTION discontinue EGY ETH | وأعلنت مصر توقف المفاوضات مع إثيوبيا.
    SUPPORT - ARE SYR | وافتتحت الإمارات سفارتها في دمشق.
    SUPPORT - IND ARE | وتفتتح الهند قنصلية عامة ثانية في الإمارات.
    NOT SUPPORT | وأعادت البحرين فتح سفارتها في دمشق.
    NOT SUPPORT | وقررت تركيا إعادة فتح سفارتها في طرابلس.
    AID - SAU YEM | ودعمت السعودية البنك المركزي اليمني بملياري دولار.
    AID - QAT PSE | وتدعم قطر الموازنة الفلسطينية بمبلغ 30 مليون دولار شهريا.
    NOT AID | وأكد الرئيس دعم بلاده للعراق الذي يبلغ عدد سكانه 40 مليون نسمة.
    REQUEST - LBN SAU | واستجابة لنداءات رئيس الحكومة اللبنانية، أعادت السعودية سفيرها إلى بيروت.
    REQUEST - SAU USA | وقررت واشنطن رفع العقوبات استجابة لطلب ولي العهد السعودي.
    RETREAT ease USA SAU | وقررت واشنطن رفع العقوبات استجابة لطلب ولي العهد السعودي.
    """,
}


@pytest.mark.parametrize(("lang", "expected", "text"), probe_lines(PROBES))
def test_ar_vocab_z9_probe(pipeline: Pipeline, lang: str, expected: str, text: str) -> None:
    check(run(pipeline, lang, text)[1], expected, SYMMETRIC)
