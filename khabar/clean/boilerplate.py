"""Line-level cleaning of plain-text article dumps: furniture out, header aside, body kept.

Each line of ``raw`` is either kept in the body or dropped with a reason, and every
dropped stretch is recorded as a ``RemovedLine``, so the body plus ``Doc.removed``
account for every non-space character of ``raw``. A line is dropped when it is:

- blank;
- site furniture by the phrase list (``resources/clean/boilerplate.tsv``: "انتهای پیام",
  "نظر شما", "إقرأ أيضا ..", "کد خبر: ..."), a bare URL or e-mail, or symbols only
  (numbers alone are kept: they are table rows and scores more often than furniture),
  or a copyright notice opened by © long enough to read as running text
  (``khabar.clean.structure.is_copyright_notice``);
- a header line (``khabar.clean.header``): masthead, kicker, headline, dateline; and
  the byline slots right under the headline, told by shape ("دبي - العربية.نت", "كتب
  أحمد يعقوب", "A+ A-"; ``header:byline``, ``khabar.clean.bylines``);
- a photo caption, anywhere: caption words ("صورة أرشيفية"), "جانب من ...", or a
  description closed by a photo agency's credit ("... - رويترز"; ``furniture:caption``,
  ``khabar.clean.bylines``), which does not close the page;
- on a dumped page (other furniture found), a credit line: a credit label, a colon and a
  short value, a source credit ("منبع: ایرنا", "المصدر: واس") at the edges, a photo
  credit ("عکس: ...", "تصوير: ...") anywhere (``furniture:credit``, which does not close
  the page and ``khabar.meta.sources`` still reads; ``khabar.clean.credits``);
- at the edges, a short line written mostly in the page's own vocabulary (subscribe,
  download, rights, reading time, read also: ``resources/clean/page_words.tsv``;
  ``furniture:page``, below the article with a "related" word ``furniture:related``;
  ``khabar.clean.page_words``);
- a repeat of the headline (``duplicate-title``);
- a "link to this article" closer at the article's end, with the headline it repeats
  (``furniture:link``, ``khabar.clean.closers``; cut from the line it is glued to);
- a line the outlet repeats in many of its articles, when the caller has learned them
  (``furniture:repeated``, ``khabar.clean.repeated``);
- a dateline further down, such as a "تاریخ: ..." footer, or at the article's edges a
  short label with a time or date as its value ("آخرین به‌روزرسانی: ۱۱:۳۰",
  ``meta:dateline``; ``khabar.clean.shapes``);
- below the last paragraph, a line built like an agency's end code, when it is the first
  line there or the last of the text or page furniture follows it:
  a few words closed or framed by slashes or dashes ("انتهای خبر/", "-انتهى-") or
  numbers joined by a slash or asterisks ("۲۷۱/۳۰۱"), or a desk's initials and numbers
  around a slash ("ز.ک/ ۲۲۰۱", ``khabar.clean.shapes``): ``furniture:end`` like the listed
  markers (parentheses are not enough: "(أ. ف. ب)" is a source credit); below the last
  paragraph, also a listed end marker followed by a desk's code ("انتهى/ق ع"); a listed
  marker ending with a colon ("پایان:") heads what follows and stays;
- after an end-of-article marker and not running text (``furniture:after-end``);
- below the last paragraph, after a line of page furniture (a share button, a related
  list, a comment form, a copyright line ...), and not running text
  (``furniture:after-furniture``): pages close with furniture, articles do not resume;
- a headline-like line under a "related articles" or "most read" heading
  (``furniture:related-list``; the most-read headings are ``furniture:related`` rows);
  inside the article only a box of at most three title-like lines before the next
  paragraph, none under a heading that carries its link ("بیشتر بخوانید: ...");
- by structure (``khabar.clean.structure``): a menu of short items between separators
  or wide spaces, or a breadcrumb; above the first paragraph also a slashed breadcrumb
  or a ticker of labelled figures (``furniture:menu``, ``khabar.clean.shapes``); above
  a page's headline, a run of three or more link-like lines (``furniture:navigation``);
  above the first or below the last paragraph, a short line naming a social network or
  share button, or with ©, a URL or an e-mail (``furniture:widget``, ``:copyright``,
  ``:contact``); below the last paragraph, a "label: value" line (``furniture:counter``,
  ``:tag-list``, ``:credit``) or a run of headline-like lines with no sentence after
  them (``furniture:link-list``);
- one of the very short lines closing the page after the last paragraph
  (``furniture:trailing-short``: "بستن چاپ"-like navigation the list does not know;
  a bare number there is a table's last row, and a starred or quoting note, "* خدمة
  «نيويورك تايمز»", "* كاتب ومحلل سياسي", the article's own: they stay).

The body is the kept lines without their surrounding spaces, one ``\\n`` between them,
built with ``apply_edits`` so ``Doc.text_map`` still leads back to ``raw``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import takewhile
from pathlib import PurePath

from khabar.clean.bylines import mark_bylines, mark_captions
from khabar.clean.closers import mark_closers
from khabar.clean.credits import mark_credits
from khabar.clean.header import Title, mark_header
from khabar.clean.lines import NOT_CLOSING, Line, body_edits, last_paragraph, split_lines
from khabar.clean.page_words import mark_page_words
from khabar.clean.patterns import LINK, furniture, is_dateline
from khabar.clean.repeated import RepeatedLines
from khabar.clean.shapes import is_desk_code, stamp_value
from khabar.clean.structure import (
    STRUCTURAL_LABELS,
    edges,
    is_copyright_notice,
    mark_edges,
    mark_menus,
    mark_top_navigation,
    title_like,
)
from khabar.doc import Doc, RemovedLine
from khabar.offsets import OffsetMap, apply_edits
from khabar.registry import StageFunction, stage
from khabar.settings import Settings

__all__ = ["Cleaned", "clean", "make_clean_stage"]

#: Closing lines at most this many words long, with no final punctuation, are navigation.
TRAILING_MAX_WORDS = 3

#: A "read also" box inside the article lists at most this many titles ...
INLINE_LINKS_MAX = 3
#: ... and none under a heading longer than this, which carries its own link.
RELATED_HEADING_MAX_WORDS = 4
#: Labelled lines other rules took, which stop the trailing run as a kept label does.
_STOPS_TRAILING = STRUCTURAL_LABELS | {"furniture:credit"}
#: Quotation marks, which a name in an article's closing note has and navigation has not.
_QUOTES = "«»“”\""
#: At most this many words in an end code.
END_CODE_MAX_WORDS = 3
_END_CODE = re.compile(
    r"[/\\\-–ـ*]+\s*\w[\w\s.]{0,30}?\s*[/\\\-–ـ*]+"  # -انتهى-, /انتهای پیام/
    r"|\w[\w\s.]{0,30}?\s*/+"  # انتهای خبر/
    r"|[\d\s]*\d\s*(?:/|\*\*?)\s*\d[\d\s/*]*"  # ۲۷۱/۳۰۱, ۳۰۶۰**۱۴۰۳
)
#: An end marker and its desk's code after a slash or dash ("انتهى/ق ع", "پایان - م").
_MARKED_CODE = re.compile(r"(?P<marker>[^/\\\-–]+?)\s*[/\\\-–]+\s*(?P<code>[^/\\\-–]*)[/\\\-–]*")


@dataclass
class Cleaned:
    """What cleaning found in one raw text."""

    text: str
    offsets: OffsetMap
    """Maps ``text`` to the raw text."""
    title: str | None
    title_span: tuple[int, int] | None
    header: list[tuple[int, int]]
    removed: list[RemovedLine]


def line_reason(line: Line) -> str | None:
    """Why a line is not body text on its own merits (position aside), or ``None``."""
    if line.blank:
        return "blank"
    reason = furniture(line.text)
    if reason == "furniture:end" and line.text.endswith((":", "：")):
        return None  # "پایان:" heads what follows, it ends nothing
    if reason is not None:
        return reason
    if line.body_like and is_copyright_notice(line.text):
        # a notice of a few sentences reads as running text and would hide the page's
        # edge; a short one is the widget rule's, at the edges
        return "furniture:copyright"
    if LINK.fullmatch(line.text):
        return "furniture:url"
    if not any(ch.isalnum() for ch in line.text):
        return "furniture:symbols"
    return None


def _mark_end_code(lines: list[Line]) -> None:
    """The first line after the last paragraph, built like an agency's end code, ends
    the article (the codes vary by agency and desk; the list cannot know them all)."""
    last = last_paragraph(lines)
    below = [line for line in lines[last + 1 :] if not line.blank] if last >= 0 else []
    first = True
    for index, line in enumerate(below):
        if not line.kept:
            continue
        coded = _is_end_code(line) or is_desk_code(line.text)
        if _marker_with_code(line.text) or (coded and (
                first or _closes_page(below[index + 1 :]))):
            line.reason = "furniture:end"
        first = False


def _is_end_code(line: Line) -> bool:
    return line.words <= END_CODE_MAX_WORDS and _END_CODE.fullmatch(line.text) is not None


def _closes_page(after: list[Line]) -> bool:
    """Further down, an end code is the article's when nothing follows it or page
    furniture does: a short last paragraph («ادامه دارد...», a byline) need not be
    running text, so the code is not always the first line after the last paragraph."""
    return not after or (after[0].reason or "").startswith("furniture:")


def _marker_with_code(text: str) -> bool:
    """A listed end marker followed by a desk's code: the list has the marker alone."""
    match = _MARKED_CODE.fullmatch(text)
    return (match is not None and furniture(match["marker"]) == "furniture:end"
            and len(match["code"].split()) <= END_CODE_MAX_WORDS)


