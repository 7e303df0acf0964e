"""Credit lines on a dumped page: "label: value" lines that credit rather than report.

A page credits the report's source and its pictures on lines of their own: "منبع:
ایسنا", "المصدر : الجزيرة + وكالات" below the article or under its headline, "عکس:
ایرنا", "تصوير: محمد رجوب" between its paragraphs. They are built alike: a credit label
(``resources/clean/credit_labels.tsv``), a colon, and a short value (a name or two, or a
few joined by "+", "/", "،"), no sentence. Such a line is ``furniture:credit`` when the
text is a dumped page (other furniture was found, ``structure.page_furniture``):

- a photo credit anywhere: pictures stand between paragraphs;
- a source credit only at the article's edges (``structure.edges``): inside it,
  "المصدر: ..." opens a report of what a source said.

In a clean article both stay (its closing credit is the article's own). The line is
kept in ``Doc.removed`` with its reason, which ``khabar.meta.sources`` still searches
(no list reason), so the credited outlet still joins the source chain. A credit does not
close the page (``lines.NOT_CLOSING``): an author's note may follow it.
"""

from __future__ import annotations

import re

from khabar.clean.lines import Line
from khabar.clean.page_words import WORD
from khabar.clean.patterns import key_of
from khabar.clean.structure import credit_labels, edges, page_furniture

__all__ = ["credit_kind", "credit_labels", "mark_credits"]

#: A credit's value is at most this many words ...
CREDIT_MAX_WORDS = 4
#: ... or at most this many names of at most ``NAME_MAX_WORDS`` words, joined.
CREDIT_MAX_NAMES = 3
NAME_MAX_WORDS = 3
_LABEL = re.compile(r"([^:：]{1,30}?)\s*[:：]\s*(.+)")
_JOINS = re.compile(r"\s*[+/،,|\-–]\s*|\s+و\s+")
_WRAPPING = "()[]*« »"


def credit_kind(line: Line) -> str | None:
    """"source" or "photo" for a line built as a credit, else ``None``."""
    if not line.kept or line.ends_sentence:
        return None
    match = _LABEL.fullmatch(line.text.strip(_WRAPPING))
    if match is None:
        return None
    kind = credit_labels().get(key_of(match[1]).letters)
    return kind if kind is not None and _short_value(match[2]) else None


def _short_value(value: str) -> bool:
    """A name or two ("واس", "حامد معصومی"), or a few joined ("RT + وكالات")."""
    if not WORD.search(value):
        return False
    if len(WORD.findall(value)) <= CREDIT_MAX_WORDS:
        return True
    names = [name for name in _JOINS.split(value) if name.strip()]
    return len(names) <= CREDIT_MAX_NAMES and all(
        len(WORD.findall(name)) <= NAME_MAX_WORDS for name in names)


def mark_credits(lines: list[Line]) -> None:
    """Credit lines of a dumped page (see the module)."""
    found = [(line, kind) for line in lines if (kind := credit_kind(line)) is not None]
    if not found or not page_furniture(lines):
        return
    around = {id(line) for line in edges(lines)}
    for line, kind in found:
        if kind == "photo" or id(line) in around:
            line.reason = "furniture:credit"
