"""Organisations: a curated list, plus a head noun followed by a country name or a
nationality adjective ("ارتش پاکستان", "الجيش الباكستاني", "حكومة موريتانيا").

The head nouns are ``resources/entities/org_heads.tsv``; the country side is every
country name (curated aliases, CLDR) and singular nationality adjective, matched in a
second step rather than listed as pairs (the pairs would number tens of thousands).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from khabar.entities.gazetteer import (
    Match,
    PhraseIndex,
    Word,
    country_entries,
    phrase_key,
    place_stoplist,
)
from khabar.entities.nationality import country_names, nationality_forms
from khabar.entities.phrases import WORD_GAP
from khabar.resources import load_tsv


@dataclass(frozen=True, slots=True)
class OrgEntry:
    key: str
    name_en: str
    country: str | None


class HeadedOrgIndex(PhraseIndex[OrgEntry]):
    """Named organisations, plus a head noun followed by a country name or nationality
    adjective ("ارتش پاکستان", "الجيش الباكستاني" -> ``org:army:PAK``). The pairs are
    matched in two steps rather than listed: the country side has thousands of forms."""

    def __init__(self, heads: PhraseIndex[tuple[str, str]], countries: PhraseIndex[str]):
        super().__init__()
        self.heads = heads
        self.countries = countries

    def cannot_start(self, word: Word, strip_clitics: bool = False) -> bool:
        return (super().cannot_start(word, strip_clitics)
                and self.heads.cannot_start(word, strip_clitics))

    def start_positions(self, tokens: Sequence[Word], strip_clitics: bool = False) -> list[int]:
        return sorted({*super().start_positions(tokens, strip_clitics),
                       *self.heads.start_positions(tokens, strip_clitics)})

    def match_at(self, text: str, tokens: Sequence[Word], i: int,
                 strip_clitics: bool = False) -> Match[OrgEntry] | None:
        named = super().match_at(text, tokens, i, strip_clitics)
        headed = self._headed_at(text, tokens, i, strip_clitics)
        if headed is None or (named is not None and named.last >= headed.last):
            return named
        return headed

    def _headed_at(self, text: str, tokens: Sequence[Word], i: int,
                   strip_clitics: bool) -> Match[OrgEntry] | None:
        head = self.heads.match_at(text, tokens, i, strip_clitics)
        j = head.last + 1 if head is not None else len(tokens)
        if head is None or j >= len(tokens):
            return None
        if not WORD_GAP.fullmatch(text, tokens[j - 1].end, tokens[j].start):
            return None
        country = self.countries.match_at(text, tokens, j)
        if country is None:
            return None
        part, english = head.value
        code = country.value
        entry = OrgEntry(f"org:{part}:{code}", f"{country_entries()[code].name_en} {english}",
                         code)
        return Match(head.start, country.end, i, country.last, entry)


@lru_cache(maxsize=1)
def org_index() -> HeadedOrgIndex:
    """Named organisations, then head nouns with every country name and demonym."""
    heads: PhraseIndex[tuple[str, str]] = PhraseIndex()
    for head, part, english in load_tsv("entities/org_heads.tsv"):
        heads.add(head, (part, english))
    countries: PhraseIndex[str] = PhraseIndex()
    for name, code in _country_surface_names():
        countries.add(name, code)
    index = HeadedOrgIndex(heads, countries)
    for pattern, key, english, *rest in load_tsv("entities/orgs.tsv"):
        index.add(pattern, OrgEntry(key, english, rest[0] if rest and rest[0] else None))
    return index


def _country_surface_names() -> list[tuple[str, str]]:
    """(name, alpha-3) for country names and singular nationality adjectives (an
    organisation is "الجيش الباكستاني", never "الجيش الباكستانيين")."""
    rows = [*load_tsv("entities/country_aliases.tsv"), *load_tsv("entities/demonyms.tsv"),
            *country_names(), *nationality_forms(plural=False)]
    left_out = place_stoplist() | {phrase_key(form) for form, _ in nationality_forms(plural=True)}
    countries = country_entries()
    return list(dict.fromkeys((row[0], row[1]) for row in rows
                              if row[1] in countries and phrase_key(row[0]) not in left_out))
