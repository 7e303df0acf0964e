"""Ingest: encodings, formats and bad inputs are read or recorded, never fatal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.doc import Doc
from khabar.errors import IngestError
from khabar.ingest import IngestFailure, read_inputs
from khabar.ingest.decode import decode_bytes

PERSIAN = "سرلشکر باقری وارد اسلام‌آباد شد و با فرمانده ارتش پاکستان دیدار کرد."
ARABIC = "التقى رئيس هيئة الأركان العامة مع قائد الجيش الباكستاني في إسلام آباد."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (PERSIAN.encode("utf-8"), PERSIAN),
        (b"\xef\xbb\xbf" + PERSIAN.encode("utf-8"), PERSIAN),  # BOM is not text
        (PERSIAN.encode("utf-16"), PERSIAN),  # with BOM
        (ARABIC.encode("utf-16-le"), ARABIC),  # no BOM: found by the NUL/0x06 pattern
        (ARABIC.encode("cp1256"), ARABIC),  # Windows-1256, still common for Arabic
        ("Plain English news.".encode("ascii"), "Plain English news."),
    ],
)
def test_decode_bytes_reads_the_encodings_news_arrives_in(data: bytes, expected: str) -> None:
    assert decode_bytes(data, "x") == expected


def test_persian_cp1256_keeps_the_letters_it_can_encode() -> None:
    # cp1256 has پ چ ژ گ ک: Persian in that code page must come back intact.
    text = "پيام چهارشنبه ژنرال گفت"  # cp1256 has no Persian yeh: writers used Arabic ي
    assert decode_bytes(text.encode("cp1256"), "x") == text


def test_binary_bytes_are_refused_with_a_reason() -> None:
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(bytes(range(256)) * 4, "blob.bin")


def _items(tmp_path: Path, name: str, data: bytes) -> list[Doc | IngestFailure]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_inputs([str(path)]))


def test_text_file_becomes_one_doc_with_its_path(tmp_path: Path) -> None:
    [doc] = _items(tmp_path, "a.txt", PERSIAN.encode("utf-8"))
    assert isinstance(doc, Doc)
    assert doc.raw == PERSIAN
    assert doc.meta["path"].endswith("a.txt")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n ", "empty"),
        ("image.png", b"\x89PNG\r\n", "unsupported file type"),
        ("blob.txt", bytes(range(256)) * 8, "binary"),
    ],
)
def test_unreadable_files_are_failures_with_reasons(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    [item] = _items(tmp_path, name, data)
    assert isinstance(item, IngestFailure)
    assert reason in item.reason


def test_missing_path_is_a_failure_not_an_exception() -> None:
    [item] = list(read_inputs(["/no/such/file.txt"]))
    assert isinstance(item, IngestFailure)
    assert "no such file" in item.reason


def test_jsonl_reads_fields_and_records_broken_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "عنوان", "text": PERSIAN, "date": "2025-01-20",
                    "url": "https://example.ir/1", "source": "example"}, ensure_ascii=False),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": ARABIC}, ensure_ascii=False),
    ]
    items = _items(tmp_path, "feed.jsonl", "\n".join(lines).encode("utf-8"))
    assert [type(item).__name__ for item in items] == ["Doc", "IngestFailure", "IngestFailure",
                                                        "Doc"]
    first = items[0]
    assert isinstance(first, Doc)
    assert first.meta["title"] == "عنوان" and first.meta["date"] == "2025-01-20"
    assert first.meta["url"] == "https://example.ir/1"
    broken = items[1]
    assert isinstance(broken, IngestFailure) and broken.path.endswith("feed.jsonl:2")


def test_directories_are_walked_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "1.txt").write_text(PERSIAN, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    docs = list(read_inputs([str(tmp_path)]))
    assert [doc.raw for doc in docs if isinstance(doc, Doc)] == [PERSIAN, ARABIC]


def test_html_main_text_title_and_date_come_through_trafilatura(tmp_path: Path) -> None:
    body = " ".join([PERSIAN] * 6)
    html = f"""<!doctype html><html lang="fa"><head><title>دیدار باقری و منیر</title>
    <meta property="article:published_time" content="2025-01-20T09:53:26+03:30"></head>
    <body><nav>خانه | ورزش | سیاست</nav><article><h1>دیدار باقری و منیر</h1>
    <p>{body}</p><p>{body}</p></article><footer>کلیه حقوق محفوظ است</footer></body></html>"""
    [doc] = _items(tmp_path, "page.html", html.encode("utf-8"))
    assert isinstance(doc, Doc)
    assert PERSIAN in doc.raw
    assert "کلیه حقوق" not in doc.raw
    assert doc.meta["title"] == "دیدار باقری و منیر"
    assert doc.meta["date"].startswith("2025-01-20")


def test_html_without_main_text_is_a_failure(tmp_path: Path) -> None:
    [item] = _items(tmp_path, "empty.html", b"<html><body></body></html>")
    assert isinstance(item, IngestFailure)


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2000)
    [item] = list(read_inputs([str(path)], max_bytes=1000))
    assert isinstance(item, IngestFailure) and "exceed" in item.reason


@pytest.mark.parametrize("joiner", ["\u200c", "&zwnj;", "&#8204;", "&#x200C;"])
def test_html_keeps_the_persian_half_space(tmp_path: Path, joiner: str) -> None:
    # Regression: trafilatura drops non-printable characters, ZWNJ among them.
    sentence = f"این همکاری{joiner}ها ادامه پیدا می{joiner}کند و گسترش می{joiner}یابد. "
    html = f"<html><body><article><p>{sentence * 12}</p></article></body></html>"
    [doc] = _items(tmp_path, "zwnj.html", html.encode("utf-8"))
    assert isinstance(doc, Doc)
    assert "همکاری\u200cها" in doc.raw and "می\u200cکند" in doc.raw


def test_html_jalali_byline_gives_the_date_trafilatura_misses(tmp_path: Path) -> None:
    body = " ".join([PERSIAN] * 6)
    html = f"""<html><body><article><h1>دیدار</h1>
    <div class="date">تاریخ انتشار: ۲۰ مهر ۱۴۰۰ - ۲۰:۵۳</div><p>{body}</p><p>{body}</p>
    </article></body></html>"""
    [doc] = _items(tmp_path, "jalali.html", html.encode("utf-8"))
    assert isinstance(doc, Doc)
    assert doc.meta["date"].startswith("2021-10-12T20:53")
