"""Arabic lists of companies named after «أسهم شركات» (shares of the companies ...), the
list form of the daily market reports: «وكانت أسهم شركات سلامة ,ورعاية ,وبتروكيم ,والمصافي
,واسمنت الجنوب ,وساسكو على رأس الشركات الأكثر انخفاضا». The tagger reads few of these
names (brands with no article, «سابك», «موبايلي»), or runs two into one («[زين
والإنماء]» as a person). The construct «أسهم شركات» makes what follows the genitive of
«شركات»: the companies' names, joined by «و» and commas. Each item is one organisation, the
noun of kind «شركات» left out (bench/data/ENTITIES-GOLD.md).

The list runs on the same line from the word after «شركات»: a comma or a word opening with
the conjunction «و» starts the next item (the «و» left out; the first item keeps its «و»:
«أسهم شركات ولاء للتأمين»; a «و» written apart separates too). The list must end at a
word of ``company_lists_ar.tsv``'s rank kind (the ranking «الأكثر», «على رأس», «بنسب»), a
full stop or the line's end: a preposition or relative after the nouns (its stop kind),
any other mark or a number makes them a phrase, not a list. No list where an item would
run to more than three words, where fewer than two items are read, or
where every item opens with the article: «أسهم شركات البتروكيماويات والإسمنت» lists
sectors, common nouns; a list of names holds a brand written without it. The entities that
overlap an item give way to it. Session 15 (2026-12-06), issue 5.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import keys_by_kind
from khabar.text.tokens import spaced_on_one_line

SOURCE = "company_list"
ITEM_WORDS = 3
"""The most words of one listed company («الإنماء طوكيو», «ميدغلف للتأمين», «السعودي
الهولندي»); a longer run is no list of names."""
COMMAS = frozenset({",", "،"})
FULL_STOPS = frozenset({".", "؛", ";"})

Item = tuple[int, int]
"""A listed company: the character offsets of its name."""


def _kind(word: str, kind: str) -> bool:
    return phrase_key(word) in keys_by_kind("entities/company_lists_ar.tsv").get(kind, frozenset())


def _opens_list(tokens: Sequence[Word], i: int) -> bool:
    """Whether ``tokens[i]`` is «شركات» right after «أسهم/سهم» (a proclitic allowed)."""
    return (i > 0 and _kind(tokens[i].text, "companies")
            and any(_kind(rest, "shares") for _, rest in clitic_variants(tokens[i - 1])))


def _ending(word: Word) -> str | None:
    """«rank» or «stop» for a word that ends the list (``company_lists_ar.tsv``), with or
    without the conjunction «و», or None."""
    for kind in ("rank", "stop"):
        if _kind(word.text, kind) or (word.text.startswith("و") and _kind(word.text[1:], kind)):
            return kind
    return None


def _items(text: str, tokens: Sequence[Word], first: int) -> list[Item] | None:
    """The companies listed from ``tokens[first]`` on, or None when the run is no list:
    it must end at a ranking word, a full stop, the line's or the text's end."""
    items: list[Item] = []
    start: int | None = None
    end = 0
    after_mark = False
    for j in range(first, len(tokens)):
        word = tokens[j]
        if j > first and "\n" in text[tokens[j - 1].end:word.start]:
            break
        if word.text in COMMAS or word.text == "و":
            if start is not None:
                items.append((start, end))
            start, after_mark = None, True
            continue
        if not word.text.isalpha():
            if word.text not in FULL_STOPS:
                return None
            break
        ending = _ending(word)
        if ending is not None:
            if ending == "stop":
                return None
            break
        opens = word.text.startswith("و") and len(word.text) > 2
        if start is not None and opens:
            items.append((start, end))
            start = None
        if start is None:
            start = word.start + (1 if opens and (after_mark or items) else 0)
            after_mark = False
        elif len(text[start:word.end].split()) > ITEM_WORDS:
            return None
        end = word.end
    if start is not None:
        items.append((start, end))
    return items


def _names(text: str, items: Sequence[Item]) -> bool:
    """Whether the items are a list of names: two or more, one without the article."""
    return len(items) >= 2 and any(not text[s:e].startswith("ال") for s, e in items)


def company_lists(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the companies of each «أسهم شركات» list (see the module) in place of
    the entities that overlap them."""
    found: list[Entity] = []
    for i in range(1, len(tokens) - 1):
        if not _opens_list(tokens, i) or not spaced_on_one_line(
                text, tokens[i].end, tokens[i + 1].start):
            continue
        items = _items(text, tokens, i + 1)
        if items is None or not _names(text, items):
            continue
        found.extend(Entity(s, e, type="ORG", text=text[s:e],
                            key=f"org:{phrase_key(text[s:e])}", source=SOURCE)
                     for s, e in items)
    if not found:
        return list(kept)
    rest = [e for e in kept if not any(e.start < f.end and f.start < e.end for f in found)]
    return sorted(rest + found, key=lambda e: (e.start, e.end))
