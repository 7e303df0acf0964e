"""RSS 2.0 and Atom feeds: the article links they list, in feed order."""

from __future__ import annotations

import xml.etree.ElementTree as ET  # expat >= 2.4 refuses entity-expansion bombs
from urllib.parse import urljoin

_ATOM = "{http://www.w3.org/2005/Atom}"


def looks_like_feed(content_type: str, body: bytes) -> bool:
    kind = content_type.lower()
    if any(name in kind for name in ("rss", "atom")):
        return True
    head = body[:500].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head)


def feed_links(body: bytes, base: str) -> list[str]:
    """Absolute links of the items (RSS) or entries (Atom); ``[]`` for a broken feed."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return []
    links = []
    for item in root.iter("item"):
        link = item.findtext("link") or item.findtext("guid")
        if link and link.strip():
            links.append(link.strip())
    for entry in root.iter(f"{_ATOM}entry"):
        chosen = next((el.get("href") for el in entry.iter(f"{_ATOM}link")
                       if el.get("rel", "alternate") == "alternate" and el.get("href")), None)
        if chosen:
            links.append(chosen)
    return list(dict.fromkeys(urljoin(base, link) for link in links))
