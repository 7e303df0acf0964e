"""Arabic names that run on over the noun «عام» 'year' dating the sentence: «[منظمة
العفو الدولية العام] الماضي», «[عبد الصالح عام] 2009», «الملا [عمر عام] 1969» (whose
«عام» the surname rule then spread over every «عام 1996» of the article). The year noun
followed by a year's number or by an adjective of time («الماضي», «المقبل») is the noun,
never a name's last word: the adjective «العام» 'general' of a name («المؤتمر الشعبي
العام», «النيابة العامة») is followed by neither. The name is cut before the year noun,
and dropped where nothing is left. Words: ``resources/entities/year_words_ar.tsv``.
Session 15 (2026-12-06), issue 5.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Entity
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.phrases import clitic_variants
from khabar.entities.titles import person_key
from khabar.entities.words import keys_by_kind

YEAR_DIGITS = 4
"""Digits of a year's number («عام 2009», «عام ١٤٣٦»)."""


def year_words() -> dict[str, frozenset[str]]:
    """kind -> folded words of ``year_words_ar.tsv``."""
    return keys_by_kind("entities/year_words_ar.tsv")


def _year_noun(word: Word) -> bool:
    nouns = year_words()["year_noun"]
    return any(rest in nouns for _, rest in clitic_variants(word))


def _dates(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` is the year noun followed, across one space, by a year's
    number or an adjective of time."""
    if k + 1 >= len(tokens) or text[tokens[k].end:tokens[k + 1].start] != " ":
        return False
    after = tokens[k + 1]
    if after.text.isdigit():
        return len(after.text) == YEAR_DIGITS
    return after.folded in year_words()["time_adjective"]


def _cut(text: str, tokens: Sequence[Word], e: Entity, first: int, last: int) -> Entity:
    end = tokens[last].end
    key = person_key(tokens, first, last) if e.type == "PER" else (
        f"org:{phrase_key(text[e.start:end])}" if (e.key or "").startswith("org:") else e.key)
    return replace(e, end=end, text=text[e.start:end], key=key)


def cut_year_ends(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with each person or body ending on a dating year noun cut before it, or
    dropped where the year noun was all of it (see the module)."""
    starts = [w.start for w in tokens]
    out = []
    for e in kept:
        last = bisect_right(starts, e.end - 1) - 1
        if (e.type not in ("PER", "ORG") or last < 0 or tokens[last].end != e.end
                or not _year_noun(tokens[last]) or not _dates(text, tokens, last)):
            out.append(e)
            continue
        first = bisect_right(starts, e.start) - 1
        if last > first and e.start < tokens[last - 1].end:
            out.append(_cut(text, tokens, e, first, last - 1))
    return out
