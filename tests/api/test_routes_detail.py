"""Event detail with cluster and every source; articles with mention spans; actors; search; OpenAPI."""

from __future__ import annotations

from typing import Any


def _visit(client: Any) -> dict[str, Any]:
    rows = client.get("/api/events?type=CONSULT&country=EGY&counterpart=RUS&since=2015-03&until=2015-03").json()["rows"]
    return next(r for r in rows if r["lang"] == "en")


def test_routes_event_detail_has_cluster_and_every_source(client: Any) -> None:
    d = client.get(f"/api/events/{_visit(client)['id']}").json()
    assert d["cluster"] and d["cluster_info"]["mentions"] == 2
    assert sorted(m["lang"] for m in d["mentions"]) == ["ar", "en"]
    ar = next(m for m in d["mentions"] if m["lang"] == "ar")
    assert ar["sentence"].startswith("وصل وزير الخارجية")
    trig = next(h for h in ar["highlights"] if h["kind"] == "trigger")
    assert ar["sentence"][trig["start"]:trig["end"]] == "وصل"


def test_routes_article_has_mention_spans_into_original_text(client: Any) -> None:
    ev = _visit(client)
    a = client.get(f"/api/articles/{ev['article']}").json()
    assert a["doc"] == "en-visit" and a["events"]
    m = a["mentions"][0]
    assert a["text"][m["start"]:m["end"]] == m["text"] == "Moscow"
    assert m["value"]["country"] == "RUS"


def test_routes_actors_rank_partners_and_people(client: Any) -> None:
    egy = client.get("/api/actors/EGY").json()
    assert [p["country"] for p in egy["partners"]] == ["RUS", "JOR"]
    assert egy["people"][0]["name"] == "Karim Nasser"
    person = client.get("/api/actors/EGY/people/Karim Nasser").json()
    assert person["offices"][0]["role"] == "foreign_minister"
    assert person["offices"][0]["first"] == "2015-03-03"
    assert {r["doc"] for r in person["events"]["rows"]} == {"en-visit", "ar-visit"}
    countries = [c["country"] for c in client.get("/api/countries").json()["countries"]]
    assert set(countries) == {"EGY", "RUS", "JOR"}


def test_routes_search_finds_arabic_with_and_without_clitics(client: Any) -> None:
    hits = client.get("/api/search", params={"q": "موسكو"}).json()
    assert [h["doc"] for h in hits["hits"]] == ["ar-visit"]
    # the article and a different hamza/ta-marbuta spelling still match (folded on both sides)
    assert client.get("/api/search", params={"q": "النوويه"}).json()["total"] == 1
    # query syntax in user input is just text
    assert client.get("/api/search", params={"q": 'Moscow" OR "x'}).status_code == 200


def test_routes_timeline_aggregates_are_the_query_layers(client: Any) -> None:
    t = client.get("/api/timeline?a=EGY&b=RUS&by=month").json()
    assert [p["period"] for p in t["periods"]] == ["2015-03", "2015-04", "2015-05", "2015-06"]
    assert t["periods"][0]["by_quad"]["1"] == 2
    assert client.get("/api/timeline?a=EGY&by=week").status_code == 400


def test_routes_openapi_documents_the_api(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/actors",
                 "/api/timeline", "/api/dashboard", "/api/search", "/api/export", "/api/ingest"):
        assert path in spec["paths"], path
    assert "/events" not in spec["paths"]  # HTML pages are not part of the API schema
    page = client.get("/api")  # the offline reference page instead of Swagger UI (which needs a CDN)
    assert page.status_code == 200 and "/api/events/{event_id}" in page.text
    assert client.get("/docs").status_code == 404


def test_routes_names_and_offices_come_from_the_knowledge_base(client: Any) -> None:
    countries = {c["country"]: c["names"] for c in client.get("/api/countries").json()["countries"]}
    assert countries["EGY"] == {"en": "Egypt", "ar": "مصر"}
    person = client.get("/api/actors/EGY/people/Sameh Shoukry").json()
    office = next(o for o in person["kb"]["offices"] if o["role"] == "foreign_minister")
    assert (office["country"], office["start"], office["end"]) == ("EGY", "2014-06-17", "2024-07-03")
    assert person["kb"]["name_ar"] == "سامح شكري"
    html = client.get("/actors/EGY/people/Sameh Shoukry").text
    assert 'id="kb-offices"' in html and "2014-06-17" in html
    assert client.get("/api/actors/EGY/people/Karim Nasser").json()["kb"] is None  # fictional: not in the KB
