"""Persian organisations: listed names and units named in their parent's genitive.

- Iranian state bodies, forces, foundations, banks, universities and parties are read from
  a list (``resources/entities/orgs_fa.txt``; the tagger cut or missed «ستاد مبارزه با مواد
  مخدر», «سازمان حفاظت از محیط زیست», «شورای شهر تهران»): a name and the place right
  after it («شورای شهر تهران», «هلال احمر شهرستان ساری» with a province's or county's
  noun: session 30), or the word of the whole country that closes a national
  body's name («سازمان مدیریت و برنامه ریزی کشور»: ``scope_words_fa.txt``, session 23
  (2026-12-07)), in place of the tagger's shorter or crossing spans and the
  places inside it; a longer span of the tagger that holds it is kept («سازمان میراث
  فرهنگی و گردشگری»), and so is a person of the rules. The Persian names of the KB's
  organisations are read so too (agencies, armed groups, parties, international bodies:
  «رویترز», «پنتاگون», «صلیب سرخ», «اخوان المسلمین», which the tagger missed or read as a
  person, or as the place inside «حزب مردم پاکستان»), without the place after them: they
  are no local office of a town. A KB name that is another of the body's names and more
  words («حزب‌الله لبنان», «وزارت امور خارجه کشورمان») is read as the shorter name, the
  rest apart, as before: a role phrase over the name («دبیر کل حزب‌الله») then still meets
  the name whole and gives its holder. A KB name that is a generic phrase too («دستگاه
  قضایی»: ``generic_body_names_fa.txt``) is not read. A listed name followed by a word
  outlets borrow from English («نیوز», «آنلاین», «پرس»: ``media_name_words_fa.txt``) opens an
  outlet's name and is read with it («سپاه نیوز», «ناجا آنلاین»), not as the body alone.

- A body named by the town or province it serves, right after its head («دانشگاه تبریز»,
  «دانشگاه علوم پزشکی شیراز», «استانداری فارس»: ``place_bodies_fa.txt``) is one
  organisation in place of the place, which the rules' gazetteer won alone; the head alone
  is a generic body and no name.
- A unit named in its parent's genitive («مرکز مدیریت بیماری‌های وزارت بهداشت», «کمیسیون
  فرهنگی مجلس», «گروه ارزشیابی سازمان سنجش آموزش کشور»): the parent is the name, as the
  project's gold labels it (bench/data/ENTITIES-GOLD.md) and as events and stories need it
  (one body under one key, whichever desk of it spoke). A tagger organisation that opens on
  a unit's noun (``resources/entities/unit_heads_fa.txt``) and holds a body's head noun
  further on (``parent_heads_fa.tsv``) starts there; a unit of a unit («دانشکده فنی
  دانشگاه تهران» inside a group) is cut again. A unit named alone («مرکز امور مشارکت
  زنان», «اداره منابع طبیعی») stays whole, and so does a parent that is a bare head noun
  the language uses for any body («شهرداری», «بانک»). So too a tagger organisation that
  opens on a post's field right after the post's noun («معاون [آموزش عمومی وزارت آموزش و
  پرورش]»: ``_field_start``, session 16 (2026-12-06)); a head after «امور» is a field, no
  parent («معاونت حقوقی و امور مجلس وزارت رفاه» gives «وزارت رفاه»).
- The tagger's organisation after «وزیر» (the minister's field: «وزیر [نیرو]», «وزیر [امور
  خارجه]») is kept: ARMAN labels it so (13 of 14 in its dev split), and dropping it cost
  the whole stage 2.7 points of ARMAN ORG recall (session 12, 2026-12-05).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from khabar.doc import GAZETTEER_SOURCE, TAGGER_SOURCE, Entity
from khabar.entities.persian_acronyms import acronym_bodies
from khabar.entities.persian_described_bodies import described_bodies, place_companies
from khabar.entities.persian_named_after import named_after_bodies
from khabar.entities.persian_rules import (
    REPLACED_SOURCES,
    name_runs,
    prefixes_of,
    with_listed_org,
)
from khabar.entities.persian_tidy import is_word
from khabar.entities.titles import role_words
from khabar.entities.words import Word, listed_keys, listed_lengths, phrase_key
from khabar.kb.entries import KnowledgeBase, per_kb
from khabar.resources import load_tsv

ALONE = "alone"
"""The mark of a parent head that names one body without more words («مجلس»)."""
AFFAIRS = "امور"
"""'Affairs of': the word after it is a field («امور مجلس», «امور خارجه»), no body."""


@lru_cache(maxsize=1)
def _local_orgs() -> dict[str, int]:
    """Phrase key -> number of words of the names of ``orgs_fa.txt``."""
    return listed_lengths("entities/orgs_fa.txt")


def _generic_names() -> frozenset[str]:
    return listed_keys("entities/generic_body_names_fa.txt")


def _media_words() -> frozenset[str]:
    return listed_keys("entities/media_name_words_fa.txt")


def _outlet_end(tokens: Sequence[Word], end: int) -> int:
    """The end of the outlet a listed name opens («سپاه نیوز», «ناجا آنلاین»), or ``end``."""
    while end < len(tokens) and tokens[end].folded in _media_words():
        end += 1
    return end


@dataclass(frozen=True)
class ListedNames:
    words: dict[str, int]
    """Phrase key -> number of words, of the listed and the KB's names."""
    prefixes: frozenset[str]


