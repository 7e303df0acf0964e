"""A Persian organisation of the tagger that ran into the next word (issue 5, session 13
(2026-12-05)): «به [بانک کشاورزی بدهکار] هستند», «در [سازمان سنجش پیاده‌سازی] شد», «[شورای
شهر برآن] پافشاری می‌کرد». Persian puts the predicate's noun or adjective right after its
subject or object, and the tagger, with no capitals to stop it, takes it into the name. The
article gives the name: where the same body is named elsewhere without the last word, and
this longer form is written once, the last word is the predicate's, unless it is a place (a
body's place stands in its name: «شورای شهر تهران») or a word some listed or KB body's name
holds («کشور», «فوتبال», «اتوبوسرانی», «ایران»: a name's own word), or a mark or a line
break follows it («[سازمان جشنواره فجر]،», «[تیم ملی کاراته بانوان]،»: a predicate's word is
followed by its verb or complement).

Session 17 (2026-12-06): a tagger organisation that opens on a listed body's full name
(``orgs_fa.txt``: «وزارت بهداشت», «بانک مرکزی») and runs on into a word that no listed or KB
body's name holds is cut after the listed name, even where the article names it once
(``trim_after_listed``: «[وزارت بهداشت] شمار مبتلایان», «[بانک مرکزی] رسیده‌اند»), unless a
place follows anywhere in the rest (a longer name with its place: «سازمان نظام مهندسی
ساختمان استان تهران»).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import TAGGER_SOURCE, Entity
from khabar.entities.gazetteer import Word, place_index, words
from khabar.entities.words import listed_keys, phrase_key
from khabar.kb.entries import KnowledgeBase, per_kb
from khabar.resources import load_lines

CLAUSE_MARKS = frozenset("،,.;:؛!?»)\n")
"""Marks after which no predicate's complement follows: «[سازمان جشنواره فجر]،» keeps its
last word, which ends the clause."""


def org_names_fa(kb: KnowledgeBase | None) -> list[str]:
    """The names of ``orgs_fa.txt`` and the Persian names of the KB's organisations."""
    names = list(load_lines("entities/orgs_fa.txt"))
    for entry in kb.entries.values() if kb is not None else ():
        if entry.type == "ORG":
            names.extend(entry.names.get("fa", ()))
    return names


@per_kb
def known_org_keys(kb: KnowledgeBase | None) -> frozenset[str]:
    """The keys of the whole names of ``orgs_fa.txt`` and of the KB's organisations."""
    return frozenset(phrase_key(name) for name in org_names_fa(kb))


@per_kb
def body_name_words(kb: KnowledgeBase | None) -> frozenset[str]:
    """The folded words of the names of ``orgs_fa.txt`` and of the KB's organisations."""
    return frozenset(w.folded for name in org_names_fa(kb) for w in words(name))


def _shorter(text: str, entity: Entity, shorter: frozenset[str], once: Counter[str],
             name_words: frozenset[str]) -> int | None:
    """Where ``entity`` ends without its run-on last word, or None."""
    if entity.type != "ORG" or entity.source != TAGGER_SOURCE or once[phrase_key(entity.text)] > 1:
        return None
    parts = words(entity.text)
    if len(parts) < 3 or not all(w.text[:1].isalnum() for w in parts):
        return None
    last = parts[-1]
    head = entity.text[:parts[-2].end]
    if (phrase_key(head) not in shorter or last.folded in name_words
            or last.text in place_index() or last.text[:1].isdigit()
            or _clause_ends(text, entity.end)):
        return None
    return entity.start + parts[-2].end


def _clause_ends(text: str, end: int) -> bool:
    """A mark or a line break right after: a name's last word may end a clause, a
    predicate's word is followed by its verb or complement («بدهکار هستند»)."""
    rest = text[end:end + 8].lstrip(" \u200c")
    return not rest or rest[0] in CLAUSE_MARKS


def trim_run_ons(text: str, tokens: Sequence[Word], entities: Sequence[Entity],
                 kb: KnowledgeBase | None = None) -> list[Entity]:
    """``entities`` with each tagger organisation that ran into a predicate's word cut
    before it (see the module)."""
    orgs = [e for e in entities if e.type == "ORG"]
    if len(orgs) < 2:
        return list(entities)
    once = Counter(phrase_key(e.text) for e in orgs)
    shorter = frozenset(once)
    name_words = body_name_words(kb)
    return cut_orgs(text, entities, lambda e: _shorter(text, e, shorter, once, name_words))


def cut_orgs(text: str, entities: Sequence[Entity],
             end_of: Callable[[Entity], int | None]) -> list[Entity]:
    """``entities`` with each one that ``end_of`` gives an earlier end cut there and keyed
    anew as the organisation it now names."""
    out = []
    for e in entities:
        end = end_of(e)
        out.append(e if end is None else replace(
            e, end=end, text=text[e.start:end], key=f"org:{phrase_key(text[e.start:end])}"))
    return out


@lru_cache(maxsize=1)
def _listed_names() -> frozenset[str]:
    return frozenset(phrase_key(name.split("\t")[0]) for name in load_lines("entities/orgs_fa.txt"))


@lru_cache(maxsize=1)
def _province_words() -> frozenset[str]:
    """The folded first words of the provinces' names («خراسان», «خوزستان», «سیستان»)."""
    from khabar.kb.places import province_names

    return frozenset(parts[0].folded for name, _ in province_names() if (parts := words(name)))


def _place_word(text: str, before: Word, word: Word) -> bool:
    """A place, a province or a place noun, or any word after a place noun closing the
    listed name: the body's place in its name («[سازمان بهزیستی] خراسان جنوبی», «[شورای
    شهر] بم», «جنوب استان کرمان»)."""
    near = text[word.start:word.end + 30].split()
    places = listed_keys("entities/place_nouns.txt")
    return (word.text in place_index() or " ".join(near[:2]) in place_index()
            or word.folded in _province_words() or word.folded in places
            or before.folded in places)


def _listed_end(text: str, entity: Entity, listed: frozenset[str],
                name_words: frozenset[str]) -> int | None:
    """Where ``entity`` ends if it opens on a listed name and runs into a word no body's name
    holds, or None. A place anywhere after the listed name closes a longer name of the body
    («[سازمان نظام مهندسی] ساختمان استان تهران»): no cut."""
    if entity.type != "ORG" or entity.source != TAGGER_SOURCE:
        return None
    parts = words(text, entity.start, entity.end)
    for i in range(len(parts) - 1, 1, -1):
        if phrase_key(text[entity.start:parts[i - 1].end]) not in listed:
            continue
        word = parts[i]
        if (word.folded in name_words or not word.text[:1].isalpha() or any(
                _place_word(text, parts[j - 1], parts[j]) for j in range(i, len(parts)))):
            return None
        return parts[i - 1].end
    return None


def trim_after_listed(text: str, entities: Sequence[Entity],
                      kb: KnowledgeBase | None = None) -> list[Entity]:
    """``entities`` with each tagger organisation that opens on a listed body's full name
    («وزارت بهداشت», «بانک مرکزی») and runs on into a word that no listed or KB body's name
    holds, nor a place, cut after the listed name: «[وزارت بهداشت شمار مبتلایان]», «[بانک
    مرکزی رسیده‌اند]». Issue 5, session 17 (2026-12-06)."""
    listed, name_words = _listed_names(), body_name_words(kb)
    return cut_orgs(text, entities, lambda e: _listed_end(text, e, listed, name_words))
