"""Furniture told by the shape of a line alone: how it is split and what it is made of.

A site's template changes its words from outlet to outlet, but not how its widgets are
built, so these shapes need no phrase list:

- a menu dumped with its items run together, two or more spaces (or a tab) between
  them ("سیاسی  اقتصادی  ورزشی"), each item short and without digits (a results line,
  "مقام اول  فاطمه قهاری  مقام دوم  ...", has figures in it and is kept), in a text
  whose other lines do not space their words so (justified print, as Hamshahri's:
  "رئيس  محترم  مجلس  شوراي  اسلامي" is a line of its letter, no menu);
- a breadcrumb written with slashes ("صفحه نخست / حوادث / جنایی"), above the first
  paragraph only: further down, slashes join a headline's parts or a reference's;
- a ticker above the first paragraph: prices or scores, each item a label and a
  figure ("دلار ۶۹٬۲۰۰ | یورو ۷۲٬۴۰۰"), the site's bar, not the article's;
- an agency desk's code below the article: initials and numbers around a slash
  ("ز.ک/ ۲۲۰۱", "ش ع/ ع ا"), the signature of the desk that filed the story;
- at the very top of an article in Arabic script, above its first line in that script,
  a short line in Latin letters only ("EN | FR", "Sign in", "example.com"): a language
  switch, a button, the site's address (under a title such a line glosses it, and
  below the article it is often a reference: both stay);
- at the article's edges, hashtags only ("#تهران #ترافیک");
- below the article on a page, a figure and a word or two alone ("۱۲ دیدگاه", "3421
  مشاهدة"), a counter, unless a row of figures stands next to it (a table's last rows);
- at the article's edges, a short label and a time or date as its value
  ("آخرین به‌روزرسانی: ۱۱:۳۰", "نشر في: 06 ديسمبر 2024"): the page's stamps, which
  the header did not take for the dateline (a time alone, which dates no article, is
  taken before the header is looked for, so it is never read as the headline).
"""

from __future__ import annotations

import re
import unicodedata

from khabar.clean.lines import ITEM_MAX_WORDS, MENU_MIN_ITEMS, Line, word_count
from khabar.clean.patterns import is_dateline
from khabar.langid import script_counts, script_of

__all__ = ["arabic_script_body", "has_arabic_letters", "is_bare_counter", "is_crumb_path",
           "is_desk_code", "is_spaced_menu", "is_tag_line", "is_ticker", "latin_top_line",
           "spaces_in_prose", "stamp_value"]

#: Tickers have at least this many items (two prices already make the bar); menus and
#: breadcrumbs ``lines.MENU_MIN_ITEMS`` of at most ``lines.ITEM_MAX_WORDS`` words each.
TICKER_MIN_ITEMS = 2
#: A desk's code has at most this many pieces (initials and numbers).
DESK_CODE_MAX_PIECES = 6
#: A Latin line over an Arabic-script article is at most this many words.
LATIN_LINE_MAX_WORDS = 4
#: The article's running text is in Arabic script when this share of its letters is.
ARABIC_BODY_SHARE = 0.8
#: A stamp's value is at most this many characters ("الأحد 12 ربيع الآخر 1446 - 10:15 ص").
STAMP_VALUE_MAX_CHARS = 60
#: A counter's label ("مشاهدة", "نظر ثبت شده") is at most this many words.
COUNTER_MAX_WORDS = 2
#: A stamp's label is at most this many words.
STAMP_LABEL_MAX_WORDS = 3

_SPACED = re.compile(r"\s{2,}|\t")
_SLASH = re.compile(r"\s*/\s*")
_TICKER_SEPARATOR = re.compile(r"\s*[|│¦•·▪]\s*|\s{2,}|\t")
_FIGURE = re.compile(r"\d+(?:[.,٫٬/]\d+)*")
_SENTENCE_MARKS = re.compile(r"[.!?؟۔،,؛;:«»\"()]")
_TAG = re.compile(r"#[^\W_][\w\u200c]*")
_TAG_SPLIT = re.compile(r"[\s|,،؛;•·]+")
_CODE_PIECE = re.compile(r"[^\W\d_]|\d+")
_CODE_SPLIT = re.compile(r"[\s./\\\-–]+")
_CLOCK_ONLY = re.compile(r"\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?")
_STAMP = re.compile(r"([^:：\d]{1,40})[:：]\s*(.+)")


