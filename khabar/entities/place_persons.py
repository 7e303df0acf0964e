"""Persons whose name is also a place: «دیوید کامرون» (Cameron, not Cameroon), «ادریس
دبی» (Idriss Déby, not Dubai), «کامرون نخست وزیر انگلیس».

The gazetteer reads every country and city name as a place, and its places win over the
tagger's entities. Where the tagger reads a person over the place, two kinds of evidence
say the name is a person's: a name word of the tagger's person before the place (a given
name: «دیوید», «ادریس»), or a person's post right after it («کامرون نخست وزیر انگلیس»,
«X رئيس ...»). Without either the gazetteer's reading stands: «رئیس جمهور کامرون» is the
country's president. Once a person is so named, the place's name alone elsewhere in the
article is that person's surname where it opens a sentence or clause or the tagger reads
a person there («دشت کربلا», «به کربلا» stay the place in an article that also read
«سلیمان کربلا» as a person).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from khabar.doc import GAZETTEER_SOURCE, SURNAME_SOURCE, Entity
from khabar.entities.gazetteer import clitics
from khabar.entities.titles import (
    CONNECTORS,
    SON_OF,
    place_nouns,
    role_words,
    stopwords,
    titles,
)
from khabar.entities.words import Word, phrase_key

MAX_POST_WORDS = 2
"""Words of the longest post read right after a place-named person («نخست وزیر»)."""


def persons_over_places(text: str, tokens: Sequence[Word], kept: Sequence[Entity],
                        model: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the tagger's persons in place of the gazetteer places they cover
    where a given name comes before the place or a post right after it (see the module)."""
    starts = [w.start for w in tokens]
    out = list(kept)
    named: dict[str, Entity] = {}
    for person in model:
        if person.type != "PER":
            continue
        over = [e for e in out if e.start < person.end and person.start < e.end]
        places = [e for e in over if e.type == "LOC" and e.source == GAZETTEER_SOURCE]
        if not places or len(places) != len(over) or any(
                e.start < person.start or person.end < e.end for e in places):
            continue
        first = bisect_left(starts, person.start)
        place_first = bisect_left(starts, places[0].start)
        if (place_first > first and _name_words(tokens[first:place_first])
                and not _opens_place_name(tokens[place_first - 1])) or (
                place_first == first and _post_after(text, tokens, starts, person.end)):
            out = [e for e in out if e not in places] + [person]
            named[places[-1].text] = person
    return sorted((_as_surname(e, named[e.text]) if e.type == "LOC" and e.source == GAZETTEER_SOURCE
                   and e.text in named and _read_as_person(e, tokens, starts, model) else e
                   for e in out), key=lambda e: e.start)


def _read_as_person(place: Entity, tokens: Sequence[Word], starts: Sequence[int],
                    model: Sequence[Entity]) -> bool:
    """May the place's name be the person here: it opens a sentence or clause (a subject:
    «... . کامرون گفت»), or the tagger reads a person over it? After a word it is the
    place («دشت کربلا», «به کربلا»)."""
    k = bisect_left(starts, place.start)
    return k == 0 or not tokens[k - 1].text[:1].isalpha() or any(
        m.type == "PER" and m.start <= place.start and place.end <= m.end for m in model)


def _as_surname(place: Entity, person: Entity) -> Entity:
    """The place's name elsewhere in the article as the person's surname: an article on
    «دیوید کامرون» means him by a later «کامرون», not the country."""
    return Entity(place.start, place.end, type="PER", text=place.text, key=person.key,
                  source=SURNAME_SOURCE)


def _name_words(before: Sequence[Word]) -> bool:
    """Are the tagger's words before the place name words (no title, post, place noun or
    function word: «رئیس جمهور کامرون», «شهر دبی» are no persons)?"""
    return all(w.text[:1].isalpha() and w.folded not in role_words()
               and w.folded not in place_nouns() and w.folded not in stopwords()
               and w.text not in titles() for w in before)


def _opens_place_name(word: Word) -> bool:
    """«أبو», «آل» (a glued «و» allowed) before a place open a longer place name
    («وأبو عريش», a town), not a person's."""
    glued = {prefix for prefix, rest in clitics() if len(prefix) == 1 and not rest}
    folded = word.folded[1:] if word.folded[:1] in glued else word.folded
    return folded in CONNECTORS and folded not in SON_OF


def _post_after(text: str, tokens: Sequence[Word], starts: Sequence[int], end: int) -> bool:
    """Does a person's post open right after ``end`` («نخست وزیر», «رئیس»)?"""
    j = bisect_left(starts, end)
    return any(phrase_key(text[tokens[j].start:tokens[j + n - 1].end]) in role_words()
               for n in range(1, MAX_POST_WORDS + 1) if j + n <= len(tokens))
