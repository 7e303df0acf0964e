"""Token features for the CRF tagger, the same at training and tagging time.

Each token is described by its folded form, affixes, shape, its Arabic-clitic-free stem,
and whether it falls inside a gazetteer name (places, organisations, titles and ranks,
given names, nationality adjectives, role words): the lists the rule stage uses, so the
model learns how far to trust them. Neighbours within ``WINDOW`` words add context.

Features are lists of names (each worth 1.0). Most depend on the word alone, so a
word's own features and the copies its neighbours take are built once per word type and
cached; only gazetteer flags and bigrams are computed per sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.entities.gazetteer import (
    Word,
    clitics_by_length,
    demonyms,
    org_index,
    place_index,
)
from khabar.entities.name_flags import NameFlags, name_flags, starting
from khabar.entities.titles import given_names, role_words, stopwords, titles
from khabar.entities.words import fold_word

WINDOW = 2
"""Neighbouring words on each side whose features are copied (prefixed by offset)."""
OFFSETS = tuple(k for k in range(-WINDOW, WINDOW + 1) if k)
MIN_STEM = 3
CONJUNCTION_LEVEL = 2
"""Which cluster granularity (0 = coarsest) the conjunction features use."""
CACHE_WORDS = 200_000
"""Word types whose features are kept; the cache is emptied when it grows past this."""


def shape(token: str) -> str:
    """A coarse word shape: digits, Latin (upper or lower first), Arabic script, punctuation."""
    first = token[:1]
    if not token.isalpha() and any(c.isdigit() for c in token):  # letters only: no digit
        return "digit"
    if first.isascii() and first.isalpha():
        return "LATIN" if first.isupper() else "latin"
    if first.isalpha():
        return "arabic"
    return "punct"


def stem(folded: str) -> str:
    """The word without a leading Arabic proclitic and article (والقوات -> قوات): the
    longest proclitic that leaves ``MIN_STEM`` letters (one lookup per length)."""
    for length, prefixes in clitics_by_length():
        if len(folded) - length >= MIN_STEM and folded[:length] in prefixes:
            folded = folded[length:]
            break
    if folded.startswith("ال") and len(folded) - 2 >= MIN_STEM:
        folded = folded[2:]
    return folded


@lru_cache(maxsize=1)
def _indexes() -> tuple[tuple[str, NameFlags], ...]:
    """The gazetteers whose names are flagged: the flag's name and the matcher."""
    flagged = (("place", place_index()), ("org", org_index()), ("title", titles()),
               ("given", given_names()), ("demonym", demonyms()))
    return tuple((name, name_flags(index)) for name, index in flagged)


@lru_cache(maxsize=1)
def _finders() -> tuple[NameFlags, ...]:
    return tuple(finder for _, finder in _indexes())


_STATIC_FLAGS = {(False, False): (), (True, False): ("g=role",), (False, True): ("g=stop",),
                 (True, True): ("g=role", "g=stop")}
"""The role and stop-word flags (as features) by (role word, stop word): shared tuples,
no new objects for each new word type."""


def _static_flags(folded: str) -> tuple[str, ...]:
    return _STATIC_FLAGS[(folded in role_words(), folded in stopwords())]


def gazetteer_flags(tokens: Sequence[str], types: Sequence[WordFeatures]) -> list[list[str]]:
    """Per token, ``B-place``/``I-org``/… for the gazetteer names it falls inside (role
    and stop-word flags, which need no context, are part of each word's own features)."""
    flags: list[list[str]] = [[] for _ in tokens]
    indexes = _indexes()
    positions: list[list[int]] = [[] for _ in indexes]
    for i, t in enumerate(types):
        for k in t.starts:
            positions[k].append(i)
    if not any(positions):
        return flags
    words = [t.word for t in types]
    for (name, finder), found in zip(indexes, positions, strict=True):
        if not found:
            continue
        for first, last in finder.find(words, found):
            flags[first].append(f"B-{name}")
            for i in range(first + 1, last + 1):
                flags[i].append(f"I-{name}")
    return flags


