"""An Arabic «person» that names a facility. In «استاد جابر», «مطار حمد الدولي», «ملعب
لوفتس رود», «شارع محمد مظهر» the name in the genitive of a facility noun names the
stadium, the airport or the street after someone: it is no mention of a person, and the
gold labels none there (a stadium is a place). ``kb.link.named_after`` already keeps such
a name from the person's KB entry; here the person itself is dropped.

Only after a noun of ``facility_heads_ar.txt`` without the article (the construct state:
«المركز الدكتور فلان» is the centre's director, a person), titles between allowed
(«مطار الملك خالد»), a proclitic on the noun allowed («بملعب»). Session 17 (2026-12-06),
issue 5; an opening quote mark between allowed too (session 23, 2026-12-07).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.gazetteer import Word
from khabar.entities.phrases import clitic_variants
from khabar.entities.titles import stopwords, titles
from khabar.entities.words import listed_keys
from khabar.text.sentences import OPENING_QUOTES


def facility_heads() -> frozenset[str]:
    return listed_keys("entities/facility_heads_ar.txt")


def _names_facility(tokens: Sequence[Word], starts: Sequence[int], person: Entity) -> bool:
    i = bisect_left(starts, person.start) - 1
    while i >= 0 and (tokens[i].text in titles() or _definite_stopword(tokens[i])
                      or tokens[i].text in OPENING_QUOTES):
        i -= 1
    return i >= 0 and any(rest in facility_heads() for _, rest in clitic_variants(tokens[i]))


def _definite_stopword(word: Word) -> bool:
    """A word the name rules stop at only for its bare form, here with the article: «الإمام»
    («جامع الإمام تركي بن عبدالله»), a title whose bare «إمام» folds like «أمام» 'in front
    of' and so is no listed title. Session 19 (2026-12-06), issue 5."""
    return word.folded.startswith("ال") and word.folded[2:] in stopwords()


def drop_facility_persons(tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` without the persons that name a facility (see the module)."""
    starts = [w.start for w in tokens]
    return [e for e in kept if e.type != "PER" or not _names_facility(tokens, starts, e)]
