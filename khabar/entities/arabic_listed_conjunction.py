"""The list's «و» glued on the first word of an Arabic person the tagger read in a list.
Arabic writes the conjunction glued to the next word, and the tagger sometimes takes it
into the name of a list's next person («…، وميشال بلاتيني رئيس الاتحاد الأوروبي»,
«(رئيس اللجنة)، وشيبان العنزي، وعبدالله …», «لصحيفة لاتربيون، ورشيد فوضيل»).
``name_extent.tidy_model`` leaves the «و» out only before a known given name or right after
another person; after a list's mark (a comma, a closing bracket or quotation mark) a
name of two words or more that opens on «و» is a list's next item too, and its span
starts after the «و».

Not a name that itself opens with «و» (``waw_names_ar.txt``: «وليد», «ويليام»), nor a
rest with the article (a title or a noun: «والمهاجم»), nor after a title or a noun
(«الدكتورة وديعه بوكر», «رئيس الحكومة ونستون تشرتشل»: no mark before them).
Session 17 (2026-12-06), issue 5.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Entity
from khabar.entities.arabic_name_words import waw_names
from khabar.entities.gazetteer import Word
from khabar.entities.titles import person_key
from khabar.normalize.fold import fold

LIST_MARKS = frozenset("،,)»\"”")


def _glued_waw(word: Word) -> bool:
    rest = fold(word.text[1:])
    return (word.text.startswith("و") and not rest.startswith("ال")
            and word.folded not in waw_names())


def _after_mark(text: str, start: int) -> bool:
    before = text[:start].rstrip(" ")
    return bool(before) and before[-1] in LIST_MARKS


def listed_conjunctions(text: str, tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` with the list's «و» left out of the persons read after a list's mark."""
    starts = [w.start for w in tokens]
    out = []
    for e in kept:
        first = bisect_left(starts, e.start)
        last = bisect_left(starts, e.end) - 1
        if (e.type == "PER" and first < len(tokens) and tokens[first].start == e.start
                and last > first and _glued_waw(tokens[first]) and _after_mark(text, e.start)):
            start = e.start + 1
            e = replace(e, start=start, text=text[start:e.end], key=person_key(tokens, first, last))
        out.append(e)
    return out