def _mark_after_end(lines: list[Line]) -> None:
    """After an end-of-article marker, whatever is not running text is page furniture."""
    ended = False
    for line in lines:
        if line.reason == "furniture:end":
            ended = True
        elif ended and line.kept and not line.body_like:
            line.reason = "furniture:after-end"


def _mark_after_furniture(lines: list[Line]) -> None:
    """Below the last line of running text, the first line of page furniture closes the
    article: the kept lines after it that do not read as running text are furniture
    too (the unknown headings, titles, counters and buttons of the page's tail)."""
    last = last_paragraph(lines)
    if last < 0:
        return
    closed = False
    for line in lines[last + 1 :]:
        if closed and line.kept:
            line.reason = "furniture:after-furniture"
        elif (line.reason or "").startswith("furniture:") and line.reason not in NOT_CLOSING:
            closed = True


def _mark_related_lists(lines: list[Line]) -> None:
    """Under a "related articles" heading, the headline-like lines are links to others;
    the list ends at the first line that reads like running text. Inside the article
    (running text follows) a "read also" box is small: see ``_inline_box``."""
    last = last_paragraph(lines)
    for index, line in enumerate(lines):
        if line.reason != "furniture:related":
            continue
        if index < last:
            box = _inline_box(lines, index)
        else:
            box = list(takewhile(lambda other: not other.body_like,
                                 (other for other in lines[index + 1 :] if other.kept)))
        for other in box:
            other.reason = "furniture:related-list"


