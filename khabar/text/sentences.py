"""Sentence spans with offsets into ``Doc.text``.

Every line is at least one sentence (cleaned news text has one paragraph a line and
headings without final punctuation). Inside a line a sentence ends at ``. ! ? ؟ ۔ …``
and any closing quotes or brackets after it, when a space, the line end or an
Arabic-script letter follows (Persian and Arabic sites often glue "شد.وی"). It does not
end at:

- a dot between digits (``1.5``; ``۲٫۵`` and ``12/5`` have no dot to begin with);
- a dot after initials (``J.``, ``U.S.``, ``د.``, ``ج.ا.ا``) or a listed abbreviation
  (``resources/text/abbreviations.txt``: ``Dr.``, ``Gen.``);
- a mark inside a short «…», “…” or (…) on the same line, unless the mark closes the
  quote itself (``«… است.» سپس``).

Spans are stripped of surrounding spaces; a piece with no letter or digit is merged
into the sentence before it, so no span is empty or punctuation only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache

from khabar.doc import Doc
from khabar.registry import StageFunction, stage
from khabar.resources import load_lines
from khabar.settings import Settings

TERMINATORS = frozenset(".!?؟۔…")
COMMAS = frozenset("،,")
"""The Arabic-script comma and the Latin one, which Persian and Arabic news mix."""
CLOSERS = frozenset("»”’\"')]}›")
OPENING_QUOTES = frozenset("«“\"")
"""Marks that open a quotation or a quoted name: the guillemet of Persian and Arabic, the
curly and the straight double quote (one set for every rule that steps over them)."""
#: Pairs kept together when short, with the longest span (in characters) still "short".
PAIRS = {"«": ("»", 250), "“": ("”", 250), "(": (")", 120)}

Span = tuple[int, int]
#: Longest word (with its inner dots) checked for being an abbreviation or initials.
ABBREVIATION_WINDOW = 40

_LINE = re.compile(r"[^\n]+")
_WORD_BEFORE = re.compile(r"(\w+(?:\.\w+)*)\Z")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Listed abbreviations, lower-cased, without their final dot."""
    return frozenset(line.lower() for line in load_lines("text/abbreviations.txt"))


@lru_cache(maxsize=1)
def _arabic_script_abbreviations() -> bool:
    """Whether any listed abbreviation is written in Arabic script (none are, today)."""
    return any(_is_arabic_letter(ch) for word in abbreviations() for ch in word)


def _is_arabic_letter(ch: str) -> bool:
    return ch.isalpha() and ("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u08ff")


_OPENERS = re.compile("[" + re.escape("".join(PAIRS)) + "]")
_TERMINATOR = re.compile("[" + re.escape("".join(sorted(TERMINATORS))) + "]")


def _protected(text: str, start: int, end: int) -> list[Span]:
    """Short quoted or bracketed stretches ``(open, close)`` of one line."""
    regions: list[Span] = []
    for opener in _OPENERS.finditer(text, start, end):
        index = opener.start()
        pair = PAIRS[opener.group()]
        close = text.find(pair[0], index + 1, end)
        if close != -1 and close - index <= pair[1]:
            regions.append((index, close))
    return regions


def _abbreviation_dot(text: str, index: int, line_start: int) -> bool:
    """A dot after a number's digits, a single letter or a listed abbreviation."""
    before = text[index - 1] if index > line_start else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if before.isdigit() and after.isdigit():
        return True
    # Fast path for the usual case, a Persian or Arabic word of two letters or more:
    # initials are single letters, and no Arabic-script word is listed.
    if (index - 2 >= line_start and _is_arabic_letter(before)
            and _is_arabic_letter(text[index - 2]) and not _arabic_script_abbreviations()):
        return False
    # The word before the dot is looked for in a short window: searching from the line
    # start made long lines quadratic. A word cut by the window is no abbreviation.
    window = max(line_start, index - ABBREVIATION_WINDOW)
    match = _WORD_BEFORE.search(text, window, index)
    if match is not None and match.start() == window > line_start and text[window - 1].isalnum():
        return False
    if match is None:
        return False
    word = match.group(1)
    initials = all(len(part) == 1 and part.isalpha() for part in word.split("."))
    return initials or word.lower() in abbreviations()


def _ends_sentence(text: str, index: int, line_start: int, regions: list[Span]) -> int | None:
    """Where the sentence ends if the mark at ``index`` ends it, else ``None``."""
    if text[index] == "." and _abbreviation_dot(text, index, line_start):
        return None
    end = index + 1
    while end < len(text) and (text[end] in TERMINATORS or text[end] in CLOSERS):
        end += 1
    if any(open_ < index < close and end <= close for open_, close in regions):
        return None
    follower = text[end] if end < len(text) else "\n"
    if follower.isspace() or _is_arabic_letter(follower):
        return end
    return None


def _split_line(text: str, start: int, end: int) -> list[Span]:
    regions = _protected(text, start, end) if _OPENERS.search(text, start, end) else []
    pieces: list[Span] = []
    cursor = start
    # Only the marks are visited; a mark inside a run already ended (". . .") is skipped.
    for mark in _TERMINATOR.finditer(text, start, end):
        index = mark.start()
        if index < cursor:
            continue
        stop = _ends_sentence(text, index, start, regions)
        if stop is not None:
            pieces.append((cursor, stop))
            cursor = stop
    pieces.append((cursor, end))
    return pieces


def unspaced(text: str, start: int, end: int) -> Span:
    """The span ``(start, end)`` without the white space at its ends (sentences, quoted
    words, events' sentences: one helper since session 16 (2026-12-06), where three
    copies stood)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _has_word(text: str, start: int, end: int) -> bool:
    return any(ch.isalnum() for ch in text[start:end])


def sentence_start(sentences: Iterable[Span], position: int) -> int:
    """Where the sentence holding ``position`` starts: the last sentence start at or before
    it, 0 before the first."""
    return max((start for start, _ in sentences if start <= position), default=0)


def sentence_index(sentences: Sequence[Span], position: int) -> int:
    """The index of the sentence holding ``position``: the last whose start is at or before
    it (``sentences`` in text order), -1 before the first (session 27 (2026-12-07), mend7:
    four event modules wrote this search inline)."""
    return bisect_right(sentences, position, key=lambda span: span[0]) - 1


def split_sentences(text: str) -> list[Span]:
    """Sentence spans ``(start, end)`` into ``text``: stripped, non-empty, in order."""
    sentences: list[Span] = []
    for line in _LINE.finditer(text):
        line_sentences: list[Span] = []
        for piece in _split_line(text, *line.span()):
            start, end = unspaced(text, *piece)
            if start == end:
                continue
            if line_sentences and not _has_word(text, start, end):
                line_sentences[-1] = (line_sentences[-1][0], end)
            else:
                line_sentences.append((start, end))
        sentences.extend(line_sentences)
    return sentences


@stage("khabar.text.sentences.v1", requires=("text",), assigns=("sentences",))
def make_sentence_stage(settings: Settings) -> StageFunction:
    """Split ``Doc.text`` into sentence spans (lines, then final punctuation)."""

    def run(doc: Doc) -> Doc:
        doc.sentences = split_sentences(doc.text)
        return doc

    return run
