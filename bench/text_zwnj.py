"""ZWNJ repair scored against text that keeps its half-spaces, side by side with hazm.

Persian news with its ZWNJs (the Fars sample, only the articles ``khabar train zwnj``
held out) is damaged twice: every ZWNJ deleted, and every ZWNJ typed as a space. Each
copy is repaired, and the ZWNJs of the result are compared with the original's at
every gap between two non-space characters:

- deleted copy: only the gaps with no space in the damaged input are scored (Fars itself
  writes "می شود" with a space a quarter of the time, so a space there is not damage);
- spaced copy: every gap is scored.

khabar repairs each document (title, text) whole, as the pipeline does; the figures of
a line-by-line repair (what this script measured before session 4) are given beside.

hazm's ``Normalizer().normalize`` is scored the same way when hazm is installed (the
``bench`` extra); its output is aligned to the original by its letters, line by line.

    python bench/text_zwnj.py --data ../shared/data [--output bench/text_zwnj_results.json]
        [--keep-previous before_session8]   # the file's earlier khabar figures kept beside
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

from khabar.normalize.charmap import normalize_text
from khabar.normalize.zwnj import repair_edits
from khabar.offsets import apply_edits
from khabar.train.common import read_jsonl_texts

ZWNJ = "\u200c"
NONE, SPACE, JOINER = 0, 1, 2


def gaps(text: str) -> tuple[str, list[int]]:
    """The text without spaces and ZWNJs, and what stood before each remaining character."""
    letters: list[str] = []
    marks: list[int] = []
    pending = NONE
    for ch in text:
        if ch == ZWNJ:
            pending = max(pending, JOINER)
        elif ch == " ":
            pending = max(pending, SPACE) if pending != JOINER else JOINER
        else:
            letters.append(ch)
            marks.append(pending)
            pending = NONE
    return "".join(letters), marks


def marks_at(gold_letters: str, letters: str, marks: list[int],
             matched_sides_only: bool = False) -> list[int | None]:
    """The ``marks`` of ``letters`` at the gold letters' gaps, aligned by letters (None where
    the letters differ); ``matched_sides_only``: a gap only where the letters on both its
    sides are matched (``bench/zwnj_standard.py``)."""
    if letters == gold_letters:
        return list(marks)
    result: list[int | None] = [None] * len(gold_letters)
    matcher = difflib.SequenceMatcher(None, gold_letters, letters, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            if not matched_sides_only or k or (block.a == 0 and block.b == 0):
                result[block.a + k] = marks[block.b + k]
    return result


def aligned_marks(gold_letters: str, output: str) -> list[int | None]:
    """Marks of ``output`` at the gold letters' gaps (None where the letters differ)."""
    return marks_at(gold_letters, *gaps(output))


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(
        self, gold: list[int], damaged: list[int], output: list[int | None], only_unspaced: bool
    ) -> None:
        for g, d, o in zip(gold, damaged, output, strict=True):
            if only_unspaced and d != NONE:
                continue
            truth, guess = g == JOINER, o == JOINER
            self.tp += truth and guess
            self.fp += guess and not truth
            self.fn += truth and not guess

    def report(self) -> dict[str, float | int]:
        return zwnj_scores(self.tp, self.fp, self.fn)


def zwnj_scores(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 of ZWNJs (to four places) with their counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "fp": fp, "fn": fn}


_WORD = re.compile(r"[^\s\u200c]+")


def gap_keys(damaged: str) -> list[tuple[str, ...]]:
    """What a word-by-word repair can see of each gap of a damaged line: the two words
    around a space, or a glued word and the place inside it."""
    keys: list[tuple[str, ...]] = []
    words = list(_WORD.finditer(damaged))
    for n, match in enumerate(words):
        word = match.group()
        for i in range(len(word)):
            if i:
                keys.append(("inside", word, str(i)))
            elif n:
                keys.append(("between", words[n - 1].group(), word))
            else:
                keys.append(("start",))
    return keys


