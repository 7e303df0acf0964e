"""The header of a plain-text article: kicker, headline, dateline, masthead.

News pages dumped to text start with a few short lines before the body: an outlet name
or "outlet - section" masthead, a kicker (often the speaker, "سرلشکر باقری:"), the
headline, a dateline ("دوشنبه 1 بهمن 1403 - 09:53:26"), sometimes the headline again.
Those lines are looked for among the first ``HEADER_ZONE`` non-blank lines only, and
the headline only among the short lines before the first line of running text (or the
first line ending in a full stop), so a body paragraph is never taken for a title. A
headline is taken only when a paragraph of running text follows it: short inputs stay
body. A print page (Hamshahri) stacks a kicker, the headline and a byline over the
first paragraph, each line short: such a stack is taken too (``_stacked``).

When ingest already knows the title (JSONL, HTML), that title is used and only a line
that says the same (compared by letters) is taken out as the headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from khabar.clean.lines import INNER_STOP, Line
from khabar.clean.patterns import (
    Key,
    is_dateline,
    is_site_clock,
    key_of,
    prefix_end,
    word_end,
)
from khabar.clean.structure import is_widget
from khabar.doc import RemovedLine
from khabar.langid import identify

#: How many non-blank lines from the top may hold header lines.
HEADER_ZONE = 8
#: A line this short before a longer headline is a kicker or masthead.
KICKER_MAX_WORDS = 4
#: Headlines do not end with a full stop; a line that does is body text.
FULL_STOPS = (".", "۔")
#: A headline glued to the first body line is cut off only if it has this many letters.
GLUED_TITLE_MIN_LETTERS = 10
#: A stacked header (kicker, headline, byline over the first paragraph) has 2 to this
#: many lines, ...
STACK_MAX_LINES = 4
#: ... each of at most this many words and characters (a hard-wrapped paragraph's lines
#: are longer: Hamshahri wraps at about 80 characters, 14-18 words).
STACK_MAX_WORDS = 13
STACK_MAX_CHARS = 70
#: A last line this short, under a line at least as long, is a byline ("امير بهادري نژاد").
BYLINE_MAX_WORDS = 3
#: The languages whose print pages the stack was checked on (Hamshahri, Persian); on
#: Arabic text with no title (SaudiNewsNet) the stack read a wrong title in 5 of its 6
#: firings, mostly a "name ـ city" byline, so it is not taken there.
STACK_LANGUAGES = ("fa",)

_WORDS = r"[^\W\d_]+(?:\s+[^\W\d_]+)*"
_MASTHEAD = re.compile(rf"{_WORDS}\s*[-–—|]\s*{_WORDS}")
_DASH_OR_COLON = re.compile(r"\s*[-–—:|]")


@dataclass
class Title:
    text: str
    span: tuple[int, int] | None
    removed: list[RemovedLine]
    """Headline copies cut from the start of a body line (whole copies are line reasons)."""


def _zone(lines: list[Line]) -> list[Line]:
    return [line for line in lines if not line.blank][:HEADER_ZONE]


def _is_masthead(line: Line) -> bool:
    """An "outlet - section" or "city - agency" line: a few words around one dash."""
    return line.words <= 4 and _MASTHEAD.fullmatch(line.text) is not None


def _repeated_as_source(line: Line, lines: list[Line]) -> bool:
    """The line's words open a later line followed by a dash or colon ("پیام خوزستان -")."""
    key = key_of(line.text).letters
    for other in lines:
        if other is line or other.start < line.start or other.blank:
            continue
        end = prefix_end(other.text, key_of(other.text[:100]), key)
        if end is not None and _DASH_OR_COLON.match(other.text, end):
            return True
    return False


def mark_datelines(zone: list[Line]) -> None:
    """Datelines, and mastheads standing alone near the top, are header lines; a dateline
    labelled as the site's clock ("امروز: ۱ بهمن ۱۴۰۳") is furniture (``furniture:clock``).

    A masthead ("العالم - ايران", "أم خالد - الرياض") may follow the lead paragraph but
    not a second one, and a run of such lines is a list (fixtures, results), not a header.
    """
    paragraphs = 0
    for index, line in enumerate(zone):
        if not line.kept:
            continue
        if is_dateline(line.text):
            # the page's clock dates the fetch, not the article: furniture of the top bar
            line.reason = "furniture:clock" if is_site_clock(line.text) else "header:dateline"
        elif _is_masthead(line) and paragraphs <= 1 and not _next_to_masthead(zone, index):
            line.reason = "header:masthead"
        paragraphs += line.body_like


def _next_to_masthead(zone: list[Line], index: int) -> bool:
    neighbours = zone[max(index - 1, 0) : index] + zone[index + 1 : index + 2]
    return any(_is_masthead(other) for other in neighbours)


def _leading_short_lines(zone: list[Line]) -> list[Line]:
    """Kept lines before the first line of running text or the first full stop."""
    run: list[Line] = []
    for line in zone:
        if not line.kept:
            continue
        if line.body_like or line.text.endswith(FULL_STOPS):
            break
        run.append(line)
    return run


def _pick_headline(run: list[Line]) -> tuple[list[Line], Line | None]:
    """Kickers (short or colon-ended lines before a longer one), then the headline."""
    for index, line in enumerate(run):
        following = run[index + 1] if index + 1 < len(run) else None
        colon = line.text.endswith((":", "："))
        short = following is not None and line.words <= KICKER_MAX_WORDS < following.words
        if not (colon or short):
            return run[:index], line
    return [], None