@per_kb
def listed_names(kb: KnowledgeBase | None) -> ListedNames:
    """The names of ``orgs_fa.txt`` and the KB's organisations' Persian names (found once per
    KB: the KB is read once per stage)."""
    names = dict(_local_orgs())
    for entry in kb.entries.values() if kb is not None else ():
        if entry.type == "ORG":
            own = entry.names.get("fa", ())
            for name in own:
                if not any(name.startswith(other + " ") for other in own) and phrase_key(
                        name) not in _generic_names():
                    names.setdefault(phrase_key(name), len(name.split()))
    return ListedNames(names, prefixes_of(names))


def _listed_spans(text: str, tokens: Sequence[Word], names: ListedNames) -> list[tuple[int, int]]:
    """Token ranges of listed names, longest first, left to right."""
    longest = max(names.words.values(), default=0) + 2  # commas and ZWNJ-split words add tokens
    return name_runs(text, tokens, longest, names.words.keys(), names.prefixes)


def _scope_words() -> frozenset[str]:
    return listed_keys("entities/scope_words_fa.txt")


def _own_place_end(out: Sequence[Entity], tokens: Sequence[Word], end: int, stop: int) -> int:
    """The end of a listed body's own place at word ``end``: the gazetteer's place («شورای شهر
    تهران»), also after a province's or county's noun («سازمان جهاد کشاورزی استان سمنان»,
    «هلال احمر شهرستان ساری»: ``_place_after``, session 30 (2026-12-07), engineer ent_fa17;
    the list's name stopped before the noun), or the word of the whole country («سازمان
    مدیریت و برنامه ریزی کشور»: ``scope_words_fa.txt``); ``stop`` where there is none."""
    place = _place_after(out, tokens, end)
    if place is not None:
        return place.end
    return tokens[end].end if tokens[end].folded in _scope_words() else stop


def add_listed_orgs(text: str, tokens: Sequence[Word], kept: Sequence[Entity],
                    kb: KnowledgeBase | None = None) -> list[Entity]:
    """``kept`` with the listed Persian organisations (see the module)."""
    out = list(kept)
    for first, name_end in _listed_spans(text, tokens, listed_names(kb)):
        end = _outlet_end(tokens, name_end)
        start, stop = tokens[first].start, tokens[end - 1].end
        if end == name_end < len(tokens) and phrase_key(text[start:stop]) in _local_orgs():
            stop = _own_place_end(out, tokens, end, stop)
        over = [e for e in out if e.start < stop and start < e.end]
        if any(e.source not in REPLACED_SOURCES or (e.type == "PER" and e.source != TAGGER_SOURCE)
               or (e.start <= start and stop <= e.end and e.type == "ORG")
               for e in over):
            continue
        out = with_listed_org(out, text, start, stop)
    return sorted(out, key=lambda e: e.start)


@lru_cache(maxsize=1)
def _place_body_heads() -> ListedNames:
    names = listed_lengths("entities/place_bodies_fa.txt")
    return ListedNames(names, prefixes_of(names))


def _place_after(out: Sequence[Entity], tokens: Sequence[Word], end: int) -> Entity | None:
    """The gazetteer place at word ``end`` (which may hold the province's noun: «استان
    واسط»), or after a province's or county's noun there («دادگستری استان بوشهر»: the noun is
    in the name, as the gold keeps a provincial office's province; ``place_body_nouns_fa.txt``)."""
    nouns = listed_keys("entities/place_body_nouns_fa.txt")
    for k in (end, end + 1):
        place = next((e for e in out if e.type == "LOC" and e.source == GAZETTEER_SOURCE
                      and k < len(tokens) and e.start == tokens[k].start), None)
        if place is not None or k >= len(tokens) or tokens[k].folded not in nouns:
            return place
    return None


