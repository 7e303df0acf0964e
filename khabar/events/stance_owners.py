"""Whose request, decision or words a Persian act is aimed at.

An act is often told of what someone asked, decided or said rather than of the person:
"با رد درخواست بشار اسد برای مذاکره" (rejecting Assad's request for talks), "تصمیم قاضی
آلوارز در مخالفت با استرداد فوجیموری را شرم‌آور خواند" (called Judge Alvarez's decision
against extraditing Fujimori shameful). The owner stands in the noun's genitive (ezafe),
right after it; the target is that owner, not a name further inside the phrase, which the
roles would otherwise take: the object before «را» or the "با" of "مخالفت با".
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.entities.titles import role_words
from khabar.entities.words import listed_keys
from khabar.events.participant_words import CLAUSE_BREAKS, prepositions
from khabar.events.participants import Mention
from khabar.text.persian_function_words import OBJECT_MARK

TITLE_REACH = 2
"""Role words that may stand between the noun and its owner's name ("تصمیم قاضی ...")."""


def stance_nouns() -> frozenset[str]:
    return listed_keys("events/stance_nouns_fa.txt")


def _noun_before(tokens: Sequence[Word], mention: Mention) -> int | None:
    """Where a stance noun stands right before the mention, across a title at most."""
    k = mention.first - 1
    titles = 0
    while k >= 0 and tokens[k].folded in role_words() and titles < TITLE_REACH:
        k, titles = k - 1, titles + 1
    return k if k >= 0 and tokens[k].folded in stance_nouns() else None


def stance_owner(tokens: Sequence[Word], before: Sequence[Mention], after: Sequence[Mention],
                 first: int, last: int) -> Mention | None:
    """The owner of the noun an act is on: in the noun phrase right after the trigger
    ("رد درخواست X"), or in the object the trigger's «را» closes ("تصمیم X ... را ...
    خواند"), when the owner's name is bare (not itself after a preposition)."""
    for mention in after:
        if mention.first > last + 2 + TITLE_REACH:
            break
        if mention.prep is None and _noun_before(tokens, mention) == last + 1:
            return mention
    marker = next((k for k in range(first - 1, -1, -1) if tokens[k].folded == OBJECT_MARK), None)
    if marker is None or any(w.text in CLAUSE_BREAKS for w in tokens[marker:first]):
        return None
    owners = [m for m in before if m.last < marker and m.prep is None
              and _heads_object(tokens, _noun_before(tokens, m))
              and not _broken(tokens, m.last + 1, marker)]
    return owners[0] if owners else None


def _heads_object(tokens: Sequence[Word], noun: int | None) -> bool:
    """Whether a stance noun heads a bare phrase (a direct object), not one a preposition
    governs ("پس از سخنان X، Y را محکوم کرد": Y is the object)."""
    if noun is None:
        return False
    return noun == 0 or tokens[noun - 1].folded not in prepositions()[0]


def _broken(tokens: Sequence[Word], start: int, end: int) -> bool:
    return any(w.text in CLAUSE_BREAKS for w in tokens[start:end])
