"""Whom a Persian «خواستار» request asks when no «از» names anyone: the doer of the act it
asks for, named in that act noun's genitive.

«ایران خواستار کمک و همکاری سازمان ملل در پیشگیری از اعتیاد شد»: Iran asks the UN to help;
«خواستار مداخله وی», «خواستار اقدام فوری شورای امنیت». The noun right after «خواستار» (or
its twin «خواهان») is the act asked for (``asked_act_nouns_fa.txt``: nouns whose genitive is
their doer), a second one may join it with «و», and a plain adjective or two may follow
(«تلاش بیشتر دولت»); the name that then opens, with no preposition of its own, is the one
asked. Persian grammar; session 22 (2026-12-07), issue 6, engineer events_fa.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.words import listed_keys
from khabar.events.lexicon import TriggerHit
from khabar.events.participants import Mention
from khabar.events.persian_phrases import plain

AND = phrase_key("و")
ADJECTIVE_REACH = 2
"""Plain words (adjectives: «فوری», «بیشتر») between the act noun and the name."""


@cache
def demanding_words() -> frozenset[str]:
    """«خواستار», «خواهان»: the words of a request that name the act asked for after them."""
    return listed_keys("events/demanding_words_fa.txt")


def asked_act_nouns() -> frozenset[str]:
    return listed_keys("events/asked_act_nouns_fa.txt")


def _after_act_nouns(tokens: Sequence[Word], k: int) -> int | None:
    """The word after the act noun at ``k`` and any second one joined by «و»; None when no
    act noun stands at ``k``."""
    if k >= len(tokens) or tokens[k].folded not in asked_act_nouns():
        return None
    k += 1
    if k + 1 < len(tokens) and tokens[k].folded == AND \
            and tokens[k + 1].folded in asked_act_nouns():
        k += 2
    return k


def asked_doer(hit: TriggerHit, tokens: Sequence[Word], found: Sequence[Mention],
               actor_key: str | None) -> Mention | None:
    """The party named in the genitive of the act a «خواستار» request asks for; None for
    other acts, another noun, the actor itself (by its merging key ``actor_key``: «ایران»
    and «جمهوری اسلامی ایران» are one party), or a name behind a preposition, a mark or a
    third word."""
    if hit.trigger.type != "REQUEST":
        return None
    demand = next((k for k in range(hit.first, hit.last + 1)
                   if tokens[k].folded in demanding_words()), None)
    after = _after_act_nouns(tokens, demand + 1) if demand is not None else None
    if after is None:
        return None
    for k in range(after, min(len(tokens), after + ADJECTIVE_REACH + 1)):
        named = next((m for m in found if m.first == k), None)
        if named is not None:
            mine = actor_key is not None and named.key == actor_key
            return None if named.prep is not None or named.obj or mine else named
        if not plain(tokens[k]):
            return None
    return None
