"""Bylines under the headline and photo captions between paragraphs, told by shape.

A scraped page keeps, between its headline and its first paragraph, the byline and
dateline slots ("دبي - العربية.نت", "العربية.نت - محمد الحربي", "كتب أحمد يعقوب") and
the page's tiny controls ("A+ A-", "TT"); and between paragraphs, the captions of its
photos ("متظاهرون أمام البرلمان - رويترز", "صورة أرشيفية", "(أرشيفية - أ ف ب)").
Sites word them differently, but build them alike:

- a byline is short and unpunctuated: two or three pieces of a few words joined by a
  dash, slash or plus, or a byline word and a name ("كتب", "بقلم"); taken only under
  a headline the header found, and kept aside with the header (``header:byline``),
  where ``khabar.meta.sources`` still reads its outlet;
- a caption is a short unpunctuated line of caption words and credits ("صورة
  أرشيفية", "عکس از آرشیو"), one opening "جانب من" or a caption's label ("توضیح
  تصویر، ..."), or one closed by a photo agency's credit after a
  dash or in parentheses (``furniture:caption``). A credit alone ("(رويترز)") is the
  article's source credit and stays; a labelled one ("عکس: ...") is
  ``khabar.clean.credits``'.

The words are data (``resources/clean/page_words.tsv``, kinds byline, caption,
caption_label, opening, agency).
"""

from __future__ import annotations

import re

from khabar.clean.lines import INNER_STOP, Line
from khabar.clean.page_words import WORD as _WORD
from khabar.clean.page_words import page_word_counts, word_kind
from khabar.clean.patterns import is_dateline, key_of
from khabar.clean.shapes import has_arabic_letters, stamp_value

__all__ = ["mark_bylines", "mark_captions"]

#: A byline or dateline slot is at most this many words ...
BYLINE_MAX_WORDS = 6
#: ... in at most this many pieces of at most ``PIECE_MAX_WORDS`` words each.
BYLINE_MAX_PIECES = 3
PIECE_MAX_WORDS = 3
#: A page control under the headline in Latin letters ("A+ A-", "TT", "RT"): at most
#: this many tokens of at most this many letters (a longer one glosses the title).
CONTROL_MAX_TOKENS = 3
CONTROL_MAX_LETTERS = 3
#: A headline has at most this many byline slots under it.
BYLINE_MAX_LINES = 3
#: A headline the header left is at least this many words.
HEADLINE_MIN_WORDS = 4
#: A caption is at most this many words.
CAPTION_MAX_WORDS = 12
_PIECE_SEPARATOR = re.compile(r"\s*[-–—/+]\s*")
#: A credit closing a line: in parentheses, or after a spaced dash.
_CLOSING_CREDIT = re.compile(
    r"(?P<before>.*?)(?:\((?P<paren>[^()]+)\)|\s[-–—]\s+(?P<dash>[^-–—]+))")
_DOMAIN = re.compile(r"\.[a-z]{2,3}$", re.IGNORECASE)


def _byline(line: Line) -> bool:
    """A byline's build: short, unpunctuated, no figure (a score or a table row has
    them), Latin page controls, a byline word and a name, or a few short pieces joined
    by dashes, slashes or a plus."""
    text = line.text
    if (not line.kept or line.words > BYLINE_MAX_WORDS or line.ends_sentence
            or any(ch.isdigit() for ch in text)):
        return False
    if not has_arabic_letters(text):
        tokens = text.split()
        return len(tokens) <= CONTROL_MAX_TOKENS and all(
            sum(ch.isalpha() for ch in token) <= CONTROL_MAX_LETTERS for token in tokens)
    words = _WORD.findall(text)
    if words and word_kind(words[0]) == "byline" and len(words) >= 2:
        return True
    pieces = _PIECE_SEPARATOR.split(text.strip(":： "))
    return (2 <= len(pieces) <= BYLINE_MAX_PIECES
            and all(1 <= len(_WORD.findall(piece)) <= PIECE_MAX_WORDS for piece in pieces))


