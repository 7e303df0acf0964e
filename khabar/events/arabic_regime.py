"""«النظام» ("the regime") of Arabic war reporting as the owner of forces: the state the
article is about.

Arabic news on Syria names the government's forces «قوات النظام», «جيش النظام», «طيران
النظام» with no country word; EVENT-CONVENTIONS codes them as the state (SYR), a body of it by
its sector. The country is read, in this order, from a nationality right after the word
(«قوات النظام السوري»); from the regimes the article named explicitly before («النظام
السوري», «نظام الأسد»), when they are all one country's; else from the article's focus
country when that clearly outweighs every other and is not the outlet's own (a paper does not
call its own government «النظام»; «النظام السعودي» in a Saudi paper is the Saudi law).
«النظام» the owner of an army cannot be a law or a system; «النظام» alone is left alone: as a
genitive («أنصار النظام») or an object it took wrong roles on an unread check draw, and in a
Saudi paper it is as often "the regulation". Session 22 (2026-12-07).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc
from khabar.entities.gazetteer import Word, demonyms
from khabar.entities.geo import country_weights
from khabar.entities.phrases import proclitic_forms
from khabar.entities.words import words
from khabar.meta.outlets import home_country

FOCUS_MARGIN = 2.0
"""How many times the next country's weight the focus country must weigh to be the
regime's: below it the article is about several states and the regime is not guessed."""
REGIME_WORD = "نظام"
"""The noun, without its article, that a leader's name follows in «نظام الأسد»."""


def explicit_regimes(doc: Doc) -> list[tuple[int, str]]:
    """(position, country) of each regime the article names with its country: «النظام»
    and a nationality right after it, or «نظام» and a person of known country."""
    home = home_country(doc)
    persons = {e.start: e.country for e in doc.entities if e.type == "PER" and e.country}
    # «النظام السعودي» in a Saudi paper is the Saudi law, never "the regime"
    return [(start, country) for start, country in _regimes_named(doc, persons)
            if country != home]


class ArticleRegimes:
    """The regimes an article names explicitly (``explicit_regimes``), read when first
    asked: most sentences have no body the regime owns and never ask, and one that has
    several («قوات النظام ... جيش النظام») reads the article's words once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._named: list[tuple[int, str]] | None = None

    def named(self) -> list[tuple[int, str]]:
        if self._named is None:
            self._named = explicit_regimes(self.doc)
        return self._named


def _regimes_named(doc: Doc, persons: dict[int, str]) -> list[tuple[int, str]]:
    """(position, country) of every «النظام» + nationality and «نظام» + known person."""
    tokens = words(doc.text)
    found = []
    for i, word in enumerate(tokens[:-1]):
        # every proclitic the matcher knows: «للنظام», «فالنظام», «وبالنظام»
        forms = proclitic_forms(word)
        if "ال" + REGIME_WORD in forms:
            match = demonyms().match_at(doc.text, tokens, i + 1, strip_clitics=True)
            if match is not None:
                found.append((word.start, match.value))
        elif REGIME_WORD in forms and tokens[i + 1].start in persons:
            found.append((word.start, str(persons[tokens[i + 1].start])))
    return found


def clear_focus(doc: Doc) -> str | None:
    """The article's focus country when it outweighs the next by ``FOCUS_MARGIN`` and is
    not the outlet's own country."""
    weights = sorted(country_weights(doc, doc.entities).items(), key=lambda kv: -kv[1])
    if not weights:
        return None
    country, weight = weights[0]
    runner_up = weights[1][1] if len(weights) > 1 else 0.0
    if weight < FOCUS_MARGIN * runner_up or country == home_country(doc):
        return None
    return country


def regime_country(regimes: ArticleRegimes, position: int) -> str | None:
    """The country a «النظام» owning forces at ``position`` (with no nationality after
    it) stands for, or None where the article leaves it open."""
    named = {country for start, country in regimes.named() if start < position}
    if len(named) == 1:
        return next(iter(named))
    if named:
        return None  # two regimes named before
    return clear_focus(regimes.doc)


def next_nationality(doc: Doc, tokens: Sequence[Word], i: int) -> tuple[str, int] | None:
    """(country, last word) of a nationality adjective right after word ``i``."""
    if i + 1 >= len(tokens):
        return None
    match = demonyms().match_at(doc.text, tokens, i + 1, strip_clitics=True)
    return (match.value, match.last) if match is not None else None
