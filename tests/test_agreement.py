"""scripts/agreement.py: the second annotator's gold scored as predictions with evaluate's own matching."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("agreement", ROOT / "scripts" / "agreement.py")
assert _spec and _spec.loader
agreement = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement)


def _write(path: Path, events: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(e) + "\n" for e in events), "utf-8")
    return path


def _ev(doc: str, etype: str, src: str, tgt: str, date: str | None, precision: str = "day",
        status: str = "occurred") -> dict[str, object]:
    return {"doc": doc, "type": etype, "source": src, "target": tgt, "status": status,
            "date": {"start": date, "precision": precision} if date else None}


def test_agreement_counts_differences_and_scores_only_the_second_annotators_documents(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"a": {"lang": "en"}, "b": {"lang": "ar"}, "c": {"lang": "en"}}), "utf-8")
    first = _write(tmp_path / "first.jsonl", [
        _ev("a", "CONSULT", "EGY", "RUS", "2020-03-04"),
        _ev("a", "SUPPORT", "EGY", "RUS", "2020-03", precision="month"),
        _ev("b", "ACCUSE", "DZA", "MAR", "2021-08-24"),
        _ev("c", "AID", "JPN", "KEN", "2019"),  # c is not annotated by the second: not scored
    ])
    second = _write(tmp_path / "second.jsonl", [
        _ev("a", "CONSULT", "RUS", "EGY", "2020-03-05"),  # same pair, other day: matched, date wrong
        _ev("a", "SUPPORT", "EGY", "RUS", "2020-03-17", precision="day"),  # agrees at the first's month
        _ev("b", "REJECT", "DZA", "MAR", "2021-08-24"),  # other type: a miss and a spurious event
    ])
    assert agreement.main([str(first), str(second), str(manifest), "--mismatches"]) == 0
    out = capsys.readouterr().out
    overall = next(line for line in out.splitlines() if line.startswith("overall")).split()
    tp, fp, fn = map(int, overall[1:4])
    assert (tp, fp, fn) == (2, 1, 1)
    assert overall[7] == "0.500"  # one of the two matched dates agrees
    assert "lang en" in out and "lang ar" in out
    assert "JPN" not in out