@lru_cache(maxsize=1 << 14)
def _cluster_names(ids: tuple[str, ...]) -> tuple[str, ...]:
    """A word's cluster features, from its cluster ids (few: shared by many words)."""
    return tuple(f"c{level}={cluster}" for level, cluster in enumerate(ids))


def _cluster_features(ids: tuple[str, ...], clusters: dict[str, tuple[str, ...]]
                      ) -> tuple[str, ...]:
    if not clusters:
        return ()
    return _cluster_names(ids or ("none",))


_KINDS = {kind: f"shape={kind}" for kind in ("digit", "LATIN", "latin", "arabic", "punct")}
_LENGTHS = tuple(f"len={n}" for n in range(9))
_MARKS = {(False, False): (), (True, False): ("zwnj",), (False, True): ("clitic",),
          (True, True): ("zwnj", "clitic")}


def _own(folded: str, base: str, kind: str, marks: tuple[str, ...],
         cluster: tuple[str, ...], flags: tuple[str, ...]) -> list[str]:
    return [
        "bias",
        f"w={folded}",
        f"stem={base}",
        f"p2={folded[:2]}",
        f"p3={folded[:3]}",
        f"s2={folded[-2:]}",
        f"s3={folded[-3:]}",
        f"s4={folded[-4:]}",
        f"ss3={base[-3:]}",
        kind,
        _LENGTHS[min(len(folded), 8)],
        *marks,
        *cluster,
        *flags,
    ]


def _marks(token: str, folded: str, base: str) -> tuple[str, ...]:
    """The ZWNJ and clitic flags of ``_own``."""
    return _MARKS[("\u200c" in token, folded.startswith("ال") or base != folded)]


def _context(own: list[str], kind: str, cluster: tuple[str, ...], flags: tuple[str, ...]
             ) -> list[str]:
    """The few features of a neighbour worth copying: of ``own``, the word, its last
    three letters and its stem (the same strings), then its shape, clusters and flags."""
    return [own[1], own[6], kind, own[2], *cluster, *flags]


SEEN_FROM = tuple((offset, f"{offset}:") for offset in OFFSETS)
"""Each offset with the prefix of the features a word gives a neighbour from there."""


class WordFeatures:
    """The features of one word type: its own, and the copies each neighbour takes."""

    __slots__ = ("_seen_from", "cluster", "context", "flags", "folded", "own", "starts", "word")

    def __init__(self, token: str, clusters: dict[str, tuple[str, ...]]) -> None:
        self.folded = fold_word(token)
        base = stem(self.folded)
        ids = clusters.get(self.folded) or clusters.get(base) or ()
        self.cluster = ids[CONJUNCTION_LEVEL] if len(ids) > CONJUNCTION_LEVEL else "none"
        """The cluster (at ``CONJUNCTION_LEVEL``) paired with neighbours' in conjunctions."""
        self.word = Word(0, len(token), token, self.folded)
        """The word as gazetteers match it (offsets unused: names are matched by words)."""
        self.starts = starting(_finders(), self.word)
        """The gazetteers of ``_indexes()`` in which a name may start at this word."""
        flags = _static_flags(self.folded)
        kind = _KINDS[shape(token)]
        cluster = _cluster_features(ids, clusters)
        marks = _marks(token, self.folded, base)
        self.own = _own(self.folded, base, kind, marks, cluster, flags)
        self.flags = (kind, *marks, *flags)
        """The features of ``own`` that flag the word rather than its letters (shape,
        ZWNJ, clitic, role and stop word), in their order there."""
        self.context = _context(self.own, kind, cluster, flags)
        """What a neighbour takes of this word, before the offset is prefixed."""
        self._seen_from: dict[int, list[str]] | None = None

    @property
    def seen_from(self) -> dict[int, list[str]]:
        """``context`` with each offset's prefix, keyed by the offset of this word as seen
        from the tagged word; built on first use (the numpy CRF reads ``context``
        through its own table of each name's rows by offset)."""
        if self._seen_from is None:
            self._seen_from = {offset: [prefix + name for name in self.context]
                               for offset, prefix in SEEN_FROM}
        return self._seen_from

    def keep_only(self, known: frozenset[str]) -> None:
        """Drop the features outside ``known``."""
        self.own = [f for f in self.own if f in known]
        self._seen_from = {offset: [f for f in feats if f in known]
                           for offset, feats in self.seen_from.items()}


