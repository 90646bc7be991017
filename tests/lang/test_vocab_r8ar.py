"""Probes of the eighth-round Arabic vocabulary (branch r8ar): sentences written for these tests, each "TYPE MODE
SOURCE TARGET [STATUS] | sentence" (mode "-" for none) that must give that event, or "NO EVENT | sentence", or
"NOT TYPE [MODE] | sentence" that must give no event of that type (and mode).

Constructions: foreign experts, engineers or technicians arriving in a state (وصل خبراء روس إلى دمشق، يبدأ خبراء
أوروبيون بالوصول إلى) are AID experts, as sending them; the experts' nationality is the source (أوروبيون after خبراء
names the EU). A bare arrival of an official stays a visit, and experts quoted as commentators (قال خبراء إن وصول
...) give no aid."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import check, probe_lines, run

PROBES = {
    "en": """
    NOT AID experts | Experts say the arrival of Turkish troops in Libya changed the balance of power.
    NOT AID | The Russian foreign minister arrived in Damascus on Monday.
    """,
    "ar": """
    AID experts RUS SYR occurred | ووصل خبراء روس أمس إلى دمشق لمساعدة الحكومة السورية في إصلاح محطة الكهرباء.
    AID experts RUS SYR | ووصل الخبراء الروس إلى دمشق يوم الأحد.
    AID experts EUR GRC occurred | ووصل خبراء أوروبيون أمس إلى أثينا لمساعدة الحكومة اليونانية.
    AID experts CHN EGY | وصل مهندسون صينيون إلى القاهرة يوم الاثنين للمشاركة في بناء المحطة.
    NOT AID | ووصل وزير الخارجية الروسي أمس إلى دمشق.
    NO EVENT | وقال خبراء إن وصول الوفد المصري إلى الخرطوم تأخر.
    NOT AID | ويرى خبراء أن وصول القوات التركية إلى ليبيا غير موازين القوى.
    """,
}


@pytest.mark.parametrize(("lang", "expect", "text"), probe_lines(PROBES))
def test_vocab_probe(pipeline: Pipeline, lang: str, expect: str, text: str) -> None:
    check(run(pipeline, lang, text)[1], expect, set())
