"""A body's «ل» complement naming two fields, the second a construct: «الرئاسة العامة
للأرصاد وحماية البيئة» (the Saudi meteorology presidency, 57 times in the 10,000 shared
SaudiNewsNet articles), «الجمعية العربية للنيازك وعلوم الفضاء». The pattern reader
(``org_patterns``) goes on after a complement over «و» + a definite word («للإغاثة
والأعمال الإنسانية»), and reads «ل» + an indefinite noun + its definite genitive as a
complement («لحقوق الإنسان»), but stops before «و» + an indefinite noun + its genitive,
so the name was cut to «[الرئاسة العامة للأرصاد]». Here a body read by the pattern
reader whose last word is a definite «ل» complement («للأرصاد», «لل» + the article) takes
«و» + an indefinite noun + a definite genitive after it, unless the noun opens a second
body, a unit or a territory («[المجلس الأعلى للقضاء] ووزارة العدل», «… للتراخيص وفرع
الهيئة», «… للسياحة ومحافظة الطائف»: the heads of ``org_patterns_ar.tsv`` and
``field_stops_ar.txt``), is a post («… للكاراتيه ورئيس الاتحاد»: ``role_words``), a verb
with its object pronoun («ويعقبها») or an elative («وأحدث التقنيات»), or where the
definite word is a title or a post, which opens a person («للجبيل وينبع الأمير سعود»:
the place «ينبع» ends the name); nor over words another entity holds. Session 15
(2026-12-06), issue 5.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import ORG_PATTERN_SOURCE, Entity
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.org_patterns import definite_heads, has_article, heads
from khabar.entities.titles import role_words, titles
from khabar.entities.words import listed_keys
from khabar.resources import load_lines
from khabar.text.arabic_conjunction import after_glued_and


def pronoun_suffixes() -> tuple[str, ...]:
    """Pronoun suffixes of two letters or more (``pronoun_suffixes_ar.txt``)."""
    return load_lines("entities/pronoun_suffixes_ar.txt")


@lru_cache(maxsize=1)
def field_stops() -> frozenset[str]:
    return listed_keys("entities/field_stops_ar.txt") | heads() | {
        h[2:] for h in definite_heads()}


def _definite_complement(word: Word) -> bool:
    """«للأرصاد»: «ل» + the article, written with one lam."""
    return word.folded.startswith("لل") and len(word.folded) > len("لل") + 1


def _second_field(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Whether words ``k``, ``k + 1`` are «و» + an indefinite noun + a definite genitive,
    each across one space, the noun opening no body or unit."""
    if k + 1 >= len(tokens):
        return False
    noun, genitive = tokens[k], tokens[k + 1]
    if text[tokens[k - 1].end:noun.start] != " " or text[noun.end:genitive.start] != " ":
        return False
    rest = after_glued_and(noun, min_rest=3)
    return (rest is not None and not rest.startswith("ال")
            and rest not in field_stops() and rest not in role_words("ar")
            and not _suffixed(noun.text) and not _elative(rest)
            and has_article(genitive) and genitive.text[:1].isalpha()
            and genitive.text not in titles() and genitive.folded not in role_words("ar"))


def _suffixed(word: str) -> bool:
    """A pronoun suffix: the first noun of a construct never takes one, a verb may
    («ويعقبها العديد»); «ه» alone is left out, as «ة» is often written so."""
    return word.endswith(pronoun_suffixes())


def _elative(rest: str) -> bool:
    """An elative (أفعل: «وأحدث التقنيات», «وأكبر الشركات», «وأهم المشاريع»): a superlative
    before its genitive, no field of a body."""
    return rest[:1] in "أا" and len(rest) in (3, 4) and not rest.endswith(("ة", "ه", "ات"))


def _taken(kept: Sequence[Entity], start: int, end: int) -> bool:
    """Whether an entity lies in ``start``..``end`` («للجبيل [وينبع]»: a place)."""
    return any(e.start < end and start < e.end for e in kept)


def complement_fields(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with each pattern body's second complement field taken in (see the module)."""
    by_end = {w.end: k for k, w in enumerate(tokens)}
    out = []
    for e in kept:
        k = by_end.get(e.end)
        if (e.type == "ORG" and e.source == ORG_PATTERN_SOURCE and k is not None
                and _definite_complement(tokens[k]) and _second_field(text, tokens, k + 1)
                and not _taken(kept, tokens[k + 1].start, tokens[k + 2].end)):
            end = tokens[k + 2].end
            name = text[e.start:end]
            e = replace(e, end=end, text=name, key=f"org:{phrase_key(name)}")
        out.append(e)
    return out
