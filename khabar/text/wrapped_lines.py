"""Paragraphs of a text whose page wrapped its lines mid-sentence.

Agency copy has one paragraph a line. Hamshahri's pages break a paragraph into lines of
a column's width («... از میان اقشار مختلف جامعه ⏎ هستند»), and set headings, bylines
and list items on lines of their own, none closed by a full stop. A line runs on into
the next (the paper wrapped it) when it closes on no sentence-final mark and is either
as long as a column's line (``RUN_ON_CHARS``) or ends on a mark that leads on («،», «؛»,
«:» ...); a short unclosed line is a heading or a verse, and stands alone. Offsets are
the text's own: a paragraph is a ``(start, end)`` span of it, its lines untouched.
Session 28 (2026-12-07), issue 6, engineer quotes_fa13.
"""

from __future__ import annotations

SENTENCE_ENDS = frozenset(".!?؟:»\"”")
"""Marks a paragraph closes on (a colon opens the quote on the next line)."""
RUN_ON_MARKS = frozenset("،,؛;-«(")
"""Marks a line ends on when the sentence goes on below it."""
RUN_ON_CHARS = 60
"""Characters of a line long enough to be a column's line: Hamshahri's wrap at about 80,
its headings and verse lines are shorter."""
LIST_OPENERS = ("-", "–", "*", "•")
"""Marks opening a list item: a line so opened starts a paragraph of its own."""


def _runs_on(line: str, after: str) -> bool:
    """Whether ``line`` (stripped) goes on in ``after``, the next line (stripped)."""
    if not line or not after or line[-1] in SENTENCE_ENDS or after.startswith(LIST_OPENERS):
        return False
    return line[-1] in RUN_ON_MARKS or len(line) >= RUN_ON_CHARS


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the text's paragraphs, wrapped lines joined; blank lines are none."""
    spans: list[tuple[int, int]] = []
    open_span: tuple[int, int] | None = None
    last = ""
    position = 0
    for raw in text.split("\n"):
        start, end = position, position + len(raw)
        position = end + 1
        line = raw.strip()
        if not line:
            if open_span:
                spans.append(open_span)
            open_span = None
            continue
        lead = start + len(raw) - len(raw.lstrip())
        tail = lead + len(line)
        if open_span and _runs_on(last, line):
            open_span = (open_span[0], tail)
        else:
            if open_span:
                spans.append(open_span)
            open_span = (lead, tail)
        last = line
    if open_span:
        spans.append(open_span)
    return spans


def closed(text: str, span: tuple[int, int]) -> bool:
    """Whether the paragraph closes on a sentence-final mark (no heading, no verse)."""
    body = text[span[0] : span[1]].rstrip()
    return bool(body) and body[-1] in SENTENCE_ENDS


def opens_paragraph(text: str, position: int) -> bool:
    """Whether a paragraph starts at ``position``: a line's first character, after a
    closed line, a heading or a blank (not a line the paper wrapped)."""
    return any(start == position for start, _ in paragraphs(text))


def paragraph_at(text: str, position: int) -> tuple[int, int] | None:
    """The paragraph holding ``position``, or None on a blank line."""
    return next(((s, e) for s, e in paragraphs(text) if s <= position <= e), None)
