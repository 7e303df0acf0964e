"""The statistical models of language ID (``khabar.langid``): log-probabilities of
character n-grams and of whole words per language, from the counts ``khabar train
langid`` ships (``resources/langid/ngrams.tsv.gz``, ``words.tsv.gz``). The count files
are read column by column at C speed (``load_columns``): a loop over their 100,000 rows
was most of the first article's language-ID time."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import not_

from khabar.errors import ResourceError
from khabar.resources import load_columns

#: Languages the character n-gram model (``khabar train langid``) separates.
NGRAM_LANGUAGES = ("fa", "ar", "ur")
#: Add-k smoothing of n-gram counts.
NGRAM_SMOOTHING = 0.5
#: Add-k smoothing of word counts.
WORD_SMOOTHING = 0.5


@dataclass(frozen=True)
class NgramModel:
    """Log-probabilities of character n-grams per language, from shipped counts."""

    logprob: dict[str, tuple[float, ...]]
    unseen: dict[int, tuple[float, ...]]
    """Log-probability of a kept-order n-gram a language never showed, by order."""


def _count_table(name: str) -> tuple[dict[str, list[int]], list[str], list[list[int]]]:
    """Read a per-language count file from ``khabar train langid``: its ``#`` header rows
    (totals) by name, its counted keys, and one column of counts per language (in the
    order of NGRAM_LANGUAGES, which the file must have)."""
    keys, *columns = load_columns(f"langid/{name}", 1 + len(NGRAM_LANGUAGES))
    headers: dict[str, list[int]] = {}
    counted = [not key.startswith("#") for key in keys]
    for at in compress(range(len(keys)), map(not_, counted)):
        cells = [column[at] for column in columns]
        if keys[at] == "#order":
            if tuple(cells) != NGRAM_LANGUAGES:
                raise ResourceError(f"langid/{name} has other languages; rebuild it "
                                    "with `khabar train langid`")
        else:
            headers[keys[at][1:]] = [int(c) for c in cells]
    counts = [list(map(int, compress(column, counted))) for column in columns]
    return headers, list(compress(keys, counted)), counts


def _logprobs(counts: list[int], smoothing: float, denominators: list[float]) -> list[float]:
    """``log((count + smoothing) / denominator)`` of every row (a denominator per row):
    each distinct pair is worked out once, as counts repeat (most are small)."""
    logs = {pair: math.log((pair[0] + smoothing) / pair[1])
            for pair in set(zip(counts, denominators, strict=True))}
    return list(map(logs.__getitem__, zip(counts, denominators, strict=True)))


@lru_cache(maxsize=1)
def ngram_model() -> NgramModel:
    """Load ``resources/langid/ngrams.tsv.gz`` (see ``khabar.train.langid``)."""
    headers, grams, counts = _count_table("ngrams.tsv.gz")
    totals = {int(name): counts for name, counts in headers.items() if name.isdigit()}
    orders = list(map(len, grams))
    kinds = {n: orders.count(n) for n in totals}
    denominators = {n: [total + NGRAM_SMOOTHING * max(kinds[n], 1) for total in totals[n]]
                    for n in totals}
    unseen = {n: tuple(math.log(NGRAM_SMOOTHING / d) for d in denominators[n]) for n in totals}
    by_language = [
        _logprobs(column, NGRAM_SMOOTHING, [denominators[n][i] for n in orders])
        for i, column in enumerate(counts)
    ]
    return NgramModel(dict(zip(grams, zip(*by_language, strict=True), strict=True)), unseen)


@dataclass(frozen=True)
class WordModel:
    """Log-probabilities of whole words per language, from shipped counts."""

    logprob: dict[str, tuple[float, ...]]
    unseen: tuple[float, ...]


@lru_cache(maxsize=1)
def word_model() -> WordModel:
    """Load ``resources/langid/words.tsv.gz`` (see ``khabar.train.langid``)."""
    headers, words, counts = _count_table("words.tsv.gz")
    totals = headers.get("words", [])
    denominators = [total + WORD_SMOOTHING * max(len(words), 1) for total in totals]
    by_language = [
        _logprobs(column, WORD_SMOOTHING, [d] * len(column))
        for column, d in zip(counts, denominators, strict=True)
    ]
    logprob = dict(zip(words, zip(*by_language, strict=True), strict=True))
    return WordModel(logprob, tuple(math.log(WORD_SMOOTHING / d) for d in denominators))
