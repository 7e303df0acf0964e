"""Offset-preserving character normalization, one language at a time.

``normalize(text, lang)`` runs a short list of passes; each pass looks at the text and
proposes edits, ``apply_edits`` performs them and the offset maps compose, so the result
always maps back to the input. The passes are:

1. ``map_chars``: character maps kept as data (``resources/normalize/common.tsv`` for
   every language, then ``fa.tsv``/``ar.tsv``/``ur.tsv`` on top). Persian gets ی/ک for
   Arabic ي/ك/ى; Arabic keeps them. Odd spaces become spaces, bidi controls go.
2. ``tidy_joiners``: a ZWNJ/ZWJ is kept only inside a word; runs collapse to one, and
   joiners at word edges (next to a space, a digit, punctuation) are dropped.
3. ``tidy_spaces``: runs of spaces collapse to one; spaces next to a line break and at
   the ends of the text go; ``\\r\\n`` and ``\\r`` become ``\\n``.

Digits and harakat are kept as written, so the normalized text still shows what the
article said; matching goes through the fold (``khabar.normalize.fold``). Every pass
is idempotent and none creates work for an earlier one, so ``normalize`` is idempotent.

ZWNJ repair from a lexicon ("می خواهم" -> "می‌خواهم") is a later pass with the same
signature: append it to ``PASSES`` (it must not create stray joiners or double spaces).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache

from khabar.offsets import Edit, OffsetMap, apply_edits
from khabar.resources import load_tsv

#: Languages with their own map on top of ``common.tsv``.
LANGUAGE_MAPS = frozenset({"fa", "ar", "ur"})

ZWNJ = "\u200c"
ZWJ = "\u200d"

Pass = Callable[[str, "str | None"], Iterator[Edit]]


def parse_codepoints(cell: str) -> str:
    """Characters written as ``U+XXXX`` (space separated) or literally; empty stays empty."""
    return "".join(
        chr(int(part[2:], 16)) if part.upper().startswith("U+") else part for part in cell.split()
    )


@cache
def load_charmap(name: str) -> dict[str, str]:
    """A ``character<TAB>replacement`` resource as a dict (missing replacement deletes)."""
    table: dict[str, str] = {}
    for row in load_tsv(name):
        table[parse_codepoints(row[0])] = parse_codepoints(row[1]) if len(row) > 1 else ""
    return table


@cache
def char_table(lang: str | None) -> dict[str, str]:
    """The common map composed with the language map, so one lookup per character suffices.

    Replacements of the common map are themselves passed through the language map (an
    Arabic yeh presentation form becomes ی in Persian, ي in Arabic), which keeps the
    table closed: no replacement contains a character the table would change again.
    """
    common = load_charmap("normalize/common.tsv")
    if lang not in LANGUAGE_MAPS:
        return dict(common)
    own = load_charmap(f"normalize/{lang}.tsv")
    table = {ch: "".join(own.get(c, c) for c in value) for ch, value in common.items()}
    table.update(own)
    return table


@cache
def _one_to_one(lang: str | None) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The part of the table that swaps one character for one, and a pattern finding them."""
    table = {ch: value for ch, value in char_table(lang).items() if len(value) == 1}
    pattern = re.compile("[" + "".join(map(re.escape, table)) + "]") if table else None
    return table, pattern


def swap_chars(text: str, lang: str | None) -> str:
    """Apply the one-for-one swaps; ``str.replace`` per character present is far faster
    than ``str.translate`` with a dict, which looks up every character of the text."""
    table, pattern = _one_to_one(lang)
    if pattern is None:
        return text
    for ch in set(pattern.findall(text)):
        text = text.replace(ch, table[ch])
    return text


@cache
def _other_chars(lang: str | None) -> re.Pattern[str] | None:
    """Characters the table deletes or expands, which change offsets."""
    chars = [ch for ch, value in char_table(lang).items() if len(value) != 1]
    return re.compile("[" + "".join(map(re.escape, chars)) + "]") if chars else None


def map_chars(text: str, lang: str | None) -> Iterator[Edit]:
    """Replace characters by the composed table of ``lang``."""
    table = char_table(lang)
    pattern = _other_chars(lang)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        yield match.start(), match.end(), table[match.group()]


_JOINERS = re.compile(f"[{ZWNJ}{ZWJ}]+")


def _in_word(ch: str) -> bool:
    """Letters and combining marks (harakat) are word-inside characters."""
    return unicodedata.category(ch)[0] in "LM"


def tidy_joiners(text: str, lang: str | None) -> Iterator[Edit]:
    """Keep one joiner inside a word (a ZWNJ if the run has one); drop the rest."""
    if ZWNJ not in text and ZWJ not in text:  # a C-speed scan settles most texts
        return
    for match in _JOINERS.finditer(text):
        start, end = match.span()
        inside = start > 0 and end < len(text) and _in_word(text[start - 1]) and _in_word(text[end])
        if not inside:
            yield start, end, ""
            continue
        keep = start + max(match.group().find(ZWNJ), 0)
        if keep > start:
            yield start, keep, ""
        if keep + 1 < end:
            yield keep + 1, end, ""


#: Runs of spaces and line breaks that may need an edit (a single inner space never
#: does). Written so that a lone space fails at its first character: the engine then
#: scans fast, which matters on long texts; a lone space at either end is checked apart.
_SPACE_RUN = re.compile(r"(?: [ \r\n]|\n[ \r\n]|\r)[ \r\n]*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def tidy_spaces(text: str, lang: str | None) -> Iterator[Edit]:
    """One space between words, none at line or text edges, ``\\n`` for every line break."""
    size = len(text)
    if text[:1] == " " and text[1:2] not in (" ", "\r", "\n"):
        yield 0, 1, ""
    for match in _SPACE_RUN.finditer(text):
        run = match.group()
        start, end = match.span()
        if start == 0 or end == size:
            wanted = ""
        elif "\n" not in run and "\r" not in run:
            wanted = " "  # most runs are a double space: no line breaks to count
        else:
            breaks = len(_LINE_BREAK.findall(run))
            wanted = "\n" * breaks if breaks else " "
        if run != wanted:
            yield start, end, wanted
    if size > 1 and text[-1] == " " and text[-2] not in " \r\n":
        yield size - 1, size, ""


#: The passes in order; each sees the output of the one before.
PASSES: tuple[Pass, ...] = (map_chars, tidy_joiners, tidy_spaces)


def normalize(text: str, lang: str | None) -> tuple[str, OffsetMap]:
    """Normalize ``text`` written in ``lang``; the map takes the result back to ``text``."""
    # One-for-one swaps (ي -> ی) keep every offset, so they run first as one C-level
    # ``translate``; the table is closed, so ``map_chars`` then sees only the rest.
    text = swap_chars(text, lang)
    offsets = OffsetMap.identity(len(text))
    for step in PASSES:
        edits = list(step(text, lang))
        if edits:
            text, step_map = apply_edits(text, edits)
            offsets = offsets.then(step_map)
    return text, offsets


def normalize_text(text: str, lang: str | None) -> str:
    """Normalized text only, for queries, titles and lexicon entries."""
    return normalize(text, lang)[0]
