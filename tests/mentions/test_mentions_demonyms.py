"""Nationality adjectives of the smaller states (kb/data/states.yaml): the nisba in its inflections, the
English demonyms, longer forms over their substrings, shared forms read as decided in the data, and
forms that are common words left out. Sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilateral.context import Context
from bilateral.model import ActorKind

from .helpers import actors


def countries(ctx: Context, text: str, lang: str) -> list[str | None]:
    return [m.value.country for m in actors(ctx, text, lang)]


@pytest.mark.parametrize("sentence, code", [
    ("وهدد وزير الدفاع الهندوراسي بإغلاق الحدود.", "HND"),
    ("ودعت الحكومة البوليفية إلى الحوار.", "BOL"),
    ("وأعلنت السلطات التشيلية إغلاق المعبر.", "CHL"),
    ("وأعلنت السلطات الشيلية إغلاق المعبر.", "CHL"),
    ("ونفى الجيش الرواندي الاتهامات.", "RWA"),
    ("وقال الرئيس الزامبي إن المحادثات مستمرة.", "ZMB"),
    ("وانتقد مسؤولون موزمبيقيون القرار.", "MOZ"),
    ("وأكد وزير الخارجية الإكوادوري تمسك بلاده بموقفها.", "ECU"),
    ("واحتج البرلمان الغواتيمالي على الخطوة.", "GTM"),
    ("واحتج البرلمان الجواتيمالي على الخطوة.", "GTM"),
    ("واعتبرت الخارجية الباراغوايانية الخطوة تصعيدا.", "PRY"),
    ("وقال مسؤول أوروغوياني إن الاتفاق قريب.", "URY"),
    ("وأعلنت البحرية البنمية احتجاز السفينة.", "PAN"),
    ("وطالب رئيس الوزراء الهايتي بمساعدات عاجلة.", "HTI"),
    ("وغادر الدبلوماسيون الجيبوتيون العاصمة.", "DJI"),
    ("وأعلنت الحكومة الكونغولية استدعاء سفيرها.", "COD"),
    ("وأعلنت الحكومة البوركينية طرد الملحق العسكري.", "BFA"),
    ("وقال الرئيس البوركينابي إن بلاده لن تتراجع.", "BFA"),
])
def test_mentions_demonyms_arabic_nisba_names_the_state(ctx: Context, sentence: str, code: str) -> None:
    found = actors(ctx, sentence, "ar")
    assert [m.value.country for m in found][:1] == [code], [(m.text, m.value) for m in found]


@pytest.mark.parametrize("sentence, code", [
    ("The Bolivian foreign minister flew home on Monday.", "BOL"),
    ("Honduran troops were placed on alert.", "HND"),
    ("Rwandan officials denied the report.", "RWA"),
    ("The Ivorian government recalled its envoy.", "CIV"),
    ("Burkinabe soldiers crossed the border.", "BFA"),
    ("Laotian officials welcomed the loan.", "LAO"),
    ("The Lao government welcomed the loan.", "LAO"),
    ("Burmese generals rejected the plan.", "MMR"),
    ("Salvadoran police arrested the suspects.", "SLV"),
    ("A Sierra Leonean delegation arrived.", "SLE"),
    ("The Montenegrin parliament voted on Tuesday.", "MNE"),
    ("Malagasy officials met the donors.", "MDG"),
    ("Congolese troops advanced on the town.", "COD"),
    ("The Dominican president called for calm.", "DOM"),
])
def test_mentions_demonyms_english_names_the_state(ctx: Context, sentence: str, code: str) -> None:
    assert countries(ctx, sentence, "en")[:1] == [code]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("South Sudanese and Sudanese officials met.", "en", [("South Sudanese", "SSD"), ("Sudanese officials", "SDN")]),
    ("Equatorial Guinean and Guinean troops met.", "en",
     [("Equatorial Guinean", "GNQ"), ("Guinean", "GIN")]),
    ("Papua New Guinean troops landed.", "en", [("Papua New Guinean", "PNG")]),
    ("Bissau-Guinean soldiers returned.", "en", [("Bissau-Guinean", "GNB")]),
    ("Costa Rican police left.", "en", [("Costa Rican", "CRI")]),
    ("North Macedonian diplomats left.", "en", [("North Macedonian", "MKD")]),
    ("وقال الرئيس الغيني الاستوائي إن", "ar", [("الرئيس الغيني الاستوائي", "GNQ")]),
    ("والتقى وفد جنوب سوداني وفدا سودانيا.", "ar", [("جنوب سوداني", "SSD"), ("سودانيا", "SDN")]),
    ("ووصل الرئيس الجنوب أفريقي إلى لواندا.", "ar", [("الرئيس الجنوب أفريقي", "ZAF"), ("لواندا", "AGO")]),
])
def test_mentions_demonyms_longer_form_beats_its_substring(ctx: Context, sentence: str, lang: str,
                                                            expected: list[tuple[str, str]]) -> None:
    # one mention per expected form, with the longer form's state (the shorter form inside is no mention)
    got = [(m.text, m.value.country) for m in actors(ctx, sentence, lang)]
    assert got == expected


def test_mentions_demonyms_shared_forms_read_as_decided(ctx: Context) -> None:
    # Congolese is the DR Congo, Guinean Guinea (Conakry), Dominican the Dominican Republic
    assert countries(ctx, "The Congolese foreign minister left.", "en") == ["COD"]
    assert countries(ctx, "وقال وزير الخارجية الكونغولي إن", "ar") == ["COD"]
    assert countries(ctx, "Guinean troops left.", "en") == ["GIN"]
    assert countries(ctx, "وقال الرئيس الغيني إن", "ar") == ["GIN"]
    assert countries(ctx, "Dominican officials left.", "en") == ["DOM"]
    for code in ("COG", "GNB", "GNQ", "DMA"):  # the other state keeps its names
        name = ctx.kb.country(code).name_en
        assert countries(ctx, f"Officials from {name} left.", "en") == [code]


@pytest.mark.parametrize("sentence, code", [
    ("وقدمت الحكومة دعما ماليا وتعهدت بإصلاح الوضع المالي.", "MLI"),  # مالي "financial", never Mali's nisba
    ("وارتفع عدد المحللين الماليين في البورصة.", "MLI"),
    ("وأثار حظر البوركيني على الشواطئ جدلا واسعا.", "BFA"),  # the swimsuit, not Burkina Faso
    ("وتعاني دول الجنوب الأفريقي من الجفاف.", "ZAF"),  # southern Africa, not South Africa
    ("وشهد الجنوب السوداني معارك عنيفة عام 1990.", "SSD"),  # the south of Sudan, not South Sudan
    ("ويبدأ الشهر القمري الجديد غدا.", "COM"),  # قمري "lunar", not Comorian
])
def test_mentions_demonyms_common_words_are_not_actors(ctx: Context, sentence: str, code: str) -> None:
    found = actors(ctx, sentence, "ar")
    assert code not in [m.value.country for m in found], [(m.text, m.value) for m in found]
    assert not [m for m in found if m.value.kind == ActorKind.DEMONYM and m.value.country != "SDN"]


def test_mentions_demonyms_not_forms_drop_generated_forms_only(tmp_path: Path) -> None:
    """Generated inflections listed in not_forms_ar are not matched; the nisba's other inflections are."""
    extra = tmp_path / "extra.yaml"
    extra.write_text("countries:\n  - code: TCD\n    not_forms_ar: [تشادية, التشادية]\n", "utf-8")
    ctx = Context.load(kb_paths=[extra])
    assert ctx.kb.country("TCD").forms_of("ar", "nisba") == ("تشادي",)  # the stem is kept
    assert "TCD" not in countries(ctx, "وأعلنت الحكومة التشادية أنها", "ar")
    assert "TCD" not in countries(ctx, "وقالت مصادر تشادية إن", "ar")
    assert countries(ctx, "وقال الرئيس التشادي إن", "ar") == ["TCD"]
    assert countries(ctx, "وقال مسؤولون تشاديون إن", "ar") == ["TCD"]
    assert "TCD" in countries(Context.load(), "وأعلنت الحكومة التشادية أنها", "ar")  # without the extra file
