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

And a person whose later word opens on the conjunction «و» + one of ANERcorp's common words
(``common_words_ar.txt.gz``) ends before it: the «و» joins the next phrase, which no name
runs into («[نور] وشرح له», «[ماركينهو] والعاجي ديديه ياكونان», «[صالح] وزعيم التمرد»,
«أسرة [صالح] وبقية القيادات»). Not a name that opens with «و» («وردة»), not a
rest of two letters («كاني وست»: «ست» 'six'), nor a short definite rest («والي»); a
foreign name's «ويب», «وين», «والكر» leaves no common word. Session 18 (2026-12-06).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.arabic_kind_names import common_words
from khabar.entities.arabic_name_words import waw_names
from khabar.entities.gazetteer import Word
from khabar.entities.titles import person_key
from khabar.text.arabic_conjunction import after_glued_and

LIST_MARKS = frozenset("،,)»\"”")
MIN_REST = 3
"""Letters of the common word after a glued «و» (not «وست», «ود»)."""
MIN_DEFINITE_REST = 5
"""Letters of a definite rest («والعاجي»; not «والي», a title and a surname)."""


def _glued_waw(word: Word) -> bool:
    rest = after_glued_and(word)
    return rest is not None and not rest.startswith("ال") and word.folded not in waw_names()


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


def _joining_waw(word: Word) -> bool:
    """Whether the word is the conjunction «و» glued to a common word (see the module)."""
    rest = after_glued_and(word, MIN_REST)
    return (rest is not None and rest in common_words()
            and not (rest.startswith("ال") and len(rest) < MIN_DEFINITE_REST)
            and word.folded not in waw_names())


def cut_joined_phrases(tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` with each person ended before a later word that opens on a joining «و»."""
    starts = [w.start for w in tokens]
    out = []
    for e in kept:
        first = bisect_left(starts, e.start)
        last = bisect_left(starts, e.end) - 1
        if e.type == "PER" and e.source not in REFERENCE_SOURCES:
            cut = next((k for k in range(first + 1, last + 1) if _joining_waw(tokens[k])), None)
            if cut is not None:
                end = tokens[cut - 1].end
                e = replace(e, end=end, text=e.text[:end - e.start],
                            key=person_key(tokens, first, cut - 1))
        out.append(e)
    return out