def add_place_bodies(text: str, tokens: Sequence[Word], kept: Sequence[Entity],
                     kb: KnowledgeBase | None = None) -> list[Entity]:
    """``kept`` with a body's head and the gazetteer place right after it as one organisation
    in place of the place (see the module), then the bodies named by a head, its ezafe chain
    and a place (``persian_described_bodies``) or a person (``persian_named_after``), the
    companies named by a place and a word («ایران خودرو»: ``place_companies``), and the bodies
    named before their acronym in parentheses (``persian_acronyms``)."""
    out = list(kept)
    for first, end in _listed_spans(text, tokens, _place_body_heads()):
        place = _place_after(out, tokens, end)
        if place is None:
            continue
        start, stop = tokens[first].start, place.end
        over = [e for e in out if e.start < stop and start < e.end and e is not place]
        if any(e.source not in REPLACED_SOURCES or e.type == "PER" for e in over):
            continue
        out = with_listed_org(out, text, start, stop)
    known = listed_names(kb).words.keys()
    out = described_bodies(text, tokens, sorted(out, key=lambda e: e.start), known)
    out = place_companies(text, tokens, named_after_bodies(text, tokens, out, known))
    return acronym_bodies(text, tokens, out)


def _unit_heads() -> frozenset[str]:
    return listed_keys("entities/unit_heads_fa.txt")


@lru_cache(maxsize=1)
def parent_heads() -> dict[str, bool]:
    """Phrase key of a parent's head noun -> whether it names a body alone
    (``parent_heads_fa.tsv``; also read by ``persian_field_posts``)."""
    return {phrase_key(row[0]): row[1] == ALONE for row in load_tsv("entities/parent_heads_fa.tsv")}


def _parent_start(tokens: Sequence[Word], first: int, end: int) -> int:
    """The index of the word the parent body's name opens on, or ``first``."""
    k = first
    while tokens[k].folded in _unit_heads():
        found = next((j for j in range(k + 1, end) if tokens[j - 1].folded != AFFAIRS
                      and _opens_parent(tokens, j, end)), None)
        if found is None:
            break
        k = found
    return k


def _opens_parent(tokens: Sequence[Word], j: int, end: int) -> bool:
    alone = parent_heads().get(tokens[j].folded)
    if alone is None:
        return False
    return alone or sum(1 for w in tokens[j + 1:end] if is_word(w)) >= 1


def _field_start(tokens: Sequence[Word], first: int, end: int) -> int:
    """The index of the parent's head in a tagger organisation that opens on a post's field
    (session 16 (2026-12-06), engineer ent_fa): right after a post's noun («معاون [آموزش
    عمومی وزارت آموزش و پرورش]», «مدیر کل [صنایع فلزی وزارت صنایع و معادن]»: the field
    is part of the post, the parent is the name) or after «امور» («امور [مجلس وزارت رفاه]»:
    «امور مجلس» is a field, not the parliament); ``first`` where there is none. A parent's
    head after «امور» is a field too («معاون [توسعه مدیریت و امور مجلس سازمان ...]»)."""
    before = tokens[first - 1].folded if first else ""
    opening = tokens[first].folded
    if before != AFFAIRS and (before not in role_words() or opening in parent_heads()
                              or opening in _unit_heads()):
        return first
    return next((j for j in range(first + 1, end) if tokens[j - 1].folded != AFFAIRS
                 and _opens_parent(tokens, j, end)), first)


def parent_bodies(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the tagger's units named in a parent's genitive cut to the parent (see
    the module)."""
    starts = [w.start for w in tokens]
    out = []
    for e in kept:
        if e.type == "ORG" and e.source == TAGGER_SOURCE:
            first, end = bisect_left(starts, e.start), bisect_left(starts, e.end)
            if first >= end:
                out.append(e)
                continue
            k = _parent_start(tokens, first, end)
            if k == first:
                k = _field_start(tokens, first, end)
            if k != first:
                start = tokens[k].start
                e = replace(e, start=start, text=text[start:e.end],
                            key=f"org:{phrase_key(text[start:e.end])}")
        out.append(e)
    return out
