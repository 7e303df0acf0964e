"""An international body named with a country in Persian is that country's society (issue 5,
session 14 (2026-12-06)).

Persian names a national society of an international movement by the movement's name with
the country in its genitive or a nationality adjective after it, «صلیب سرخ آمریکا», «صلیب
سرخ آمریکایی», and calls it a society, «جمعیت صلیب سرخ آمریکا» (the American Red Cross);
«صلیب سرخ» alone, like «کمیته بین‌المللی صلیب سرخ», is the International Committee, and
«جمعیت‌های صلیب سرخ» ('societies') are several national ones; «شورای امنیت روسیه» is
Russia's council. A KB organisation of no country (an international body) whose name a
country's body also bears (``national_namesakes_fa.txt``; after other ones a country opens
the next phrase, «از سوی یونسکو ایران به دلیل ...») is lengthened over a country or a
nationality adjective right after it on its line (not an object that «را» marks: «صلیب سرخ
ایران را ترک کرد») and over a noun of a society right before it (``society_nouns_fa.txt``,
where no other entity holds it); it then takes the country where one is named and is linked
no more: its key is its own name. The Arabic reading is
``khabar.kb.context_names.national_bodies``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Entity
from khabar.entities.gazetteer import country_kb_ids, demonyms
from khabar.entities.words import Word, listed_keys, phrase_key
from khabar.kb.entries import KnowledgeBase
from khabar.text.persian_function_words import OBJECT_MARK
from khabar.text.tokens import spaced_on_one_line


def _societies() -> frozenset[str]:
    return listed_keys("entities/society_nouns_fa.txt")


def _namesakes() -> frozenset[str]:
    return listed_keys("entities/national_namesakes_fa.txt")


def _international(e: Entity, kb: KnowledgeBase) -> bool:
    """An international body a country's own body is also named as."""
    named = kb.named(e.text, "ORG") if e.type == "ORG" else []
    return (bool(named) and all(x.country is None for x in named)
            and phrase_key(e.text) in _namesakes())


def _society_before(text: str, tokens: Sequence[Word], first: int,
                    entities: Sequence[Entity]) -> bool:
    """Whether a noun of a society that no entity holds stands right before word ``first``."""
    if first == 0 or tokens[first - 1].folded not in _societies():
        return False
    noun = tokens[first - 1]
    return spaced_on_one_line(text, noun.end, tokens[first].start) and not any(
        o.start < noun.end and noun.start < o.end for o in entities)


def _country_after(text: str, tokens: Sequence[Word], end: int,
                   countries: dict[int, Entity]) -> tuple[int, str | None] | None:
    """(end, country) of the country or nationality adjective at word ``end``, or None."""
    if end >= len(tokens) or not spaced_on_one_line(text, tokens[end - 1].end,
                                                    tokens[end].start):
        return None
    place = countries.get(tokens[end].start)
    if place is not None:
        found: tuple[int, str | None] = (place.end, place.country)
        last = bisect_left([w.start for w in tokens], place.end) - 1
    else:
        match = demonyms().match_at(text, tokens, end)
        if match is None:
            return None
        found, last = (tokens[match.last].end, match.value), match.last
    if last + 1 < len(tokens) and tokens[last + 1].folded == OBJECT_MARK:
        return None  # «صلیب سرخ ایران را ترک کرد»: the country is the verb's object
    return found


def national_bodies_fa(text: str, tokens: Sequence[Word], entities: Sequence[Entity],
                       kb: KnowledgeBase) -> list[Entity]:
    """``entities`` with each international body named with a country or as a society read
    as the national one, the country's place taken into it (see the module)."""
    starts = [w.start for w in tokens]
    countries = {e.start: e for e in entities if e.type == "LOC" and e.kb_id in country_kb_ids()}
    out, taken = [], set()
    for e in entities:
        first, end = bisect_left(starts, e.start), bisect_left(starts, e.end)
        if not _international(e, kb):
            out.append(e)
            continue
        start, stop, code = e.start, e.end, None
        if _society_before(text, tokens, first, entities):
            start = tokens[first - 1].start
        after = _country_after(text, tokens, end, countries)
        if after is not None:
            stop, code = after
            taken.add(tokens[end].start)
        if (start, stop) != (e.start, e.end):
            name = text[start:stop]
            e = replace(e, start=start, end=stop, text=name, country=code, kb_id=None,
                        name_en=None, key=f"org:{phrase_key(name)}")
        out.append(e)
    return [e for e in out if not (e.type == "LOC" and e.start in taken)]
