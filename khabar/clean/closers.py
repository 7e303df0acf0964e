"""The article's closer: a "link to this article" line, often with the headline again.

Pages close an article by pointing back at it: "رابط الخبر بصحيفة الوئام: <headline>",
"لینک خبر: https://...". Dumped to text, the closer stands on a line of its own below
the last paragraph or is glued to its end ("... السلامة الدائمة. رابط الخبر ..."), and
the headline it repeats reads as one more sentence of the article, so every event in
the headline is found twice. A closer is a phrase of ``resources/clean/link_closers.tsv``
(whole words) on the last line of running text or below it, then at most
``OUTLET_MAX_WORDS`` words naming the outlet, a colon, and nothing, a URL, the headline
again (near-exact, by folded letters) or a short title-like line
(``furniture:link``). A closer glued to a line is cut from it, its raw span kept as a
``RemovedLine``.

The headline alone at the end is not taken: op-eds and poems end with the sentence or
verse that gave them their title (9 of 10,000 SaudiNewsNet articles), and a line
"وقال X: ..." may repeat a quoted headline. Below page furniture, it goes with the
page's tail (``furniture:after-furniture``).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from khabar.clean.lines import INNER_STOP, Line, last_paragraph, word_count
from khabar.clean.patterns import Key, key_of, word_end
from khabar.doc import RemovedLine
from khabar.normalize.fold import fold_table
from khabar.resources import load_tsv

__all__ = ["REASON", "mark_closers"]

REASON = "furniture:link"
#: Words naming the outlet between a closer's phrase and its colon ("بصحيفة الوئام").
OUTLET_MAX_WORDS = 4
#: What follows a closer's colon, when it is not the headline: a title, not a paragraph.
CLOSER_REST_MAX_WORDS = 25
#: Characters before the headline (or a short rest) where a glued closer may start.
CLOSER_WINDOW_CHARS = 300
#: A phrase alone ends the line within this many characters ...
PHRASE_MAX_CHARS = 40
#: ... and starts at most this many before the colon that closes its label.
LABEL_MAX_CHARS = 100
#: Headlines shorter than this (in folded letters) are not compared.
TITLE_MIN_LETTERS = 12
#: Folded letters of a repeat against the headline's (near-exact: a dropped word's end).
TITLE_MIN_RATIO = 0.9

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_LABEL = re.compile(r"([^:：.!?؟\n]{0,60}?)[:：]")
_COLON_OR_WWW = re.compile(r"[:：]|www", re.IGNORECASE)


@lru_cache(maxsize=1)
def closer_keys() -> tuple[str, ...]:
    """Folded keys of the closer phrases, longest first."""
    keys = {key_of(row[0]).letters for row in load_tsv("clean/link_closers.tsv")}
    return tuple(sorted((key for key in keys if key), key=len, reverse=True))


@lru_cache(maxsize=1)
def _first_word() -> re.Pattern[str]:
    """The phrases' first words in any spelling the fold merges (and with harakat,
    tatweel or ZWNJ inside): a line without one holds no closer, and this search is
    cheaper than the letter key of a long last paragraph."""
    spellings: dict[str, set[str]] = {}
    for source, target in fold_table().items():
        if len(target) == 1:
            spellings.setdefault(target, {target}).add(source)
    words = {key_of(row[0].split()[0]).letters for row in load_tsv("clean/link_closers.tsv")}
    marks = "[\u064b-\u065f\u0670\u0640\u200c\u200d]*"
    patterns = (marks.join("[" + re.escape("".join(sorted(spellings.get(ch, {ch})))) + "]"
                          for ch in word) for word in sorted(words))
    return re.compile("|".join(patterns), re.IGNORECASE)


def mark_closers(lines: list[Line], title: str | None) -> list[RemovedLine]:
    """Mark the closers at the article's end; return the ones cut from a line's end."""
    title_key = key_of(title).letters if title else ""
    if len(title_key) < TITLE_MIN_LETTERS:
        title_key = ""
    removed: list[RemovedLine] = []
    for line in lines[max(last_paragraph(lines), 0) :]:
        if not line.kept or line.blank:
            continue
        window = max(0, len(line.text) - CLOSER_WINDOW_CHARS - len(title or ""))
        if not _may_close(line.text, window):
            continue
        at = _closer_start(line.text, key_of(line.text), title_key)
        if at is None:
            continue
        kept = line.text[:at].rstrip()
        if not kept:
            line.reason = REASON
            continue
        removed.append(RemovedLine(line.content_start + at, line.content_end, REASON))
        line.text = kept
        line.content_end = line.content_start + len(kept)
    return removed


def _may_close(text: str, window: int) -> bool:
    """A cheap test first (most last paragraphs hold no closer): the phrase stands in
    the line's last characters, just before a colon or a bare URL, or at the very end."""
    hits = [match.start() for match in _COLON_OR_WWW.finditer(text, window)]
    spans = [(max(window, hit - LABEL_MAX_CHARS), hit) for hit in hits]
    spans.append((max(window, len(text) - PHRASE_MAX_CHARS), len(text)))
    return any(_first_word().search(text, start, end) for start, end in spans)


def _closer_start(text: str, key: Key, title_key: str) -> int | None:
    for phrase in closer_keys():
        index = key.letters.find(phrase)
        while index >= 0:
            at = key.where[index]
            end = word_end(text, key.where[index + len(phrase) - 1])
            whole = (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not text[end].isalpha())
            if whole and _closes(text[end:], title_key, _opens(text, at)):
                return at
            index = key.letters.find(phrase, index + 1)
    return None


def _opens(text: str, at: int) -> bool:
    """The phrase opens the line or follows punctuation: not a sentence's own words."""
    before = text[:at].rstrip()
    return not before or not before[-1].isalnum()


def _closes(after: str, title_key: str, opens: bool) -> bool:
    """What follows a closer's phrase: an outlet's name, a colon and a link or a title
    (only the headline again, when the phrase stands inside a sentence)."""
    after = after.strip()
    if opens and (not after or _URL.fullmatch(after)):
        return True
    label = _LABEL.match(after)
    if label is None or word_count(label[1]) > OUTLET_MAX_WORDS:
        return False
    rest = after[label.end() :].strip()
    if _repeats_title(rest, title_key):
        return True
    if not opens:
        return False
    return not rest or _URL.fullmatch(rest) is not None or (
        word_count(rest) <= CLOSER_REST_MAX_WORDS
        and INNER_STOP.search(rest) is None and not _URL.search(rest))


def _repeats_title(text: str, title_key: str) -> bool:
    """``text`` is the headline again, by folded letters, near-exact."""
    if not title_key:
        return False
    letters = key_of(text).letters
    if letters == title_key:
        return True
    if abs(len(letters) - len(title_key)) > (1 - TITLE_MIN_RATIO) * len(title_key):
        return False
    return SequenceMatcher(None, letters, title_key, autojunk=False).ratio() >= TITLE_MIN_RATIO
