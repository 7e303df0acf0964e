"""A Persian name after «با» that follows a noun of a border: a place, not a partner.

«ارتش ترکیه ... در مرز با سوریه مستقر کرد», «در مرز مشترک با افغانستان ... حمله کردند»:
the «با» belongs to the border, whose other side it names, not to the act, so the country
after it is where the act happens, neither its partner nor its target. The Persian twin of
``arabic_names.across_border`` («على الحدود مع سوريا»). Only nouns of a border are listed
(``border_nouns_fa.txt``): the adjective «مرزی» also qualifies acts whose «با» is a partner
(«توافق مرزی با عراق»).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.entities.gazetteer import Word
from khabar.entities.words import listed_keys

BORDER_ADJECTIVES = 1
"""Words between a border noun and its «با» ("مرز مشترک با")."""


@lru_cache(maxsize=1)
def border_nouns() -> frozenset[str]:
    return listed_keys("events/border_nouns_fa.txt")


def across_persian_border(tokens: Sequence[Word], first: int, prep: str | None) -> bool:
    """Whether the name at word ``first``, marked "with", follows «مرز [adjective] با»."""
    if prep != "with" or first < 2:
        return False
    reach = range(max(0, first - 2 - BORDER_ADJECTIVES), first - 1)
    return any(tokens[k].folded in border_nouns() for k in reach)


__all__: Sequence[str] = ["across_persian_border"]
