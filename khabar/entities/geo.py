"""An article's country focus, and place names of several countries resolved by it.

Each place mention counts for its country, a place in the headline or first sentence
counts ``LEAD_WEIGHT`` times, and persons and organisations count ``ACTOR_WEIGHT`` for
theirs. Ties go to the country mentioned first. The output contract has no field for it
yet; consumers (stories, the web UI) call ``country_focus``.

``government_country`` tells when a place can stand for a government: a country, or
its capital ("از اسلام‌آباد خواست": Pakistan's government).

A city name shared by cities of several countries ("طرابلس": Libya and Lebanon) first
gets the preferred city (native, then most populous); ``resolve_by_focus`` moves it to
the city in the country the rest of the article is about.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import (
    PlaceEntry,
    _cities,
    alpha3_of,
    biggest_city_named,
    capital_city_ids,
    country_kb_ids,
    phrase_key,
    place_alternatives,
)
from khabar.resources import load_tsv

LEAD_WEIGHT = 2.0
ACTOR_WEIGHT = 0.5
SUPPORT_POPULATION = 250_000
"""A town smaller than this, abroad, whose country nothing else in the article names, is
more likely a word that looks like its name ("اردو" camp: Ordu, Turkey; "جاسم" a given
name: Jasim, Syria) than the town: it is dropped."""


def country_focus(doc: Doc, entities: Sequence[Entity] | None = None) -> str | None:
    """ISO alpha-3 code of the country the article is most about, if any (from
    ``entities``, by default the document's)."""
    lead_end = doc.sentences[0][1] if doc.sentences else 0
    weights: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    for e in doc.entities if entities is None else entities:
        if not e.country:
            continue
        if e.type == "LOC":
            weight = LEAD_WEIGHT if e.start < lead_end else 1.0
        elif e.type in ("PER", "ORG") and e.source not in ("pronoun", "surname"):
            weight = ACTOR_WEIGHT
        else:
            continue
        weights[e.country] = weights.get(e.country, 0.0) + weight
        first_seen.setdefault(e.country, e.start)
    if not weights:
        return None
    return max(weights, key=lambda c: (weights[c], -first_seen[c]))


def _choices(entity: Entity) -> tuple[PlaceEntry, ...]:
    """The cities a gazetteer place mention could be, when its name is ambiguous."""
    if entity.type != "LOC" or entity.source != "gazetteer" or entity.kb_id in country_kb_ids():
        return ()
    return place_alternatives().get(phrase_key(entity.text), ())


def resolve_by_focus(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Ambiguous city names moved to the city in the article's focus country; the
    focus is counted without them, so a name cannot vote for its own reading."""
    ambiguous = [bool(_choices(e)) for e in entities]
    if not any(ambiguous):
        return entities
    focus = country_focus(doc, [e for e, a in zip(entities, ambiguous, strict=True) if not a])
    if focus is None:
        return entities
    return [_moved(e, focus) if a else e for e, a in zip(entities, ambiguous, strict=True)]


def _moved(entity: Entity, focus: str) -> Entity:
    if entity.country == focus:
        return entity
    inside = [c for c in _choices(entity) if c.country == focus]
    if not inside:
        return entity
    city = max(inside, key=lambda c: c.population)
    return replace(entity, kb_id=city.kb_id, key=city.kb_id, name_en=city.name_en,
                   country=city.country, lat=city.lat, lon=city.lon)


@lru_cache(maxsize=1)
def capital_countries() -> dict[str, str]:
    """KB id (``geonames:N``) of each capital city -> alpha-3 of its country, with the
    corrections of ``government_seats.tsv``."""
    codes = alpha3_of()
    seats = {f"geonames:{city_id}": codes[_cities()[city_id]["countrycode"]]
             for city_id in capital_city_ids()
             if _cities()[city_id]["countrycode"] in codes}
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
    if entity.type != "LOC" or entity.source != "gazetteer" or not entity.kb_id:
        return False
    if entity.kb_id in country_kb_ids() or entity.kb_id in capital_countries():
        return False
    city = _cities().get(entity.kb_id.removeprefix("geonames:"))
    return city is not None and int(city.get("population") or 0) < SUPPORT_POPULATION


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
