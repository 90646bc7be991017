"""The SVG timeline: zero-filled periods, diverging stacks, links on bars, escaped labels."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from bilateral.web.charts import QUAD_SERIES, TYPE_SERIES, period_key, period_range, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"


def test_charts_period_range_fills_gaps() -> None:
    assert period_range("2014-11", "2015-02", "month") == ["2014-11", "2014-12", "2015-01", "2015-02"]
    assert period_range("2013", "2015", "year") == ["2013", "2014", "2015"]
    assert period_range("2015-Q4", "2016-Q2", "quarter") == ["2015-Q4", "2016-Q1", "2016-Q2"]
    assert period_range("2016-02-28", "2016-03-01", "day") == ["2016-02-28", "2016-02-29", "2016-03-01"]


def test_charts_period_range_rejects_unknown_unit_and_huge_ranges() -> None:
    with pytest.raises(ValueError, match="unknown period unit"):
        period_range("2015", "2016", "week")
    with pytest.raises(ValueError, match="too many"):
        period_range("1900-01-01", "2000-01-01", "day")


def test_charts_period_key_respects_precision() -> None:
    assert period_key("2015-02-12", "month") == "2015-02"
    assert period_key("2015", "month") is None
    assert period_key("2015-11", "quarter") == "2015-Q4"
    assert period_key(None, "year") is None


def test_charts_timeline_draws_cooperation_up_conflict_down_with_links() -> None:
    periods = ["2015-01", "2015-02", "2015-03"]
    counts = {("2015-01", "1"): 3, ("2015-01", "4"): 1, ("2015-03", "2"): 2}
    svg = timeline_svg(periods, counts, QUAD_SERIES, href=lambda p, k: f"/dyad?period={p}&quad={k}")
    root = ET.fromstring(str(svg))
    bars = root.findall(f".//{SVG}a[@class='bar']")
    assert {(b.get("data-period"), b.get("data-key"), b.get("data-count")) for b in bars} == {
        ("2015-01", "1", "3"), ("2015-01", "4", "1"), ("2015-03", "2", "2")}
    # hrefs carry both period and key (the & is escaped in the markup and read back by the parser)
    assert {b.get("href") for b in bars} >= {"/dyad?period=2015-01&quad=1"}
    rect = {b.get("data-key"): b.find(f"{SVG}rect") for b in bars if b.get("data-period") == "2015-01"}
    axis = root.find(f"{SVG}line[@class='axis']")
    assert axis is not None
    axis_y = float(axis.get("y1") or 0)
    coop, conflict = rect["1"], rect["4"]
    assert coop is not None and conflict is not None
    assert float(coop.get("y") or 0) + float(coop.get("height") or 0) == pytest.approx(axis_y, abs=0.2)
    assert float(conflict.get("y") or 0) == pytest.approx(axis_y, abs=0.2)
    # three times the count, three times the height
    assert float(coop.get("height") or 0) == pytest.approx(3 * float(conflict.get("height") or 0), rel=0.01)
    # the empty month still has a clickable column and a label: zero-filled, not skipped
    cols = [c.get("data-period") for c in root.findall(f".//{SVG}a[@class='col']")]
    assert cols == periods
    labels = [t.text for t in root.findall(f".//{SVG}text[@class='period']")]
    assert "2015-02" in labels


def test_charts_timeline_balance_dots_follow_cooperation_minus_conflict() -> None:
    periods = ["2015", "2016"]
    counts = {("2015", "1"): 2, ("2016", "3"): 2}
    root = ET.fromstring(str(timeline_svg(periods, counts, QUAD_SERIES)))
    dots = root.findall(f"{SVG}circle[@class='balance']")[:2]
    titles = [d.find(f"{SVG}title").text for d in dots]  # type: ignore[union-attr]
    assert titles == ["2015 balance: +2", "2016 balance: -2"]
    assert float(dots[0].get("cy") or 0) < float(dots[1].get("cy") or 0)


def test_charts_timeline_escapes_labels_and_links() -> None:
    svg = str(timeline_svg(["<script>"], {("<script>", "AGREE"): 1}, TYPE_SERIES,
                           href=lambda p, k: f"/x?p={p}\"onmouseover=alert(1)", title="<b>x</b>"))
    assert "<script>" not in svg and "<b>" not in svg
    assert '"onmouseover' not in svg
    ET.fromstring(svg)  # still well-formed
