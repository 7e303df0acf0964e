"""Word tokens with folded forms, for every matcher of the entity, event and quote stages.

Several stages tokenize the same document: the entity stage the whole text, the quote
and event stages each sentence again, the linker each name several times. The last few
long texts tokenized whole are kept, and a sentence of one is a slice of its words rather
than a new tokenization; short texts (names) are kept in a bounded cache. A slice is
used only when it is exactly what tokenizing the range would give (see ``_slice``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from khabar.doc import Entity
from khabar.errors import ResourceError
from khabar.normalize.fold import fold_word
from khabar.resources import load_lines, load_tsv, read_lines
from khabar.text.tokens import token_starts, token_texts

SHORT_TEXT = 256
"""Texts up to this length (names, titles) go to the bounded cache, longer ones (the
document) to the one-document slot, so that names linked between two sentences of
the document do not push it out."""


@dataclass(slots=True, unsafe_hash=True)
class Word:
    """A token of the text with its folded form. Treated as immutable, but not declared
    frozen: a frozen dataclass sets each field through ``object.__setattr__``, and a
    document makes thousands of words (making one took 1.1 µs frozen, 0.3 µs not).
    ``unsafe_hash`` gives the frozen class's hash (of the four fields)."""

    start: int
    end: int
    text: str
    folded: str
    variants: tuple[tuple[int, str], ...] | None = field(
        default=None, init=False, repr=False, compare=False)
    """``phrases.clitic_variants`` of the word, kept on it when first asked: the Arabic
    rules ask it of each word about ten times, and reading it here costs a fifth of
    asking the shared cache (issue 8). Not a field of the word's value: no part of its
    equality, hash or ``repr``."""


_Document = tuple[str, tuple[Word, ...], list[int], list[int]]
DOCUMENTS = 4
"""Long texts kept tokenized. A rule that tokenizes a long line or paragraph of the
document whole (``persian_word_persons._credited``) no longer pushes the document out, so
the event and quote stages slice it rather than tokenize it again (issue 8)."""
_documents: tuple[_Document, ...] = ()
"""The last long texts tokenized whole, the latest first: each with its words, their
starts and their ends."""


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Word tokens of ``text[start:end]`` with folded forms (punctuation included)."""
    stop = len(text) if end is None else end
    if start == 0 and stop == len(text):
        return list(_short_words(text) if stop <= SHORT_TEXT else _document_words(text))
    for document in _documents:
        if document[0] is text:
            sliced = _slice(document, start, stop)
            if sliced is not None:
                return sliced
            break
    return _tokenized(text, start, stop)


def _tokenized(text: str, start: int, stop: int) -> list[Word]:
    # the texts and then their places: a fifth cheaper than a match object a word (issue 8)
    texts = token_texts(text, start, stop)
    return [Word(at, at + len(word), word, fold_word(word))
            for at, word in zip(token_starts(text, texts, start), texts, strict=True)]


@lru_cache(maxsize=1 << 14)
def _short_words(text: str) -> tuple[Word, ...]:
    return tuple(_tokenized(text, 0, len(text)))


def _document_words(text: str) -> tuple[Word, ...]:
    global _documents
    kept = _documents
    for document in kept:
        if document[0] is text or document[0] == text:
            return document[1]
    found = tuple(_tokenized(text, 0, len(text)))
    # One tuple, assigned at once: a thread reading it sees the old or the new one, whole.
    _documents = ((text, found, [w.start for w in found], [w.end for w in found]),
                  *kept[:DOCUMENTS - 1])
    return found


def _slice(document: _Document, start: int, stop: int) -> list[Word] | None:
    """The document's words inside ``[start, stop)``, or None when a word of the whole
    text crosses ``start`` or ``stop``: tokenizing the range would then cut it. Otherwise
    the tokenizer (no anchors, no look-behind) finds from ``start`` the same words as it
    did in the whole text, and up to ``stop`` the same ones that end by then."""
    _, found, starts, ends = document
    first = bisect_left(ends, start + 1)  # the first word ending after start
    if first < len(found) and found[first].start < start:
        return None
    last = bisect_left(starts, stop)  # the first word starting at or after stop
    if last > 0 and ends[last - 1] > stop:
        return None
    return list(found[first:last])


@lru_cache(maxsize=1 << 14)
def phrase_key(phrase: str) -> str:
    """The index key of a name: its folded words joined without spaces. Cached: the
    linker and the reference passes key the same names and words again and again."""
    return key_and_parts(phrase)[0]


def key_and_parts(phrase: str) -> tuple[str, int]:
    """``phrase_key`` and the number of tokens of the name, from one tokenization."""
    tokens = token_texts(phrase)
    # fold_word: the keyed phrases are new, but their words mostly are not
    return "".join([fold_word(t) for t in tokens if t.isalnum() or len(t) > 1]), len(tokens)


@cache
def listed_keys(name: str, lang: str | None = None) -> frozenset[str]:
    """The phrase keys of a word list under resources/ (a word or phrase a line), which
    is how a rule tests a word or phrase against the list.

    A row may name after a tab the one language it is written for: lists serve Persian
    and Arabic text and match folded words, and the fold makes some words of one language
    a common word of the other (Persian «کل» 'chief' of «فرمانده کل» is Arabic «كل»
    'each'). Given ``lang``, the rows of another language are left out; without it,
    every row is kept, for the callers that do not know the text's language."""
    return frozenset(phrase_key(row[0]) for row in load_tsv(name) if for_language(row, lang))


