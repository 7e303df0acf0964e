"""Persian names of bodies joined by «و» («شورای پول و اعتبار», «شرکت ملی سرب و روی»,
«فراکسیون وفاق و کارآمدی»): the tagger often stops before «و» (issue 5, session 13
(2026-12-05)).

«و» joins two bodies as often as it joins the two halves of one name («بانک مرکزی و شورای
پول»), and no word class tells the second half of a name from the next conjunct («و حمایت»,
«و ارائه آمار»). The article does: where the writer names the body again with the same word
after «و» («[شرکت ملی سرب] و روی» three times in a report of the stock exchange), that word
is the name's. A tagger organisation followed by «و» and a word that no entity holds and
that opens no new phrase (``resources/entities/conjunct_stops_fa.txt``: «به», «از»,
«همچنین»...), the same organisation, «و» and word standing so at least ``MIN_REPEATS``
times in the article, takes «و» and that word at each of them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import TAGGER_SOURCE, Entity
from khabar.entities.persian_tidy import is_word
from khabar.entities.words import Word, listed_keys, phrase_key
from khabar.normalize.fold import fold

AND = fold("و")
MIN_REPEATS = 2
"""How many times the article writes the organisation, «و» and the word together."""


def _stops() -> frozenset[str]:
    return listed_keys("entities/conjunct_stops_fa.txt")


def repeated_conjuncts(text: str, tokens: Sequence[Word],
                       entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each tagger organisation that the article writes at least
    ``MIN_REPEATS`` times before the same «و» + word grown over them (see the module)."""
    starts = [w.start for w in tokens]
    found = {id(e): end for e in entities
             if (end := _conjunct_end(text, tokens, starts, entities, e)) is not None}
    seen = Counter(phrase_key(text[e.start:found[id(e)]]) for e in entities if id(e) in found)
    return [replace(e, end=found[id(e)], text=text[e.start:found[id(e)]])
            if id(e) in found and seen[phrase_key(text[e.start:found[id(e)]])] >= MIN_REPEATS
            else e for e in entities]


def _conjunct_end(text: str, tokens: Sequence[Word], starts: Sequence[int],
                  entities: Sequence[Entity], e: Entity) -> int | None:
    """The end of «و» + word right after the tagger organisation ``e``, or None."""
    if e.type != "ORG" or e.source != TAGGER_SOURCE:
        return None
    k = bisect_left(starts, e.end)
    if k + 1 >= len(tokens) or tokens[k].folded != AND or not is_word(tokens[k + 1]):
        return None
    word = tokens[k + 1]
    if (not text[e.end:tokens[k].start].isspace()
            or not text[tokens[k].end:word.start].isspace()
            or word.folded in _stops() or word.text.isdigit()
            or any(o.start < word.end and word.start < o.end for o in entities)):
        return None
    return word.end