def _headline_above(lines: list[Line]) -> int | None:
    """The headline the header found, else the first headline-like line above the first
    paragraph (the header leaves a page's headline whose byline it does not know)."""
    above: list[int] = []
    for index, line in enumerate(lines):
        if line.reason == "header:headline":
            return index
        if line.kept and line.body_like:
            break
        above.append(index)
    return next((index for index in above if lines[index].kept
                 and lines[index].words >= HEADLINE_MIN_WORDS
                 and not lines[index].ends_sentence), None)


def mark_bylines(lines: list[Line]) -> None:
    """The byline slots right under the headline (lines the other rules took, or will
    take as the page's, may stand between them), when the first paragraph follows
    them: a run of "A - B" lines followed by more short lines is a table of fixtures,
    not a byline."""
    headline = _headline_above(lines)
    if headline is None:
        return
    run: list[Line] = []
    for line in lines[headline + 1 :]:
        if not line.kept or _page_slot(line.text):
            continue
        if line.body_like and 0 < len(run) <= BYLINE_MAX_LINES:
            for byline in run:
                byline.reason = "header:byline"
        # shorter than its headline: a longer "A - B" line is the headline, over a kicker
        if not _byline(line) or line.words >= lines[headline].words:
            return
        run.append(line)


def _page_slot(text: str) -> bool:
    """A slot beside the bylines that later rules take as the page's: a labelled date
    or time ("زمان مطالعه: ۵ دقیقه"), a dateline, or a line more than half page words
    ("۱۲۵۴۰ بازدید"); it neither ends nor joins the run of bylines."""
    if stamp_value(text) or is_dateline(text):
        return True
    page, counted, _ = page_word_counts(text)
    return page > 0 and 2 * page > counted


def _credit(text: str) -> bool:
    """Every piece of ``text`` names a photo agency or is a caption word ("أرشيفية")."""
    pieces = [piece.strip() for piece in re.split(r"[-–—/،,]", text) if piece.strip()]
    return bool(pieces) and all(_credit_piece(piece) for piece in pieces)


def _credit_piece(piece: str) -> bool:
    """A credit's piece: an agency's name, or caption words and agencies joined by
    particles ("عکس از آرشیو", "صورة من رويترز")."""
    if word_kind(key_of(_DOMAIN.sub("", piece)).letters) == "agency":
        return True
    kinds = [word_kind(word) for word in _WORD.findall(_DOMAIN.sub("", piece))]
    named = [kind for kind in kinds if kind != "particle"]
    return bool(named) and all(kind in ("agency", "caption") for kind in named)


def _caption(line: Line) -> bool:
    """A short unpunctuated line built as a caption: caption words and credits only
    ("صورة أرشيفية", "(أرشيفية - أ ف ب)"), a caption's opening ("جانب من اللقاء"), or
    a description closed by a photo agency's credit ("متظاهرون في بغداد - رويترز").
    A labelled photo credit ("عکس: مهدی عسگری") is left to ``khabar.clean.credits``:
    in a clean article it is the article's own."""
    # a caption wrapped whole in brackets ("(أرشيف - رويترز)"), not one closed by a
    # bracketed credit ("... (عکس از آرشیو)"), whose bracket the credit pattern reads
    text = line.text.strip()
    if text[:1] in "([":
        text = text.strip("()[] ")
    if (not line.kept or line.words > CAPTION_MAX_WORDS or line.ends_sentence
            or INNER_STOP.search(text)):
        return False
    words = _WORD.findall(text)
    captioned = any(word_kind(word) == "caption" for word in words)
    if words and ((captioned and _credit(text)) or _caption_opening(words)):
        return True
    match = _CLOSING_CREDIT.fullmatch(text)
    if match is None:
        return False
    credit = match["paren"] or match["dash"] or ""
    return bool(_WORD.findall(match["before"])) and _credit(credit)


def _caption_opening(words: list[str]) -> bool:
    """A caption's opening and more words: "جانب من ..." (a view of ...), or a label
    word then a caption word ("توضیح تصویر، ...", "منبع عکس: ...")."""
    if len(words) <= 2:
        return False
    first, second = word_kind(words[0]), words[1]
    return ((first == "opening" and key_of(second).letters == "من")
            or (first == "caption_label" and word_kind(second) == "caption"))


def mark_captions(lines: list[Line]) -> None:
    """Photo captions anywhere in the text (see the module)."""
    for line in lines:
        if _caption(line):
            line.reason = "furniture:caption"
