"""The evaluation harness: matching by doc/type/unordered pair, date accuracy at gold precision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilateral.errors import BadRecord
from bilateral.evaluation import GoldEvent, evaluate, read_gold, render
from bilateral.model import Actor, Basis, DateValue, Event, EventType, Evidence, Precision, Status


def _event(doc: str, t: EventType, src: str, tgt: str | None, date: str | None,
           status: Status = Status.OCCURRED) -> Event:
    return Event(id=f"{doc}{t}{src}{tgt}{date}", doc=doc, lang="en", type=t, mode=None, context=(),
                 source=Actor(src, None, src, None, None), target=Actor(tgt, None, tgt, None, None) if tgt else None,
                 date=DateValue(date, None, Precision.DAY, Basis.EXPLICIT, None), location=None, status=status,
                 quantities=(), evidence=Evidence(doc, 0, 1, "x"), intensity=None, quad=None, cameo=None, group=None,
                 rules=())


def _gold(doc: str, t: str, src: str, tgt: str | None, date: str | None, prec: str | None,
          status: str = "occurred") -> GoldEvent:
    return GoldEvent(doc, t, src, tgt, date, prec, status, None, 1)


def test_evaluation_pair_is_unordered_and_date_checked_at_gold_precision() -> None:
    gold = [_gold("d1", "CONSULT", "EGY", "RUS", "2005-04", "month")]
    pred = [_event("d1", EventType.CONSULT, "RUS", "EGY", "2005-04-27")]
    r = evaluate(gold, pred, {"d1": "en"})
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (1, 0, 0)
    assert r.overall.date_accuracy == 1.0


def test_evaluation_counts_wrong_type_as_one_fp_and_one_fn() -> None:
    gold = [_gold("d1", "CONSULT", "EGY", "RUS", "2005", "year")]
    pred = [_event("d1", EventType.SUPPORT, "EGY", "RUS", "2005")]
    r = evaluate(gold, pred, {"d1": "ar"})
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (0, 1, 1)
    assert r.overall.f1 == 0.0
    kinds = sorted(m["kind"] for m in r.mismatches)
    assert kinds == ["missed", "spurious"]


def test_evaluation_prefers_date_agreeing_pairs_and_reports_wrong_dates() -> None:
    gold = [_gold("d", "CONSULT", "SYR", "RUS", "2006", "year"), _gold("d", "CONSULT", "SYR", "RUS", "2008-08", "month")]
    pred = [_event("d", EventType.CONSULT, "SYR", "RUS", "2008-08-20"), _event("d", EventType.CONSULT, "SYR", "RUS", "2010")]
    r = evaluate(gold, pred, {"d": "ar"})
    assert r.overall.tp == 2 and r.overall.dated == 2 and r.overall.date_ok == 1
    assert [m["kind"] for m in r.mismatches] == ["wrong-date"]


def test_evaluation_per_language_and_type_and_status_accuracy() -> None:
    gold = [_gold("a", "SANCTION", "RUS", "EGY", None, None), _gold("b", "REQUEST", "EGY", "RUS", None, None, "reported")]
    pred = [_event("a", EventType.SANCTION, "RUS", "EGY", "2015"),
            _event("b", EventType.REQUEST, "EGY", "RUS", "2016", Status.OCCURRED)]
    r = evaluate(gold, pred, {"a": "ar", "b": "en"})
    assert r.by_lang["ar"].tp == 1 and r.by_lang["en"].tp == 1
    assert r.by_type["REQUEST"].status_accuracy == 0.0 and r.by_type["SANCTION"].status_accuracy == 1.0
    assert r.overall.dated == 0  # null gold dates are not scored


def test_evaluation_read_gold_names_the_bad_line(tmp_path: Path) -> None:
    f = tmp_path / "gold.jsonl"
    f.write_text(json.dumps({"doc": "a", "type": "CONSULT", "source": "EGY", "target": "RUS"}) + "\n"
                 + json.dumps({"doc": "a", "type": "VISIT"}) + "\n", "utf-8")
    with pytest.raises(BadRecord) as e:
        read_gold(f)
    assert "gold.jsonl:2" in str(e.value)


def test_evaluation_labels_causes_of_misses_and_spurious_events() -> None:
    gold = [_gold("d", "CONSULT", "EGY", "RUS", "2005", "year"), _gold("d", "CONSULT", "EGY", "RUS", "2008", "year"),
            _gold("d", "SANCTION", "TUR", "SYR", None, None), _gold("d", "AID", "USA", "JOR", None, None),
            _gold("d", "ACCUSE", "IRN", "ISR", None, None)]
    pred = [_event("d", EventType.CONSULT, "EGY", "RUS", "2005"),       # the 2008 visit merged into it
            _event("d", EventType.ACCUSE, "TUR", "SYR", None),          # sanction coded as accusation
            _event("d", EventType.AID, "USA", "IRQ", None),             # aid to the wrong recipient
            _event("d", EventType.REJECT, "CHN", "IND", None)]          # nothing in the gold
    r = evaluate(gold, pred, {"d": "en"})
    causes = {(m["kind"], m["gold" if m["kind"] == "missed" else "predicted"]["type"]): m["cause"]
              for m in r.mismatches if "cause" in m}
    assert causes == {("missed", "CONSULT"): "merged", ("missed", "SANCTION"): "other-type",
                      ("missed", "AID"): "other-pair", ("missed", "ACCUSE"): "not-found",
                      ("spurious", "ACCUSE"): "other-type", ("spurious", "AID"): "other-pair",
                      ("spurious", "REJECT"): "no-gold"}
    assert r.causes[("en", "missed", "merged")] == 1 and sum(r.causes.values()) == 7
    assert "missed merged" in render(r)


def test_evaluation_direction_is_scored_only_where_the_gold_fixes_it() -> None:
    # a sanction matched the wrong way round counts for F1 but not for direction
    gold = [_gold("d", "SANCTION", "GBR", "RUS", "2018-03-14", "day"),
            _gold("d", "AID", "JPN", "KOR", "1965", "year"),
            # symmetric acts (a signing, talks) have no direction to score
            _gold("d", "SUPPORT", "JPN", "KOR", "1965", "year"), _gold("d", "CONSULT", "JPN", "KOR", "1965", "year")]
    gold[2] = GoldEvent("d", "SUPPORT", "JPN", "KOR", "1965", "year", "occurred", "sign", 3)
    gold[3] = GoldEvent("d", "CONSULT", "JPN", "KOR", "1965", "year", "occurred", "meet", 4)
    pred = [_event("d", EventType.SANCTION, "RUS", "GBR", "2018-03-14"), _event("d", EventType.AID, "JPN", "KOR", "1965"),
            _event("d", EventType.SUPPORT, "KOR", "JPN", "1965"), _event("d", EventType.CONSULT, "KOR", "JPN", "1965")]
    r = evaluate(gold, pred, {"d": "en"})
    assert r.overall.tp == 4
    assert (r.overall.directed, r.overall.direction_ok) == (2, 1)
    assert r.overall.direction_accuracy == 0.5
    assert "direct" in render(r, show_mismatches=False)
