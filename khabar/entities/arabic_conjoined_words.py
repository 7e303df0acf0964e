"""An Arabic one-word person or body that is the conjunction «و» glued on a common word:
«كل العرب سنة [وشيعة]», «ولي العهد [وولي] ولي العهد», «ضربات المقاومة [وطيران] التحالف».
The tagger or a surname or title rule took the first word of the next phrase for a
name; the word is the conjunction and one of ANERcorp's common words, and the mention is
dropped (session 19's ``arabic_clitic_mentions`` leaves the letter out only where the
article names the rest bare, which a common word it does not).

Not when the whole word is a name or a word itself: a listed given name or one that opens
with «و» (``waw_names_ar.txt``: «وليد», «وائل», «وداد»), a place or body of the gazetteer
(«وهران»), or an ANERcorp common word («وزير», «وكيل»). Not a rest with the article
(«والصدر»: a family name is written so), nor one shorter than three letters («وست»),
nor a mention of two words or more («وطيران ناس», the airline). Session 20 (2026-12-06),
issue 5.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.arabic_kind_names import common_words
from khabar.entities.arabic_name_words import given, waw_names
from khabar.entities.gazetteer import Word, org_index, place_index
from khabar.text.arabic_article import ARTICLE
from khabar.text.arabic_conjunction import after_glued_and
from khabar.text.tokens import token_at

MIN_REST = 3
"""Letters of the common word after «و» («وشيعة»; not «وست», «ود»)."""
TYPES = frozenset({"PER", "ORG"})


def _whole_is_a_word(word: Word) -> bool:
    folded = word.folded
    return (given(folded) or folded in waw_names() or folded in common_words()
            or place_index().get(folded) is not None or org_index().get(folded) is not None)


def _conjoined_common_word(word: Word) -> bool:
    """Whether the word is «و» + a common word and no name or word itself."""
    rest = after_glued_and(word, MIN_REST)
    return (rest is not None and not rest.startswith(ARTICLE) and rest in common_words()
            and not _whole_is_a_word(word))


def drop_conjoined_common_words(tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` without the one-word persons and bodies that are «و» + a common word."""
    starts = [w.start for w in tokens]
    out = []
    for e in kept:
        k = (token_at(tokens, e.start, starts)
             if e.type in TYPES and e.source not in REFERENCE_SOURCES else None)
        if k is not None and tokens[k].end == e.end and _conjoined_common_word(tokens[k]):
            continue
        out.append(e)
    return out
