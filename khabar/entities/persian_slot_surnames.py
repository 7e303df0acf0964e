"""A Persian person's surname written alone where a person stands is that person, even when
the surname is a common word (issues 5 and 6, session 30 (2026-12-07), engineer ent_fa16).

Persian news names a person in full first («سردار کریم کشوری امروز در گفت‌وگو با ...») and
by the surname alone after («کشوری تصریح کرد:»). ``stage.add_surname_mentions`` finds those
later mentions, but not where the surname is also a common word: its person is keyed whole
(``persian_said_surnames``: «مفید» 'useful' would spread over the article), or
``persian_common_surnames`` drops the mentions no given name vouches for. The quote stage then
gives the sentence no speaker, a neighbour's or a junk name.

Here the last word (or two: «احمدی مقدم») of a person the article has named with two words
or more, found again alone after it, is that person where the clause shows a person: a
mark or a line break opens the clause before it and what it said follows
(``persian_said.said_at``: a speech verb or «در گفت‌وگو با», adverbs between), or a phrase
said between a subject and its verb opens after it and a speech verb closes the sentence
(«اسماعیلی با اشاره به ... اظهار داشت», «جابری مقدم در ادامه اظهار داشت»:
``events/adverbial_nouns_fa.txt``, ``entities/slot_openers_fa.txt``); or a title stands
right before it («سردار مقدم»). The words must be held by no other entity but a one-word
place or body, which the tagger reads a common word as («[خرمشاهی] ادامه داد»: the person
replaces it), and the person the article last named before them with those words is the one
meant. A title, a post or a name's stopword ends no surname looked for.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from khabar.doc import REFERENCE_SOURCES, SURNAME_SOURCE, Entity
from khabar.entities.persian_said import said_at, speech_at
from khabar.entities.persian_tidy import is_word, name_words
from khabar.entities.persian_word_persons import post_nouns
from khabar.entities.titles import stopwords, titles
from khabar.entities.words import Word, listed_keys
from khabar.text.tokens import held_tokens

MAX_SURNAME_WORDS = 2
"""Words of the longest surname looked for alone («احمدی مقدم» of «اسماعیل احمدی مقدم»)."""
MAX_CLAUSE_WORDS = 40
"""Words looked through for the speech verb after a phrase between subject and verb."""
CLAUSE_ENDS = frozenset({".", ":", "!", "?", "؟", "؛"})
IN = "در"
GIVING_WAY = frozenset({"LOC", "ORG"})
"""Types of a one-word entity that a surname in a person's slot is read as instead: the
tagger reads a lone common-word surname as a place or a body («خرمشاهی ادامه داد»)."""


def _adverbial_openers() -> frozenset[str]:
    return listed_keys("events/adverbial_openers_fa.txt")


def _adverbial_nouns() -> frozenset[str]:
    return listed_keys("events/adverbial_nouns_fa.txt")


def _in_nouns() -> frozenset[str]:
    return listed_keys("entities/slot_openers_fa.txt")


def _no_surname(word: str) -> bool:
    """A word no surname is: a title, a post or a name's stopword."""
    return word in post_nouns() or word in stopwords() or titles().get(word) is not None


def _named_persons(tokens: Sequence[Word], starts: Sequence[int],
                   entities: Sequence[Entity]) -> list[tuple[int, tuple[str, ...], Entity]]:
    """(start, folded surname words, person) for each ending of each person named with two
    words or more (the given name left out)."""
    found = []
    for e in entities:
        if e.type != "PER" or not e.key or e.source == SURNAME_SOURCE or (
                e.source in REFERENCE_SOURCES):
            continue
        parts = tuple(w.folded for w in name_words(tokens, starts, e))
        for n in range(1, min(MAX_SURNAME_WORDS, len(parts) - 1) + 1):
            if not any(_no_surname(part) for part in parts[-n:]):
                found.append((e.start, parts[-n:], e))
    return found


def _titled(tokens: Sequence[Word], k: int) -> bool:
    return k > 0 and titles().get(tokens[k - 1].text) is not None


def _opens_clause(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Word ``k`` opens its clause: a mark or a line break before it."""
    return k == 0 or not is_word(tokens[k - 1]) or "\n" in text[tokens[k - 1].end:tokens[k].start]


def _phrase_then_said(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Words ``k`` on open a phrase said between a subject and its verb («با اشاره به»,
    «ضمن قدردانی از», «در ادامه») and a speech verb follows before the sentence ends."""
    if k + 1 >= len(tokens):
        return False
    first, second = tokens[k].folded, tokens[k + 1].folded
    if not ((first in _adverbial_openers() and second in _adverbial_nouns())
            or (first == IN and second in _in_nouns())):
        return False
    for j in range(k + 2, min(len(tokens), k + MAX_CLAUSE_WORDS)):
        if tokens[j].text in CLAUSE_ENDS or "\n" in text[tokens[j - 1].end:tokens[j].start]:
            return False
        if speech_at(tokens, j):
            return True
    return False


def _person_slot(text: str, tokens: Sequence[Word], k: int, stop: int) -> bool:
    """Words ``k`` to ``stop`` stand where a person does (see the module)."""
    if _titled(tokens, k):
        return True
    return _opens_clause(text, tokens, k) and (
        said_at(tokens, stop) or _phrase_then_said(text, tokens, stop))


def _lone_holders(tokens: Sequence[Word], starts: Sequence[int],
                  entities: Sequence[Entity]) -> dict[int, Entity]:
    """Word index -> the one-word place or body holding it, which a person's slot overrides."""
    found = {}
    for e in entities:
        if e.type in GIVING_WAY and len(name_words(tokens, starts, e)) == 1:
            k = bisect_left(starts, e.start)
            if k < len(tokens) and tokens[k].start == e.start and tokens[k].end == e.end:
                found[k] = e
    return found


def slot_surnames(text: str, tokens: Sequence[Word], entities: Sequence[Entity]
                  ) -> list[Entity]:
    """``entities`` with the lone surnames that stand where a person does as their persons
    (see the module)."""
    starts = [w.start for w in tokens]
    named: dict[tuple[str, ...], list[tuple[int, Entity]]] = {}
    for start, parts, person in _named_persons(tokens, starts, entities):
        named.setdefault(parts, []).append((start, person))
    if not named:
        return list(entities)
    openers = {parts[0] for parts in named}  # most words open no surname: skip them at once
    lone = _lone_holders(tokens, starts, entities)
    held = held_tokens(tokens, entities, starts) - lone.keys()
    extra, replaced = [], set()
    for k, word in enumerate(tokens):
        if word.folded not in openers or k in held or not is_word(word):
            continue
        for n in range(MAX_SURNAME_WORDS, 0, -1):
            stop = k + n
            if stop > len(tokens) or any(j in held for j in range(k, stop)) or (
                    n > 1 and any(j in lone for j in range(k, stop))):
                continue
            folded = tuple(w.folded for w in tokens[k:stop])
            persons = [e for s, e in named.get(folded, ()) if s < word.start]
            if not persons or not _person_slot(text, tokens, k, stop):
                continue
            person = max(persons, key=lambda e: e.start)
            end = tokens[stop - 1].end
            extra.append(Entity(word.start, end, type="PER", text=text[word.start:end],
                                key=person.key, source=SURNAME_SOURCE,
                                name_en=person.name_en, kb_id=person.kb_id))
            if k in lone:
                replaced.add(id(lone[k]))
            held.update(range(k, stop))
            break
    if not extra:
        return list(entities)
    kept = [e for e in entities if id(e) not in replaced]
    return sorted([*kept, *extra], key=lambda e: e.start)
