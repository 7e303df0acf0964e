"""A place or name read alone after the noun of a company's line of business is that
company (issue 5, session 21 (2026-12-06), engineer ent_fa).

Tehran bourse reports name listed companies by their line and their town or brand: «سهم
پتروشیمی اصفهان», «سیمان خاش», «فولاد مبارکه», «پتروشیمی خارک». The gazetteer reads the
town as a place and the tagger reads the brand alone, as a person or a body («[خارک]»); the
gold labels the company with its line («پتروشیمی اصفهان»: bench/data/ENTITIES-GOLD.md,
fresh5's choice: a company whose name starts with its line of business keeps it). An entity
that starts right after a noun of ``company_line_heads_fa.txt``, a space between, becomes one
organisation with the noun. A noun that is also the act of the trade («سرمایه‌گذاری»
'investment', ``company_line_heads_of_bodies_fa.txt``) names a company only before a body
(«سرمایه‌گذاری بانک ملی», the bank's investment company; «سرمایه‌گذاری ژاپن» is Japan's
investment). Not
- after a determiner or a number («این پتروشیمی اصفهان» points back, ``demonstratives_fa.txt``,
  ``indefinites_fa.txt``);
- when the noun is inside an entity already («شرکت پتروشیمی اصفهان»);
- before a country («صنعت پتروشیمی ایران» is Iran's industry, no company);
- before a reference («وی») or a person the knowledge base links (a real person's name);
- before a body that opens with its own noun of a company («پتروشیمی [شرکت هگمتانه ...]»:
  ``company_kinds_fa.txt``), another company than the line's.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.gazetteer import place_index
from khabar.entities.persian_tidy import determiners
from khabar.entities.words import Word, listed_keys, phrase_key, words

NAME_TYPES = frozenset({"LOC", "PER", "ORG"})
"""Types of the entity after the noun that name the company."""
BODY_TYPES = frozenset({"ORG"})
"""Types of the entity after a noun of ``company_line_heads_of_bodies_fa.txt``."""


@lru_cache(maxsize=1)
def line_heads() -> frozenset[str]:
    return listed_keys("entities/company_line_heads_fa.txt", "fa")


@lru_cache(maxsize=1)
def body_heads() -> frozenset[str]:
    return listed_keys("entities/company_line_heads_of_bodies_fa.txt", "fa")


def _a_country(e: Entity) -> bool:
    entry = place_index().get(phrase_key(e.text)) if e.type == "LOC" else None
    return entry is not None and entry.is_country


@lru_cache(maxsize=1)
def _company_kinds() -> frozenset[str]:
    return listed_keys("entities/company_kinds_fa.txt")


def _names_company(e: Entity, head: str) -> bool:
    """Whether ``e`` may be the company's place or brand after its line's noun ``head``."""
    opening = words(e.text)[:1]
    types = NAME_TYPES if head in line_heads() else BODY_TYPES
    return (e.type in types and e.source not in REFERENCE_SOURCES
            and not (e.type == "PER" and e.kb_id is not None) and not _a_country(e)
            and not (opening and opening[0].folded in _company_kinds()))


def _head_at(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` is a noun of a line that a name follows after one space."""
    if phrase_key(tokens[k].text) not in line_heads() | body_heads() or k + 1 >= len(tokens):
        return False
    if k > 0 and (tokens[k - 1].folded in determiners() or tokens[k - 1].text.isdigit()):
        return False
    return text[tokens[k].end:tokens[k + 1].start] == " "


def company_lines(text: str, tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each company named by its line and a place or brand read as one
    organisation (see the module)."""
    out = list(entities)
    for k in range(len(tokens)):
        if not _head_at(text, tokens, k):
            continue
        head, name = tokens[k], tokens[k + 1]
        if any(e.start < head.end and head.start < e.end for e in out):
            continue  # «[شرکت پتروشیمی اصفهان]»: read already
        after = [e for e in out if e.start == name.start
                 and _names_company(e, phrase_key(head.text))]
        if len(after) != 1:
            continue
        e = after[0]
        company = text[head.start:e.end]
        out = [x for x in out if x is not e]
        out.append(Entity(head.start, e.end, type="ORG", text=company,
                          key=f"org:{phrase_key(company)}", source="company_line"))
    return sorted(out, key=lambda e: e.start)
