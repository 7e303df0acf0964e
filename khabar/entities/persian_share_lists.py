"""Companies listed after their shares' noun in a Persian bourse report (issue 5, session 25
(2026-12-07), engineer ent_fa9).

Tehran bourse reports list the companies traded by their short names, commas between:
«دستور خرید برای سهام سرمایه گذاری غدیر، سرمایه گذاری مسکن، چادرملو، ... ثبت شد»,
«نمادهای فولاد مبارکه، ملی‌مس، گل‌گهر و ایران خودرو». The tagger reads a few of them (the
ones with «بانک» or a known brand) and misses the rest, which the gold labels as companies
(bench/data/ENTITIES-GOLD.md: a company, its line of business kept). In an article that
names the bourse, after a noun of ``share_list_heads_fa.txt`` (and after «شامل» when it
stands within a few words: «نمادهای پربیننده شامل ...»; the words that open a list before its
first company left out: «شرکت‌های», «مانند», a count), every item that a comma closes is
one organisation, when there are at least ``MIN_ITEMS`` of them (a list, not «سهم
مشارکت زنان، ...») and the item is a name: at most ``MAX_ITEM_WORDS`` words, no digit, no
function word, verb or role noun (``name_stopwords.txt``, ``conjunct_stops_fa.txt``: «در دو
هفته», «شرکت لیزینگ ایران پرطرفدارتر از ... بود»), no plural («بانک ها»: a kind of
company). The item after the list's «و» has no comma to close it and is left to the other
rules. What the tagger or the lists read inside an item gives way; an item that an entity
crosses, or that holds a listed or linked organisation with more words around it (an
apposition: «سایپا، رقیب دیرینه ایران خودرو،»), is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from khabar.doc import ORG_LIST_SOURCE, Entity
from khabar.entities.gazetteer import place_index
from khabar.entities.words import Word, listed_keys, phrase_key, with_orgs, words
from khabar.resources import load_tsv

SOURCE = "share_list"
LISTED_SOURCES = frozenset({ORG_LIST_SOURCE})
"""Sources of the curated lists' organisations, which an item may not swallow."""
MIN_ITEMS = 2
"""The fewest comma-closed items of a list."""
MAX_ITEM_WORDS = 4
"""The most words of a company's short name in a list («سرمایه گذاری توسعه معادن»)."""
MAX_WORDS_TO_LIST = 6
"""The most words between a share noun and the «شامل» that opens its list."""
MAX_OPENING_WORDS = 4
"""The most words of the first item in which an opening word («شرکت‌های») is looked for."""
ITEM = re.compile(r"([^،,.\n:؛()«»!؟?\d]{1,80}?)[ \u200c]*[،,][ \u200c]*")
"""An item of the list and the comma that closes it."""
_BLANKS = " \t\u200c\u00a0"
"""What may stand between an item and its commas (a stray ZWNJ: «،\u200cپالایش نفت تهران»)."""


@cache
def _words(role: str) -> tuple[str, ...]:
    """The words of a role in ``share_list_words_fa.tsv`` (bourse, including, plural)."""
    return tuple(row[0] for row in load_tsv("entities/share_list_words_fa.tsv") if row[1] == role)


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return listed_keys("entities/share_list_heads_fa.txt", "fa")


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    return listed_keys("entities/name_stopwords.txt") | listed_keys(
        "entities/conjunct_stops_fa.txt")


def _list_start(text: str, tokens: Sequence[Word], k: int) -> int:
    """Where the list after the share noun at word ``k`` starts: after «شامل» when it stands
    within ``MAX_WORDS_TO_LIST`` words, else right after the noun."""
    for j in range(k + 1, min(len(tokens), k + 2 + MAX_WORDS_TO_LIST)):
        if tokens[j].text in _words("including"):
            return tokens[j].end
    return tokens[k].end


def _stop(word: Word) -> bool:
    """A word no company's short name holds: a function word, verb or role noun; a place
    is no stop here («ملی‌مس ایران»), though it ends a person's name."""
    return phrase_key(word.text) in _stops() and place_index().get(word.text) is None


def _a_name(item: str) -> bool:
    parts = [w for w in words(item) if w.folded]
    return 0 < len(parts) <= MAX_ITEM_WORDS and all(
        w.folded[:1].isalpha() and not _stop(w) and not _plural(w) for w in parts)


@lru_cache(maxsize=1)
def _plural_endings() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in _words("plural"))


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return listed_keys("entities/share_list_openers_fa.txt", "fa")


def _after_openers(text: str, start: int) -> int:
    """``start`` moved past the words that open a list before its first company («شرکت‌های»,
    «مانند», a count: ``share_list_openers_fa.txt``), and past what stands before the last of
    them in the first item («نماد معاملاتی شرکت‌های [سیمان فارس]»)."""
    first = ITEM.match(text, start)
    if first is None:
        return start
    parts = words(first.group(1))
    last = max((j for j, w in enumerate(parts[:MAX_OPENING_WORDS])
                if phrase_key(w.text) in _openers()), default=-1)
    return start + parts[last + 1].start if last + 1 < len(parts) else start


@lru_cache(maxsize=1)
def _joined_plurals() -> tuple[str, ...]:
    return tuple("\u200c" + ending for ending in _words("plural"))


def _plural(word: Word) -> bool:
    """A plural ending written apart or after a ZWNJ («بانک ها», «هلدینگ‌ها»): a kind of
    company, no company's name."""
    return phrase_key(word.text) in _plural_endings() or word.text.endswith(_joined_plurals())


def _items(text: str, start: int) -> list[tuple[int, int]]:
    """The comma-closed items from ``start`` on, as far as each is a name."""
    spans: list[tuple[int, int]] = []
    at = _after_openers(text, start)
    while (found := ITEM.match(text, at)) is not None:
        item = found.group(1)
        first = at + len(item) - len(item.lstrip(_BLANKS))
        if not _a_name(item):
            break
        spans.append((first, at + len(item.rstrip(_BLANKS))))
        at = found.end()
    return spans


def _kept_or_crossed(e: Entity, span: tuple[int, int]) -> bool:
    """Whether ``e`` is an organisation read over the whole item already, a listed or linked
    one inside it (the item is then an apposition around it: «رقیب دیرینه [ایران خودرو]»,
    «یعنی [ایران خودرو]»), or crosses its edge (the item is no name of its own)."""
    start, end = span
    if e.type == "ORG" and start <= e.start and e.end <= end and (
            (e.start, e.end) == span or e.kb_id is not None or e.source in LISTED_SOURCES):
        return True
    return e.start < end and start < e.end and not (start <= e.start and e.end <= end)


def share_lists(text: str, tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the companies of bourse reports' share lists (see the module)."""
    if not any(bourse in text for bourse in _words("bourse")):
        return list(entities)
    spans: list[tuple[int, int]] = []
    for k, word in enumerate(tokens):
        if phrase_key(word.text) not in _heads():
            continue
        items = _items(text, _list_start(text, tokens, k))
        if len(items) >= MIN_ITEMS:
            spans += [s for s in items if not any(_kept_or_crossed(e, s) for e in entities)]
    return with_orgs(entities, text, spans, SOURCE)
