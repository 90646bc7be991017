"""Exports of event rows: JSON Lines (the contract), CSV for Excel, Parquet, PLOVER-strict JSON and a
GDELT-style event table (codebook: docs/codebook-gdelt.md).

Writers take iterables of event dicts (the output contract, optionally with the query layer's extra
keys ``cluster``, ``cluster_size``, ``published``, ``title``, ``url``), so an export holds exactly
the rows of the query that produced it (``query.iter_events(store, flt)``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import StoreError

FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt")
EXCEL_MAX_CELL = 32_767
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# flat columns of the CSV / Parquet event table (nested values flattened with "_")
EVENT_COLUMNS = [
    "id", "doc", "lang", "type", "mode", "status", "date_start", "date_end", "date_precision", "date_basis",
    "date_text", "source_country", "source_name", "source_text", "source_role", "source_sector",
    "target_country", "target_name", "target_text", "target_role", "target_sector", "location_name",
    "location_country", "context", "quantities", "intensity", "quad", "cameo", "group", "evidence_start",
    "evidence_end", "evidence_text", "trigger_start", "trigger_end", "rules", "article", "cluster", "cluster_size",
    "published", "title", "url",
]


def flatten(d: dict[str, Any]) -> dict[str, Any]:
    """One event dict -> the flat row of :data:`EVENT_COLUMNS` (lists joined with ``;``)."""
    src, tgt = d.get("source") or {}, d.get("target") or {}
    date, loc, ev, trig = d.get("date") or {}, d.get("location") or {}, d.get("evidence") or {}, d.get("trigger") or {}
    return {
        "id": d.get("id"), "doc": d.get("doc"), "lang": d.get("lang"), "type": d.get("type"), "mode": d.get("mode"),
        "status": d.get("status"), "date_start": date.get("start"), "date_end": date.get("end"),
        "date_precision": date.get("precision"), "date_basis": date.get("basis"), "date_text": date.get("text"),
        "source_country": src.get("country"), "source_name": src.get("name"), "source_text": src.get("text"),
        "source_role": src.get("role"), "source_sector": src.get("sector"),
        "target_country": tgt.get("country"), "target_name": tgt.get("name"), "target_text": tgt.get("text"),
        "target_role": tgt.get("role"), "target_sector": tgt.get("sector"),
        "location_name": loc.get("name"), "location_country": loc.get("country"),
        "context": ";".join(d.get("context") or []),
        "quantities": ";".join(f"{q.get('value')} {q.get('unit')}" for q in d.get("quantities") or []),
        "intensity": d.get("intensity"), "quad": d.get("quad"), "cameo": d.get("cameo"), "group": d.get("group"),
        "evidence_start": ev.get("start"), "evidence_end": ev.get("end"), "evidence_text": ev.get("text"),
        "trigger_start": trig.get("start"), "trigger_end": trig.get("end"), "rules": ";".join(d.get("rules") or []),
        "article": d.get("article"), "cluster": d.get("cluster"), "cluster_size": d.get("cluster_size"),
        "published": d.get("published"), "title": d.get("title"), "url": d.get("url"),
    }


def excel_cell(value: Any) -> Any:
    """Neutralize a cell for spreadsheets: text starting like a formula (= + - @ tab CR) gets a leading
    apostrophe; text is cut to Excel's 32,767-character limit. Numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return value
    s = str(value)
    if s.startswith(_FORMULA_START):
        s = "'" + s
    return s[:EXCEL_MAX_CELL]


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str], *, contract_only: bool = True) -> int:
    """One event per line; ``contract_only`` drops the query layer's extra keys."""
    n = 0
    for d in rows:
        if contract_only:
            d = {k: v for k, v in d.items() if k not in {"cluster", "cluster_size", "published", "title", "url"}}
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv_rows(rows: Iterable[dict[str, Any]], columns: list[str], out: IO[bytes]) -> int:
    """CSV that opens correctly in Excel: UTF-8 with BOM, CRLF, formula-looking cells neutralized."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    w = csv.writer(text, dialect="excel")
    w.writerow(columns)
    n = 0
    for r in rows:
        w.writerow([excel_cell(r.get(c)) for c in columns])
        n += 1
    text.flush()
    text.detach()
    return n


def write_csv(rows: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    return write_csv_rows((flatten(d) for d in rows), EVENT_COLUMNS, out)


def write_parquet_rows(rows: Iterable[dict[str, Any]], columns: list[str], path: str | Path,
                       types: dict[str, str] | None = None, batch: int = 20_000) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ModuleNotFoundError as e:  # pragma: no cover - depends on the install
        raise StoreError("Parquet needs pyarrow: pip install 'bilateral[parquet]'", str(path)) from e
    kinds = {"float": pa.float64(), "int": pa.int64(), "str": pa.string()}
    schema = pa.schema([(c, kinds[(types or {}).get(c, "str")]) for c in columns])
    n = 0
    with pq.ParquetWriter(str(path), schema) as w:
        buf: list[dict[str, Any]] = []

        def flush() -> None:
            cols = {c: [_typed(r.get(c), (types or {}).get(c, "str")) for r in buf] for c in columns}
            w.write_table(pa.table(cols, schema=schema))
            buf.clear()

        for r in rows:
            buf.append(r)
            n += 1
            if len(buf) >= batch:
                flush()
        if buf or n == 0:
            flush()
    return n


def _typed(v: Any, kind: str) -> Any:
    if v is None or v == "":
        return None
    if kind == "float":
        return float(v)
    if kind == "int":
        return int(v)
    return str(v)


_EVENT_TYPES = {"intensity": "float", "quad": "int", "evidence_start": "int", "evidence_end": "int",
                "trigger_start": "int", "trigger_end": "int", "cluster_size": "int"}


def write_parquet(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    return write_parquet_rows((flatten(d) for d in rows), EVENT_COLUMNS, path, _EVENT_TYPES)


# --------------------------------------------------------------------------------------- PLOVER

PLOVER_MODES: dict[str, set[str]] = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
                "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}
_FUTURE_TO_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
         "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3, "PROTEST": 4, "MOBILIZE": 4,
         "COERCE": 4, "ASSAULT": 4}


def plover_record(d: dict[str, Any]) -> dict[str, Any] | None:
    """The PLOVER-strict view of one event, or None when PLOVER has no place for it (negated and
    hypothetical events are left out; planned CONSULT/SUPPORT/COOPERATE/AID become AGREE; modes
    outside the PLOVER list are dropped; ``reported`` stays with its type)."""
    status = d.get("status")
    if status in {"negated", "hypothetical"}:
        return None
    etype = str(d.get("type"))
    mode = d.get("mode")
    if status == "planned" and etype in _FUTURE_TO_AGREE:
        etype, mode = "AGREE", None
    if mode not in PLOVER_MODES.get(etype, set()):
        mode = None

    def entity(a: dict[str, Any] | None) -> list[dict[str, Any]]:
        if not a:
            return []
        return [{"code": a.get("country"), "sector": a.get("sector"), "entity_text": a.get("text"),
                 "identifier_text": a.get("name"), "office": a.get("role")}]

    date = d.get("date") or {}
    ev = d.get("evidence") or {}
    loc = d.get("location")
    return {
        "id": d.get("id"), "has_event": True, "date": date.get("start"), "enddate": date.get("end"),
        "actor": entity(d.get("source")), "recipient": entity(d.get("target")), "event": etype, "mode": mode,
        "context": list(d.get("context") or []), "quad_code": _QUAD.get(etype), "event_scale": d.get("intensity"),
        "event_loc": {"extracted_place": loc.get("name"), "country_code": loc.get("country")} if loc else None,
        "event_text": ev.get("text"),
        "text_info": {"start": ev.get("start"), "end": ev.get("end")},
        "cite_info": {"citation": d.get("doc"), "url": d.get("url"), "title": d.get("title"),
                      "language": d.get("lang"), "publication": d.get("published"), "coder": "bilateral",
                      "version": ",".join(d.get("rules") or [])},
    }


def write_plover(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for d in rows:
        rec = plover_record(d)
        if rec is not None:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


# ---------------------------------------------------------------------------------- GDELT-style

GDELT_COLUMNS = [
    "GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate", "DatePrecision", "DateBasis",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1CountryISO2", "Actor1CountryCOW", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2CountryISO2", "Actor2CountryCOW", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "PloverType", "PloverMode", "Status",
    "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName",
    "ActionGeo_CountryCode", "ClusterID", "DocID", "Language", "SOURCEURL", "EvidenceText",
]
_GDELT_TYPES = {"SQLDATE": "int", "MonthYear": "int", "Year": "int", "FractionDate": "float",
                "Actor1CountryCOW": "int", "Actor2CountryCOW": "int", "IsRootEvent": "int", "QuadClass": "int",
                "GoldsteinScale": "float", "NumMentions": "int", "NumSources": "int", "NumArticles": "int"}

CountryLookup = Callable[[str], Any]


def _codes(code: str | None, lookup: CountryLookup | None) -> tuple[str, str, Any]:
    """(ISO alpha-3 or documented code, ISO alpha-2, COW number) - empty when unknown."""
    if not code:
        return "", "", ""
    iso2: Any = ""
    cow: Any = ""
    if lookup is not None:
        try:
            c = lookup(code)
        except Exception:  # the knowledge base may not know the code: an empty cell, not a failure
            c = None
        if c is not None:
            iso2 = getattr(c, "iso2", None) or getattr(c, "alpha2", None) or ""
            cow = getattr(c, "cow", None)
            cow = "" if cow is None else cow
    return code, iso2, cow


def gdelt_row(d: dict[str, Any], lookup: CountryLookup | None = None, mentions: int | None = None,
              articles: int | None = None) -> dict[str, Any]:
    date = d.get("date") or {}
    start = date.get("start") or ""
    y = start[:4]
    m = start[5:7] or ""
    day = start[8:10] or ""
    src, tgt = d.get("source") or {}, d.get("target") or {}
    c1, iso1, cow1 = _codes(src.get("country"), lookup)
    c2, iso2, cow2 = _codes(tgt.get("country"), lookup)
    cameo = d.get("cameo") or ""
    loc = d.get("location") or {}
    frac = ""
    if y:
        frac = round(int(y) + ((int(m) - 1) * 30.5 + (int(day or 1) - 1)) / 365 if m else int(y), 4)
    return {
        "GlobalEventID": d.get("id"), "SQLDATE": int(f"{y}{m or '00'}{day or '00'}") if y else "",
        "MonthYear": int(f"{y}{m or '00'}") if y else "", "Year": int(y) if y else "", "FractionDate": frac,
        "DatePrecision": date.get("precision"), "DateBasis": date.get("basis"),
        "Actor1Code": c1 + (src.get("sector") or "") if c1 else "", "Actor1Name": src.get("name") or src.get("text"),
        "Actor1CountryCode": c1, "Actor1CountryISO2": iso1, "Actor1CountryCOW": cow1,
        "Actor1Type1Code": src.get("sector") or "",
        "Actor2Code": c2 + (tgt.get("sector") or "") if c2 else "", "Actor2Name": tgt.get("name") or tgt.get("text"),
        "Actor2CountryCode": c2, "Actor2CountryISO2": iso2, "Actor2CountryCOW": cow2,
        "Actor2Type1Code": tgt.get("sector") or "",
        "IsRootEvent": 1, "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
        "PloverType": d.get("type"), "PloverMode": d.get("mode"), "Status": d.get("status"),
        "QuadClass": d.get("quad") if d.get("quad") is not None else _QUAD.get(str(d.get("type")), ""),
        "GoldsteinScale": d.get("intensity") if d.get("intensity") is not None else "",
        "NumMentions": mentions if mentions is not None else (d.get("cluster_size") or 1),
        "NumSources": 1, "NumArticles": articles if articles is not None else (d.get("cluster_size") or 1),
        "ActionGeo_FullName": loc.get("name") or "", "ActionGeo_CountryCode": loc.get("country") or "",
        "ClusterID": d.get("cluster") or "", "DocID": d.get("doc"), "Language": d.get("lang"),
        "SOURCEURL": d.get("url") or "", "EvidenceText": (d.get("evidence") or {}).get("text"),
    }


def gdelt_rows(rows: Iterable[dict[str, Any]], lookup: CountryLookup | None = None) -> Iterator[dict[str, Any]]:
    for d in rows:
        yield gdelt_row(d, lookup)


def write_gdelt(rows: Iterable[dict[str, Any]], out: IO[bytes], lookup: CountryLookup | None = None, *,
                parquet_path: str | Path | None = None) -> int:
    """GDELT-style table as tab-separated UTF-8 (GDELT's own format; Excel-safe cells), or Parquet."""
    if parquet_path is not None:
        return write_parquet_rows(gdelt_rows(rows, lookup), GDELT_COLUMNS, parquet_path, _GDELT_TYPES)
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    w = csv.writer(text, delimiter="\t", lineterminator="\n")
    w.writerow(GDELT_COLUMNS)
    n = 0
    for r in gdelt_rows(rows, lookup):
        w.writerow([excel_cell(r[c]) for c in GDELT_COLUMNS])
        n += 1
    text.flush()
    text.detach()
    return n
