"""The ingest endpoint runs the pipeline over uploaded files and pasted text and writes to the store."""

from __future__ import annotations

from typing import Any

from tests.api.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
PASTED = "استقبل الرئيس التونسي في قرطاج يوم الأحد وفدا من البرلمان الأردني لبحث التعاون الزراعي."


def test_jobs_ingest_pasted_arabic_text_becomes_searchable(writer: Any) -> None:
    r = writer.post("/api/ingest?wait=true", headers=AUTH,
                    data={"text": PASTED, "published": "2016-05-02", "title": "وفد أردني"})
    job = r.json()
    assert r.status_code == 202 and job["state"] == "done", job
    assert job["summary"]["new"] == 1 and job["failed"] == 0
    hits = writer.get("/api/search", params={"q": "قرطاج"}).json()["hits"]
    assert len(hits) == 1 and hits[0]["published"] == "2016-05-02" and hits[0]["title"] == "وفد أردني"
    # the same text again changes nothing
    again = writer.post("/api/ingest?wait=true", headers=AUTH, data={"text": PASTED, "published": "2016-05-02",
                                                                      "title": "وفد أردني"}).json()
    assert again["summary"]["unchanged"] == 1 and again["summary"]["new"] == 0


def test_jobs_ingest_reports_failures_per_file_and_goes_on(writer: Any) -> None:
    files = [("files", ("good.txt", b"Egypt and Jordan held consultations in Amman on 2 May 2016.", "text/plain")),
             ("files", ("broken.txt", b"\xff\xfe\x00\x01 not text", "text/plain")),
             ("files", ("../../etc/evil name.txt", b"Jordan thanked Egypt for its support.", "text/plain"))]
    job = writer.post("/api/ingest?wait=true", headers=AUTH, files=files, data={"published": "2016-05-03"}).json()
    assert job["state"] == "done"
    assert job["summary"]["new"] == 2 and job["failed"] == 1
    fail = job["failures"][0]
    assert fail["source"] == "broken.txt" and fail["code"] in {"E103", "E104"}
    page = writer.get(f"/ingest/jobs/{job['id']}").text
    assert "broken.txt" in page and fail["code"] in page
    assert writer.get("/api/ingest/jobs/nope").status_code == 404
