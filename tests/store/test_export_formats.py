"""Exports: JSON Lines contract, Excel-safe CSV, Parquet, PLOVER-strict, GDELT-style table."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
from store_builders import article, event

from bilateral.model import Event
from bilateral.store import export as ex


def _events() -> list[dict[str, object]]:
    a = article("d1", "=HYPERLINK(\"x\") Egypt and Russia met in Cairo on 1 March 2015. Then more.", "en", "2015-03-02")
    b = article("d2", "مصر وروسيا ستعقدان قمة في موسكو في أبريل 2015. انتهى.", "ar", "2015-03-03")
    e1 = event(a, "met in Cairo", "CONSULT", "EGY", "RUS", "2015-03-01", trigger="met")
    e2 = event(b, "قمة", "CONSULT", "EGY", "RUS", "2015-04", "month", status="planned")
    e3 = event(b, "قمة", "AID", "RUS", "EGY", "2015-04", "month", status="negated", mode=None)
    return [e.to_dict() for e in (e1, e2, e3)]


def test_export_jsonl_is_the_contract() -> None:
    out = io.StringIO()
    rows = [{**d, "cluster": "c1", "cluster_size": 2} for d in _events()]
    assert ex.write_jsonl(rows, out) == 3
    back = [json.loads(line) for line in out.getvalue().splitlines()]
    assert back == _events()
    assert Event.from_dict(back[1]).to_dict() == back[1]


def test_export_csv_opens_in_excel() -> None:
    buf = io.BytesIO()
    rows = _events()
    rows[0] = {**rows[0], "doc": "@cmd", "title": "+1", "url": "x" * 40_000}
    assert ex.write_csv(rows, buf) == 3
    raw = buf.getvalue()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0]["doc"] == "'@cmd" and table[0]["title"] == "'+1"
    assert table[0]["evidence_text"].startswith("'=HYPERLINK")
    assert len(table[0]["url"]) == ex.EXCEL_MAX_CELL
    assert table[1]["evidence_text"] == "مصر وروسيا ستعقدان قمة في موسكو في أبريل 2015."
    assert ex.excel_cell(-3.5) == -3.5 and ex.excel_cell("-3") == "'-3" and ex.excel_cell("\tx") == "'\tx"


def test_export_parquet_roundtrip(tmp_path: Path) -> None:
    path = tmp_path / "e.parquet"
    assert ex.write_parquet(_events(), path) == 3
    t = pq.read_table(path).to_pylist()
    assert [r["type"] for r in t] == ["CONSULT", "CONSULT", "AID"]
    assert t[0]["intensity"] == 2.0 and t[0]["trigger_start"] is not None and t[1]["lang"] == "ar"
    assert ex.write_parquet([], tmp_path / "empty.parquet") == 0


def test_export_plover_strict() -> None:
    recs = [ex.plover_record(d) for d in _events()]
    assert recs[2] is None  # negated: no PLOVER record
    assert recs[0] is not None and (recs[0]["event"], recs[0]["mode"]) == ("CONSULT", "visit")
    assert recs[1] is not None and (recs[1]["event"], recs[1]["mode"]) == ("AGREE", None)  # future CONSULT
    assert recs[0]["actor"][0]["code"] == "EGY" and recs[0]["recipient"][0]["code"] == "RUS"
    out = io.StringIO()
    assert ex.write_plover(_events(), out) == 2


def test_export_gdelt_table_and_codebook() -> None:
    class C:
        def __init__(self, cow: int | None) -> None:
            self.cow, self.iso2 = cow, None

    def lookup(code: str) -> C | None:
        return {"EGY": C(651)}.get(code)

    buf = io.BytesIO()
    assert ex.write_gdelt(_events(), buf, lookup) == 3
    rows = list(csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8-sig")), delimiter="\t"))
    r = rows[0]
    assert (r["SQLDATE"], r["MonthYear"], r["Year"], r["EventCode"], r["EventRootCode"]) == (
        "20150301", "201503", "2015", "042", "04")
    assert (r["Actor1CountryCode"], r["Actor1CountryCOW"], r["Actor2CountryCOW"], r["QuadClass"]) == (
        "EGY", "651", "", "1")
    assert rows[1]["SQLDATE"] == "20150400" and rows[1]["DatePrecision"] == "month"
    codebook = (Path(__file__).parents[2] / "docs" / "codebook-gdelt.md").read_text("utf-8")
    for col in ex.GDELT_COLUMNS:
        assert f"`{col}`" in codebook, col
