"""Lines of a raw article, with their offsets and the reason one is dropped.

A ``Line`` knows where it lies in ``raw`` (with and without its surrounding spaces and
line break) and how it reads: its word count, whether it ends like a sentence. The
cleaner decides per line; the body is what stays, joined by single newlines.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from khabar.offsets import Edit

#: Marks that end a sentence, so a line ending with one reads as body text.
SENTENCE_END = frozenset(".!?؟۔…")
INNER_STOP = re.compile(r"(?<!\.)[.!?؟۔]\s+\w")
"""A sentence ending inside a line: running text, not a title or a closer. Two dots are no
stop: Arabic headlines join their parts so ("اليوم.. بلاتر")."""
#: A line with at least this many words that ends like a sentence is body text ...
BODY_MIN_WORDS = 12
#: ... and so is any line longer than this, punctuation or not.
BODY_ANY_WORDS = 35

#: A menu, breadcrumb or list item, a label or a ticker item's label is at most this many words.
ITEM_MAX_WORDS = 3
#: Menus and breadcrumbs have at least this many items.
MENU_MIN_ITEMS = 3

#: Reasons that do not show the article is over: rules, bare contact lines and short
#: unpunctuated lines close clean articles too ("* خدمة «نيويورك تايمز»"); a photo's
#: caption or credit stands between paragraphs, and an author's note may follow a source
#: credit.
NOT_CLOSING = frozenset({"furniture:symbols", "furniture:contact", "furniture:url",
                         "furniture:trailing-short", "furniture:caption",
                         "furniture:credit"})

_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_WORD = re.compile(r"[^\W_]+")
_CLOSERS = "»”’\"')]}"


def word_count(text: str) -> int:
    """Words of a line or of a piece of one: runs of letters and digits."""
    return len(_WORD.findall(text))


def is_space(ch: str) -> bool:
    """Whitespace and invisible format characters (ZWNJ, bidi marks, BOM) at line edges."""
    return ch.isspace() or unicodedata.category(ch) == "Cf"


@dataclass
class Line:
    start: int
    """Raw offset of the first character of the line."""
    end: int
    """Raw offset after the line break (or the end of raw)."""
    content_start: int
    """Raw offsets of the line without surrounding spaces."""
    content_end: int
    text: str
    """The line without surrounding spaces."""
    reason: str | None = None
    """Why the line is not body text; ``None`` while it is."""
    _counted: tuple[str, int] | None = field(default=None, repr=False, compare=False)
    """The text the word count was taken of, and the count (several passes ask)."""

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def kept(self) -> bool:
        return self.reason is None

    @property
    def words(self) -> int:
        # ``text`` may be cut (a glued headline copy), so the count is keyed by it
        if self._counted is None or self._counted[0] is not self.text:
            self._counted = (self.text, word_count(self.text))
        return self._counted[1]

    @property
    def ends_sentence(self) -> bool:
        return self.text.rstrip(_CLOSERS)[-1:] in SENTENCE_END

    @property
    def body_like(self) -> bool:
        """Reads like running text rather than a headline, label or link."""
        words = self.words
        return words > BODY_ANY_WORDS or (words >= BODY_MIN_WORDS and self.ends_sentence)

    @property
    def content(self) -> tuple[int, int]:
        return self.content_start, self.content_end


def split_lines(raw: str) -> list[Line]:
    """Every line of ``raw`` (the empty ones too), in order, covering all of it."""
    lines: list[Line] = []
    start = 0
    for match in _BREAK.finditer(raw):
        lines.append(_line(raw, start, match.start(), match.end()))
        start = match.end()
    if start < len(raw):
        lines.append(_line(raw, start, len(raw), len(raw)))
    return lines


def _line(raw: str, start: int, stop: int, end: int) -> Line:
    first, last = start, stop
    while first < last and is_space(raw[first]):
        first += 1
    while last > first and is_space(raw[last - 1]):
        last -= 1
    return Line(start, end, first, last, raw[first:last])


def last_paragraph(lines: list[Line]) -> int:
    """The index of the last kept line of running text, or -1 (read from the end: the
    page's tail is short)."""
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].kept and lines[index].body_like:
            return index
    return -1


def body_edits(raw: str, lines: list[Line]) -> list[Edit]:
    """Edits that keep the content of kept lines, one ``\\n`` between them, nothing else."""
    kept = [line for line in lines if line.kept]
    last = kept[-1] if kept else None
    edits: list[Edit] = []
    for line in lines:
        if not line.kept:
            edits.append((line.start, line.end, ""))
            continue
        if line.content_start > line.start:
            edits.append((line.start, line.content_start, ""))
        trailer = "" if line is last else "\n"
        if raw[line.content_end : line.end] != trailer:
            edits.append((line.content_end, line.end, trailer))
    return edits
