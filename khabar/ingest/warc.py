"""WARC files (``.warc``, ``.warc.gz``): each archived HTML or text response becomes a Doc.

Only ``response`` records with a 2xx status and an HTML or plain-text body are read;
the rest (requests, metadata, images, redirects) are skipped silently, as they are no
articles. A response that cannot be decoded or has no main text is recorded as a failure
named ``FILE#N`` (its position in the archive), and reading goes on; an archive that
breaks midway keeps the documents read before the break and records the break.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import Any

from khabar.doc import Doc
from khabar.errors import IngestError
from khabar.ingest.decode import decode_bytes

WARC_SUFFIXES = (".warc", ".warc.gz")
_TEXTUAL = ("text/html", "application/xhtml+xml", "text/plain")


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def read_warc(data: bytes, name: str) -> Iterator[Doc | tuple[str, str]]:
    """Docs, and ``(where, reason)`` for each response that could not be read."""
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            number += 1
            status = record.http_headers.get_statuscode() or ""
            kind = (record.http_headers.get_header("Content-Type") or "").lower()
            if not status.startswith("2") or not kind.startswith(_TEXTUAL):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read()
            missing = getattr(record.raw_stream, "limit", 0)  # warcio reads a cut body quietly
            if missing:
                yield (f"{name}#{number}", f"the archive ends inside this record ({missing} "
                       "bytes of it missing); the records before it were read")
                return
            yield from document_from_body(body, kind, f"{name}#{number}", url)
    except Exception as error:  # warcio raises plain exceptions on a damaged archive
        yield (f"{name}#{number + 1}", CUT if cut_short(data) else f"the WARC archive is "
               f"damaged here: {error}; the records before this point were read")
        return
    if number == 0:  # warcio reads a cut or foreign file as nothing, or as headerless ARC
        yield (name, NO_RESPONSE)
    elif cut_short(data):  # warcio ends quietly on a cut in a record's HTTP headers
        yield (name, CUT)


CUT = ("the WARC archive is damaged: the file ends inside a record (it is cut short, as by "
       "an unfinished download or copy); the records before this point were read; copy or "
       "download the file again to read the rest")


def cut_short(data: bytes) -> bool:
    """Whether the file ends inside a record: a gzip member without its end (session 18,
    2026-12-06: warcio then says "'NoneType' object has no attribute 'startswith'" or
    "Invalid WARC record"), or plain WARC not ending in the blank line that closes every
    record."""
    if not data.startswith(b"\x1f\x8b"):
        return not data.endswith((b"\r\n\r\n", b"\n\n"))
    rest = data
    while rest:  # one gzip member a record, as WARC writers do; a megabyte out at a time
        inflater, pending = zlib.decompressobj(16 + zlib.MAX_WBITS), rest
        try:
            while pending and not inflater.eof:
                inflater.decompress(pending, 1 << 20)
                pending = inflater.unconsumed_tail
        except zlib.error:
            return False  # damaged inside, not cut
        if not inflater.eof:
            return True
        rest = inflater.unused_data
    return False


NO_RESPONSE = ("no HTTP response record in the WARC file: it is not a WARC archive, it is "
               "cut before its first record, or it archives no pages")


def document_from_body(body: bytes, kind: str, where: str, url: str | None,
                       source: str = "warc") -> Iterator[Doc | tuple[str, str]]:
    """A Doc from an HTTP body (HTML, or plain text when ``kind`` says so), or why not."""
    try:
        text = decode_bytes(body, where)
    except IngestError as error:
        yield (where, error.reason)
        return
    meta: dict[str, Any] = {"path": where, "format": source}
    if url:
        meta["url"] = url
    if kind.lower().startswith("text/plain"):
        raw = text
    else:
        from khabar.ingest.html import extract_html

        try:
            raw, found = extract_html(text)
        except IngestError as error:
            yield (where, error.reason)
            return
        meta.update(found)
        if url:
            meta["url"] = url  # the archived address beats a canonical link in the page
    if not raw.strip():
        yield (where, "no text in the archived response")
        return
    yield Doc(raw=raw, meta=meta)
