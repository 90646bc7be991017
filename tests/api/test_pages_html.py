"""HTML pages: escaping of article text and user input, the dashboard's bar links, JSON twins."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import unescape
from typing import Any
from urllib.parse import parse_qs, urlparse

SVG = "{http://www.w3.org/2000/svg}"


def _script_event(client: Any) -> dict[str, Any]:
    return client.get("/api/events?doc=en-script").json()["rows"][0]


def test_pages_article_text_with_script_tags_is_escaped(client: Any) -> None:
    e = _script_event(client)
    for url in (f"/events/{e['id']}", f"/articles/{e['article']}", "/search?q=embassy", "/events?doc=en-script"):
        html = client.get(url).text
        assert "<script>window" not in html and "<img src=x" not in html, url
        assert "<b>title</b>" not in html, url
    html = client.get(f"/articles/{e['article']}").text
    assert "&lt;script&gt;window.__pwned = 1;" in html
    assert "&lt;img src=x onerror=" in html
    # our own scripts only, from our own origin
    assert re.findall(r"<script[^>]*>", html) == []


def test_pages_user_input_is_escaped_everywhere(client: Any) -> None:
    evil = '"><script>alert(1)</script>'
    for url in (f"/search?q={evil}", f"/events?text={evil}", f"/?a={evil}", f"/actors/EGY/people/{evil}"):
        r = client.get(url)
        assert "<script>alert(1)" not in r.text, url
    r = client.get("/?a=EGY&period=<svg onload=alert(1)>")
    assert r.status_code == 400 and "<svg onload" not in r.text


def test_pages_event_page_highlights_evidence_in_the_original_article(client: Any) -> None:
    ar = next(r for r in client.get("/api/events?lang=ar&type=CONSULT").json()["rows"])
    html = client.get(f"/events/{ar['id']}").text
    assert 'id="article" lang="ar" dir="rtl"' in html
    mark = re.search(r'<mark class="evidence" id="evidence"[^>]*>(.*?)</p>', html, re.S)
    assert mark is not None
    text = unescape(re.sub(r"<[^>]+>", "", mark.group(1)))
    assert text == ar["evidence"]["text"]
    assert '<strong class="trigger"' in html
    # both sources of the clustered visit are listed, with links to their articles
    assert html.count('<tr data-event="') == 2
    assert "Reported by 2 sources" in html


def test_pages_dashboard_bar_links_list_exactly_what_they_count(client: Any) -> None:
    for count in ("events", "mentions"):
        html = client.get(f"/?a=EGY&b=RUS&by=month&count={count}").text
        svg = re.search(r"<svg.*?</svg>", html, re.S)
        assert svg is not None
        root = ET.fromstring(svg.group(0))  # well-formed XML: every & in a link is &amp;
        bars = root.findall(f".//{SVG}a[@class='bar']")
        assert bars
        for bar in bars:
            href = bar.get("href") or ""
            q = {k: v[0] for k, v in parse_qs(urlparse(href).query).items()}
            twin = client.get("/api/dashboard", params=q).json()
            assert len(twin["selected"]["rows"]) == int(bar.get("data-count") or 0), (count, href)
            page = client.get(href).text
            assert f'<span id="bar-count">{bar.get("data-count")}</span>' in page
            assert page.count('<tr data-event="') == int(bar.get("data-count") or 0)


def test_pages_dashboard_is_zero_filled_and_toggles_counts(client: Any) -> None:
    events = client.get("/api/dashboard?a=EGY&b=RUS&by=month").json()
    mentions = client.get("/api/dashboard?a=EGY&b=RUS&by=month&count=mentions").json()
    march_e = events["periods"][0]
    march_m = mentions["periods"][0]
    assert march_e["by_quad"]["1"] == 2 and march_m["by_quad"]["1"] == 3  # the visit is reported twice
    jordan = client.get("/api/dashboard?a=EGY&by=month").json()
    assert [p["period"] for p in jordan["periods"]] == ["2015-02", "2015-03", "2015-04", "2015-05", "2015-06"]
    year = client.get("/api/dashboard?a=EGY&b=RUS&by=year&since=2013").json()
    assert [(p["period"], p["events"]) for p in year["periods"]] == [("2013", 0), ("2014", 0), ("2015", 5)]
    assert year["periods"][2]["cooperation"] == 3 and year["periods"][2]["conflict"] == 2


def test_pages_every_page_has_a_json_twin(client: Any) -> None:
    e = client.get("/api/events").json()["rows"][0]
    for page in ("/?a=EGY&b=RUS", "/events?country=EGY", f"/events/{e['id']}", f"/articles/{e['article']}",
                 "/actors/EGY", "/actors/EGY/people/Karim%20Nasser", "/search?q=Moscow", "/actors"):
        html = client.get(page).text
        m = re.search(r'rel="alternate" type="application/json">([^<]+)</a>', html)
        assert m is not None, page
        twin = client.get(unescape(m.group(1)))
        assert twin.status_code == 200 and twin.headers["content-type"].startswith("application/json"), page


def test_pages_errors_are_pages_not_tracebacks(client: Any) -> None:
    r = client.get("/events?since=yesterday")
    assert r.status_code == 400 and "since must be an ISO date" in r.text and "Traceback" not in r.text
    assert client.get("/?a=EGY&by=week").status_code == 400


def test_pages_event_table_sorts_pages_and_links_its_download(client: Any) -> None:
    html = client.get("/events?country=EGY&order=-date&limit=2").text
    assert "Date ▼" in html
    dates = re.findall(r'<tr data-event="[^"]+">\s*<td><a href="[^"]+">([^<]+)</a>', html)
    assert dates == ["2015-06-06", "2015-05-10"]
    nxt = re.search(r'<a rel="next" href="([^"]+)"', html)
    assert nxt is not None and "offset=2" in unescape(nxt.group(1))
    csv_link = re.search(r'id="download-csv" href="([^"]+)"', html)
    assert csv_link is not None
    link = unescape(csv_link.group(1))
    assert "limit=2" in link and "order=-date" in link and "format=csv" in link
    body = client.get(link).content.decode("utf-8-sig").splitlines()
    assert len(body) == 3  # header + exactly the two rows shown
    flipped = re.search(r'data-sort="date">', html)
    assert flipped is not None
