"""/api/events: filters as in the CLI, paging, sorting, stable ids, downloads, clear 400s."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest


def test_routes_events_dyad_filter_either_direction(client: Any) -> None:
    data = client.get("/api/events", params={"country": "egy", "counterpart": "RUS"}).json()
    pairs = {(r["source"]["country"], r["target"]["country"]) for r in data["rows"]}
    assert pairs == {("EGY", "RUS"), ("RUS", "EGY")}
    assert data["counts"] == {"mentions": 6, "events": 5, "articles": 4}
    assert data["filter"]["country"] == "EGY"


def test_routes_events_multi_value_type_and_status(client: Any) -> None:
    a = client.get("/api/events?type=ACCUSE&type=SANCTION").json()
    b = client.get("/api/events?type=accuse,sanction").json()
    assert {r["type"] for r in a["rows"]} == {"ACCUSE", "SANCTION"}
    assert [r["id"] for r in a["rows"]] == [r["id"] for r in b["rows"]]
    assert client.get("/api/events?status=planned").json()["rows"] == []


def test_routes_events_paging_and_sorting(client: Any) -> None:
    everything = client.get("/api/events?order=-date&limit=100").json()["rows"]
    dates = [r["date"]["start"] for r in everything]
    assert dates == sorted(dates, reverse=True)
    page1 = client.get("/api/events?order=-date&limit=2&offset=0").json()
    page2 = client.get("/api/events?order=-date&limit=2&offset=2").json()
    assert [r["id"] for r in page1["rows"] + page2["rows"]] == [r["id"] for r in everything[:4]]
    assert page2["counts"]["mentions"] == len(everything)  # totals cover the filter, not the page
    by_intensity = client.get("/api/events?order=intensity").json()["rows"]
    assert by_intensity[0]["type"] == "SANCTION"  # -5, the lowest


def test_routes_events_ids_are_stable_across_apps(client: Any, seeded_db: str, ctx: Any) -> None:
    from tests.api.conftest import _client

    ids = [r["id"] for r in client.get("/api/events").json()["rows"]]
    with _client(seeded_db, ctx) as other:
        assert [r["id"] for r in other.get("/api/events").json()["rows"]] == ids
    for i in ids:
        assert client.get(f"/api/events/{i}").json()["event"]["id"] == i


def test_routes_events_download_is_exactly_the_page(client: Any) -> None:
    params = {"country": "EGY", "order": "-date", "limit": 3, "offset": 1}
    shown = client.get("/api/events", params=params).json()["rows"]
    r = client.get("/api/events", params={**params, "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    assert r.content.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Arabic correctly
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert [row["id"] for row in rows] == [e["id"] for e in shown]
    jl = client.get("/api/events", params={**params, "format": "jsonl"}).text.splitlines()
    assert [json.loads(line)["id"] for line in jl] == [e["id"] for e in shown]
    arabic = [row for row in rows if row["lang"] == "ar"]
    assert arabic and any("القاهرة" in row["evidence_text"] or "روسيا" in row["evidence_text"] for row in arabic)


def test_routes_events_export_streams_every_match(client: Any) -> None:
    lines = client.get("/api/export?country=EGY&format=jsonl").text.splitlines()
    assert len(lines) == client.get("/api/events?country=EGY").json()["counts"]["mentions"]


@pytest.mark.parametrize(("query", "param", "words"), [
    ("limit=abc", "limit", "integer"),
    ("limit=100000", "limit", "less than"),
    ("type=FOO", "type", "unknown event type"),
    ("since=15-03", "since", "ISO date"),
    ("country=egypt!", "country", "country code"),
    ("order=random", "order", "pattern"),
    ("status=maybe", "status", "unknown status"),
])
def test_routes_events_bad_parameters_are_clear_400s(client: Any, query: str, param: str, words: str) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 400
    err = r.json()["error"]
    assert err["parameter"] == param
    assert words.lower() in err["message"].lower()
    assert "Traceback" not in r.text


def test_routes_events_unknown_ids_are_404(client: Any) -> None:
    r = client.get("/api/events/0000000000000000")
    assert r.status_code == 404 and r.json()["error"]["parameter"] == "event_id"
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/events/0000000000000000").status_code == 404
