"""The place a Persian report is filed from, and the country of the parties it leaves bare.

Iranian agencies open a report with its attribution and, where a correspondent filed it,
the city: «به گزارش خبرگزاری فارس از گرگان، ...», «به گزارش خبرگزاری فارس به نقل از
رویترز از بیروت، ...». The press names a foreign official with his country («نخست‌وزیر
انگلیس») and an official of the place it reports from with a local post and no country
(«مدیرکل میراث فرهنگی», «امام جمعه»): a person or an unlinked organisation of no known
country in such a report is of the dateline city's country. Reports with no city (the
desks' «به گزارش گروه بین‌الملل خبرگزاری فارس،») give none: their parties are anyone's.
"""

from __future__ import annotations

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import phrase_key
from khabar.entities.words import words

DATELINE_REACH = 300
"""Characters from the text's start within which the attribution opens."""
ATTRIBUTION_WORDS = 16
"""Words of the attribution, from «به گزارش» to the comma that ends it."""
REPORT = (phrase_key("به"), phrase_key("گزارش"))
FROM = phrase_key("از")
ENDS = frozenset("،,:")


def dateline_country(doc: Doc) -> str | None:
    """The country of the city a Persian report says it was filed from, or None."""
    if doc.lang != "fa":
        return None
    tokens = words(doc.text, 0, min(len(doc.text), DATELINE_REACH))
    opening = next((k for k in range(len(tokens) - 1)
                    if (tokens[k].folded, tokens[k + 1].folded) == REPORT), None)
    if opening is None:
        return None
    end = next((k for k in range(opening, min(len(tokens), opening + ATTRIBUTION_WORDS))
                if tokens[k].text in ENDS), None)
    if end is None:
        return None
    cities = {e.start: e for e in doc.entities
              if e.type == "LOC" and e.lat is not None and e.country}
    for k in range(end - 1, opening + 1, -1):
        # the city is the attribution's last phrase: «از گرگان،», «از شهرستان ساری،»
        if tokens[k].start in cities and FROM in (tokens[k - 1].folded, tokens[k - 2].folded):
            city = cities[tokens[k].start]
            if city.end >= tokens[end - 1].end:
                return city.country
    return None


def bare_party(entity: Entity) -> bool:
    """A party the press would name with its country were it foreign: a person, or an
    organisation the KB does not hold (an international body keeps no country)."""
    return entity.type == "PER" or (entity.type == "ORG" and entity.kb_id is None)