def folded_phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """The folded words of each line of a word list under resources/ (a phrase a line), for
    the rules that walk a phrase word by word; a line without a word is an error of the list."""
    phrases = tuple(tuple(w.folded for w in words(line)) for line in load_lines(name))
    if not all(phrases):
        raise ResourceError(f"{name}: a line without a word; write one phrase a line")
    return phrases


def listed_lengths(name: str) -> dict[str, int]:
    """The phrase keys of a list of names under resources/ (a name a line), each with its
    number of words, for the rules that look for the listed names in a run of words (five
    rules built this dict each; one helper since session 27 (2026-12-07), mend7)."""
    return {phrase_key(line): len(line.split()) for line in load_lines(name)}


def folded_words(name: str) -> frozenset[str]:
    """The folded words of a long word list under resources/ (gzipped, one word a line,
    comment rows left out), read at C speed (``read_lines``): the common-word lists of the
    taggers' corpora, tens of thousands of words (three loaders wrote this; one since
    session 27 (2026-12-07), mend7)."""
    return frozenset(fold_word(w) for w in read_lines(name) if w and not w.startswith("#"))


def for_language(row: tuple[str, ...], lang: str | None) -> bool:
    """Whether a word list's row serves text of ``lang``: a row naming no language serves
    every text, and every row serves a caller that names no language."""
    return lang is None or len(row) < 2 or row[1] == lang


@cache
def keys_by_kind(name: str, kind_column: int = 1) -> dict[str, frozenset[str]]:
    """Kind -> the phrase keys of a two-column word list under resources/: a word and its
    kind a row, or with ``kind_column=0`` a kind and its word."""
    kinds: dict[str, set[str]] = {}
    for row in load_tsv(name):
        kind, word = row[kind_column], row[1 - kind_column]
        kinds.setdefault(kind, set()).add(phrase_key(word))
    return {kind: frozenset(found) for kind, found in kinds.items()}


def org_opening_on(entity: Entity, heads: frozenset[str]) -> bool:
    """Whether ``entity`` is an organisation of two words or more whose first word (folded)
    is one of ``heads``: a government noun before its country («دولت آمریکا», «الحكومة
    التركية»), not the noun alone nor a body holding it later («هیئت دولت»)."""
    if entity.type != "ORG":
        return False
    parts = words(entity.text)
    return len(parts) > 1 and parts[0].folded in heads


def in_place_of_overlaps(entities: Sequence[Entity], new: Entity) -> list[Entity]:
    """``entities`` without every entity that overlaps ``new``, and ``new`` last (callers
    sort): how a rule that reads a span anew replaces the readings it overrides."""
    return [e for e in entities if not (e.start < new.end and new.start < e.end)] + [new]


def with_org(entities: Sequence[Entity], text: str, start: int, end: int, source: str, *,
             key: str | None = None, name_en: str | None = None) -> list[Entity]:
    """``entities`` with ``text[start:end]`` as one new ORG from ``source`` in place of every
    entity it overlaps, last (callers sort). Keyed by its own words (``org:`` and its
    ``phrase_key``) unless ``key`` is given: an acronym is keyed by the name it stands for."""
    return in_place_of_overlaps(entities, _org(text, start, end, source, key, name_en))


def _org(text: str, start: int, end: int, source: str, key: str | None = None,
         name_en: str | None = None) -> Entity:
    return Entity(start, end, type="ORG", text=text[start:end], name_en=name_en,
                  key=key if key is not None else f"org:{phrase_key(text[start:end])}",
                  source=source)


def with_orgs(entities: Sequence[Entity], text: str, spans: Sequence[tuple[int, int]],
              source: str) -> list[Entity]:
    """``entities`` with every span of ``spans`` as one new ORG from ``source`` (keyed as in
    ``with_org``) in place of the entities inside it, sorted by start; unlike ``with_org``, an
    entity that only crosses a span's edge stays. Without spans, ``entities`` as they were."""
    if not spans:
        return list(entities)
    out = [e for e in entities if not any(s <= e.start and e.end <= t for s, t in spans)]
    out += [_org(text, s, t, source) for s, t in spans]
    return sorted(out, key=lambda e: e.start)
