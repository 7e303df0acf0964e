"""The bad-input corpus (tests/fixtures/bad/, plus a 100 MB file and deeply nested HTML
made here) through ``khabar ingest`` into a real store: every input is either stored
correctly or logged with a clear reason, and nothing stops the batch."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from khabar.doc import Doc
from khabar.ingest import IngestFailure, read_inputs
from khabar.store import Store, open_store

BAD = Path(__file__).resolve().parent / "fixtures" / "bad"

# (input, status, what the reason says or the stored text holds, why)
EXPECTED: list[tuple[str, str, str, str]] = [
    ("binary.txt", "error", "binary content", "PNG bytes with NULs, named .txt"),
    ("binary.jsonl", "error", "binary content", "PNG bytes named .jsonl: NULs on most lines"),
    ("image.png", "error", "unsupported file type", "a suffix khabar does not read"),
    ("empty.txt", "error", "empty file", "zero bytes"),
    ("whitespace_only.txt", "error", "no words", "spaces, a tab and a ZWNJ: no text"),
    ("nul_in_jsonl.jsonl:1", "ok", "خبر", "a good line before a damaged one"),
    ("nul_in_jsonl.jsonl:2", "error", "NUL byte in the line", "a NUL refuses its line alone"),
    ("nul_in_jsonl.jsonl:3", "ok", "آسیب‌دیده", "a good line after the damaged one is kept"),
    ("separators_in_jsonl.jsonl:1", "ok", "در تهران",
     "U+2028 and U+0085 inside a JSON string do not end the line; CRLF does"),
    ("broken_lines.jsonl:1", "ok", "باقری", "a good line before the broken ones"),
    ("broken_lines.jsonl:2", "error", "broken JSON line", "truncated mid-string"),
    ("broken_lines.jsonl:3", "error", "must be an object", "a JSON array"),
    ("broken_lines.jsonl:4", "error", "must be an object", "text is a number"),
    ("broken_lines.jsonl:5", "error", "empty 'text'", "text is blank"),
    ("broken_lines.jsonl:6", "ok", "پریروز", "an absurd date field is ignored, the text kept"),
    ("broken_lines.jsonl:7", "error", "broken JSON line", "control characters, not JSON"),
    ("broken_lines.jsonl:8", "ok", "عراقجي", "a negative year is ignored"),
    ("broken_lines.jsonl:9", "ok", "دولت \ufffd در",
     "an escaped lone surrogate is no character: U+FFFD, as for broken bytes"),
    ("cp1256.txt", "ok", "عراقجي", "Windows-1256 Arabic"),
    ("utf16be_no_bom.txt", "ok", "باقری", "UTF-16 big-endian without a BOM"),
    ("utf16le_bom.txt", "duplicate", "", "the same text as the UTF-16BE file: same id"),
    ("mixed_encodings.txt", "ok", "باقری", "a UTF-8 line then a cp1256 line: both read"),
    ("malformed.html", "ok", "باقری", "unclosed tags, stray brackets, a bad entity"),
    ("absurd_dates.txt", "ok", "باقری", "day 45 of a month in year 99999"),
    ("bidi_overrides.txt", "ok", "باقری", "right-to-left override and isolate controls"),
    ("huge.txt", "error", "ingest.max_file_bytes", "100 MB: refused before it is read"),
    ("nested.html", "error", "no main text", "5000 nested divs: no article in it"),
    # session 18 (2026-12-06), issue 8: inputs a user meets that the corpus lacked
    ("typed_fields.jsonl:1", "error", "string 'text'", "text is null"),
    ("typed_fields.jsonl:2", "ok", "عدد", "title, date, url, source of the wrong JSON type"),
    ("typed_fields.jsonl:3", "ok", "ماه سیزدهم", "a Jalali date field of month 13, day 40"),
    ("typed_fields.jsonl:4", "ok", "صفر", "a date field 0000-00-00"),
    ("typed_fields.jsonl:5", "ok", "عنوان بلند", "a title of 6,000 characters"),
    ("typed_fields.jsonl:6", "ok", "باقری", "bidi overrides, isolates and an escaped NUL in text"),
    ("script_only.html", "error", "no main text", "a page whose body is scripts only"),
    ("cut_before_first_record.warc.gz", "error", "no HTTP response record",
     "a gzipped WARC cut inside its first record: warcio reads nothing and says nothing"),
    ("not_a_warc.warc", "error", "no HTTP response record",
     "plain lines named .warc: warcio reads them as header-less ARC records"),
    ("name with spaces.txt", "ok", "باقری", "spaces in a file name"),
    ("نام فارسی.txt", "ok", "باقری", "a Persian file name"),
    ("bad\\xffname.txt", "ok", "باقری",
     "a file name byte that is not UTF-8 is stored escaped; it stopped the batch before"),
    ("links/self", "error", "broken symbolic link", "a link to itself: a loop"),
    ("links/gone.txt", "error", "broken symbolic link", "a link whose target is missing"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad")
    for path in BAD.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    with (folder / "huge.txt").open("wb") as huge:  # sparse: no 100 MB written to disk
        huge.truncate(100 * 1024 * 1024)
    depth = 5000
    (folder / "nested.html").write_text(
        "<html><body>" + "<div>" * depth + "<p>سرلشکر باقری در تهران</p>" + "</div>" * depth,
        encoding="utf-8")
    _awkward_names(folder)
    return folder


def _awkward_names(folder: Path) -> None:
    """File names and links git cannot hold portably, made here (session 18)."""
    text = "سرلشکر محمد باقری امروز در تهران با فرمانده ارتش پاکستان دیدار کرد.".encode()
    for name in ("name with spaces.txt", "نام فارسی.txt"):
        (folder / name).write_bytes(text + name.encode())
    with open(os.path.join(os.fsencode(folder), b"bad\xffname.txt"), "wb") as handle:
        handle.write(text + " بایت".encode())  # not broken_lines.jsonl:1's text
    links = folder / "links"
    links.mkdir()
    (links / "self").symlink_to("self")
    (links / "gone.txt").symlink_to("missing.txt")
    (links / "up").symlink_to("..")  # a link to a folder is not followed: no loop


@pytest.fixture
def ingested(corpus: Path, store_target: str) -> Iterator[tuple[Store, str]]:
    run = subprocess.run([sys.executable, "-m", "khabar.cli", "ingest", str(corpus),
                          "--db", store_target, "--quiet"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1, run.stderr  # 1: some inputs failed, and the batch finished
    assert "Traceback" not in run.stderr
    with open_store(store_target) as store:
        yield store, run.stderr


def _by_name(store: Store, corpus: Path) -> dict[str, Any]:
    return {str(entry.path).removeprefix(f"{corpus}/"): entry for entry in store.ingest_log()}


def test_every_bad_input_is_stored_or_logged_with_its_reason_on_each_backend(
    ingested: tuple[Store, str], corpus: Path
) -> None:
    store, _ = ingested
    log = _by_name(store, corpus)
    assert sorted(log) == sorted(name for name, *_ in EXPECTED)
    for name, status, expected, why in EXPECTED:
        entry = log[name]
        assert entry.status == status, (name, why, entry.reason)
        if status == "error":
            assert expected in entry.reason and "internal error" not in entry.reason, why
        elif status == "ok":
            record = store.get(entry.article_id)
            assert record is not None and expected in record["text"], (name, why)
    assert store.integrity() == "ok"
    # absurd dates give no date; direction controls hide no entity and shift no offset
    for name in ("absurd_dates.txt", "broken_lines.jsonl:6", "broken_lines.jsonl:8"):
        record = store.get(log[name].article_id)
        assert record is not None and record["published"] is None, name
    typed = store.get(log["typed_fields.jsonl:2"].article_id)
    assert typed is not None and typed["title"] is None and typed["url"] is None
    noted = " ".join(typed["problems"])  # session 18: named, not dropped without a word
    for field in ("'title' is a number", "'date' is a number", "'url' is an object",
                  "'source' is a number"):
        assert field in noted, field
    long_title = store.get(log["typed_fields.jsonl:5"].article_id)
    assert long_title is not None and len(long_title["title"]) == 5999
    for name in ("typed_fields.jsonl:3", "typed_fields.jsonl:4"):
        record = store.get(log[name].article_id)
        assert record is not None and record["published"] is None, name
    bidi = store.get(log["bidi_overrides.txt"].article_id)
    assert bidi is not None
    assert ("PER", "محمد باقری") in {(e["type"], e["text"]) for e in bidi["entities"]}
    for entity in bidi["entities"]:
        assert bidi["text"][entity["start"]:entity["end"]] == entity["text"]
    nul = store.get(log["typed_fields.jsonl:6"].article_id)
    assert nul is not None and "\x00" in nul["text"]
    assert ("PER", "محمد باقری") in {(e["type"], e["text"]) for e in nul["entities"]}
    for entity in nul["entities"]:
        assert nul["text"][entity["start"]:entity["end"]] == entity["text"]


def test_jsonl_on_stdin_loses_only_its_nul_line_session18(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """Session 18 (2026-12-06), issue 8: the file nul_in_jsonl.jsonl keeps its two good
    lines, but piped to ``khabar ingest -`` it was refused whole as binary."""
    data = (BAD / "nul_in_jsonl.jsonl").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(read_inputs(["-"]))
    assert [type(item) for item in items] == [Doc, IngestFailure, Doc]
    assert isinstance(items[1], IngestFailure) and items[1].path == "<stdin>:2"
    assert "NUL byte" in items[1].reason
