"""The spaced copy's errors by family, for ``bench/zwnj_dev.py --errors`` (studied dev
splits only; session 21, 2026-12-06, issue 3).

Every scored gap of the spaced copy (every ZWNJ of the original typed as a space) where
the repair and the original differ is put in one family, by what the original document
itself does with the same two words (the same gap key, ``text_zwnj.gap_keys``):

- a false join (the repair put a ZWNJ where the original has a space):
  ``doc_inconsistent`` where the document joins the same two words elsewhere (the writer
  spells them both ways: no repair that decides a pair once per document can be right
  every time), ``doc_has_no_zwnj`` where the document has no ZWNJ at all (typed with
  spaces throughout, which the spaced copy cannot tell from a document whose ZWNJs became
  spaces), ``doc_spaces_pair`` where the document has ZWNJs but spaces these two words
  every time (a writer's habit against the corpus's majority);
- a missed join: ``doc_inconsistent`` where the document spaces the same two words
  elsewhere, ``doc_joins_pair`` where it joins them every time;
- ``inside_word``: a ZWNJ put inside (or left out of) a word the document writes glued.

The first two families of false joins are writers' habits the text itself shows, as are
the missed joins of ``doc_inconsistent``: ``without_writer_habits`` is the F1 the repair
would have with those errors counted right, how much of the gap to the target they are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import text_zwnj

ZWNJ = "\u200c"
Key = tuple[str, ...]
#: The families of errors that are writers' habits: the document spells the pair both
#: ways, or (a false join) has no ZWNJ at all, which its spaced copy does not show.
WRITER_HABITS = {"false_join": ("doc_inconsistent", "doc_has_no_zwnj"),
                 "missed_join": ("doc_inconsistent",)}


def document_votes(lines: list[str], damage: Callable[[str], str]) -> dict[Key, list[int]]:
    """Each gap key of a document -> [spaced, joined] in the original."""
    votes: dict[Key, list[int]] = {}
    for line in lines:
        _, gold = text_zwnj.gaps(line)
        for key, mark in zip(text_zwnj.gap_keys(damage(line)), gold, strict=True):
            votes.setdefault(key, [0, 0])[mark == text_zwnj.JOINER] += 1
    return votes


def family(key: Key, false_join: bool, votes: dict[Key, list[int]], has_zwnj: bool) -> str:
    """The family of one error (see the module's docstring)."""
    if key[0] != "between":
        return "inside_word"
    spaced, joined = votes[key]
    if false_join:
        if joined:
            return "doc_inconsistent"
        return "doc_spaces_pair" if has_zwnj else "doc_has_no_zwnj"
    return "doc_inconsistent" if spaced else "doc_joins_pair"


def document_errors(
    lines: list[str], repaired: list[str], damage: Callable[[str], str]
) -> list[tuple[str, str, str]]:
    """``(kind, family, words)`` for every error of one document's spaced copy; kind is
    ``false_join`` or ``missed_join``."""
    votes = document_votes(lines, damage)
    has_zwnj = any(ZWNJ in line for line in lines)
    errors = []
    for line, output_line in zip(lines, repaired, strict=True):
        letters, gold = text_zwnj.gaps(line)
        output = text_zwnj.aligned_marks(letters, output_line)
        for key, truth, guess in zip(text_zwnj.gap_keys(damage(line)), gold, output,
                                     strict=True):
            joined, guessed = truth == text_zwnj.JOINER, guess == text_zwnj.JOINER
            if joined != guessed:
                kind = "false_join" if guessed else "missed_join"
                errors.append((kind, family(key, guessed, votes, has_zwnj), " ".join(key[1:])))
    return errors


def spaced_error_kinds(
    documents: list[list[str]], repair: Callable[[str], str], limit: int,
    score: dict[str, float | int],
) -> dict[str, object]:
    """The spaced copy's errors counted by kind and family, with the commonest words of
    each; ``score``: the repair's spaced-copy score (``text_zwnj.evaluate``)."""
    damage = text_zwnj.COPIES[1][1]
    counts: Counter[tuple[str, str]] = Counter()
    words: dict[tuple[str, str], Counter[str]] = {}
    for lines in documents:
        repaired = repair("\n".join(damage(line) for line in lines)).split("\n")
        for kind, name, pair in document_errors(lines, repaired, damage):
            counts[kind, name] += 1
            words.setdefault((kind, name), Counter())[pair] += 1
    report: dict[str, object] = {"f1": score["f1"],
                                 "without_writer_habits": without_writer_habits(score, counts)}
    for kind in ("false_join", "missed_join"):
        report[kind] = {
            name: {"count": count, "commonest": words[kind, name].most_common(limit)}
            for (found, name), count in counts.most_common() if found == kind
        }
    return report


def without_writer_habits(score: dict[str, float | int], counts: Counter[tuple[str, str]]
                          ) -> float:
    """The spaced copy's F1 with the errors of ``WRITER_HABITS`` counted right."""
    false_joins = sum(counts["false_join", name] for name in WRITER_HABITS["false_join"])
    missed = sum(counts["missed_join", name] for name in WRITER_HABITS["missed_join"])
    tp = int(score["tp"]) + missed
    fp, fn = int(score["fp"]) - false_joins, int(score["fn"]) - missed
    return round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0