def _heads_a_body(lines: list[Line], headline: Line) -> bool:
    """The headline stands alone and a paragraph of running text follows it.

    Standing alone means the next line is blank, a header or furniture line, or running
    text. A short line running straight into another kept line may be the first line
    of a hard-wrapped paragraph (Hamshahri wraps at ~80 characters): not a headline.
    """
    after = [line for line in lines if line.start > headline.start]
    if after and after[0].kept and not after[0].blank and not after[0].body_like:
        return False
    return any(line.kept and line.body_like for line in after)


def _stacked(zone: list[Line], run: list[Line]) -> tuple[list[Line], Line, list[Line]] | None:
    """A print page's stacked header: kicker ("روتیتر"), headline and byline lines right
    above the first paragraph of running text.

    Each line is short (no hard-wrapped paragraph line), has no sentence stop inside, and
    the line after the run is running text: then the run is the page's header, not the
    start of the body. Site furniture or a widget above that paragraph (a menu, an end
    marker, "تابعونا") makes it a web page, whose lines are no print header.

    The last line is the headline unless it is a byline (at most ``BYLINE_MAX_WORDS``
    words under a line at least as long); the lines above it are kickers. Returns
    kickers, headline and byline (none or one).
    """
    if not 2 <= len(run) <= STACK_MAX_LINES:
        return None
    following = [line for line in zone if line.kept and line.start > run[-1].start]
    if not following or not following[0].body_like:
        return None
    top = [line for line in zone if line.start < following[0].start]
    if any(_furniture(line) or is_widget(line) for line in top):
        return None  # a web page's top: its header is the headline alone
    if any(line.words > STACK_MAX_WORDS or len(line.text) > STACK_MAX_CHARS
           or INNER_STOP.search(line.text) for line in run):
        return None
    if not _in_stack_language(run + following[:1]):
        return None
    if run[-2].words >= run[-1].words <= BYLINE_MAX_WORDS:
        return run[:-2], run[-2], run[-1:]
    return run[:-1], run[-1], []


def _in_stack_language(lines: list[Line]) -> bool:
    """Whether the stack and the paragraph under it are in one of ``STACK_LANGUAGES``."""
    lang, _ = identify("\n".join(line.text for line in lines), min_confidence=0)
    return lang in STACK_LANGUAGES


def _furniture(line: Line) -> bool:
    return (line.reason or "").startswith("furniture:")


def _find_meta_title(zone: list[Line], key: str) -> Line | None:
    return next((line for line in zone if line.kept and key_of(line.text).letters == key), None)


def _cut_copies(lines: list[Line], zone: list[Line], after: int, key: str) -> list[RemovedLine]:
    """Drop repeats of the headline in the zone; cut a copy glued to a body line's start."""
    removed: list[RemovedLine] = []
    for line in zone:
        if not line.kept or line.start < after:
            continue
        limit = len(key) * 3 + 20
        line_key = key_of(line.text[:limit])
        if line_key.letters == key and len(line.text) <= limit:
            line.reason = "duplicate-title"
            continue
        if len(key) < GLUED_TITLE_MIN_LETTERS:
            continue
        end = _glued_end(line, line_key, key)
        if end is not None:
            removed.append(RemovedLine(line.content_start, end, "duplicate-title"))
            line.text = line.text[end - line.content_start :]
            line.content_start = end
    return removed


def _glued_end(line: Line, line_key: Key, key: str) -> int | None:
    """Raw offset after a headline copy glued to the body's first word ("یابدبه گزارش").

    Only a copy with no space or mark after it counts: that is two page elements run
    together. A line that merely begins with the headline's words followed by a space
    is often the lead sentence itself ("فلسفه تکنولوژی با ماهیت ...") and is kept whole.
    """
    if not line_key.letters.startswith(key) or len(line_key.letters) == len(key):
        return None
    end = word_end(line.text, line_key.where[len(key) - 1])
    if end >= len(line.text) or not line.text[end].isalpha():
        return None
    return line.content_start + end


def mark_header(lines: list[Line], known_title: str | None) -> Title | None:
    """Set header reasons on ``lines`` and return the title, if any."""
    zone = _zone(lines)
    mark_datelines(zone)
    if known_title and known_title.strip():
        text = known_title.strip()
        key = key_of(text).letters
        line = _find_meta_title(zone, key) if key else None
        if line is not None:
            line.reason = "header:headline"
        removed = _cut_copies(lines, zone, line.end if line else 0, key) if key else []
        return Title(text, line.content if line else None, removed)
    run = _leading_short_lines(zone)
    kickers, headline = _pick_headline(run)
    bylines: list[Line] = []
    if headline is None or not _heads_a_body(lines, headline):
        stacked = _stacked(zone, run)
        if stacked is None:
            return None
        kickers, headline, bylines = stacked
    key = key_of(headline.text).letters
    if not key:
        return None
    for kicker in kickers:
        masthead = _repeated_as_source(kicker, lines)
        kicker.reason = "header:masthead" if masthead else "header:kicker"
    for byline in bylines:
        byline.reason = "header:byline"
    headline.reason = "header:headline"
    removed = _cut_copies(lines, zone, headline.end, key)
    return Title(headline.text, headline.content, removed)
