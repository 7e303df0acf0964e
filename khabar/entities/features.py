"""Token features for the CRF tagger, the same at training and tagging time.

Each token is described by its folded form, affixes, shape, its Arabic-clitic-free stem,
and whether it falls inside a gazetteer name (places, organisations, titles and ranks,
given names, nationality adjectives, role words): the lists the rule stage uses, so the
model learns how far to trust them. Neighbours within ``WINDOW`` words add context.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.entities.gazetteer import (
    PhraseIndex,
    Word,
    clitics,
    demonyms,
    org_index,
    place_index,
)
from khabar.entities.titles import given_names, role_words, stopwords, titles
from khabar.normalize.fold import fold

WINDOW = 2
"""Neighbouring words on each side whose features are copied (prefixed by offset)."""
MIN_STEM = 3


def shape(token: str) -> str:
    """A coarse word shape: digits, Latin (upper or lower first), Arabic script, punctuation."""
    first = token[:1]
    if any(c.isdigit() for c in token):
        return "digit"
    if first.isascii() and first.isalpha():
        return "LATIN" if first.isupper() else "latin"
    if first.isalpha():
        return "arabic"
    return "punct"


@lru_cache(maxsize=1)
def _proclitics() -> tuple[str, ...]:
    return tuple(prefix for prefix, _ in clitics())


def stem(folded: str) -> str:
    """The word without a leading Arabic proclitic and article (والقوات -> قوات)."""
    for prefix in _proclitics():
        if folded.startswith(prefix) and len(folded) - len(prefix) >= MIN_STEM:
            folded = folded[len(prefix):]
            break
    if folded.startswith("ال") and len(folded) - 2 >= MIN_STEM:
        folded = folded[2:]
    return folded


def _words(tokens: Sequence[str]) -> tuple[str, list[Word]]:
    """The tokens joined by spaces, as gazetteer words with offsets into that text."""
    out, position, parts = [], 0, []
    for token in tokens:
        out.append(Word(position, position + len(token), token, fold(token)))
        parts.append(token)
        position += len(token) + 1
    return " ".join(parts), out


def _mark(index: PhraseIndex, name: str, text: str, words: list[Word],
          flags: list[list[str]], strip: bool) -> None:
    for match in index.find_all(text, words, strip_clitics=strip):
        flags[match.first].append(f"B-{name}")
        for k in range(match.first + 1, match.last + 1):
            flags[k].append(f"I-{name}")


def gazetteer_flags(tokens: Sequence[str]) -> list[list[str]]:
    """Per token, ``B-place``/``I-org``/… for the gazetteer names it falls inside."""
    text, words = _words(tokens)
    flags: list[list[str]] = [[] for _ in tokens]
    _mark(place_index(), "place", text, words, flags, True)
    _mark(org_index(), "org", text, words, flags, True)
    _mark(titles(), "title", text, words, flags, True)
    _mark(given_names(), "given", text, words, flags, True)
    _mark(demonyms(), "demonym", text, words, flags, True)
    roles, stops = role_words(), stopwords()
    for k, word in enumerate(words):
        if word.folded in roles:
            flags[k].append("role")
        if word.folded in stops:
            flags[k].append("stop")
    return flags


def _own(token: str, flags: list[str], clusters: dict[str, tuple[str, ...]]
         ) -> dict[str, float]:
    folded = fold(token)
    base = stem(folded)
    feats = {
        f"w={folded}": 1.0,
        f"stem={base}": 1.0,
        f"p2={folded[:2]}": 1.0,
        f"p3={folded[:3]}": 1.0,
        f"s2={folded[-2:]}": 1.0,
        f"s3={folded[-3:]}": 1.0,
        f"s4={folded[-4:]}": 1.0,
        f"ss3={base[-3:]}": 1.0,
        f"shape={shape(token)}": 1.0,
        f"len={min(len(folded), 8)}": 1.0,
    }
    if "\u200c" in token:
        feats["zwnj"] = 1.0
    if folded.startswith("ال") or base != folded:
        feats["clitic"] = 1.0
    for flag in flags:
        feats[f"g={flag}"] = 1.0
    _add_clusters(feats, folded, base, clusters)
    return feats


def _add_clusters(feats: dict[str, float], folded: str, base: str,
                  clusters: dict[str, tuple[str, ...]]) -> None:
    if not clusters:
        return
    ids = clusters.get(folded) or clusters.get(base)
    for level, cluster in enumerate(ids or ("none",)):
        feats[f"c{level}={cluster}"] = 1.0


def _context(token: str, flags: list[str], clusters: dict[str, tuple[str, ...]]
             ) -> dict[str, float]:
    """The few features of a neighbour worth copying."""
    folded = fold(token)
    base = stem(folded)
    feats = {f"w={folded}": 1.0, f"s3={folded[-3:]}": 1.0, f"shape={shape(token)}": 1.0,
             f"stem={base}": 1.0}
    for flag in flags:
        feats[f"g={flag}"] = 1.0
    _add_clusters(feats, folded, base, clusters)
    return feats


def sentence_features(tokens: Sequence[str], lang: str | None = None
                      ) -> list[dict[str, float]]:
    """CRF features for every token of one sentence (word clusters of ``lang`` if shipped)."""
    from khabar.entities.clusters import load_clusters

    clusters = load_clusters(lang) if lang else {}
    flags = gazetteer_flags(tokens)
    own = [_own(t, f, clusters) for t, f in zip(tokens, flags, strict=True)]
    context = [_context(t, f, clusters) for t, f in zip(tokens, flags, strict=True)]
    folded = [fold(t) for t in tokens]
    result = []
    for i in range(len(tokens)):
        feats = {"bias": 1.0, **own[i]}
        for offset in range(-WINDOW, WINDOW + 1):
            j = i + offset
            if offset == 0:
                continue
            if 0 <= j < len(tokens):
                for name, value in context[j].items():
                    feats[f"{offset}:{name}"] = value
            else:
                feats[f"{offset}:edge"] = 1.0
        if i > 0:
            feats[f"bi-={folded[i - 1]}|{folded[i]}"] = 1.0
        if i + 1 < len(tokens):
            feats[f"bi+={folded[i]}|{folded[i + 1]}"] = 1.0
        result.append(feats)
    return result
