"""Where an event took place, and the readings of a meeting that follow from its place.

The place is the city of the clause (for a visit, the one it went to, else the one after
the trigger); a meeting in the actor's own country with someone from elsewhere makes the
actor its host. ``khabar.events.arguments`` re-exports these names.
"""

from __future__ import annotations

from dataclasses import replace

from khabar.doc import Doc, Entity, Participant, Place
from khabar.entities.gazetteer import country_entries
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import prepositions
from khabar.events.participants import Mention, participant
from khabar.kb.places import division_code


def place_of(entity: Entity, hit: TriggerHit) -> Place:
    kb_id = entity.kb_id or ""
    geonameid = int(kb_id.split(":")[1]) if kb_id.startswith("geonames:") else None
    # A place right after the trigger ("in Islamabad") is surer than one elsewhere in the clause.
    near = 0 <= entity.start - hit.end <= 40
    confidence = (0.8 if near else 0.6) if entity.lat is not None else 0.4
    return Place(entity.name_en, entity.country, entity.lat, entity.lon, geonameid,
                 entity.text, entity.start, entity.end, confidence, division_code(kb_id))


def places_in(doc: Doc, start: int, end: int) -> list[Entity]:
    """The places named between ``start`` and ``end``."""
    return [e for e in doc.entities if e.type == "LOC" and start <= e.start and e.end <= end]


def location(doc: Doc, hit: TriggerHit, start: int, end: int, visit: bool,
             destination: Mention | None = None) -> Entity | None:
    """Where the act took place; a visit's is where it went (``destination``, the place
    its roles made the target), not a place told beside the visitor («وزیر خارجه ایران
    به عراق سفر کرد» was placed in Iran, and so read as hosted there)."""
    places = places_in(doc, start, end)
    cities = [p for p in places if p.lat is not None]
    goal = _destination(places, destination) if visit else None
    if goal is not None:
        return goal
    if visit:
        ranked = cities + [p for p in places if p.lat is None]
        near = [p for p in ranked if p.start >= hit.start] or ranked
        return near[0] if near else None
    return cities[0] if cities else None


def _destination(places: list[Entity], destination: Mention | None) -> Entity | None:
    """The place a visit went to, when its target is one: a city of that country the
    clause names («به عراق سفر کرد و در بغداد ...»), else the place itself."""
    if destination is None:
        return None
    goal = next((p for p in places if p.start == destination.head.start), None)
    if goal is None or goal.lat is not None:
        return goal
    return next((p for p in places if p.lat is not None and p.country == goal.country), goal)


def placeless_visit(doc: Doc, hit: TriggerHit) -> bool:
    """A visit pattern whose gap holds the destination ("وارد مسکو شد") that names no place
    there: "وارد ششمین سال شد", "وارد بیمارستان شدند" tell no visit."""
    if hit.trigger.roles != "visit" or len(hit.trigger.segments) < 2:
        return False
    if _ends_in_to(hit):
        # "يتوجه X إلى الأردن": the destination follows; "يتوجه بالشكر إلى" thanks someone
        return not any(hit.end < e.start <= hit.end + DESTINATION_GAP
                       for e in doc.entities if e.type == "LOC")
    return not places_in(doc, hit.start, hit.end)


DESTINATION_GAP = 2
"""Characters between a trip's «إلى» and the place it names (a space, a quotation mark)."""


def _ends_in_to(hit: TriggerHit) -> bool:
    last = hit.trigger.segments[-1]
    return bool(last) and all(len(alt) == 1 and prepositions()[0].get(alt[0]) == "to"
                              for alt in last)


def country_participant(place: Entity | None) -> Participant | None:
    if place is None or place.country is None:
        return None
    country = country_entries().get(place.country)
    if country is None:
        return None
    if place.lat is None:
        return participant(place)
    return Participant(name_en=country.name_en, kb_id=country.kb_id, country=place.country)

def hosted_here(kind: str, mode: str | None, roles: str, place: Entity | None,
                actor: Participant | None, target: Participant | None) -> bool:
    """A meeting in the actor's own country (or that of an actor of unknown country, most
    often a local official) with someone from another: the actor is the host, and the
    visitor, not the host, is the actor (EVENT-CONVENTIONS). A phone call keeps its caller,
    and a meeting of unknown place or target is left as written. A verb of hosting
    («استقبل X Y», «X میزبان Y بود») already made its guest the actor: the place (often read
    from a post, «رئيس وزراء لبنان») cannot make the guest the host again."""
    if (kind != "CONSULT" or mode == "phone" or roles == "host" or place is None
            or actor is None):
        return False
    # A traveller of unknown country is not presumed local: "X به چین سفر کرد".
    local = actor.country == place.country or (actor.country is None and roles != "visit")
    return (place.country is not None and target is not None and local
            and target.country is not None and target.country != place.country)


def host(actor: Participant | None, place: Entity | None) -> Participant | None:
    """The host of a meeting ``hosted_here`` found: of the place's country when the text
    gives none (the reading that made it the host)."""
    if actor is None or actor.country is not None or place is None:
        return actor
    return replace(actor, country=place.country)


def consult_mode(mode: str | None, place: Entity | None, actor: Participant | None,
                  target: Participant | None) -> str | None:
    if mode != "meet":
        return mode
    here = place.country if place else None
    sides = {actor.country if actor else None, target.country if target else None}
    if here and target and target.country == here and (actor is None or actor.country != here):
        return "visit"
    if here and None not in sides and here not in sides:
        return "third-party"
    return None
