"""HTML through trafilatura: main text, title, date, URL and site name."""

from __future__ import annotations

import re
from typing import Any

from khabar.errors import IngestError

# trafilatura drops every non-printable character, the Persian half-space (ZWNJ) and
# ZWJ among them, which breaks words such as "می‌شود". They travel through it as
# printable placeholders that never occur in news text.
_PROTECTED = {"\u200c": "\U0001d300", "\u200d": "\U0001d301"}
_ENTITY_CHARS = {
    "zwnj": "\u200c", "#8204": "\u200c", "#x200c": "\u200c",
    "zwj": "\u200d", "#8205": "\u200d", "#x200d": "\u200d",
}
_ENTITIES = re.compile(r"&(zwnj|#8204|#x200c|zwj|#8205|#x200d);", re.IGNORECASE)


def _protect(html: str) -> str:
    if any(mark in html for mark in _PROTECTED.values()):
        return html
    html = _ENTITIES.sub(lambda match: _ENTITY_CHARS[match[1].lower()], html)
    for joiner, mark in _PROTECTED.items():
        html = html.replace(joiner, mark)
    return html


def _restore(text: str) -> str:
    for joiner, mark in _PROTECTED.items():
        text = text.replace(mark, joiner)
    return text


def extract_html(html: str) -> tuple[str, dict[str, Any]]:
    """The main text of a page and the metadata trafilatura finds in it."""
    import trafilatura

    result = trafilatura.bare_extraction(
        _protect(html), with_metadata=True, include_comments=False, favor_precision=True
    )
    if result is None:
        raise IngestError("<html>", "no main text found in the HTML page")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    data = {key: _restore(value) if isinstance(value, str) else value
            for key, value in data.items()}
    body = data.get("text") or ""
    if not body.strip():
        raise IngestError("<html>", "no main text found in the HTML page")
    meta = {
        key: data[field]
        for key, field in (("title", "title"), ("date", "date"), ("url", "url"),
                           ("source", "sitename"))
        if data.get(field)
    }
    # Our parser first: it keeps the time and offset of meta tags, and reads the
    # Jalali and Hijri bylines that trafilatura's date finder misses.
    from khabar.meta.html_dates import html_published

    found = html_published(html)
    if found is not None:
        meta["date"], meta["date_text"] = found
    return body, meta
