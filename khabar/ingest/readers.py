"""Readers for each input format, and the walk over paths."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.doc import Doc
from khabar.errors import IngestError
from khabar.ingest.decode import decode_bytes, looks_utf16
from khabar.ingest.warc import is_warc, read_warc

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSONL_FIELDS = ("title", "date", "url", "source", "source_name", "lang", "id")


@dataclass(frozen=True)
class IngestFailure:
    """An input that could not be read, with the reason to record."""

    path: str
    reason: str


Item = Doc | IngestFailure


def read_inputs(paths: Iterable[str], max_bytes: int = 50_000_000) -> Iterator[Item]:
    """Docs from files, directories (recursively, sorted) and ``-`` (stdin)."""
    for name in paths:
        if name == "-":
            yield from _read_stdin(sys.stdin.buffer.read())
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_folder(path, max_bytes)
        elif path.exists():
            yield from _read_file(path, max_bytes)
        elif path.is_symlink():
            yield IngestFailure(printable_path(name), BROKEN_LINK)
        else:
            yield IngestFailure(printable_path(name), "no such file or directory")


BROKEN_LINK = "a broken symbolic link (its target is missing, or it points back at itself)"


def _read_folder(root: Path, max_bytes: int) -> Iterator[Item]:
    """Every file under ``root``, sorted; a link to a folder is not followed (it could
    loop), and a link that leads nowhere is recorded, not skipped unsaid."""
    for path in sorted(p for p in root.rglob("*") if not _hidden(p, root)):
        if path.is_file():
            yield from _read_file(path, max_bytes)
        elif path.is_symlink() and not path.exists():
            yield IngestFailure(printable_path(path), BROKEN_LINK)


def printable_path(path: Path | str) -> str:
    """The path as text that can be stored and printed: bytes of a file name that are not
    UTF-8 (kept by Python as lone surrogates, which no store can hold) become ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_file(path: Path, max_bytes: int) -> Iterator[Item]:
    name = printable_path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield IngestFailure(name, f"{size} bytes exceed ingest.max_file_bytes ({max_bytes})")
            return
        data = path.read_bytes()
    except OSError as error:
        yield IngestFailure(name, f"cannot read: {error.strerror or error}")
        return
    suffix = path.suffix.lower()
    if is_warc(name):
        yield from _warc_docs(data, name)
        return
    if suffix in TEXT_SUFFIXES:
        reader = _text_docs
    elif suffix in HTML_SUFFIXES:
        reader = _html_docs
    elif suffix in JSONL_SUFFIXES:
        if b"\x00" in data:
            yield from _jsonl_with_nul_lines(data, name)
            return
        reader = _jsonl_docs
    else:
        yield IngestFailure(
            name, f"unsupported file type {suffix!r}; use .txt, .html, .jsonl or .warc(.gz)"
        )
        return
    yield from _read_bytes(data, name, reader)


def _warc_docs(data: bytes, name: str) -> Iterator[Item]:
    for found in read_warc(data, name):
        yield found if isinstance(found, Doc) else IngestFailure(*found)


def _read_bytes(data: bytes, name: str, reader: Any) -> Iterator[Item]:
    try:
        text = decode_bytes(data, name)
    except IngestError as error:
        yield IngestFailure(name, error.reason)
        return
    yield from reader(text, name)


def _read_stdin(data: bytes) -> Iterator[Item]:
    """Standard input; JSONL there loses only a line holding a NUL, as a file does (it
    was refused whole as binary: session 18, 2026-12-06)."""
    if b"\x00" in data and data.lstrip()[:1] == b"{":
        yield from _jsonl_with_nul_lines(data, "<stdin>")
    else:
        yield from _read_bytes(data, "<stdin>", _sniff)


def _sniff(text: str, name: str) -> Iterator[Item]:
    """Standard input: JSONL when the first line is an object, HTML when it looks so."""
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return _jsonl_docs(text, name)
    if head.startswith(("<!doctype html", "<html")):
        return _html_docs(text, name)
    return _text_docs(text, name)


def _no_words(text: str) -> bool:
    """No letter or digit: empty, or only spaces, ZWNJ, marks and punctuation."""
    return not any(ch.isalnum() for ch in text)


def _text_docs(text: str, name: str) -> Iterator[Item]:
    if _no_words(text):
        yield IngestFailure(name, "empty file" if not text.strip() else "no words in the file")
        return
    yield Doc(raw=text, meta={"path": name, "format": "txt"})


def _html_docs(text: str, name: str) -> Iterator[Item]:
    from khabar.ingest.html import extract_html

    try:
        body, meta = extract_html(text)
    except IngestError as error:
        yield IngestFailure(name, error.reason)
        return
    yield Doc(raw=body, meta={"path": name, "format": "html", **meta})


def _jsonl_with_nul_lines(data: bytes, name: str) -> Iterator[Item]:
    """JSONL with NUL bytes: UTF-16 is decoded whole; otherwise a line holding a NUL is
    refused alone (JSON escapes NUL, so a raw one is damage) and the other lines are
    read. A file where most lines hold NULs is binary, refused whole."""
    if looks_utf16(data):
        yield from _read_bytes(data, name, _jsonl_docs)
        return
    lines = data.split(b"\n")
    damaged = {number for number, line in enumerate(lines, start=1) if b"\x00" in line}
    if len(damaged) * 2 > sum(1 for line in lines if line.strip()):
        yield IngestFailure(name, "binary content (NUL bytes); khabar reads text, HTML or JSONL")
        return
    kept = b"\n".join(b"" if n in damaged else line for n, line in enumerate(lines, start=1))
    try:
        text = decode_bytes(kept, name)
    except IngestError as error:
        yield IngestFailure(name, error.reason)
        return
    yield from _jsonl_docs(text, name, damaged)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(found: dict[str, Any]) -> dict[str, Any]:
    """A JSON escape can name half a UTF-16 pair ("\\ud83d"), which is no character and
    cannot be stored or written as UTF-8: each becomes U+FFFD, one for one, as a decoder
    does with broken bytes (offsets are unchanged)."""
    return {key: _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value
            for key, value in found.items()}


NUL_LINE = "a NUL byte in the line (binary damage, not JSON); the other lines are read"


def _jsonl_docs(text: str, name: str, damaged: set[int] | frozenset[int] = frozenset()
                ) -> Iterator[Item]:
    # Lines end at "\n" only: JSON strings may hold U+2028 and other separators that
    # str.splitlines would break a record at.
    for number, line in enumerate(text.removesuffix("\n").split("\n"), start=1):
        line = line.removesuffix("\r")
        where = f"{name}:{number}"
        if number in damaged:
            yield IngestFailure(where, NUL_LINE)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line, object_hook=_without_surrogates)
        except json.JSONDecodeError as error:
            yield IngestFailure(where, f"broken JSON line: {error.msg}")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield IngestFailure(where, "a JSONL line must be an object with a string 'text'")
            continue
        if _no_words(record["text"]):
            yield IngestFailure(where, "empty 'text'")
            continue
        meta = {key: record[key] for key in JSONL_FIELDS if record.get(key) is not None}
        yield Doc(raw=record["text"], meta={"path": where, "format": "jsonl", **meta})
