"""WARC inputs: archived HTML and text responses become documents; the rest is skipped,
and a damaged archive keeps what came before the damage."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from khabar.doc import Doc
from khabar.ingest import IngestFailure, read_inputs

ARTICLE = ("<html><head><title>دیدار باقری</title></head><body><article><p>"
           "سرلشکر محمد باقری امروز در تهران با فرمانده ارتش پاکستان دیدار کرد و دو طرف "
           "دربارهٔ همکاری‌های مرزی و مبارزه با تروریسم گفت‌وگو کردند.</p></article></body></html>")


def _archive(gzip: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    responses = [  # (url, status, content type, body)
        ("https://news.example/1", "200 OK", "text/html; charset=utf-8", ARTICLE.encode()),
        ("https://news.example/logo", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00"),
        ("https://news.example/old", "301 Moved", "text/html", b"<a href=/1>moved</a>"),
        ("https://news.example/2.txt", "200 OK", "text/plain; charset=windows-1256",
         "التقى وزير الخارجية عباس عراقجي نظيره العماني في مسقط اليوم.".encode("cp1256")),
        ("https://news.example/empty", "200 OK", "text/plain", b""),
    ]
    for url, status, kind, body in responses:
        headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return out.getvalue()


def _read(tmp_path: Path, name: str, data: bytes) -> list[Doc | IngestFailure]:
    (tmp_path / name).write_bytes(data)
    return list(read_inputs([str(tmp_path / name)]))


def test_a_warc_gives_its_textual_responses(tmp_path: Path) -> None:
    for name, gzip in (("crawl.warc.gz", True), ("crawl.warc", False)):
        items = _read(tmp_path, name, _archive(gzip))
        docs = [item for item in items if isinstance(item, Doc)]
        assert [d.meta["url"] for d in docs] == ["https://news.example/1",
                                                 "https://news.example/2.txt"], name
        assert "محمد باقری" in docs[0].raw and "<p>" not in docs[0].raw
        assert "عراقجي" in docs[1].raw  # the cp1256 body decoded
        [empty] = [item for item in items if isinstance(item, IngestFailure)]
        assert empty.path.endswith("#5") and "no text" in empty.reason


def test_a_truncated_warc_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    whole = _archive(gzip=False)
    items = _read(tmp_path, "cut.warc", whole[: whole.index(b"WARC/1", 2000) + 40])
    assert any(isinstance(item, Doc) for item in items)
    assert isinstance(items[-1], IngestFailure) and "damaged" in items[-1].reason


def test_a_warc_cut_inside_a_body_says_so_session18(tmp_path: Path) -> None:
    """warcio hands over a body cut short without a word; it was then read as text in an
    unknown encoding or as a shorter article (session 18, 2026-12-06, issue 8)."""
    whole = _archive(gzip=False)
    [cut] = _read(tmp_path, "cut.warc", whole[: whole.index(b"<p>") + 30])
    assert isinstance(cut, IngestFailure), cut
    assert cut.path.endswith("#1") and "ends inside this record" in cut.reason


def test_a_gzip_warc_cut_mid_archive_says_it_is_cut_session18(tmp_path: Path) -> None:
    """A .warc.gz cut inside its second record was recorded in warcio's words ("'NoneType'
    object has no attribute 'startswith'", "Invalid WARC record"), which tell a user
    nothing to do (session 18, 2026-12-06, issue 8)."""
    whole = _archive(gzip=True)
    second = whole.index(b"\x1f\x8b", 1)  # where the second record's gzip member starts
    for end in (second + 5, second + 12, second + 40):
        items = _read(tmp_path, "cut.warc.gz", whole[:end])
        assert isinstance(items[0], Doc), end
        last = items[-1]
        assert isinstance(last, IngestFailure), (end, last)
        assert "cut short" in last.reason and "again" in last.reason, (end, last.reason)
        assert "NoneType" not in last.reason and "Invalid" not in last.reason


def test_a_warc_cut_in_a_records_http_headers_is_not_silent_session18(tmp_path: Path
                                                                     ) -> None:
    """warcio ends quietly when the file stops inside a response's HTTP headers: nothing
    was stored and nothing logged (session 18, 2026-12-06, issue 8)."""
    whole = _archive(gzip=False)
    items = _read(tmp_path, "cut.warc", whole[: whole.index(b"Content-Type", 300) + 5])
    assert len(items) == 1 and isinstance(items[0], IngestFailure), items
    assert "cut short" in items[0].reason
