"""Write endpoints need the operator's token and are off without one; uploads are size-limited."""

from __future__ import annotations

from typing import Any

from tests.api.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_security_writes_are_off_without_a_token(client: Any) -> None:
    r = client.post("/api/ingest", data={"text": "Egypt and Jordan held talks.", "published": "2015-01-01"})
    assert r.status_code == 403
    assert "writes are disabled" in r.json()["error"]["message"]
    art = client.get("/api/events").json()["rows"][0]["article"]
    assert client.delete(f"/api/articles/{art}").status_code == 403
    assert client.get(f"/api/articles/{art}").status_code == 200
    page = client.get("/ingest").text
    assert 'id="writes-off"' in page and 'id="ingest-submit" disabled' in page


def test_security_writes_need_the_right_token(writer: Any) -> None:
    data = {"text": "Egypt and Jordan held talks.", "published": "2015-01-01"}
    assert writer.post("/api/ingest", data=data).status_code == 401
    r = writer.post("/api/ingest", data=data, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.json()["error"]["message"] == "wrong token"
    assert writer.post("/api/ingest", data={**data, "token": "wrong"}).status_code == 401
    # the HTML form sends the token as a field
    ok = writer.post("/ingest", data={**data, "token": TOKEN}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"].startswith("/ingest/jobs/")


def test_security_delete_removes_article_and_its_events(writer: Any) -> None:
    rows = writer.get("/api/events?doc=ar-conflict").json()["rows"]
    art = rows[0]["article"]
    assert writer.delete(f"/api/articles/{art}").status_code == 401
    r = writer.delete(f"/api/articles/{art}", headers=AUTH)
    assert r.status_code == 200 and r.json()["events"] == 2
    assert writer.get(f"/api/articles/{art}").status_code == 404
    assert writer.get("/api/events?doc=ar-conflict").json()["rows"] == []
    assert writer.delete(f"/api/articles/{art}", headers=AUTH).status_code == 404


def test_security_upload_over_the_limit_is_413(writer: Any) -> None:
    big = ("Egypt and Russia held talks. " * 8000).encode()  # ~230 kB > 200 kB
    r = writer.post("/api/ingest", headers=AUTH, files={"files": ("big.txt", big, "text/plain")},
                    data={"published": "2015-01-01"})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "E106"
    form = writer.post("/ingest", files={"files": ("big.txt", big, "text/plain")}, data={"token": TOKEN})
    assert form.status_code == 413 and "Upload too large" in form.text
    # without a Content-Length (chunked), the body is counted as it arrives
    body = (b"--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n"
            b"Content-Type: text/plain\r\n\r\n" + big + b"\r\n--XyZ--\r\n")

    def chunks() -> Any:
        for i in range(0, len(body), 16_384):
            yield body[i:i + 16_384]

    r = writer.post("/api/ingest", headers={**AUTH, "Content-Type": "multipart/form-data; boundary=XyZ"},
                    content=chunks())
    assert r.status_code == 413
    assert writer.get("/api/stats").json()["articles"] == 5  # nothing was written


def test_security_upload_rejects_unknown_file_types(writer: Any) -> None:
    r = writer.post("/api/ingest", headers=AUTH, files={"files": ("x.exe", b"MZ\x00\x00", "application/octet-stream")})
    assert r.status_code == 400 and r.json()["error"]["parameter"] == "files"
    r = writer.post("/api/ingest", headers=AUTH, data={"published": "yesterday", "text": "Egypt met Jordan."})
    assert r.status_code == 400 and r.json()["error"]["parameter"] == "published"
    r = writer.post("/api/ingest", headers=AUTH, data={"text": "   "})
    assert r.status_code == 400 and "nothing to ingest" in r.json()["error"]["message"]


def test_security_headers_forbid_foreign_and_inline_scripts(client: Any) -> None:
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert client.get("/").headers["x-content-type-options"] == "nosniff"
