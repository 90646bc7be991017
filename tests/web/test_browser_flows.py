"""End-to-end in Debian's chromium: dashboard -> bar -> event with highlighted RTL evidence; script
tags in an article never run; upload a file on the ingest page; search in Arabic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import TOKEN

pytestmark = pytest.mark.browser

# left edge (px) of each word in a paragraph, measured on the rendered text
WORD_X = """(p) => {
  const out = {};
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (const w of ["شركة", "Rosatom", "الروسية"]) {
      const i = n.data.indexOf(w);
      if (i >= 0 && !(w in out)) {
        const r = document.createRange();
        r.setStart(n, i); r.setEnd(n, i + w.length);
        out[w] = r.getBoundingClientRect().left;
      }
    }
  }
  return out;
}"""

UPLOAD_AR = ("أعلنت وزارة الخارجية الأردنية يوم 4 أغسطس 2016 أن وفدا من الخبراء سيزور مدينة صفاقس التونسية "
             "لبحث مشروع Green Corridor للطاقة الشمسية.\n")


def test_browser_dashboard_bar_to_event_with_rtl_evidence(page: Any, server: str, screenshots: Path) -> None:
    page.goto(server + "/")
    page.select_option("#pick-a", "EGY")
    page.select_option("#pick-b", "RUS")
    page.click("#show-dyad")
    page.wait_for_selector("svg.timeline a.bar")
    assert page.locator("h1").inner_text().startswith("Relations EGY – RUS")
    page.screenshot(path=str(screenshots / "dashboard.png"), full_page=True)

    bar = page.locator('svg.timeline a.bar[data-period="2015-03"][data-key="1"]')
    count = int(bar.get_attribute("data-count") or 0)
    assert count == 2
    bar.locator("rect").click()
    page.wait_for_selector("#bar-events")
    assert page.locator("#bar-count").inner_text() == str(count)
    rows = page.locator("#bar-events ~ table.events tbody tr")
    assert rows.count() == count
    page.screenshot(path=str(screenshots / "dashboard-bar-clicked.png"), full_page=True)

    # the visit is reported in Arabic and in English; open the event from the list
    rows.filter(has_text="CONSULT").first.locator("td a").first.click()
    page.wait_for_selector("#article mark.evidence")
    sources = page.locator("table.sources tbody tr")
    assert sources.count() == 2
    # open the Arabic report's event page
    ar_link = page.locator("table.sources tbody tr", has=page.locator('td.sentence[lang="ar"]')).locator("td a").nth(1)
    ar_link.click()
    page.wait_for_selector('#article[lang="ar"] mark.evidence')
    article = page.locator("#article")
    assert article.get_attribute("dir") == "rtl"
    evidence = page.locator("mark.evidence")
    assert evidence.first.is_visible()
    text = "".join(evidence.all_inner_texts())
    assert text.startswith("وصل وزير الخارجية المصري")
    # the paragraph holding the evidence runs right to left; the Latin word in the next one keeps its place
    direction = page.evaluate(
        "getComputedStyle(document.querySelector('#article mark.evidence').closest('p')).direction")
    assert direction == "rtl"
    latin_para = page.locator("#article p", has_text="Rosatom")
    assert page.evaluate("(p) => getComputedStyle(p).direction", latin_para.element_handle()) == "rtl"
    # bidi: in "مع شركة Rosatom الروسية" the Latin name sits LEFT of شركة (read first) and RIGHT of الروسية
    xs = page.evaluate(WORD_X, latin_para.element_handle())
    assert xs["الروسية"] < xs["Rosatom"] < xs["شركة"], xs
    # the evidence is highlighted: a background colour other than transparent
    bg = page.evaluate("getComputedStyle(document.querySelector('mark.evidence')).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator("strong.trigger").first.inner_text() == "وصل"
    # and it is drawn right to left: the first word of the sentence sits right of the last word on the line
    box_first = page.locator("strong.trigger").first.bounding_box()
    box_mark = evidence.first.bounding_box()
    assert box_first is not None and box_mark is not None
    assert box_first["x"] + box_first["width"] > box_mark["x"] + box_mark["width"] * 0.8
    page.screenshot(path=str(screenshots / "event-arabic-evidence.png"), full_page=True)
    assert page.errors == []  # type: ignore[attr-defined]


def test_browser_script_tags_in_articles_never_run(page: Any, server: str, screenshots: Path) -> None:
    page.goto(server + "/events?doc=en-script")
    page.locator("table.events tbody tr td a").first.click()
    page.wait_for_selector("#article mark.evidence")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert "<script>window.__pwned = 1;" in page.locator("#article").inner_text()
    page.click("text=en-script <b>title</b>")  # the title is shown as text, markup and all
    page.wait_for_selector("#article")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#article script, #article img").count() == 0
    page.screenshot(path=str(screenshots / "article-script-escaped.png"), full_page=True)
    assert page.errors == []  # type: ignore[attr-defined]


def test_browser_upload_a_file_then_search_in_arabic(page: Any, server: str, screenshots: Path,
                                                     tmp_path: Path) -> None:
    f = tmp_path / "safaqis-visit.txt"
    f.write_text(UPLOAD_AR, "utf-8")
    bad = tmp_path / "empty.txt"
    bad.write_text("   \n", "utf-8")
    page.goto(server + "/ingest")
    page.set_input_files("#files", [str(f), str(bad)])
    page.fill("#published", "2016-08-05")
    page.fill("#token", TOKEN)
    page.click("#ingest-submit")
    page.wait_for_url("**/ingest/jobs/*")
    # the job page polls its JSON twin (our own /static/job.js) and reloads when the job has finished
    page.wait_for_selector("#job-summary", timeout=60_000)
    assert page.locator("#job-state").inner_text() == "done"
    assert "1 new" in page.locator("#job-summary").inner_text()
    failures = page.locator("#job-failures tbody").inner_text()
    assert "empty.txt" in failures and "E105" in failures
    page.screenshot(path=str(screenshots / "ingest-job.png"), full_page=True)

    # search from the header box, in Arabic, one word spelled without hamza and with ه for ة
    page.fill('header input[name="q"]', "صفاقس الاردنيه")
    page.press('header input[name="q"]', "Enter")
    page.wait_for_selector("#search-total")
    assert page.locator("#search-total").inner_text().startswith("1 article")
    hit = page.locator("li.hit").first
    assert "safaqis-visit" in hit.inner_text()
    snippet = hit.locator(".snippet")
    assert snippet.get_attribute("dir") == "rtl"
    marked = snippet.locator("mark").all_inner_texts()
    assert "صفاقس" in marked and "أردنية" in marked  # found through folding, highlighted as written
    page.screenshot(path=str(screenshots / "search-arabic.png"), full_page=True)
    assert page.errors == []  # type: ignore[attr-defined]