def oracle(lines: list[str], damage, only_unspaced: bool) -> dict[str, float | int]:  # type: ignore[no-untyped-def]
    """The best any repair that decides each gap from its key alone could score: every
    key gets the majority spelling of the held-out text itself (a ceiling, not a model)."""
    votes: dict[tuple[str, ...], list[int]] = {}
    for line in lines:
        _, gold = gaps(line)
        damaged = damage(line)
        _, damaged_marks = gaps(damaged)
        for key, g, d in zip(gap_keys(damaged), gold, damaged_marks, strict=True):
            if only_unspaced and d != NONE:
                continue
            votes.setdefault(key, [0, 0])[g == JOINER] += 1
    score = Score()
    for apart, joined in votes.values():
        if joined > apart:
            score.tp += joined
            score.fp += apart
        else:
            score.fn += joined
    return score.report()


def khabar_repair(text: str) -> str:
    return apply_edits(text, list(repair_edits(text, "fa")))[0]


def hazm_normalizer() -> Callable[[str], str] | None:
    """hazm's ``Normalizer().normalize``, or None when hazm is not installed."""
    try:
        from hazm import Normalizer
    except ImportError:
        return None
    return Normalizer().normalize  # type: ignore[no-any-return]


COPIES = (
    ("deleted", lambda s: s.replace(ZWNJ, ""), True),
    ("spaced", lambda s: s.replace(ZWNJ, " "), False),
)


def evaluate(documents: list[list[str]], repair, whole: bool) -> dict[str, dict[str, float | int]]:  # type: ignore[no-untyped-def]
    """Scores of both copies; ``whole`` repairs each document at once, as the pipeline
    does (the repair may follow a document's own habit), else line by line."""
    results = {}
    for name, damage, only_unspaced in COPIES:
        score = Score()
        for lines in documents:
            damaged_lines = [damage(line) for line in lines]
            if whole:
                repaired = repair("\n".join(damaged_lines)).split("\n")
            else:
                repaired = [repair(line) for line in damaged_lines]
            for line, damaged, output_line in zip(lines, damaged_lines, repaired, strict=True):
                gold_letters, gold = gaps(line)
                _, damaged_marks = gaps(damaged)
                output = aligned_marks(gold_letters, output_line)
                score.add(gold, damaged_marks, output, only_unspaced)
        results[name] = score.report()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--holdout", type=int, default=5, help="as given to `khabar train zwnj`")
    parser.add_argument("--output", type=Path, default=None)
    parser.add_argument("--keep-previous", default=None, metavar="NAME",
                        help="keep the khabar figures already in --output as khabar*_NAME")
    args = parser.parse_args()
    corpus = args.data / "farsnews-sample" / "farsnews_shared.jsonl"
    if not corpus.exists():
        print(f"text_zwnj: {corpus} not found; skipped (pass --data)")
        return
    texts = read_jsonl_texts(corpus, args.holdout, True, ("title", "text"))
    # each title and text is one document, its lines those with letters (no blank lines,
    # so a line-by-line repair and a whole-document repair see the same lines)
    documents = [[ln for ln in normalize_text(t, "fa").split("\n") if ln.strip()] for t in texts]
    documents = [lines for lines in documents if lines]
    lines = [ln for lines in documents for ln in lines]
    report: dict[str, object] = {
        "corpus": f"farsnews-sample, held-out split (1 in {args.holdout} by id hash)",
        "lines": len(lines), "zwnj_in_gold": sum(ln.count(ZWNJ) for ln in lines),
    }
    report["oracle_ceiling"] = {name: oracle(lines, damage, only_unspaced)
                                for name, damage, only_unspaced in COPIES}
    start = time.perf_counter()
    report["khabar"] = evaluate(documents, khabar_repair, whole=True)
    report["khabar_seconds"] = round(time.perf_counter() - start, 2)
    report["khabar_line_by_line"] = evaluate(documents, khabar_repair, whole=False)
    hazm = hazm_normalizer()
    if hazm is not None:
        start = time.perf_counter()
        report["hazm"] = evaluate(documents, hazm, whole=False)
        report["hazm_seconds"] = round(time.perf_counter() - start, 2)
    if args.keep_previous and args.output and args.output.exists():
        previous = json.loads(args.output.read_text(encoding="utf-8"))
        for key, value in previous.items():
            if key.startswith("khabar"):  # figures kept by an earlier run stay as named
                report.setdefault(f"{key}_{args.keep_previous}" if key in report else key, value)
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
