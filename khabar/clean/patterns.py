"""Matching lines against the furniture and dateline data, by letters only.

Scraped lines vary in everything but their letters: "انتهای پیام/ 271", "انتهاي پيام",
"(انتهای پیام)" and "بستن   چاپ" differ in spacing, ZWNJ, digits, punctuation and
yeh/kaf spelling. So a line is compared by its *key*: the letters that remain after the
search fold (``khabar.normalize.fold``), each remembered with its position in the line,
which lets a match at the start of a line say exactly where it ends.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count

from khabar.errors import ResourceError
from khabar.normalize.fold import fold_table
from khabar.resources import load_tsv

MODES = ("line", "start", "label")
#: Lines longer than this are running text, never a whole-line phrase.
LINE_PHRASE_MAX_CHARS = 200
#: Characters of a longer line read for phrases at its start.
PREFIX_CHARS = 100
#: A web address or an e-mail address inside a line.
LINK = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)


@dataclass(frozen=True)
class Phrase:
    mode: str
    key: str
    reason: str


class _KeptLetters(dict[int, str]):
    """Code point -> the letters its character leaves after the fold, worked out on first
    sight: a ``str.translate`` table, so that a line's letters are read at C speed."""

    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        kept = self[code] = "".join(c for c in self.table.get(ch, ch).lower() if c.isalpha())
        return kept


class Key:
    """The folded letters of a text and, for each, its index in the text. The indexes
    are worked out when first asked: most keys are only compared by their letters (a
    line with a phrase list, a word with a word list), and listing a letter's place for
    every character was most of the time a key took (issue 8)."""

    __slots__ = ("_kept", "_text", "_where", "letters")

    def __init__(self, text: str, kept: _KeptLetters) -> None:
        self._text, self._kept = text, kept
        self.letters = text.translate(kept)
        self._where: tuple[int, ...] | None = None

    @property
    def where(self) -> tuple[int, ...]:
        where = self._where
        if where is None:
            kept = list(map(self._kept.__getitem__, map(ord, self._text)))
            if len(self.letters) == sum(map(bool, kept)):  # one letter at most per character
                where = tuple(compress(count(), kept))
            else:
                where = tuple(index for index, piece in enumerate(kept) for _ in piece)
            self._where = where
        return where


_kept: list[_KeptLetters] = []


def key_of(text: str) -> Key:
    """Folded letters of ``text`` with their positions (digits and marks are dropped)."""
    table = fold_table()
    if not _kept or _kept[0].table is not table:
        _kept[:] = [_KeptLetters(table)]
    return Key(text, _kept[0])


def word_end(text: str, index: int) -> int:
    """The index after the letter at ``index`` and any marks or joiners attached to it."""
    end = index + 1
    while end < len(text) and unicodedata.category(text[end]) in ("Mn", "Me", "Cf"):
        end += 1
    return end


def prefix_end(text: str, key: Key, prefix: str) -> int | None:
    """Where a whole-word ``prefix`` (a key) ends in ``text``, or ``None`` if it is not there."""
    if not prefix or not key.letters.startswith(prefix):
        return None
    end = word_end(text, key.where[len(prefix) - 1])
    if end < len(text) and text[end].isalpha():
        return None
    return end


@lru_cache(maxsize=1)
def phrases() -> tuple[Phrase, ...]:
    """Furniture phrases from ``resources/clean/boilerplate.tsv``, longest first."""
    loaded = []
    for row in load_tsv("clean/boilerplate.tsv"):
        if len(row) < 4 or row[0] not in MODES or not key_of(row[2]).letters:
            raise ResourceError(f"clean/boilerplate.tsv: bad row {row!r}; see its header")
        loaded.append(Phrase(row[0], key_of(row[2]).letters, row[3]))
    return tuple(sorted(loaded, key=lambda p: -len(p.key)))


@lru_cache(maxsize=1)
def _phrases_by_letter() -> dict[str, tuple[Phrase, ...]]:
    """The phrases by their first letter, longest first: a line is compared only with
    those that could match it (every phrase has a letter; see ``phrases``)."""
    index: dict[str, list[Phrase]] = {}
    for phrase in phrases():
        index.setdefault(phrase.key[0], []).append(phrase)
    return {letter: tuple(group) for letter, group in index.items()}


_LABEL_COLON = re.compile(r"\s*[:：]")


def furniture(text: str) -> str | None:
    """The reason a stripped line is furniture by the phrase list, or ``None``."""
    whole = len(text) <= LINE_PHRASE_MAX_CHARS
    key = key_of(text if whole else text[:PREFIX_CHARS])
    for phrase in _phrases_by_letter().get(key.letters[:1], ()):
        if phrase.mode == "line":
            if whole and key.letters == phrase.key:
                return phrase.reason
            continue
        end = prefix_end(text, key, phrase.key)
        if end is None:
            continue
        if phrase.mode == "start" or _LABEL_COLON.match(text, end):
            return phrase.reason
    return None


@lru_cache(maxsize=1)
def date_words() -> frozenset[str]:
    """Keys of month, weekday, era, zone and label words from ``date_words.tsv``."""
    return frozenset(key_of(row[0]).letters for row in load_tsv("clean/date_words.tsv"))


_TOKEN = re.compile(r"\w+")
_CLOCK = re.compile(r"\d{1,2}\s*:\s*\d{2}|\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}")


def is_dateline(text: str, max_words: int = 16) -> bool:
    """A short line, two thirds digits, month/weekday names, times and zone words."""
    tokens = _TOKEN.findall(text)
    if not tokens or len(tokens) > max_words or not any(ch.isdigit() for ch in text):
        return False
    keys = [key_of(token).letters for token in tokens]
    named = sum(1 for key in keys if key in date_words())
    numeric = keys.count("")
    if not named and not _CLOCK.search(text):
        return False
    return 3 * (named + numeric) >= 2 * len(tokens)


@lru_cache(maxsize=1)
def clock_labels() -> tuple[str, ...]:
    """Keys of the labels of a site's own clock ("امروز:", "اليوم:"), the ``clock`` rows
    of ``resources/meta/datelines.tsv``, which the date stage already never reads as
    the publication date."""
    return tuple(key_of(row[2]).letters for row in load_tsv("meta/datelines.tsv")
                 if row[0] == "clock")


def is_site_clock(text: str) -> bool:
    """A line opened by a clock label and a colon: the date the page was fetched."""
    key = key_of(text[:PREFIX_CHARS])
    return any((end := prefix_end(text, key, label)) is not None
               and _LABEL_COLON.match(text, end) is not None for label in clock_labels())

