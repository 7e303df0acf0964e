"""Furniture found by structure: where a line stands and how it is built, not its words.

A page dumped to text puts its furniture around the article: menus and widgets above
the first paragraph, credits, counters, tags and share buttons below the last one. The
article's *edges* are the kept lines before its first line of running text and after
its last (``Line.body_like``); between them, even a short labelled line or a list is
the article's own (a sub-heading, a table, a results list), so the rules here look
only at the edges, except menus, which no article writes:

- a menu: three or more short items between separators ("سیاسی | اقتصادی | ورزشی")
  or wide spaces, and above the first paragraph slashed breadcrumbs and tickers
  (``khabar.clean.shapes``),
  or two that are both listed controls ("ورود | ثبت نام"),
  or a breadcrumb ("خانه › سیاسی › مجلس", "الرئيسية » أخبار » محليات": a spaced
  guillemet or angle, never a quote's);
- above a page's headline, three or more link-like lines in a row (menu items one a
  line: ``mark_top_navigation``);
- a widget: a short line naming a social network or a share/copy button
  (``resources/clean/widget_words.tsv``); a line of hashtags only ("#تهران #ترافیک",
  ``furniture:tags``);
- a copyright line: a short line with © or ®, or a line opened by © however it ends
  (``is_copyright_notice``; anywhere when the notice is long enough to read as running
  text, ``khabar.clean.boilerplate.line_reason``);
- on a page with other furniture (a clean article ends with its own credits, addresses
  and references), a contact line (a short line with a URL or an e-mail) and a
  labelled value closing the page (only furniture after it): a short label and a
  colon, then a number ("بازدید: ۵۶۷", counters and ids; a number and a word or two
  without the colon, "۱۲ دیدگاه", when no row of figures stands next to it), a list ("کلمات مفتاحية:
  إيران، باكستان", tags) or a few words ("عکس: مهدی عسگری", credits).

- a link list below the article: a short heading over three or more title-like lines
  (``furniture:related``, ``furniture:related-list``, as under a known heading).

Credits and lists keep the reason ``furniture:labelled``, which ``khabar.meta.sources``
still reads; source credits ("منبع: ایرنا", kind source in
``resources/clean/credit_labels.tsv``) are not closing labels: on a page
``khabar.clean.credits`` takes them at the edges, in a clean article they stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from khabar.clean.lines import INNER_STOP, ITEM_MAX_WORDS, MENU_MIN_ITEMS, Line, word_count
from khabar.clean.patterns import furniture, key_of
from khabar.clean.shapes import (
    arabic_script_body,
    has_arabic_letters,
    is_bare_counter,
    is_crumb_path,
    is_spaced_menu,
    is_tag_line,
    is_ticker,
    latin_top_line,
    spaces_in_prose,
)
from khabar.resources import load_tsv

__all__ = ["STRUCTURAL_LABELS", "credit_labels", "edges", "is_copyright_notice", "mark_edges",
           "mark_menus", "mark_top_navigation", "page_furniture", "title_like"]

#: Lines from the top where a page's navigation may stand (the header's zone).
TOP_ZONE = 8
#: Navigation at the top comes in runs of at least this many items, one a line.
NAV_RUN_MIN_LINES = 3
#: Widget, copyright and contact lines are at most this many words.
WIDGET_MAX_WORDS = 8
#: A line opened by a copyright mark is the page's notice, sentences and all ("© 2024
#: بی بی سی. بی بی سی مسئول محتوای سایت‌های خارجی نیست."), up to this many words.
COPYRIGHT_MAX_WORDS = 24
#: A credit's value ("عکس: مهدی عسگری") is at most this many words.
CREDIT_MAX_WORDS = 4
#: A heading over a link list is at most this many words ...
LIST_HEADING_MAX_WORDS = 3
#: ... and over at least this many titles, ...
LINK_LIST_MIN_LINES = 3
#: ... each at least this many words long (fewer: fixtures, navigation, verse) ...
LINK_MIN_WORDS = 4
#: ... and at least this many on average (verse lines are shorter: 4-6 words) ...
LINK_MIN_MEAN_WORDS = 7
#: ... and at most this share of them built like table rows (results tables), ...
LINK_MAX_DIGIT_SHARE = 0.5
#: ... a row being a numbered item ("-1 ثقفي، علي، ...") or a line with at least this
#: many numbers (a headline's one figure, "خسارت 7 میلیارد ریالی سیل", makes no row).
ROW_MIN_NUMBERS = 2
_COLONS = (":", "：")
#: Phrase-list reasons of the page's own controls (links, buttons), for two-item menus.
_CONTROL_REASONS = frozenset({"furniture:navigation", "furniture:share", "furniture:comments"})
#: Reasons of the "label: value" and contact lines this module takes.
STRUCTURAL_LABELS = frozenset({"furniture:counter", "furniture:labelled", "furniture:contact"})
#: Reasons that say nothing about a page: rules and contact lines occur in clean text.
_WEAK_EVIDENCE = frozenset({"furniture:symbols", "furniture:contact"})
#: Lines ending so run on into the next line (hard-wrapped prose), or introduce it.
_RUN_ON_ENDS = (":", "：", "،", ",", "؛", ";", "-", "«", "(")
#: A headline may end with a question or an exclamation (and its closing quote), never
#: a full stop.
_QUESTION_ENDS = ("?", "؟", "!")
_HEADLINE_ENDS = "»”’\"')"
_MENU_SEPARATOR = re.compile(r"\s*[|│¦•·▪►◄]\s*|\s+[>»›<«‹]\s+")
#: A breadcrumb repeats one guillemet or angle; a quote pairs an opening and a closing one.
_CRUMB = re.compile(r"(?<=\s)[>»›<«‹](?=\s)")
_LIST_SEPARATOR = re.compile(r"\s*[،,؛;/|•·\-–]\s*")
_NUMBER = re.compile(r"\d+(?:[.,/٫]\d+)*")
#: A list item's number opening the line, before or after its mark ("1-", "-1", "(2)").
_NUMBERED = re.compile(r"\s*(?:[-–ـ(]\s*\d+|\d+\s*[-–ـ.)])")
_LABEL = re.compile(r"([^:：]{1,40})[:：]\s*(.*)")
_NUMBERISH = re.compile(r"[\d\s+\-–()/.,٫٬×]+")
_WORD = re.compile(r"[^\W_]+")
_DASH = re.compile(r"[-–—|]")
_COPYRIGHT_OPENING = re.compile(r"\s*(?:©|copyright\s*©)", re.IGNORECASE)
_CONTACT = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|[©®]", re.IGNORECASE)


@lru_cache(maxsize=1)
def widget_words() -> frozenset[str]:
    """Folded keys of ``resources/clean/widget_words.tsv``."""
    return frozenset(key_of(row[0]).letters for row in load_tsv("clean/widget_words.tsv"))


@lru_cache(maxsize=1)
def credit_labels() -> dict[str, str]:
    """Folded credit label (``resources/clean/credit_labels.tsv``) -> kind (source, photo).
    Loaded here, not in ``khabar.clean.credits`` (which imports this module), so that both
    read the one list."""
    return {key_of(row[0]).letters: row[1] for row in load_tsv("clean/credit_labels.tsv")}


@lru_cache(maxsize=1)
def kept_labels() -> frozenset[str]:
    """Folded labels of source credits, which the closing-label rule leaves to
    ``khabar.clean.credits``."""
    return frozenset(label for label, kind in credit_labels().items() if kind == "source")


def _is_menu(text: str) -> bool:
    items = [item for item in _MENU_SEPARATOR.split(text)]
    if _listed_pair(items):
        return True
    if len(items) < MENU_MIN_ITEMS or any(not item for item in items[1:-1]):
        return False
    crumbs = {mark for mark in _CRUMB.findall(text)}
    if len(crumbs) > 1:
        return False  # «فیلم « مارمولک » اکران شد»: a spaced quote opens and closes
    items = [item for item in items if item]
    return len(items) >= MENU_MIN_ITEMS and all(word_count(i) <= ITEM_MAX_WORDS for i in items)


def _listed_pair(items: list[str]) -> bool:
    """Two items, each a control the phrase list knows ("ورود | ثبت نام", "من نحن |
    اتصل بنا"): too few for a menu by count, but no sentence is built of two buttons."""
    return len(items) == MENU_MIN_ITEMS - 1 and all(
        furniture(item.strip()) in _CONTROL_REASONS for item in items)


def lazy(compute: Callable[[], bool]) -> Callable[[], bool]:
    """``compute`` run on the first call only."""
    memo: list[bool] = []

    def value() -> bool:
        if not memo:
            memo.append(compute())
        return memo[0]

    return value


def edges(lines: list[Line]) -> list[Line]:
    """Kept lines before the first and after the last line of running text; none when
    no line reads as running text (a short note has no edges to judge by)."""
    kept = [line for line in lines if line.kept]
    body = [index for index, line in enumerate(kept) if line.body_like]
    if not body:
        return []
    return kept[: body[0]] + kept[body[-1] + 1 :]


def mark_menus(lines: list[Line]) -> None:
    """Menus at the edges, before the header is looked for (a menu is no kicker); above
    the first paragraph also slashed breadcrumbs, tickers and, over an article in Arabic
    script, short Latin lines (``furniture:latin``; ``khabar.clean.shapes``); hashtag
    lines at both edges (``furniture:tags``)."""
    around = edges(lines)
    first = next((line.start for line in lines if line.kept and line.body_like), -1)
    # both read the whole text: asked only for a line that needs them
    spaced = lazy(lambda: not spaces_in_prose(lines))
    arabic = lazy(lambda: arabic_script_body(lines))
    chrome = True  # Latin lines over an Arabic-script article are the page's, until ...
    for line in around:
        top = line.start < first
        if _is_menu(line.text) or (is_spaced_menu(line.text) and spaced()) or (
                top and (is_crumb_path(line.text) or is_ticker(line.text))):
            line.reason = "furniture:menu"
        elif top and chrome and latin_top_line(line) and arabic():
            line.reason = "furniture:latin"
        elif is_tag_line(line.text):
            line.reason = "furniture:tags"
        # ... the first line in the article's script: below it, a Latin line glosses
        # a name or a term of its title ("انریکو فرمی" / "enrico fermi")
        chrome = chrome and top and (not line.kept or not has_arabic_letters(line.text))


def mark_top_navigation(lines: list[Line]) -> None:
    """Runs of link-like lines above the headline of a page are its navigation.

    Above the first paragraph of a page (a line of furniture stands there too), two or
    more lines of at most ``ITEM_MAX_WORDS`` words, with no digit, no sentence stop,
    no closing colon and no dash or bar ("جستجو", "ورود کاربران", "بث مباشر"), right
    above a headline-like line standing alone, are menu items one a line (furniture
    lines may stand between them). Without furniture at the top, or over a line of a
    hard-wrapped paragraph, such runs are a print page's rubric, short headline and
    byline (Hamshahri: "يادداشت", "حرف حق جهانگيري", then the lead). One short line
    alone is a kicker ("عاجل") or a short headline, a colon-ended one a speaker, a
    dashed one an "outlet - section" masthead: those are the header's.
    """
    top = [index for index, line in enumerate(lines) if not line.blank][:TOP_ZONE]
    page = False
    run: list[Line] = []
    for index in top:
        line = lines[index]
        if line.kept and (line.body_like or line.ends_sentence):
            break
        if _link_like(line):
            run.append(line)
        elif (line.reason or "").startswith("furniture:"):
            page = True
        else:
            if page and len(run) >= NAV_RUN_MIN_LINES and _headline(lines, index):
                for item in run:
                    item.reason = "furniture:navigation"
            run = []


def _headline(lines: list[Line], index: int) -> bool:
    """A title-like line standing alone: what follows it is a break, furniture or a
    paragraph, not another line of a hard-wrapped paragraph (Hamshahri's lead)."""
    after = lines[index + 1] if index + 1 < len(lines) else None
    return title_like(lines[index]) and (
        after is None or after.blank or not after.kept or after.body_like)


def _link_like(line: Line) -> bool:
    text = line.text
    return (line.kept and 1 <= line.words <= ITEM_MAX_WORDS and not line.ends_sentence
            and not any(ch.isdigit() or ch in _COLONS for ch in text)
            and _DASH.search(text) is None)


def is_widget(line: Line) -> bool:
    """A page's widget or contact line ("شارك", "© 2015"), wherever it stands."""
    return _widget(line) is not None


def is_copyright_notice(text: str) -> bool:
    """A line opened by a copyright mark: the page's notice, wherever it stands and
    however many sentences it has (no paragraph opens with ©)."""
    return (_COPYRIGHT_OPENING.match(text) is not None
            and len(_WORD.findall(text)) <= COPYRIGHT_MAX_WORDS)


def _widget(line: Line) -> str | None:
    words = _WORD.findall(line.text)
    if is_copyright_notice(line.text):  # "© 2024 ... . همه حقوق محفوظ است."
        return "furniture:copyright"
    if len(words) > WIDGET_MAX_WORDS or line.ends_sentence:
        return None
    if _CONTACT.search(line.text):
        mark = "©" in line.text or "®" in line.text
        return "furniture:copyright" if mark else "furniture:contact"
    if any(key_of(word).letters in widget_words() for word in words):
        return "furniture:widget"
    return None


def _labelled(line: Line) -> str | None:
    """The reason for a "label: value" line below the article, or ``None``."""
    match = _LABEL.fullmatch(line.text)
    if match is None or line.ends_sentence or not 1 <= word_count(match[1]) <= ITEM_MAX_WORDS:
        return None
    if key_of(match[1]).letters in kept_labels():
        return None
    value = match[2].strip()
    if not value:  # a heading for what follows ("جدول رده‌بندی:"), not a value
        return None
    if _NUMBERISH.fullmatch(value):
        return "furniture:counter"
    items = [item for item in _LIST_SEPARATOR.split(value) if item]
    if len(items) >= 2 and all(word_count(item) <= ITEM_MAX_WORDS for item in items):
        return "furniture:labelled"
    if word_count(value) <= CREDIT_MAX_WORDS:
        return "furniture:labelled"
    return None


def mark_edges(lines: list[Line]) -> None:
    """Widgets at both edges; on a page with other furniture, contact lines at the edges
    and labelled values in the closing block (the kept lines after which only furniture
    follows); link lists below the article."""
    around = edges(lines)
    if not around:
        return
    contacts = []
    for line in around:
        reason = _widget(line)
        if reason == "furniture:contact":
            contacts.append(line)
        elif reason is not None:
            line.reason = reason
    page = page_furniture(lines)
    for line in contacts:
        if page and not _announced(lines, line):
            line.reason = "furniture:contact"
    body_end = max(line.start for line in lines if line.kept and line.body_like)
    tail = [line for line in lines if line.start > body_end and not line.blank]
    if page:
        _mark_closing_labels(lines, tail)
        _mark_bare_counters(tail)
    _mark_link_lists(tail)


def _mark_bare_counters(tail: list[Line]) -> None:
    """Below the article on a page, a figure and a word or two standing alone ("۱۲
    دیدگاه", "3421 مشاهدة") is a counter; next to a line with figures it is a table's
    row ("1 سپاهان"), and stays."""
    for index, line in enumerate(tail):
        if not (line.kept and is_bare_counter(line.text)):
            continue
        near = tail[max(index - 1, 0) : index] + tail[index + 1 : index + 2]
        if not any(other.kept and any(ch.isdigit() for ch in other.text) for other in near):
            line.reason = "furniture:counter"


def page_furniture(lines: list[Line]) -> bool:
    """Other furniture was found: the text is a dumped page, not a clean article, whose
    closing "ترجمه: ..." or "تليفون: ..." lines are the article's own."""
    return any(
        line.reason is not None and line.reason not in _WEAK_EVIDENCE
        and line.reason.startswith(("furniture:", "meta:news-id"))
        for line in lines
    )


def _announced(lines: list[Line], line: Line) -> bool:
    """The kept line before ends with a colon ("للمزيد من المعلومات:"): the article
    gives it (a furniture heading such as "بیشتر بخوانید:" announces nothing)."""
    before = [other for other in lines if other.start < line.start and other.kept]
    return bool(before) and before[-1].text.endswith(_COLONS)


def _mark_closing_labels(lines: list[Line], tail: list[Line]) -> None:
    for line in reversed(tail):
        if not line.kept:
            continue
        reason = _labelled(line)
        if reason is None or _announced(lines, line):
            break
        line.reason = reason


def title_like(line: Line) -> bool:
    """A headline's build: a few words, no full stop inside or at the end; it may ask or
    exclaim ("هل الأمم المتحدة ضد العرب؟"), headlines do."""
    text = line.text
    stops = line.ends_sentence and not text.rstrip(_HEADLINE_ENDS).endswith(_QUESTION_ENDS)
    return (line.kept and not stops and line.words >= LINK_MIN_WORDS
            and not text.endswith(_RUN_ON_ENDS) and INNER_STOP.search(text) is None)


def _mark_link_lists(tail: list[Line]) -> None:
    """Below the article, a short heading the phrase list does not know ("خبرهای مرتبط")
    over three or more title-like lines, with no sentence after them, is a link list.

    The heading is required: hard-wrapped prose (Hamshahri) and verse end articles
    with the same unpunctuated lines, but they follow a paragraph, not a label."""
    for index, heading in enumerate(tail):
        if not _list_heading(heading):
            continue
        run: list[Line] = []
        for line in tail[index + 1 :]:
            if not title_like(line):
                break
            run.append(line)
        after = tail[index + 1 + len(run) :]
        if (len(run) >= LINK_LIST_MIN_LINES
                and not any(line.kept and line.ends_sentence for line in after)
                and sum(line.words for line in run) >= LINK_MIN_MEAN_WORDS * len(run)
                and _digit_share(run) <= LINK_MAX_DIGIT_SHARE):
            heading.reason = "furniture:related"
            for line in run:
                line.reason = "furniture:related-list"


def _list_heading(line: Line) -> bool:
    text = line.text.rstrip(":： ")
    return (line.kept and 1 <= line.words <= LIST_HEADING_MAX_WORDS
            and not line.ends_sentence and not text.endswith(_RUN_ON_ENDS)
            and not any(ch.isdigit() for ch in text))


def _digit_share(run: list[Line]) -> float:
    """The share of the run's lines that read as rows of a table."""
    return sum(_row_like(line) for line in run) / len(run)


def _row_like(line: Line) -> bool:
    if _NUMBERED.match(line.text):
        return True
    return len(_NUMBER.findall(line.text)) >= ROW_MIN_NUMBERS
