"""The statistical models of language ID (``khabar.langid``): log-probabilities of whole
words per language, from the counts ``khabar train langid`` ships (``words.tsv.gz``),
and a character 5-gram model of each language cut down from lingua's
(``lingua.tsv.gz``, ``khabar train langid-lingua``). The files are read at C speed
(``load_columns``, ``read_lines``): a loop over their rows was most of the first
article's language-ID time, and the letter model parses a row only when it is read."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import methodcaller, not_

from khabar.errors import ResourceError
from khabar.resources import load_columns, read_lines
from khabar.resources.kept import kept

#: Languages the statistical models separate.
NGRAM_LANGUAGES = ("fa", "ar", "ur")
#: Add-k smoothing of word counts.
WORD_SMOOTHING = 0.5
#: The character n-gram file (see ``khabar.train.langid_lingua``).
LINGUA_FILE = "lingua.tsv.gz"
#: Longest n-gram of the character model: a letter is predicted from the 4 before it.
LETTER_ORDER = 5
#: Log-penalty for each letter of context given up when a language's model lacks the
#: longer n-gram (the constant of "stupid backoff", Brants et al. 2007): lingua's
#: tables hold relative frequencies, not a smoothed model, so backing off is not free.
BACKOFF = math.log(0.4)
#: Log-probability of a letter that a language's model lacks altogether.
UNSEEN_LETTER = math.log(1e-6)


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


Row = tuple[float | None, ...]


class LetterModel(dict[str, "Row | None"]):
    """Per n-gram, each language's log relative frequency of its last letter after the
    others (``None`` where the language's model lacks the n-gram); ``table[gram]`` is
    ``None`` for an n-gram the table lacks. A row is parsed from its cells when first
    asked for: a process reads a few thousand of the 144,000 n-grams, and making a float
    of every cell up front was most of the table's load."""

    def __init__(self, cells: dict[str, str]) -> None:
        super().__init__()
        self.cells = cells
        """Each n-gram's cells, tab-separated, as the file has them."""

    def __missing__(self, gram: str) -> Row | None:
        cells = self.cells.get(gram)
        if cells is None:
            # not kept: the n-grams the table lacks grow with every new word a long run
            # reads (35,000 after 3,000 articles), the rows it has stop at its size
            return None
        row = self[gram] = tuple(map(_CELL_VALUES.__getitem__, cells.split("\t")))
        return row


class _CellValues(dict[str, "float | None"]):
    """A cell's value (its integer over 100; ``None`` for an empty cell), worked out once
    per distinct cell: the table's cells repeat (1,540 distinct in its 144,000 rows),
    and parsing each anew was most of a row's first read (issue 8)."""

    def __missing__(self, cell: str) -> float | None:
        value = self[cell] = int(cell) / 100 if cell else None
        return value


_CELL_VALUES = _CellValues()


@lru_cache(maxsize=1)
def letter_model() -> LetterModel:
    """``resources/langid/lingua.tsv.gz``: per n-gram, each language's log relative
    frequency of its last letter after the others (``LetterModel``). The cells are kept
    between processes (``khabar.resources.kept``): unzipping and splitting the file took
    0.15 CPU s of a fresh process's first article (issue 8)."""
    return LetterModel(kept("langid_letters", _letter_cells))


def _letter_cells() -> dict[str, str]:
    header, *lines = read_lines(f"langid/{LINGUA_FILE}") or [""]
    if header.split("\t") != ["#order", *NGRAM_LANGUAGES]:
        raise ResourceError(f"langid/{LINGUA_FILE} has other languages; rebuild it with "
                            "`khabar train langid-lingua`")
    if set(map(str.count, lines, repeat("\t"))) - {len(NGRAM_LANGUAGES)}:
        raise ResourceError(f"resource langid/{LINGUA_FILE}: every row must have "
                            f"{1 + len(NGRAM_LANGUAGES)} tab-separated cells")
    return dict(map(methodcaller("split", "\t", 1), lines))


def letter_logprob(spellings: Sequence[str]) -> list[float]:
    """Log-probability of a word under each language's character 5-gram model, every
    letter predicted from the four before it, backing off to shorter contexts
    (BACKOFF each); ``spellings``: the word as each language of NGRAM_LANGUAGES reads
    it. Spellings that are the same are worked out together."""
    sums = [0.0] * len(spellings)
    for word in dict.fromkeys(spellings):
        columns = [i for i, spelling in enumerate(spellings) if spelling == word]
        for i, value in zip(columns, _chain(word, columns), strict=True):
            sums[i] = value
    return sums


def _chain(word: str, columns: list[int]) -> list[float]:
    table = letter_model()
    sums = [0.0] * len(columns)
    # each (place in sums, column of a row); never changed, so every letter starts from it
    # without a copy (issue 8)
    every = list(enumerate(columns))
    for end in range(1, len(word) + 1):
        pending = every
        penalty = 0.0
        for start in range(max(0, end - LETTER_ORDER), end):
            row = table[word[start:end]]
            if row is not None:
                missing = []
                for at, column in pending:
                    value = row[column]
                    if value is None:
                        missing.append((at, column))
                    else:
                        sums[at] += value + penalty
                pending = missing
                if not pending:
                    break
            penalty += BACKOFF
        for at, _ in pending:
            sums[at] += UNSEEN_LETTER + penalty
    return sums


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
