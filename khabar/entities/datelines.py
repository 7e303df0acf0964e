"""The place a report says it was filed from, and that place's country: one reading for
both forms the press uses.

- A Persian agency opens with its attribution and, where a correspondent filed the report,
  the city: «به گزارش خبرگزاری فارس از گرگان، ...», «به گزارش خبرگزاری فارس به نقل از
  رویترز از بیروت، ...» (``filed_from``). A desk's report («به گزارش گروه بین‌الملل
  خبرگزاری فارس،») names no city.
- An Arabic (or any) report may open with a dashed dateline slot near the top: «لندن -
  رويترز:», «ماجد الرفاعي- سبق- جدة:», read as ``datelines_ar`` reads the dateline's
  outlet (``dashed_place``).

``dateline_country`` is the one entry point: the home of a report's bare state bodies
(``home_bodies``), the country of its bare persons and bodies (``events.persian_datelines``)
and the place of its bare police (``events.dateline_place``) all read it.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc, Entity
from khabar.entities.datelines_ar import SlotLines, slot_of
from khabar.entities.gazetteer import phrase_key
from khabar.entities.words import words
from khabar.text.persian_function_words import FROM

ATTRIBUTION_REACH = 300
"""Characters from the text's start within which a Persian attribution opens."""
ATTRIBUTION_WORDS = 16
"""Words of the attribution, from «به گزارش» to the comma that ends it."""
REPORT = (phrase_key("به"), phrase_key("گزارش"))
ENDS = frozenset("،,:")
DATELINE_REACH = 160
"""Characters from the text's start within which a dashed dateline stands (a byline, an
outlet and a place: «ماجد الرفاعي- سبق- جدة:»)."""


def dateline_country(doc: Doc, entities: Sequence[Entity] | None = None) -> str | None:
    """The country of the place the report says it was filed from, in either form (the
    module's note); ``entities`` default to the document's."""
    found = doc.entities if entities is None else entities
    return filed_from(doc, found) or dashed_place(doc, found)


def filed_from(doc: Doc, entities: Sequence[Entity]) -> str | None:
    """The country of the city a Persian report says it was filed from, or None."""
    if doc.lang != "fa":
        return None
    tokens = words(doc.text, 0, min(len(doc.text), ATTRIBUTION_REACH))
    opening = next((k for k in range(len(tokens) - 1)
                    if (tokens[k].folded, tokens[k + 1].folded) == REPORT), None)
    if opening is None:
        return None
    end = next((k for k in range(opening, min(len(tokens), opening + ATTRIBUTION_WORDS))
                if tokens[k].text in ENDS), None)
    if end is None:
        return None
    cities = {e.start: e for e in entities
              if e.type == "LOC" and e.lat is not None and e.country}
    for k in range(end - 1, opening + 1, -1):
        # the city is the attribution's last phrase: «از گرگان،», «از شهرستان ساری،»
        if tokens[k].start in cities and FROM in (tokens[k - 1].folded, tokens[k - 2].folded):
            city = cities[tokens[k].start]
            if city.end >= tokens[end - 1].end:
                return city.country
    return None


def dashed_place(doc: Doc, entities: Sequence[Entity]) -> str | None:
    """The country of the place filling a dashed dateline slot near the top, or None."""
    places = [e for e in entities if e.type == "LOC" and e.country and e.start < DATELINE_REACH]
    if not places:
        return None
    tokens = words(doc.text, 0, min(len(doc.text), DATELINE_REACH + 40))
    starts = {w.start: k for k, w in enumerate(tokens)}
    ends = {w.end: k for k, w in enumerate(tokens)}
    lines = SlotLines(doc.text, tokens)
    for place in places:
        first, last = starts.get(place.start), ends.get(place.end)
        if first is not None and last is not None and slot_of(lines, first, last) == "dashed":
            return place.country
    return None