def _short_items(items: list[str]) -> bool:
    """Menu items: enough of them, each a few words, no figures, no sentence marks."""
    return len(items) >= MENU_MIN_ITEMS and all(
        item and word_count(item) <= ITEM_MAX_WORDS and not any(ch.isdigit() for ch in item)
        and _SENTENCE_MARKS.search(item) is None for item in items)


def is_spaced_menu(text: str) -> bool:
    """Items run together with two or more spaces between them, none a sentence."""
    if _SPACED.search(text) is None:
        return False
    return _short_items([item.strip() for item in _SPACED.split(text)])


def spaces_in_prose(lines: list[Line]) -> bool:
    """Some kept line spaces words with two or more spaces and is no list of items (a
    paragraph, a results line with figures): in such a text wide spaces separate
    nothing."""
    return any(line.kept and _SPACED.search(line.text) is not None
               and not (is_spaced_menu(line.text) or is_ticker(line.text))
               for line in lines)


def is_crumb_path(text: str) -> bool:
    """A breadcrumb with slashes: three or more short items, no figures (a date's
    slashes come with them)."""
    if "/" not in text:
        return False
    return _short_items([item.strip() for item in _SLASH.split(text)])


def is_ticker(text: str) -> bool:
    """Two or more items, each a short label and a figure ("الذهب 3720 | الدولار 49.6")."""
    if not any(ch.isdigit() for ch in text):
        return False
    items = [item.strip() for item in _TICKER_SEPARATOR.split(text) if item.strip()]
    if len(items) < TICKER_MIN_ITEMS:
        return False
    for item in items:
        figures = _FIGURE.findall(item)
        label = _FIGURE.sub(" ", item)
        if not figures or not 1 <= word_count(label) <= ITEM_MAX_WORDS:
            return False
    return True


def is_bare_counter(text: str) -> bool:
    """One figure and one or two words, nothing else: "۱۲ دیدگاه", "بازدید ۱۲۴۵"."""
    figures = _FIGURE.findall(text)
    rest = _FIGURE.sub(" ", text)
    return (len(figures) == 1 and 1 <= word_count(rest) <= COUNTER_MAX_WORDS
            and all(ch.isalpha() or ch.isspace() or unicodedata.category(ch) == "Cf"
                    for ch in rest))


def is_tag_line(text: str) -> bool:
    """Hashtags only, between spaces or list marks: "#غزة #القدس". (A handle alone,
    "@name", is often a columnist's own contact under the column, and stays.)"""
    if not text.startswith("#"):
        return False
    tokens = [token for token in _TAG_SPLIT.split(text) if token]
    return bool(tokens) and all(_TAG.fullmatch(token) for token in tokens)


def is_desk_code(text: str) -> bool:
    """Initials and numbers around a slash, at least one initial: "ز.ک/ ۲۲۰۱"."""
    if "/" not in text and "\\" not in text:
        return False
    pieces = [piece for piece in _CODE_SPLIT.split(text) if piece]
    return (1 <= len(pieces) <= DESK_CODE_MAX_PIECES
            and all(_CODE_PIECE.fullmatch(piece) for piece in pieces)
            and any(not piece.isdigit() for piece in pieces))


def stamp_value(text: str) -> str | None:
    """A short label and, after its colon, a time ("clock") or a date ("date") only."""
    if ":" not in text and "：" not in text:
        return None
    match = _STAMP.fullmatch(text)
    if match is None or not 1 <= word_count(match[1]) <= STAMP_LABEL_MAX_WORDS:
        return None
    value = match[2].strip()
    if len(value) > STAMP_VALUE_MAX_CHARS:
        return None
    if _CLOCK_ONLY.fullmatch(value):
        return "clock"
    return "date" if is_dateline(value) else None


def arabic_script_body(lines: list[Line]) -> bool:
    """The running text is in Arabic script (Persian, Arabic, Urdu), not Latin."""
    letters = script_counts(" ".join(line.text for line in lines if line.kept and line.body_like))
    total = sum(letters.values())
    return total > 0 and letters["arabic"] >= ARABIC_BODY_SHARE * total


def has_arabic_letters(text: str) -> bool:
    return any(script_of(ch) == "arabic" for ch in text)


def latin_top_line(line: Line) -> bool:
    """A short line of Latin letters only, of two words at least (one is a name: a
    film's title over its review), and no digits (no date, no score in it)."""
    if not line.kept or not 2 <= line.words <= LATIN_LINE_MAX_WORDS or any(
            ch.isdigit() for ch in line.text):
        return False
    letters = script_counts(line.text)
    return letters["latin"] > 0 and letters["latin"] == sum(letters.values())
