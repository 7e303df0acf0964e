"""An Arabic person whose surname, written right after it, was found again alone: «[حيدر]
[العبادي]», «المهندس [علي قايض] [الشمري]», «الرضيع [علي سعد] [دوابشة]». The tagger or a
title rule closed the name a word early, and ``stage.add_surname_mentions`` then found
its last word as the surname of a person named elsewhere in the article: two persons where
the text names one. The two are one person when nothing but a space stands between them
on the line and the surname's person (the first the article names under that key) is
that surname alone («الشمري») or opens with the same given name («حيدر العبادي»,
«علي دوابشة»): a surname repeated from another person's run-on («خالد حنيف [جدارية]» ->
«عبدالمجيد الشهري [جدارية]») does not join. Nor does a surname that is one of ANERcorp's
common words («[علي حمد عضوا]» -> «أحمد العصيمي [عضوا]», «أصيب») or a word never inside a
person (``person_common_words_ar.txt.gz``: «كاتبة»), nor one written with a glued «و» (a
list: «لوناتي وسيبايوس»). A person whose last word is written with the alif of an
indefinite accusative and is no given name («[فيصل بن بندر مقلدا] الهيضل» 'investing
al-Hayzal') ran on over a word of the clause: the name after it is another person's.
Issue 5, session 24 (2026-12-07), engineer ent_ar6.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import REFERENCE_SOURCES, SURNAME_SOURCE, Entity
from khabar.entities.arabic_kind_names import common_words, person_common_words
from khabar.entities.arabic_name_words import given
from khabar.entities.gazetteer import Word
from khabar.entities.titles import person_key
from khabar.entities.words import fold_word
from khabar.text.arabic_conjunction import AND, glued_and

MIN_CONJOINED_REST = 3
"""Letters after a glued «و» that make it the conjunction of a list («وسيبايوس»)."""
ACCUSATIVE = "ا"
"""The alif an indefinite accusative carries («مقلداً»; folding drops the tanween)."""


def _named(e: Entity) -> bool:
    return e.type == "PER" and e.source not in REFERENCE_SOURCES


def _first_named(kept: Sequence[Entity]) -> dict[str, Entity]:
    """Person key -> the first person of the article named under it, not found again."""
    first: dict[str, Entity] = {}
    for e in kept:
        if _named(e) and e.source != SURNAME_SOURCE and e.key:
            first.setdefault(e.key, e)
    return first


def _same_bearer(person: Entity, origin: Entity | None) -> bool:
    """Whether the surname's person may be the one named before it: the surname alone, or
    a name opening with the person's given name (behind a list's glued «و» too: the first
    mention of the key may be «وجوناثان كلاي», before the conjunction is cut off)."""
    if origin is None:
        return False
    words = origin.text.split()
    given, opening = fold_word(person.text.split()[0]), fold_word(words[0])
    return len(words) == 1 or given in (opening, opening.removeprefix(AND))


def _name_word(word: Word) -> bool:
    return (word.folded not in common_words() and word.folded not in person_common_words()
            and not glued_and(word, MIN_CONJOINED_REST))


def _closes_on_accusative(tokens: Sequence[Word], starts: Sequence[int], person: Entity) -> bool:
    """Whether the person's last word with letters (a tanween may stand alone after it) is
    written with an accusative's alif and is no given name."""
    k = bisect_left(starts, person.end) - 1
    while k > 0 and not tokens[k].folded:
        k -= 1
    return tokens[k].text.endswith(ACCUSATIVE) and not given(tokens[k].folded)


def _joins(text: str, person: Entity, surname: Entity, surname_word: Word,
           origin: Entity | None) -> bool:
    between = text[person.end:surname.start]
    return (_named(person) and person.source != SURNAME_SOURCE
            and surname.source == SURNAME_SOURCE
            and between.isspace() and "\n" not in between and _name_word(surname_word)
            and _same_bearer(person, origin))


def _joined(text: str, tokens: Sequence[Word], starts: Sequence[int], person: Entity,
            surname: Entity) -> Entity:
    """The person read on over its surname, keyed as the whole name."""
    key = person_key(tokens, bisect_left(starts, person.start),
                     bisect_left(starts, surname.start))
    return replace(person, end=surname.end, text=text[person.start:surname.end], key=key)


def join_split_surnames(text: str, tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` with each person that its own surname, found again alone right after it,
    completes made one person with it (see the module)."""
    starts = [w.start for w in tokens]
    first = _first_named(kept)
    out: list[Entity] = []
    k = 0
    while k < len(kept):
        e = kept[k]
        nxt = kept[k + 1] if k + 1 < len(kept) else None
        if (nxt is not None and _named(nxt)
                and _joins(text, e, nxt, tokens[bisect_left(starts, nxt.start)],
                           first.get(nxt.key or ""))
                and not _closes_on_accusative(tokens, starts, e)):
            e = _joined(text, tokens, starts, e, nxt)
            k += 1
        out.append(e)
        k += 1
    return out
