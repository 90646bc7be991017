"""Quality gate (STYLE #9): F1 and date-accuracy floors on our development set.

The floors are the figures measured when they were last raised, less a small margin for noise-free
but legitimate trade-offs. Never lower them quietly: a change that drops below a floor must say why
in its commit message and in docs/quality.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bilateral.context import Context
from bilateral.evaluation import Report, evaluate, read_gold
from bilateral.extraction import extract_paths
from bilateral.model import Analysis, Event

ROOT = Path(__file__).resolve().parent.parent / "evaluation"

# measured floors (docs/quality.md has the history)
FLOORS = {
    # 2026-12-03 (ninth round, before its branches were merged): dev grew to 300 articles by 12 more written blind
    # (ar/en_dev_145-150, the round's validation) and 16 older gold lines were recoded to the guide's "in protest at"
    # decision. Measured on main after the protest-reason rule: overall F1 0.853 (ar 0.850, en 0.855), date 0.944
    # (ar 0.939, en 0.950), status 0.972. Floors a little below, for legitimate trade-offs.
    "overall": {"f1": 0.848, "date_accuracy": 0.94, "status_accuracy": 0.967},
    "ar": {"f1": 0.845, "date_accuracy": 0.934},
    "en": {"f1": 0.85, "date_accuracy": 0.945},
}


@pytest.fixture(scope="module")
def dev_report(ctx: Context) -> Report:
    events: list[Event] = []
    langs: dict[str, str] = {}

    def seen(a: Analysis) -> None:
        langs[a.article.doc] = a.article.lang or "?"

    summary = extract_paths([ROOT / "dev" / "articles"], ctx, on_event=events.append, on_analysis=seen)
    assert not summary.failures, summary.failures
    return evaluate(read_gold(ROOT / "dev" / "gold.jsonl"), events, langs)


def test_quality_gate_dev_set_is_big_enough_and_bilingual(dev_report: Report) -> None:
    assert dev_report.by_lang["ar"].tp + dev_report.by_lang["ar"].fn >= 100
    assert dev_report.by_lang["en"].tp + dev_report.by_lang["en"].fn >= 100


def test_quality_gate_overall(dev_report: Report) -> None:
    o = dev_report.overall
    assert o.f1 >= FLOORS["overall"]["f1"], o.to_dict()
    assert o.date_accuracy >= FLOORS["overall"]["date_accuracy"], o.to_dict()
    assert o.status_accuracy >= FLOORS["overall"]["status_accuracy"], o.to_dict()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_quality_gate_per_language(dev_report: Report, lang: str) -> None:
    c = dev_report.by_lang[lang]
    assert c.f1 >= FLOORS[lang]["f1"], c.to_dict()
    assert c.date_accuracy >= FLOORS[lang]["date_accuracy"], c.to_dict()
