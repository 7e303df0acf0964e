"""A Persian named day is no person (issue 5, session 17 (2026-12-06), engineer ent_fa).

Religious days are named by a figure or an event, and the tagger, with no capitals to tell
it, reads some of them as persons: «[عاشورا]», «[نهضت عاشورا]», «[عاشورای حسینی]»; and the
feast's epithet «سعید» ('auspicious') of «عید سعید قربان», «عید سعید غدیر» is also a given
name, so the given-name rule reads «[سعید قربان]» as a person, whose «قربان» then spreads as
a surname. The date stage's list of named days (``dates/holidays.tsv``) names them: a person
that overlaps one of its phrases in the text is dropped. The list
writes some feasts with their epithet too («عید فطر», «عید سعید فطر»), so a phrase of the
list whose first word another phrase also opens with an epithet before the rest
(«عید [سعید] قربان» beside «عید قربان») is read with that epithet as well («عید سعید غدیر»
of «عید غدیر»). References (pronouns, roles) are left, and so is a person whose name
opens on the day and goes on after it: a given name that is also a day («نوروز فرپور»).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.gazetteer import PhraseIndex, Word
from khabar.entities.words import words
from khabar.resources import load_tsv


def _named_days() -> list[list[str]]:
    return [[w.text for w in words(row[5])] for row in load_tsv("dates/holidays.tsv")]


def _epithets(days: Sequence[Sequence[str]]) -> dict[str, set[str]]:
    """Words that stand second in a phrase whose other words form a listed phrase too
    («سعید» of «عید سعید قربان» beside «عید قربان»), by the phrases' first word."""
    listed = {tuple(day) for day in days}
    found: dict[str, set[str]] = {}
    for day in days:
        if len(day) >= 3 and (day[0], *day[2:]) in listed:
            found.setdefault(day[0], set()).add(day[1])
    return found


@lru_cache(maxsize=1)
def _index() -> PhraseIndex[bool]:
    index: PhraseIndex[bool] = PhraseIndex()
    days = _named_days()
    epithets = _epithets(days)
    for day in days:
        index.add(" ".join(day), True)
        for epithet in epithets.get(day[0], ()) if len(day) >= 2 else ():
            index.add(" ".join([day[0], epithet, *day[1:]]), True)
    return index


def drop_named_days(text: str, tokens: Sequence[Word],
                    entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the persons that overlap a named day (see the module)."""
    days = [(m.start, m.end) for m in _index().find_all(text, tokens)]
    if not days:
        return list(entities)
    return [e for e in entities
            if e.type != "PER" or e.source in REFERENCE_SOURCES
            or not any(_over(e, start, end) for start, end in days)]


def _over(e: Entity, start: int, end: int) -> bool:
    """Whether the person overlaps the day, other than as a name that opens on it and goes
    on after it (a person named after the day: «نوروز فرپور»)."""
    return start < e.end and e.start < end and not (e.start == start and e.end > end)