def _inline_box(lines: list[Line], heading: int) -> list[Line]:
    """The titles of a "read also" box between two paragraphs: the short lines between
    its heading and the next paragraph, when they are at most ``INLINE_LINKS_MAX``
    title-like lines; none under a heading that carries its link ("بیشتر بخوانید:
    ..."), and none when more short lines follow: they are the article's own (results,
    a list, a sub-heading)."""
    if lines[heading].words > RELATED_HEADING_MAX_WORDS:
        return []
    run = list(takewhile(lambda other: not other.body_like,
                         (other for other in lines[heading + 1 :] if other.kept)))
    if len(run) > INLINE_LINKS_MAX or not all(title_like(other) for other in run):
        return []
    return run


def _mark_trailing(lines: list[Line]) -> None:
    """Very short unpunctuated lines after the last paragraph are navigation. A labelled
    line stops the run, also one the structure or credit rules took ("تليفون: ...",
    "منبع: ایرنا"): what stands
    above it may be the article's own closing (an address), not the page's."""
    kept = [line for line in lines if line.kept or line.reason in _STOPS_TRAILING]
    if not any(line.body_like for line in kept):
        return
    trailing: list[Line] = []
    for line in reversed(kept):
        short = (line.words <= TRAILING_MAX_WORDS and not line.ends_sentence
                 and any(ch.isalpha() for ch in line.text) and not _note(line.text))
        if not line.kept or not short or ":" in line.text or line.body_like:
            break
        trailing.append(line)
    if len(trailing) < len([line for line in kept if line.kept]):
        for line in trailing:
            line.reason = "furniture:trailing-short"


def _note(text: str) -> bool:
    """An author's or a service's note closing the article ("* خدمة «نيويورك تايمز»"):
    starred, or quoting a name; page navigation is neither."""
    return text.startswith("*") or any(mark in text for mark in _QUOTES)


def _in_removed_line(lines: list[Line], cut: RemovedLine) -> bool:
    """A closer was cut from a line that went whole later ("-انتهى- رابط الخبر ...")."""
    return any(line.reason and line.start <= cut.raw_start < line.end for line in lines)


def _mark_datelines_below(lines: list[Line]) -> None:
    """Datelines further down (a "تاریخ: ..." footer) are metadata, not body; so are
    the page's labelled stamps at the article's edges ("آخرین به‌روزرسانی: ۱۱:۳۰"),
    which inside the article may be its own ("زمان: ساعت ۱۰:۳۰" in a notice)."""
    stamps = []
    for line in lines:
        if not line.kept:
            continue
        if is_dateline(line.text):
            line.reason = "meta:dateline"
        elif stamp_value(line.text):
            stamps.append(line)
    _mark_at_edges(lines, stamps, "meta:dateline")


