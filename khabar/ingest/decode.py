"""Bytes to text: BOMs, UTF-8, UTF-16 and Windows-1256, then charset detection.

Arabic-script news still arrives in Windows-1256, which generic detectors often
mistake for another 8-bit code page, so it is tried before the generic detector and
accepted only when the result is mostly Arabic-script letters.
"""

from __future__ import annotations

import codecs

from khabar.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _arabic_script_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in letters) / len(
        letters
    )


def looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: one byte of most pairs is NUL (ASCII) or 0x06 (Arabic)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for high, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        share = sum(b in (0, 6) for b in high) / len(high)
        if share > 0.9:
            return codec
    return None


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls / max(1, len(text))


def decode_bytes(data: bytes, path: str) -> str:
    """Decode input bytes or raise ``IngestError`` saying why they are not text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    utf16 = looks_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    if b"\x00" in data:
        raise IngestError(path, "binary content (NUL bytes); khabar reads text, HTML or JSONL")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _utf8_or_cp1256_lines(data)
    if _arabic_script_share(text) > 0.5:
        return text
    return _detect(data, path)


def _utf8_or_cp1256_lines(data: bytes) -> str:
    """Each line as UTF-8 when it is valid UTF-8, else as Windows-1256.

    Files concatenated from several sources mix the two; a cp1256 line is almost never
    valid UTF-8 (its Arabic letters are lead bytes without continuation bytes), so a
    file wholly in cp1256 decodes exactly as it would whole.
    """
    lines = []
    for line in data.splitlines(keepends=True):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode("cp1256", errors="replace"))
    return "".join(lines)


def _detect(data: bytes, path: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError(path, "cannot detect the text encoding; convert the file to UTF-8")
    text = str(best)
    if _control_share(text) > 0.05:
        raise IngestError(path, "binary content; khabar reads text, HTML or JSONL")
    return text
