"""Persian bodies named by a description alone, written again in the article (issue 5,
session 29 (2026-12-07), engineer ent_fa15).

``persian_described_bodies`` reads a body's head noun, its ezafe chain and the place that
closes it («انجمن دیابت ایران»). Many bodies have no place to close their name: «سازمان
بین‌المللی کار», «ستاد بازسازی عتبات عالیات», «شرکت کنترل ترافیک», «دانشگاه ایالتی
اوهایو». Without capitals nothing tells where such a name ends, and a head with its chain is
as often a description («سازمان مربوطه», «ستاد برگزاری مسابقه»). What marks a name is that
the article writes it again, word for word, and that its end is seen: a report names its
subject body several times, and a description is seldom repeated whole.

A writing is a head of ``described_bodies_fa.tsv`` (less the heads of units, which name a
part of a parent, ``unit_heads_fa.txt``, and the heads of kind ``not_head`` in
``repeated_bodies_fa.tsv``: a court or an exchange named by its kind, a front) and its
chain, read as ``persian_described_bodies`` reads it, up to a gazetteer place or the
country's word, which close it (none where the name may go on after the place: «ایران
خودرو», «... تهران و حومه»). A verb after the chain makes its last word the verb's noun, which
is left out («شرکت کنترل ترافیک [معرفی] شد»: a light verb, a word opening on «می‌», a verb of
kind ``verb``); its end is then seen, as at a mark, a function word or a line's end. It is
not seen before the object's «را» («حزب کارگر اکثریت را ...»), a preposition that opens a
complement (the name may go on: «شورای طرح حمایت از بخش خصوصی»), a parent's head (a unit in
its parent's genitive: «سازمان فرهنگی هنری [شهرداری تهران]»), a plural of a place's noun
(«شورای فرهنگ عمومی شهرستان‌ها»), nor where the chain reaches its longest. A head with at
least ``MIN_CHAIN`` words of its chain names a body when at least two writings hold those
words and one of them is seen to end there (a paragraph printed twice is one writing), and
the name is not a kind of body (kind ``generic``). Each writing is then its longest such
name, one organisation, where only the tagger's organisations and places lie inside it, none
of those organisations opens after the head (the tagger read a name after a noun of kind,
which the gold leaves out: «شرکت «بیکر هیوز»», bench/data/ENTITIES-GOLD.md), none is a
listed or KB body's name, and, after a company's «شرکت», no organisation lies at all.

A head after a demonstrative, a number or an ordinal is a common noun (``generic_use``), and
so is one before a word that refers back (kind ``determiner``: «شرکت مذکور», «سازمان
یادشده») or with the word after it a common noun (kind ``compound``: «صندوق پستی»). A chain
holding Latin letters is left to ``persian_described_bodies.borrowed_names``. The rule runs
last of the Persian rules, so that every rule that reads a body more surely (listed names,
places, persons it is named after, acronyms) has read it first. Studied set orgs23: «شرکت
کنترل ترافیک», missed twice, found; check draws in bench/ent_fa15_session29_results.json.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

from khabar.doc import GAZETTEER_SOURCE, Entity
from khabar.entities.persian_described_bodies import (
    AND,
    VERB_OPENINGS,
    chain_step,
    described_heads,
    described_table,
    free_span,
    generic_use,
    in_chain,
    parent_body_heads,
)
from khabar.entities.persian_rules import with_listed_org
from khabar.entities.titles import light_verbs, place_nouns
from khabar.entities.words import Word, listed_keys, phrase_key
from khabar.normalize.zwnj_lexicon import ZWNJ
from khabar.resources import load_tsv
from khabar.text.persian_function_words import OBJECT_MARK

MIN_CHAIN = 2
"""The fewest words of a name's chain after its head (one word is as often an adjective of
kind: «شورای عالی», «حزب حاکم», «کمیته فنی»)."""
MAX_CHAIN = 5
"""The most words of a chain read (``persian_described_bodies.LONGEST_CHAIN``)."""
END = ""
"""What follows a chain whose end is seen."""
UNSEEN = "\n"
"""What follows a chain whose end is not seen («را», a preposition, a parent's head, a plural
of a place's noun, the longest chain)."""
LATIN = re.compile(r"[A-Za-z]")
PLURAL_ENDINGS = frozenset({"ها", "های"})
"""The plural endings of a place's noun, joined or after a ZWNJ («شهرستانها», «استان‌های»)."""

Key = tuple[str, ...]
Writing = tuple[int, list[int], str]
"""A head's index, its chain's indices and what follows the chain (a word, END, UNSEEN)."""


@cache
def _words(kind: str) -> frozenset[str]:
    """The words of a kind of ``repeated_bodies_fa.tsv`` (not_head, determiner, verb, generic,
    compound)."""
    return frozenset(phrase_key(row[0]) for row in load_tsv("entities/repeated_bodies_fa.tsv")
                     if row[1] == kind)


@cache
def _heads() -> frozenset[str]:
    """The described heads, less the units' heads and the heads of kind ``not_head``."""
    left_out = listed_keys("entities/unit_heads_fa.txt") | _words("not_head")
    return frozenset(head for head in described_heads() if head not in left_out)


def _opens_complement(word: Word) -> bool:
    """A preposition of a noun's complement («از», «با», «برای»: ``acronym_chain``)."""
    return word.folded in described_table().get("acronym_chain", frozenset())


def _verb(word: Word) -> bool:
    """A verb after a chain («می‌…», a light verb, a verb of kind ``verb``): the chain's last
    word is the verb's noun, and the name ends before it («سازمان سنجش [معرفی] می‌شوند»)."""
    key = phrase_key(word.text)
    return (word.text.startswith(VERB_OPENINGS) or word.folded + ZWNJ in VERB_OPENINGS
            or key in light_verbs() or key in _words("verb"))


def _unseen_end(word: Word) -> bool:
    """A word after a chain that leaves its end unseen: the object's «را» (the last word may
    be the object), a preposition that opens a complement (the name may go on)."""
    return word.folded == OBJECT_MARK or _opens_complement(word)


def _closes(word: Word, places: dict[int, Entity]) -> bool:
    """A gazetteer place or the country's word (``closer``), which closes a chain."""
    return word.start in places or word.folded in described_table()["closer"]


def _parent_after(word: Word) -> bool:
    """A parent body's head right after the chain: the chain may name a unit in its parent's
    genitive («سازمان فرهنگی هنری [شهرداری تهران]»: the parent is the name,
    ``persian_units.parent_bodies``), so the chain's whole is no name there."""
    return word.folded in parent_body_heads()


def _places_plural(word: Word) -> bool:
    """A plural of a place's noun («شهرستان‌ها», «استان‌های»): the chain names a kind of body
    in every such place («شورای فرهنگ عمومی شهرستان‌ها»), no one body."""
    text = word.text.replace(ZWNJ, "")
    return any(text.endswith(ending) and phrase_key(text[:-len(ending)]) in place_nouns()
               for ending in PLURAL_ENDINGS)


def _goes_on_after_place(tokens: Sequence[Word], k: int) -> bool:
    """Whether the name may go on after its place, as ``persian_described_bodies`` reads it:
    a word that makes a company of the place («ایران خودرو»), or «و» and a word of a chain
    («شرکت راه آهن شهری تهران و حومه»)."""
    if k >= len(tokens):
        return False
    if tokens[k].folded in described_table()["after_place"]:
        return True
    return tokens[k].folded == AND and k + 1 < len(tokens) and in_chain(tokens[k + 1])


def _writing(text: str, tokens: Sequence[Word], i: int,
             places: dict[int, Entity]) -> Writing | None:
    """The chain after the head at ``i`` and what follows it, or None where it holds Latin
    letters, the head is a common noun (``_common_noun``) or the name may go on after its
    place."""
    chain: list[int] = []
    count = 0
    k = i + 1
    follow = END
    while k < len(tokens) and "\n" not in text[tokens[k - 1].end:tokens[k].start]:
        if count == MAX_CHAIN:
            follow = UNSEEN
            break
        if count and _closes(tokens[k], places):
            end = places[tokens[k].start].end if tokens[k].start in places else tokens[k].end
            chain += [j for j in range(k, len(tokens)) if tokens[j].start < end]
            if _goes_on_after_place(tokens, chain[-1] + 1):
                return None
            break
        if _places_plural(tokens[k]):
            follow = UNSEEN
            break
        step = chain_step(tokens, k, count)
        if step is None:
            if _verb(tokens[k]) and chain:
                chain.pop()
            elif _unseen_end(tokens[k]) or _parent_after(tokens[k]):
                follow = UNSEEN
            break
        count = step
        chain.append(k)
        k += 1
    while chain and tokens[chain[-1]].folded == AND:
        chain.pop()
    if not chain or LATIN.search(text[tokens[i].start:tokens[chain[-1]].end]) or (
            _common_noun(tokens[i], tokens[chain[0]])):
        return None
    return i, chain, follow


def _common_noun(head: Word, first: Word) -> bool:
    """A head before a word that refers back («شرکت مذکور») or with the word after it a
    common noun («صندوق پستی»)."""
    return first.folded in _words("determiner") or phrase_key(
        f"{head.text} {first.text}") in _words("compound")


def _keys(tokens: Sequence[Word], writing: Writing) -> list[tuple[Key, str]]:
    """Each head-and-chain key of at least ``MIN_CHAIN`` words that the writing holds, with
    what follows it there."""
    i, chain, follow = writing
    words = [tokens[k].folded for k in chain]
    keys = []
    for n in range(1, len(words) + 1):
        if words[n - 1] != AND and sum(w != AND for w in words[:n]) >= MIN_CHAIN:
            keys.append(((tokens[i].folded, *words[:n]), words[n] if n < len(words) else follow))
    return keys


def _names(tokens: Sequence[Word], writings: Sequence[Writing]) -> set[Key]:
    """The keys held by two writings or more, one of which is seen to end after them, less
    the generic ones (kind ``generic``: «دانشگاه علوم پزشکی»). Writings in the same words
    from two words before the head to the one after the chain count once: a paragraph
    printed twice is one writing."""
    after: dict[Key, list[str]] = {}
    seen = set()
    for writing in writings:
        i, chain, _ = writing
        context = tuple(w.folded for w in tokens[max(0, i - 2):chain[-1] + 2])
        if context in seen:
            continue
        seen.add(context)
        for key, following in _keys(tokens, writing):
            after.setdefault(key, []).append(following)
    return {key for key, follow in after.items()
            if len(follow) >= 2 and END in follow and phrase_key(" ".join(key)) not in _words(
                "generic")}


def _open(kept: Sequence[Entity], head: Word, stop: int, known: Collection[str]) -> bool:
    """Whether only the tagger's organisations and places lie in the span (``free_span``),
    none of those organisations opens after the head, and none at all lies over a company's
    «شرکت» (kind ``latin_head``): the tagger's «شرکت سایپا» holds the company's own name,
    which the gold writes without «شرکت» (bench/data/ENTITIES-GOLD.md), and a longer span
    would be no nearer it."""
    if head.folded in described_table().get("latin_head", frozenset()) and any(
            e.type == "ORG" and e.start < stop and head.start < e.end for e in kept):
        return False
    return free_span(kept, head.start, stop, known) and not any(
        e.type == "ORG" and head.end <= e.start < stop for e in kept)


def repeated_bodies(text: str, tokens: Sequence[Word], kept: Sequence[Entity],
                    known: Collection[str] = frozenset()) -> list[Entity]:
    """``kept`` with the bodies named by a head and its chain written twice (see the
    module); ``known`` holds the phrase keys of the listed and the KB's Persian body names."""
    places = {e.start: e for e in kept if e.type == "LOC" and e.source == GAZETTEER_SOURCE}
    writings = []
    for i, word in enumerate(tokens):
        if word.folded in _heads() and not generic_use(tokens, i):
            writing = _writing(text, tokens, i, places)
            if writing is not None and _open(kept, word, tokens[writing[1][-1]].end, known):
                writings.append(writing)
    names = _names(tokens, writings)
    out = list(kept)
    for writing in writings:
        key = next((key for key, _ in reversed(_keys(tokens, writing)) if key in names), None)
        if key is None:
            continue
        i, chain, _ = writing
        if len(key) - 1 == len(chain) and chain[-1] + 1 < len(tokens) and _parent_after(
                tokens[chain[-1] + 1]):
            continue
        start, stop = tokens[i].start, _key_end(tokens, chain, key)
        if _open(out, tokens[i], stop, known):
            out = with_listed_org(out, text, start, stop)
    return sorted(out, key=lambda e: e.start)


def _key_end(tokens: Sequence[Word], chain: Sequence[int], key: Key) -> int:
    """The character end of the key's last word in the chain."""
    return tokens[chain[len(key) - 2]].end