def _mark_clock_stamps(lines: list[Line]) -> None:
    """A labelled time alone at the edges ("آخرین به‌روزرسانی: ۱۱:۳۰") is the page's;
    taken before the header is looked for, so it is no headline or kicker."""
    stamps = [line for line in lines if line.kept and stamp_value(line.text) == "clock"]
    _mark_at_edges(lines, stamps, "meta:dateline")


def _mark_at_edges(lines: list[Line], found: list[Line], reason: str) -> None:
    """Give ``reason`` to those of ``found`` at the article's edges (which cost a pass
    over every line to find: asked only when there is something to place)."""
    if found:
        around = {id(line) for line in edges(lines)}
        for line in found:
            if id(line) in around:
                line.reason = reason


def clean(
    raw: str, title: str | None = None, repeated: Callable[[str], bool] | None = None
) -> Cleaned:
    """Split ``raw`` into body, header and removed lines; ``title`` is a known headline;
    ``repeated`` tells the lines the article's outlet repeats in many of its articles
    (``khabar.clean.repeated``), which are dropped unless they are header lines."""
    lines = split_lines(raw)
    for line in lines:
        line.reason = line_reason(line)
    mark_menus(lines)
    mark_top_navigation(lines)
    _mark_clock_stamps(lines)
    found: Title | None = mark_header(lines, title)
    mark_bylines(lines)
    mark_captions(lines)
    if repeated is not None:
        for line in lines:
            if line.kept and repeated(line.text):
                line.reason = "furniture:repeated"
    closing = mark_closers(lines, found.text if found else title)
    _mark_datelines_below(lines)
    _mark_end_code(lines)
    _mark_after_end(lines)
    # widgets, credits and counters first: a related list takes only what is left
    mark_edges(lines)
    mark_page_words(lines)
    mark_credits(lines)
    _mark_related_lists(lines)
    _mark_after_furniture(lines)
    _mark_trailing(lines)
    text, offsets = apply_edits(raw, body_edits(raw, lines))
    removed = [RemovedLine(line.start, line.end, line.reason) for line in lines if line.reason]
    removed.extend(cut for cut in closing if not _in_removed_line(lines, cut))
    if found is not None:
        removed.extend(found.removed)
    header = [line.content for line in lines if (line.reason or "").startswith("header:")]
    return Cleaned(
        text=text,
        offsets=offsets,
        title=found.text if found else None,
        title_span=found.span if found else None,
        header=header,
        removed=sorted(removed, key=lambda r: (r.raw_start, r.raw_end)),
    )


@stage(
    "khabar.clean.lines.v1",
    requires=("raw",),
    assigns=("text", "title", "header", "removed"),
)
def make_clean_stage(settings: Settings) -> StageFunction:
    """Remove site furniture and header lines from a plain-text article; find its title."""

    min_articles = int(settings["clean.repeated_min_articles"])
    learned = RepeatedLines(min_articles) if min_articles > 0 else None

    def run(doc: Doc) -> Doc:
        known = doc.meta.get("title")
        repeated = None
        if learned is not None and (source := _source_key(doc)) is not None:
            learned.learn(source, doc.raw.splitlines())
            repeated = partial(learned.is_furniture, source)
        result = clean(doc.raw, known if isinstance(known, str) else None, repeated)
        doc.set_text(result.text, _relative_to_current(doc, result.offsets))
        doc.title, doc.title_span = result.title, result.title_span
        doc.header, doc.removed = result.header, result.removed
        return doc

    return run


def _source_key(doc: Doc) -> str | None:
    """Which outlet's template a document follows: the source ingest names, else the
    folder it was read from."""
    for key in ("source", "source_name"):
        value = doc.meta.get(key)
        if isinstance(value, str) and value:
            return value
    path = doc.meta.get("path")
    return str(PurePath(path).parent) if isinstance(path, str) and path else None


def _relative_to_current(doc: Doc, offsets: OffsetMap) -> OffsetMap:
    """``clean`` maps to raw; ``Doc.set_text`` wants a map to the current text (raw here)."""
    if doc.text != doc.raw or not doc.text_map.is_identity:
        raise ValueError(
            "khabar.clean.lines.v1 must run first, on the raw text; put it at the start "
            "of pipeline.stages"
        )
    return offsets
