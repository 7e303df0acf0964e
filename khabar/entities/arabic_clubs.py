"""Arabic sports clubs named by their city: «نادي روما», «فريق برشلونة», «ريال مدريد»,
«بايرن ميونيخ», «مانشستر يونايتد». The place index reads the city alone as a place (LOC),
and the tagger mostly agrees, so the club is lost (SaudiNewsNet writes «ريال مدريد» 81
times in 10,000 articles; every one was a LOC «مدريد»). Two readings from the words
around the place, ``resources/entities/club_words_ar.tsv``:

- a noun of the kind «club»/«team» right before a place makes the place the club: the
  place becomes an ORG of the same span, the noun left out as the gold leaves a noun of
  kind out, unless an adjective of a name other than a nationality adjective goes on after it
  («نادي الرياض الأدبي» is Riyadh's literary club, not the football club);
- a transcribed first word of a club's name before the place («ريال», «أتلتيكو»,
  «إنتر») or last word after it («يونايتد», «سيتي») makes the two one ORG, without a
  proclitic on the first word («لريال مدريد» gives «ريال مدريد»); «ريال» after a number
  or a magnitude word, or before a country, is the currency; a city with the article or
  a country before the last word is no club's («القطيف سيتي», «مكسيكو سيتي»).

A place is a LOC entity starting on the word next to the club word (the place index's or
the tagger's), or, for the name words, the place index's match there (before the last
word: also the tagger's one-word organisation, «[مانشستر] سيتي»). Session 15
(2026-12-06), issue 5.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from types import MappingProxyType

from khabar.doc import Entity
from khabar.entities.common_words import in_amount_or_date, magnitude_words
from khabar.entities.gazetteer import Word, demonyms, place_index
from khabar.entities.org_patterns import ABSORBED_SOURCES, has_article, is_name_adjective
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import keys_by_kind, with_org
from khabar.text.tokens import token_at


def club_words() -> dict[str, frozenset[str]]:
    """kind -> folded words of ``club_words_ar.tsv``."""
    return keys_by_kind("entities/club_words_ar.tsv")


@cache
def _kinds_of() -> dict[str, tuple[str, ...]]:
    """Folded word of ``club_words_ar.tsv`` -> its kinds."""
    kinds: dict[str, tuple[str, ...]] = {}
    for kind, listed in club_words().items():
        for word in listed:
            kinds[word] = (*kinds.get(word, ()), kind)
    return kinds


def _skips_of(word: Word) -> Mapping[str, int]:
    """Kind -> characters of the proclitic before the word read as a word of that kind
    (the first reading, in ``clitic_variants``' order, that the kind lists)."""
    return _skips(word.text, word.folded)


@lru_cache(maxsize=65536)
def _skips(text: str, folded: str) -> Mapping[str, int]:
    """``_skips_of`` by the word's text and folded form, all it depends on. Cached and
    every kind looked up at once: ``_club_spans`` asks it of every word of every Arabic
    document, and news repeats its words."""
    skips: dict[str, int] = {}
    for skip, rest in clitic_variants(Word(0, len(text), text, folded)):
        for kind in _kinds_of().get(rest, ()):
            skips.setdefault(kind, skip)
    return skips or NO_SKIPS


NO_SKIPS: Mapping[str, int] = MappingProxyType({})
"""What most words read: no kind; one shared object for them in the cache."""


def _adjacent(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Whether words ``k`` and ``k + 1`` are separated by one space only."""
    return k + 1 < len(tokens) and text[tokens[k].end:tokens[k + 1].start] == " "


def _place_at(text: str, tokens: Sequence[Word], k: int,
              locs: dict[int, Entity]) -> tuple[int, int] | None:
    """(start, end) of the place starting on word ``k``: a LOC entity, else a match of
    the place index."""
    if k >= len(tokens):
        return None
    loc = locs.get(tokens[k].start)
    if loc is not None:
        return loc.start, loc.end
    match = place_index().match_at(text, tokens, k)
    return (tokens[k].start, tokens[match.last].end) if match is not None else None


def _amount_unit(tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` is a currency unit after a number or a magnitude word, the
    magnitude word with a proclitic too («بمليون ريال»)."""
    return in_amount_or_date(tokens, k) or (k > 0 and any(
        rest in magnitude_words() for _, rest in clitic_variants(tokens[k - 1])))


def _country_at(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Whether the place index reads a country on word ``k``: a club's name word takes
    a city; before a country «ريال» is the currency («ريال فلسطين», «ريال عمان»)."""
    match = place_index().match_at(text, tokens, k) if k < len(tokens) else None
    return match is not None and match.value.is_country


def _goes_on(text: str, tokens: Sequence[Word], end: int) -> bool:
    """Whether an adjective of a name that is no nationality adjective follows the place
    ending at ``end`` («نادي الرياض الأدبي»), so the name is longer than the place; not
    a definite noun opening the next phrase («نادي الخليج العروض»)."""
    k = bisect_left([w.start for w in tokens], end)
    if k >= len(tokens) or text[end:tokens[k].start] != " ":
        return False
    if not is_name_adjective(tokens[k].folded):
        return False
    match = demonyms().match_at(text, tokens, k)
    return match is None


def _club_spans(text: str, tokens: Sequence[Word], kept: Sequence[Entity]
                ) -> list[tuple[int, int]]:
    """(start, end) of every club read here, left to right."""
    locs = {e.start: e for e in kept if e.type == "LOC"}
    skips = [_skips_of(word) for word in tokens]
    spans = []
    for k, word in enumerate(tokens):
        kind, first = skips[k].get("kind_noun"), skips[k].get("before")
        if (kind is None and first is None) or not _adjacent(text, tokens, k):
            continue
        place = _place_at(text, tokens, k + 1, locs)
        if place is None:
            continue
        if kind is not None and tokens[k + 1].start in locs and not _goes_on(
                text, tokens, place[1]):
            spans.append(place)
        elif first is not None and not _amount_unit(tokens, k) and not _country_at(
                text, tokens, k + 1):
            spans.append((word.start + first, place[1]))
    for k, word in enumerate(tokens[1:], start=1):
        if skips[k].get("after") == 0 and _adjacent(text, tokens, k - 1):
            start = _city_before(text, tokens, k, kept)
            if start is not None:
                spans.append((start, word.end))
    return sorted(spans)


def _city_before(text: str, tokens: Sequence[Word], k: int, kept: Sequence[Entity]
                 ) -> int | None:
    """Start of the city that ends on word ``k - 1``: a LOC, or the tagger's one-word
    organisation there («[مانشستر] سيتي»: the place index lacks Manchester); no
    country, and no name with the article (a foreign club's city has none: «القطيف
    سيتي» is a development in al-Qatif)."""
    end = tokens[k - 1].end
    entity = next((e for e in kept if e.end == end and (e.type == "LOC" or (
        e.type == "ORG" and e.source in ABSORBED_SOURCES and e.start >= tokens[k - 1].start
    ))), None)
    if entity is None:
        return None
    first = token_at(tokens, entity.start)
    if first is None or first >= k or has_article(tokens[first]):
        return None
    return None if _country_at(text, tokens, first) else entity.start


def club_names(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the clubs named by their city (see the module) in place of the
    places and the tagger's pieces inside them."""
    out = list(kept)
    for start, end in _club_spans(text, tokens, kept):
        inside = [e for e in out if e.start < end and start < e.end]
        if any(e.type == "ORG" and e.start == start and e.end == end for e in inside):
            continue
        if all(start <= e.start and e.end <= end and (
                e.type == "LOC" or e.source in ABSORBED_SOURCES) for e in inside):
            out = with_org(out, text, start, end, "club")
    return sorted(out, key=lambda e: e.start)
