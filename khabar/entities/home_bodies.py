"""State bodies named without their country («وزارة الداخلية», «نیروی انتظامی») are the
state of the text's home: the press names another state's body with its country and its
own without one. They take that country and the key a body named with its country gets
(``org:interior-ministry:SAU``, as «وزارت کشور عربستان»), so that articles of two
languages meet under one key, and the KB's id of that body where the KB holds one.

The home is the country that weighs clearly most in the article (``home_country``):
the outlet's country counts ``OUTLET_WEIGHT``, and the places and actors of the article
what ``khabar.entities.geo.country_weights`` gives them. A body with a country named right
after it («وزارة الداخلية العراقية» spanned without its adjective, «وزارت کشور در عراق»)
is that country's, whatever the home.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import PRONOUN_SOURCE, SURNAME_SOURCE, Doc, Entity
from khabar.entities.datelines import dateline_country
from khabar.entities.gazetteer import Word, country_entries, phrase_key
from khabar.entities.orgs import org_index
from khabar.entities.words import listed_keys
from khabar.kb.entries import KnowledgeBase
from khabar.meta.outlets import home_country as outlet_country
from khabar.resources import load_tsv

OUTLET_WEIGHT = 2.0
"""The outlet's country weighs as a place named in the lead: a Saudi paper's own news
names a Saudi city or two, and a body of its state then is Saudi."""
CLEAR_RATIO = 2.0
"""The heaviest country is the home only when it weighs this many times the next one:
in an article about Iraq and Saudi Arabia alike, «وزارة الداخلية» may be either's."""
MIN_WEIGHT = 2.0
"""Without an outlet, one passing place (weight 1) is not enough to call a country home."""
_PROCLITICS = "وبلفك"


@lru_cache(maxsize=1)
def home_bodies() -> dict[str, tuple[str, str]]:
    """Phrase key of a body's name -> (key part, English head)."""
    return {phrase_key(name): (part, english)
            for name, part, english in load_tsv("entities/home_bodies.tsv")}


def listed_body(name: str) -> tuple[str, str] | None:
    """The listed body a mention names, an Arabic proclitic glued to it or not
    («ووزارة الداخلية», «للدفاع المدني»)."""
    key = phrase_key(name)
    forms = [key]
    if len(key) > 4 and key[0] in _PROCLITICS:
        forms.append(key[1:])
        if key.startswith("لل"):
            forms.append("ا" + key[1:])
    return next((home_bodies()[f] for f in forms if f in home_bodies()), None)


def home_of(doc: Doc, entities: Sequence[Entity]) -> str | None:
    """The country the article is clearly of: that of the place it is datelined from
    («لندن - رويترز:», «عين اليوم – واشنطن»: a paper leaves its own state's bodies bare
    only at home), else the heaviest one by its entities and its outlet, when it weighs
    ``CLEAR_RATIO`` times the next and at least ``MIN_WEIGHT``. A person or organisation
    of the lead weighs as a place of the lead («أوقفت حكومة ماليزيا ...» in a Saudi paper
    is about Malaysia, and its «وزارة الداخلية» Malaysia's)."""
    from khabar.entities.geo import ACTOR_WEIGHT, LEAD_WEIGHT, country_weights

    dateline = dateline_country(doc, entities)
    if dateline is not None:
        return dateline
    weights = country_weights(doc, entities)
    lead_end = doc.sentences[0][1] if doc.sentences else 0
    for e in entities:
        if e.country and e.type in ("PER", "ORG") and e.start < lead_end and e.source not in (
                PRONOUN_SOURCE, SURNAME_SOURCE):
            weights[e.country] = weights.get(e.country, 0.0) + LEAD_WEIGHT - ACTOR_WEIGHT
    outlet = outlet_country(doc)
    if outlet:
        weights[outlet] = weights.get(outlet, 0.0) + OUTLET_WEIGHT
    ranked = sorted(weights.values(), reverse=True)
    if not ranked or ranked[0] < MIN_WEIGHT:
        return None
    if len(ranked) > 1 and ranked[0] < CLEAR_RATIO * ranked[1]:
        return None
    return max(weights, key=weights.__getitem__)


def body_of_words() -> frozenset[str]:
    return listed_keys("entities/body_of_country.txt")


def country_named(text: str, tokens: Sequence[Word], starts: Sequence[int], entity: Entity,
                  sentence: tuple[int, int] | None) -> str | None:
    """The country a body is named of right after it, in its sentence: a country name or
    nationality adjective next to it («وزارة الداخلية العراقية», spanned without it) or
    after «في» / «در» («وزارت کشور در عراق»). A country further on is the matter of the
    sentence, not the body's («وافق مجلس الوزراء على اتفاقية مع ألمانيا»)."""
    end = sentence[1] if sentence else len(text)
    i = bisect_left(starts, entity.end)
    if i < len(tokens) and tokens[i].folded in body_of_words():
        i += 1
    if i >= len(tokens) or tokens[i].start >= end:
        return None
    match = org_index().countries.match_at(text, tokens, i, strip_clitics=True)
    return match.value if match is not None else None


def add_home_bodies(doc: Doc, kb: KnowledgeBase, tokens: Sequence[Word],
                    entities: list[Entity]) -> list[Entity]:
    """Unlinked organisations that name a listed state body take the home's country, key
    and English name, and the KB's id of that body if it has one. One whose full name
    holds its country («هيئة الهلال الأحمر السعودي») already has that country but only
    its spelling as key: it takes the body's key of its own country."""
    bodies = {i: body for i, e in enumerate(entities)
              if e.type == "ORG" and e.kb_id is None and _countryless_key(e)
              and (body := listed_body(e.text)) is not None}
    if not bodies:
        return entities
    home = home_of(doc, entities)
    starts = [w.start for w in tokens]
    result = list(entities)
    for i, body in bodies.items():
        e = entities[i]
        country = e.country or country_named(
            doc.text, tokens, starts, e, doc.sentence_of(e.start)) or home
        if country in country_entries():
            result[i] = _of_country(kb, e, body, country)
    return result


def _countryless_key(entity: Entity) -> bool:
    """No country, or a country but a key that is the name's own spelling (not an id)."""
    return entity.country is None or (entity.key is not None and not entity.key.isascii())


def _of_country(kb: KnowledgeBase, entity: Entity, body: tuple[str, str],
                country: str) -> Entity:
    part, english = body
    key = f"org:{part}:{country}"
    here = [x for x in kb.named(entity.text, "ORG") if x.country == country]
    entry = kb.entry(key) or (here[0] if len(here) == 1 else None)
    name_en = entry.name_en if entry else f"{country_entries()[country].name_en} {english}"
    return replace(entity, country=country, key=key, name_en=name_en,
                   kb_id=entry.id if entry else None)
