"""CoNLL files (one ``token TAG`` per line, blank line between sentences) and span scoring.

Gold corpora spell their types differently (ARMAN ``pers``, ANERcorp ``PERS``); they are
mapped to khabar's types here, and the types khabar does not score are dropped to ``O``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from khabar.errors import KhabarError

SCORED_TYPES = ("PER", "ORG", "LOC")
TYPE_MAP = {"pers": "PER", "per": "PER", "org": "ORG", "loc": "LOC"}
"""Gold type names (lower-cased) to khabar's; anything else is ignored when scoring."""


class ConllError(KhabarError):
    """A CoNLL file cannot be read; each line must be ``token TAG``."""


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]


def map_tag(tag: str, keep_other: bool = False) -> str:
    """``B-pers`` -> ``B-PER``; unmapped types become ``O`` unless ``keep_other``."""
    if tag in ("O", "") or "-" not in tag:
        return "O"
    prefix, kind = tag.split("-", 1)
    mapped = TYPE_MAP.get(kind.lower())
    if mapped is None:
        return f"{prefix.upper()}-{kind.upper()}" if keep_other else "O"
    return f"{prefix.upper()}-{mapped}"


def read_conll(path: str | Path, *, keep_other: bool = False) -> list[Sentence]:
    """Sentences of a CoNLL file with mapped tags (a missing tag column reads as ``O``)."""
    return list(parse_conll(read_lines(path), keep_other=keep_other))


def read_lines(path: str | Path) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ConllError(f"cannot read {path}: {error}; give a UTF-8 CoNLL file") from error


def line_token(line: str) -> tuple[str, str] | None:
    """(token, raw tag) of one line, or None for a sentence break (a blank line)."""
    parts = line.replace("\t", " ").strip(" \r\u200f").split()
    if not parts:
        return None
    return parts[0], parts[-1] if len(parts) > 1 else "O"


def parse_conll(lines: Iterable[str], *, keep_other: bool = False) -> Iterator[Sentence]:
    tokens: list[str] = []
    tags: list[str] = []
    for line in lines:
        read = line_token(line)
        if read is None:
            if tokens:
                yield Sentence(tokens, tags)
            tokens, tags = [], []
            continue
        tokens.append(read[0])
        tags.append(map_tag(read[1], keep_other))
    if tokens:
        yield Sentence(tokens, tags)


def tag_lines(lines: Sequence[str], tag_many: Callable[[list[list[str]]], list[list[str]]]
              ) -> list[str]:
    """``token<TAB>tag`` for each token line and an empty line for each break, line for line:
    a reader that walks its own file beside the output finds every line where it left it
    (runs of blank lines and a missing last break included)."""
    token_at = {i: read[0] for i, read in enumerate(map(line_token, lines)) if read}
    sentences: list[list[int]] = []
    for i in token_at:
        if i - 1 in token_at:
            sentences[-1].append(i)
        else:
            sentences.append([i])
    out = [""] * len(lines)
    tagged = tag_many([[token_at[i] for i in rows] for rows in sentences])
    for rows, tags in zip(sentences, tagged, strict=True):
        for i, predicted in zip(rows, tags, strict=True):
            out[i] = f"{token_at[i]}\t{predicted}"
    return out


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Entity spans (first, last+1, type) of a BIO sequence; a stray ``I-`` opens a span."""
    found = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and tag[2:] == kind and start >= 0
        if inside:
            continue
        if start >= 0:
            found.add((start, i, kind))
            start, kind = -1, ""
        if tag != "O":
            start, kind = i, tag[2:]
    return found


@dataclass
class Scores:
    true_positive: Counter[str]
    predicted: Counter[str]
    gold: Counter[str]

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 of one type, or micro-averaged over SCORED_TYPES."""
        kinds = SCORED_TYPES if kind is None else (kind,)
        tp = sum(self.true_positive[k] for k in kinds)
        predicted = sum(self.predicted[k] for k in kinds)
        gold = sum(self.gold[k] for k in kinds)
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def table(self) -> dict[str, dict[str, float]]:
        rows = {k: self.prf(k) for k in SCORED_TYPES}
        rows["micro"] = self.prf()
        return {
            name: {"precision": round(p * 100, 2), "recall": round(r * 100, 2),
                   "f1": round(f * 100, 2),
                   "gold": float(sum(self.gold[k] for k in
                                     (SCORED_TYPES if name == "micro" else (name,))))}
            for name, (p, r, f) in rows.items()
        }


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> Scores:
    """Entity-level exact-match scores over PER, ORG and LOC."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for gold_tags, predicted_tags in zip(gold, predicted, strict=True):
        gold_spans = {s for s in spans(gold_tags) if s[2] in SCORED_TYPES}
        predicted_spans = {s for s in spans(predicted_tags) if s[2] in SCORED_TYPES}
        for s in gold_spans:
            n_gold[s[2]] += 1
        for s in predicted_spans:
            n_pred[s[2]] += 1
            if s in gold_spans:
                tp[s[2]] += 1
    return Scores(tp, n_pred, n_gold)


def dev_split(sentences: Sequence[Sentence], every: int) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): every ``every``-th sentence goes to dev, deterministically."""
    train = [s for i, s in enumerate(sentences) if i % every != every - 1]
    dev = [s for i, s in enumerate(sentences) if i % every == every - 1]
    return train, dev