class FeatureExtractor:
    """Sentence features for one language, with a per-word-type cache.

    With ``known`` (the attributes a trained model has weights for), features the model
    would ignore are dropped once per word type instead of being passed to it on every
    occurrence: tagging gets faster and its output stays the same.
    """

    def __init__(self, lang: str | None, known: frozenset[str] | None = None) -> None:
        from khabar.entities.clusters import load_clusters

        self.lang = lang
        self.known = known
        self._clusters = load_clusters(lang) if lang else {}
        self._cache: dict[str, WordFeatures] = {}

    def _types(self, tokens: Sequence[str]) -> list[WordFeatures]:
        cache = self._cache
        if len(cache) > CACHE_WORDS:
            cache.clear()
        types = []
        for token in tokens:
            found = cache.get(token)
            if found is None:
                found = cache[token] = WordFeatures(token, self._clusters)
                if self.known is not None:
                    found.keep_only(self.known)
            types.append(found)
        return types

    def __call__(self, tokens: Sequence[str]) -> list[list[str]]:
        types = self._types(tokens)
        folded = [t.folded for t in types]
        flags = gazetteer_flags(tokens, types)
        size = len(tokens)
        result = []
        for i, word in enumerate(types):
            feats = word.own + [f"g={flag}" for flag in flags[i]]
            for offset in OFFSETS:
                j = i + offset
                if 0 <= j < size:
                    feats += types[j].seen_from[offset]
                    feats += [f"{offset}:g={flag}" for flag in flags[j]]
                else:
                    feats.append(f"{offset}:edge")
            if i > 0:
                self._add_known(feats, f"bi-={folded[i - 1]}|{folded[i]}")
            if i + 1 < size:
                self._add_known(feats, f"bi+={folded[i]}|{folded[i + 1]}")
            if self._clusters:
                self._add_cluster_conjunctions(feats, types, folded, i)
            result.append(feats)
        return result

    def _add_cluster_conjunctions(self, feats: list[str], types: Sequence[WordFeatures],
                                  folded: Sequence[str], i: int) -> None:
        """Cluster pairs with the neighbours, a neighbour's word with this word's cluster,
        and the clusters three words away: context that generalises past seen words."""
        word, size = types[i], len(types)
        if i > 0:
            self._add_known(feats, f"cc-={types[i - 1].cluster}|{word.cluster}")
            self._add_known(feats, f"wc-={folded[i - 1]}|{word.cluster}")
        if i + 1 < size:
            self._add_known(feats, f"cc+={word.cluster}|{types[i + 1].cluster}")
            self._add_known(feats, f"wc+={word.cluster}|{folded[i + 1]}")
        for offset in (-3, 3):
            if 0 <= i + offset < size:
                self._add_known(feats, f"{offset}:c={types[i + offset].cluster}")

    def _add_known(self, feats: list[str], feature: str) -> None:
        if self.known is None or feature in self.known:
            feats.append(feature)


@lru_cache(maxsize=4)
def _extractor(lang: str | None) -> FeatureExtractor:
    return FeatureExtractor(lang)


def sentence_features(tokens: Sequence[str], lang: str | None = None) -> list[list[str]]:
    """CRF features for every token of one sentence (word clusters of ``lang`` if shipped)."""
    return _extractor(lang)(tokens)
