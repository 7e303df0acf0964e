"""An Arabic person the tagger opens inside a word whose whole is a common noun: «لجان»
'committees' read as «ل» + «جان» (Jean), so «[جان توظيف] مركزية» ('central hiring
committees'), «من [جان اتحاد] الكرة». The taggers split a proclitic off a word as ANERcorp
writes it; where the word with the letter is one of the words never in a person
(``person_common_words_ar.txt.gz``: never inside a person in ANERcorp or NewsFANE, written
with the article in SaudiNewsNet), the letter is part of the noun and no name starts
after it. A name behind a glued «و», «ل», «ب» («وعلي», «لمحمد», «بأيمن») is no such word and
stays. Session 21 (2026-12-06), issue 5, engineer ent_ar.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.arabic_kind_names import person_common_words
from khabar.entities.gazetteer import Word


def _inside_common_word(tokens: Sequence[Word], starts: list[int], e: Entity) -> bool:
    """Whether the person starts inside a word listed as never a person's (see the module)."""
    k = bisect_right(starts, e.start) - 1
    if k < 0 or not tokens[k].start < e.start < tokens[k].end:
        return False
    return tokens[k].folded in person_common_words()


def drop_split_common_words(tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` without the persons opened inside a common word (see the module)."""
    starts = [w.start for w in tokens]
    return [e for e in kept if e.type != "PER" or e.source in REFERENCE_SOURCES
            or not _inside_common_word(tokens, starts, e)]
