"""A Persian body's name closed by its acronym in parentheses (issue 5, session 16
(2026-12-06), engineer ent_fa).

Persian news introduces a body by its full name and its acronym in parentheses right after
it: «سازمان حمایت از محیط زیست دریایی(راپمی)», «سازمان بهره‌وری آسیا(apo)», «آژانس
بین‌المللی انرژی اتمی (IAEA)», «خبرگزاری دانشجویان ایران(ایسنا)». The parenthesis closes the
name as a place closes the genitive in ``persian_described_bodies``: the name is the head of
institution and the words of its ezafe chain before the mark, and the acronym is a mention of
the body too (bench/data/ENTITIES-GOLD.md: «خبرگزاری دانشجویان ایران» and its acronym
«ایسنا» are two mentions). The tagger cut or missed such names, and read the acronym as a
person («راپمی») or not at all (Latin acronyms in lower case).

The chain is read backwards from the mark: words that may stand in a name's chain
(``persian_described_bodies``), «و» or a preposition of a name's complement (``acronym_chain``
rows: «حمایت از», «مبارزه با») between two of them, up to a head noun (the heads of
``described_bodies_fa.tsv`` and its ``acronym_head`` rows: «آژانس», «مرکز», «وزارت»...; not
every head of ``parent_heads_fa.tsv``: «نیروی برق(دیسپاچینگ)» is 'electric power'), which
must not be used generically («این سازمان»), and one word at least between the head and the
mark. A unit named in its parent's genitive gives the parent, as
elsewhere: reading backwards, the parent's head comes first. The acronym is one word in the
parentheses: no number, no place («(توکیو)»), no blessing written after a holy name
(``not_acronym`` rows: «(ره)», «(ع)»), no parenthesis with a suffix glued after it («(isp)ها»: a
word glossed). Where anything but the tagger's organisations and places
lies in the name (a person, a listed body that is not the name itself) nothing is read;
a listed body that is the name stays, and its acronym is added. The acronym takes the name's
key: one body under one key; written alone elsewhere in the article it is the body again, in
place of the tagger's reading of that word alone («توسط [راپمی]» read as a person), or, in
Latin letters, where nothing was read there; a Persian acronym nothing was read on may be a
word («احیاء» of «ستاد احیاء امر به معروف»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import GAZETTEER_SOURCE, ORG_LIST_SOURCE, TAGGER_SOURCE, Entity
from khabar.entities.gazetteer import place_index
from khabar.entities.persian_described_bodies import (
    AND,
    LONGEST_CHAIN,
    described_heads,
    described_table,
    generic_use,
    in_chain,
)
from khabar.entities.persian_rules import with_listed_org
from khabar.entities.persian_tidy import is_word
from khabar.entities.titles import stopwords
from khabar.entities.words import Word, phrase_key, with_org

OPEN, CLOSE = "(", ")"
MAX_ACRONYM = 12
"""The most characters of an acronym in parentheses."""
GLUED_PLURAL = re.compile(r"ها(?:یی|ی)?(?!\w)")
"""A plural ending glued after the parenthesis: the word before was glossed, no body named."""


@lru_cache(maxsize=1)
def _starts() -> frozenset[str]:
    return described_heads() | described_table().get("acronym_head", frozenset())


def _acronym(text: str, tokens: Sequence[Word], k: int) -> Word | None:
    """The acronym in the parentheses opened at token ``k``, or None."""
    if k + 2 >= len(tokens) or tokens[k + 2].text != CLOSE or GLUED_PLURAL.match(
            text, tokens[k + 2].end):
        return None  # «(isp)ها»: a word glossed, its plural glued on
    word = tokens[k + 1]
    folded = word.folded
    if (not is_word(word) or not 2 <= len(word.text) <= MAX_ACRONYM
            or any(c.isdigit() for c in folded) or folded in stopwords()
            or folded in described_table().get("not_acronym", frozenset())
            or place_index().get(word.text) is not None):
        return None
    return word


def _name_start(text: str, tokens: Sequence[Word], k: int) -> int | None:
    """The index of the head whose chain ends right before the mark at token ``k``, or None."""
    count = 0
    for j in range(k - 1, max(-1, k - 3 * LONGEST_CHAIN), -1):
        word = tokens[j]
        if "\n" in text[word.end:tokens[j + 1].start]:
            return None
        if word.folded in _starts():
            return j if count and not generic_use(tokens, j) else None
        if word.folded == AND or word.folded in described_table().get("acronym_chain", frozenset()):
            if not count or j == 0 or not in_chain(tokens[j - 1]):
                return None
            continue
        if not in_chain(word) or count > LONGEST_CHAIN:
            return None
        count += 1
    return None


def _free(found: Sequence[Entity], start: int, stop: int) -> bool:
    """Whether only the tagger's organisations and places, or a body with this very name,
    lie in ``start:stop``."""
    for e in found:
        if e.start < stop and start < e.end:
            if (e.start, e.end, e.type) == (start, stop, "ORG"):
                continue
            if not (start <= e.start and e.end <= stop) or e.source not in (
                    TAGGER_SOURCE, GAZETTEER_SOURCE) or e.type == "PER":
                return False
    return True


def acronym_bodies(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the bodies named before their acronym in parentheses, and the acronyms
    (see the module)."""
    out = list(kept)
    for k, mark in enumerate(tokens):
        if mark.text != OPEN or k == 0:
            continue
        acronym = _acronym(text, tokens, k)
        first = _name_start(text, tokens, k) if acronym is not None else None
        if acronym is None or first is None:
            continue
        start, stop = tokens[first].start, tokens[k - 1].end
        if not _free(out, start, stop) or any(
                e.start < acronym.end and acronym.start < e.end and e.type != "ORG"
                and e.source != TAGGER_SOURCE for e in out):
            continue
        if not any((e.start, e.end, e.type) == (start, stop, "ORG") for e in out):
            out = with_listed_org(out, text, start, stop)
        if not any((e.start, e.end, e.type) == (acronym.start, acronym.end, "ORG") for e in out):
            out = with_org(out, text, acronym.start, acronym.end, ORG_LIST_SOURCE,
                           key=f"org:{phrase_key(text[start:stop])}")
        out = _acronym_again(text, tokens, out, acronym, f"org:{phrase_key(text[start:stop])}")
    return sorted(out, key=lambda e: e.start)


def _acronym_again(text: str, tokens: Sequence[Word], found: list[Entity], acronym: Word,
                   key: str) -> list[Entity]:
    """``found`` with the acronym written alone elsewhere in the article as the body too, in
    place of the tagger's reading of that one word («توسط [راپمی]» read as a person)."""
    out = found
    for word in tokens:
        if word.text != acronym.text or word.start == acronym.start:
            continue
        over = [e for e in out if e.start < word.end and word.start < e.end]
        if any(e.source != TAGGER_SOURCE or (e.start, e.end) != (word.start, word.end)
               for e in over) or not (over or word.text.isascii()):
            continue  # a Persian acronym may be a word too («احیاء»): only the tagger's reading
        out = with_org(out, text, word.start, word.end, "org_again", key=key)
    return out
