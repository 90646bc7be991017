"""Probes of the eighth-round vocabulary of branch r8misc: sentences written for these tests, each "TYPE MODE SOURCE
TARGET [STATUS] | sentence" (mode "-" for none) that must give that event, or "NOT TYPE [MODE] | sentence" that must
give no event of that type (and mode).

Constructions: talks held by telephone (أجرى محادثات هاتفية مع نظيره، مباحثات هاتفية، held phone talks) are CONSULT
phone, one call, not a meeting; talks without "هاتفية" stay a meeting."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import check, probe_lines, run

PROBES = {
    "en": """
    CONSULT phone EGY JOR occurred | Egypt's foreign minister held phone talks with his Jordanian counterpart on Monday.
    NOT CONSULT meet | Egypt's foreign minister held phone talks with his Jordanian counterpart on Monday.
    CONSULT meet EGY JOR occurred | Egypt's foreign minister held talks with his Jordanian counterpart in Amman on Monday.
    """,
    "ar": """
    CONSULT phone EGY JOR occurred | أجرى وزير الخارجية المصري محادثات هاتفية مع نظيره الأردني يوم الاثنين.
    NOT CONSULT meet | أجرى وزير الخارجية المصري محادثات هاتفية مع نظيره الأردني يوم الاثنين.
    CONSULT phone TUR QAT occurred | وبحث الرئيس التركي مع أمير قطر في مباحثات هاتفية أمس العلاقات الثنائية.
    CONSULT meet EGY JOR occurred | أجرى وزير الخارجية المصري محادثات مع نظيره الأردني في عمان يوم الاثنين.
    NOT CONSULT phone | أجرى وزير الخارجية المصري محادثات مع نظيره الأردني في عمان يوم الاثنين.
    """,
}


@pytest.mark.parametrize(("lang", "expect", "text"), probe_lines(PROBES))
def test_vocab_probe(pipeline: Pipeline, lang: str, expect: str, text: str) -> None:
    check(run(pipeline, lang, text)[1], expect, set())
