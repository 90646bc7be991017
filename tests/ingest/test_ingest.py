"""Reading articles: every input kind, and every kind of bad input named with its file."""

from __future__ import annotations

import io
import json
from pathlib import Path

from bilateral.ingest import read_articles
from bilateral.model import Article, Failure

EN = "Egypt's foreign minister visited Beijing on Monday for talks with his Chinese counterpart."
AR = "زار وزير الخارجية المصري بكين يوم الاثنين لإجراء محادثات مع نظيره الصيني."


def _split(items: list) -> tuple[list[Article], list[Failure]]:  # type: ignore[type-arg]
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Failure)]


def test_ingest_folder_recursive_with_manifest_and_partial_dates(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(AR, "utf-8")
    (tmp_path / "sub" / "b.txt").write_text(EN, "utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps({"a": {"published": "2015-02", "lang": "ar"}}), "utf-8")
    (tmp_path / "sub" / "manifest.json").write_text(json.dumps({"b": {"published": "2024-05-13"}}), "utf-8")
    arts, fails = _split(list(read_articles([tmp_path])))
    assert not fails
    by = {a.doc: a for a in arts}
    assert by["a"].published == "2015-02" and by["a"].lang == "ar"
    assert by["b"].published == "2024-05-13" and by["b"].lang == "en"  # detected


def test_ingest_html_drops_navigation_ads_and_scripts(tmp_path: Path) -> None:
    html = ("<html lang='en'><head><title>Talks</title><script>alert('x')</script>"
            "<meta property='article:published_time' content='2024-05-13T08:00:00Z'></head><body>"
            "<nav><a href='/'>Home</a> World Sport</nav><div class='ad-slot'>Buy now</div>"
            f"<article><h1>Egypt and China</h1><p>{EN}</p><div class='social-share'>Share</div></article>"
            "<footer>Copyright</footer></body></html>")
    (tmp_path / "page.html").write_text(html, "utf-8")
    [art] = list(read_articles([tmp_path / "page.html"]))
    assert isinstance(art, Article)
    assert EN in art.text and "Home" not in art.text and "Buy now" not in art.text
    assert "alert" not in art.text and "Share" not in art.text and "Copyright" not in art.text
    assert art.published == "2024-05-13" and art.title == "Talks"


def test_ingest_jsonl_documents_and_malformed_lines(tmp_path: Path) -> None:
    f = tmp_path / "docs.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "x1", "text": EN, "published": "2024-05", "url": "http://example.org/1"}),
        "{not json",
        json.dumps({"id": "x2"}),
        json.dumps({"id": "x3", "text": AR, "lang": "ar"}),
    ]), "utf-8")
    arts, fails = _split(list(read_articles([f])))
    assert [a.doc for a in arts] == ["x1", "x3"]
    assert arts[0].url == "http://example.org/1"
    assert {fl.source for fl in fails} == {f"{f}:2", f"{f}:3"}
    assert all(fl.code == "E107" for fl in fails)


def test_ingest_bad_inputs_are_named_and_the_rest_is_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(EN, "utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks in Paris".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" * 20)
    (tmp_path / "empty.txt").write_text("   \n", "utf-8")
    (tmp_path / "big.txt").write_text(EN * 100, "utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps({"ghost": {"published": "2020"}}), "utf-8")
    items = list(read_articles([tmp_path, tmp_path / "missing.txt"], max_bytes=2000))
    arts, fails = _split(items)
    assert [a.doc for a in arts] == ["good"]
    codes = {Path(f.source).name: f.code for f in fails}
    assert codes == {"latin1.txt": "E103", "binary.txt": "E104", "empty.txt": "E105", "big.txt": "E106",
                     "manifest.json": "E108", "missing.txt": "E101"}
    assert all(f.message for f in fails)


def test_ingest_empty_folder_and_unsupported_language(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (tmp_path / "fr.txt").write_text("Le ministre des affaires étrangères a rencontré son homologue à Paris hier "
                                     "pour discuter de la coopération économique entre les deux pays.", "utf-8")
    fails = [i for i in read_articles([empty, tmp_path / "fr.txt"]) if isinstance(i, Failure)]
    assert [f.code for f in fails] == ["E102", "E109"]
    assert "fr" in fails[1].message


def test_ingest_bad_publication_date_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EN, "utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps({"a": {"published": "2015-13-40"}}), "utf-8")
    [fail] = list(read_articles([tmp_path]))
    assert isinstance(fail, Failure) and fail.code == "E110" and "2015-13-40" in fail.message


def test_ingest_stdin_plain_text_and_jsonl() -> None:
    [a] = list(read_articles(["-"], stdin=io.StringIO(AR)))
    assert isinstance(a, Article) and a.doc == "stdin" and a.lang == "ar"
    stream = io.StringIO(json.dumps({"id": "s1", "text": EN}) + "\n" + json.dumps({"id": "s2", "text": AR}) + "\n")
    assert [x.doc for x in read_articles(["-"], stdin=stream)] == ["s1", "s2"]  # type: ignore[union-attr]


def test_ingest_ids_are_content_hashes_stable_across_runs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EN, "utf-8")
    first = next(iter(read_articles([tmp_path])))
    second = next(iter(read_articles([tmp_path])))
    assert first.id == second.id  # type: ignore[union-attr]
    (tmp_path / "a.txt").write_text(EN + " More.", "utf-8")
    assert next(iter(read_articles([tmp_path]))).id != first.id  # type: ignore[union-attr]
