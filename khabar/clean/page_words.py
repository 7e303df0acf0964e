"""Furniture told by its words: lines at the article's edges written in the page's own
vocabulary ("اشترك في نشرتنا الإخبارية", "مدة القراءة 4 دقائق", "تخطي إلى المحتوى").

The phrase list knows whole lines, so a site's own wording of the same button escapes
it. Pages word their controls from a small vocabulary (subscribe, download, rights,
comments, reading time, read also, most read; ``resources/clean/page_words.tsv``), so a
short line below the last paragraph whose counted words are half or more of that
vocabulary, or above the first paragraph more than half, is furniture, whatever the
site's wording. Inside the article
the words are news ("تطبيق القانون") and are left alone; particles count neither way.

Below the last paragraph, such a line with a "related" word ("اقرأ في الرياض أيضاً",
"اخترنا لكم") heads a list of other articles (``furniture:related``, which the related
list rule follows); any other is ``furniture:page``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.clean.lines import NOT_CLOSING, Line, word_count
from khabar.clean.patterns import LINK, key_of
from khabar.clean.structure import edges, widget_words
from khabar.resources import load_tsv

__all__ = ["WORD", "mark_page_words", "page_word_counts", "word_kind"]

#: Kinds of page_words.tsv that make a line the page's.
_PAGE_KINDS = frozenset({"page", "related"})

#: A line of page words has at most this many words (a social row names many networks).
PAGE_LINE_MAX_WORDS = 12
#: A related heading is at most this many words; longer, it is a headline of its own.
RELATED_MAX_WORDS = 4
#: A word: letters, with the harakat, shadda and ZWNJ inside it ("حمّل", "پربیننده‌ترین").
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u064b-\u065f\u0670\u200c])*")
#: Proclitics a word may carry before its vocabulary form: و/ف, then ال or لل.
_PROCLITICS = ("و", "ف")
_ARTICLES = ("ال", "لل")


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, str]:
    """Folded word -> kind (page, related, particle); the widget words are page words."""
    kinds = {key_of(word).letters: "page" for word in widget_words()}
    kinds.update((key_of(row[0]).letters, row[1]) for row in load_tsv("clean/page_words.tsv"))
    kinds.pop("", None)
    return kinds


@lru_cache(maxsize=1 << 14)
def word_kind(word: str) -> str | None:
    """The vocabulary kind of a word, also under a leading و/ف and article. Cached per
    word: the caption and byline rules ask it about every word of every short line, and
    news repeats its words (the vocabulary, ``_vocabulary``, is read once)."""
    vocabulary = _vocabulary()
    key = key_of(word).letters
    forms = [key]
    if key[:1] in _PROCLITICS:
        forms.append(key[1:])
    forms += [form[len(article):] for form in list(forms) for article in _ARTICLES
              if form.startswith(article) and len(form) > len(article) + 1]
    return next((vocabulary[form] for form in forms if form in vocabulary), None)


def page_word_counts(text: str) -> tuple[int, int, bool]:
    """(page words, counted words, has a related word): particles and numbers are not
    counted."""
    kinds = [word_kind(word) for word in WORD.findall(text)]
    counted = [kind for kind in kinds if kind != "particle"]
    vocabulary = [kind for kind in counted if kind in _PAGE_KINDS]
    return len(vocabulary), len(counted), "related" in vocabulary


def _closed(lines: list[Line], body_end: int, line: Line) -> bool:
    """Furniture that closes the page stands between the article and ``line``."""
    return any(other.reason is not None and other.reason.startswith("furniture:")
               and other.reason not in NOT_CLOSING
               for other in lines if body_end < other.start < line.start)


def mark_page_words(lines: list[Line]) -> None:
    """Lines at the edges built mostly of page words are furniture (see the module)."""
    around = edges(lines)
    if not around:
        return
    body_end = max(line.start for line in lines if line.kept and line.body_like)
    for line in around:
        if line.start > body_end and _closed(lines, body_end, line):
            break  # below the page's first closing furniture, after-furniture rules
        text = LINK.sub(" ", line.text)  # "تابعونا عبر تلغرام: https://t.me/..."
        if word_count(text) > PAGE_LINE_MAX_WORDS:
            continue
        page, counted, related = page_word_counts(text)
        below = line.start > body_end
        # above the article, half is not enough: rubrics and headlines stand there
        # ("حقوق شهروندی", "ورزش در دقیقه 90"), one page word in two
        if not page or 2 * page < counted or (not below and 2 * page == counted):
            continue
        heading = below and related and line.words <= RELATED_MAX_WORDS
        line.reason = "furniture:related" if heading else "furniture:page"
