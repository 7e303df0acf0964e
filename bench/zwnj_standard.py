"""ZWNJ repair scored against standard spelling (session 26, 2026-12-07, zwnj_std; issue 3).

``bench/text_zwnj.py`` takes each Fars writer's own spelling as gold, so a repair that
writes "می‌شود" where the writer spaced it counts as wrong. Here the gold is a hand
labelling by the Academy's rules (``bench/data/ZWNJ-STANDARD.md``): 260 sentences of Fars
and Hamshahri news, half study, half held out (``zwnj-standard-{study,heldout}.tsv``:
id, source, the writer's text as scraped, its standard spelling; a ``?`` stands at a gap
where the standard allows both and is not scored).

Each sentence is given to a repair three ways: its standard spelling with every ZWNJ
deleted, with every ZWNJ typed as a space, and the writer's original text. khabar repairs
as the pipeline does (``normalize_text``, then the ZWNJ repair), hazm with
``Normalizer().normalize``; the original is also scored unrepaired (what the raw scrape
gives). With ``--data`` the original is also repaired inside its whole article, as the
pipeline sees it (the repair follows a document's own habit), and the sentence found
again by its letters.

At every gap between two letters the output's ZWNJ decision is compared with the
standard's: P/R/F1 of ZWNJs. A gap shows a ZWNJ only where it changes the page: after a
letter that joins forward and before a letter (after "ر" or a digit a ZWNJ is the same as
nothing), and a ZWNJ next to a space is a space.

    python bench/zwnj_standard.py [--data ../shared/data] [--set study|heldout|both]
        [--gold bench/data] [--output F]
"""

from __future__ import annotations

import argparse
import csv
import json
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from text_zwnj import JOINER, NONE, SPACE, ZWNJ, hazm_normalizer, marks_at, zwnj_scores

from khabar.normalize.charmap import normalize_text
from khabar.normalize.zwnj import repair_text

UNSURE_MARK = "?"
UNSURE, UNSURE_SPACING = 3, 4
"""UNSURE_SPACING: a ``?`` where a ZWNJ would not show (after "ر", a digit): the
standard allows a space or none, and no ZWNJ decision stands there."""
ROOT = Path(__file__).resolve().parent.parent
SETS = ("study", "heldout")
INVISIBLE = dict.fromkeys(map(ord, "\u200d\u200e\u200f\u0640"), None)
LETTER_FOLD = str.maketrans("يكىۀةأإٱ۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩",
                            "یکیههااا01234567890123456789")
RIGHT_JOINING_ONLY = frozenset("اآأإٱدذرزژوؤة")
"""Arabic-script letters that join the letter before them but not the one after."""

Repair = Callable[[str], str]


class Sentence(NamedTuple):
    id: str
    source: str
    raw: str
    standard: str


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L")


def _arabic_letter(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" and ch != "ء" and _is_letter(ch)


def _joins_forward(ch: str) -> bool:
    return _arabic_letter(ch) and ch not in RIGHT_JOINING_ONLY


def _kept(ch: str) -> bool:
    """A character that is a letter of the sentence (not a gap, not a mark or a harakat)."""
    return not (ch.isspace() or ch in (ZWNJ, UNSURE_MARK)
                or unicodedata.category(ch) == "Mn")


def gap_marks(text: str) -> tuple[str, list[int]]:
    """The text's letters (folded) and what stands before each: NONE, SPACE, JOINER or
    UNSURE (the labelling's ``?``; UNSURE_SPACING where no ZWNJ would show). Whitespace
    (the no-break space too) wins over a ZWNJ beside it; a ZWNJ that cannot change the
    page is no gap."""
    letters: list[str] = []
    marks: list[int] = []
    seen: set[str] = set()
    before = ""
    for ch in text.translate(INVISIBLE):
        if not _kept(ch):
            if ch in (ZWNJ, UNSURE_MARK) or ch.isspace():
                seen.add("space" if ch.isspace() else ch)
            continue
        mark = NONE
        visible = _joins_forward(before) and _arabic_letter(ch)
        if UNSURE_MARK in seen:
            mark = UNSURE if visible else UNSURE_SPACING
        elif "space" in seen:
            mark = SPACE
        elif ZWNJ in seen and visible:
            mark = JOINER
        letters.append(ch.translate(LETTER_FOLD))
        marks.append(mark)
        seen = set()
        before = ch
    return "".join(letters), marks


def aligned(gold_letters: str, output: str) -> list[int | None]:
    """The output's marks at the gold letters' gaps (None where its letters differ); a gap
    is only comparable where the letters on both sides are matched."""
    return marks_at(gold_letters, *gap_marks(output), matched_sides_only=True)


def marks_in(haystack: str, letters: str) -> list[int] | None:
    """The marks of the first stretch of ``haystack`` whose letters are ``letters``."""
    all_letters, all_marks = gap_marks(haystack)
    start = all_letters.find(letters)
    if start < 0:
        return None
    return all_marks[start:start + len(letters)]


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.unaligned = 0

    def add(self, gold: list[int], output: Iterable[int | None],
            unsure_as: int | None = None) -> None:
        """Count each gap but the first; an unscored gap is skipped, or read as
        ``unsure_as`` (the house-style variant reads them all as ZWNJs)."""
        for k, (g, o) in enumerate(zip(gold, output, strict=True)):
            if g == UNSURE and unsure_as is not None:
                g = unsure_as
            if k == 0 or g in (UNSURE, UNSURE_SPACING):
                continue
            if o is None:
                self.unaligned += 1
                continue
            truth, guess = g == JOINER, o == JOINER
            self.tp += truth and guess
            self.fp += guess and not truth
            self.fn += truth and not guess

    def report(self) -> dict[str, float | int]:
        result = zwnj_scores(self.tp, self.fp, self.fn)
        if self.unaligned:
            result["unaligned_gaps"] = self.unaligned
        return result


def read_set(path: Path) -> list[Sentence]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Sentence(r["id"], r["source"], r["raw"], r["standard"]) for r in rows]


def typed(standard: str) -> str:
    """The standard spelling as a writer would type it: an unscored gap as a ZWNJ."""
    return standard.replace(UNSURE_MARK, ZWNJ)


DAMAGES: dict[str, Callable[[Sentence], str]] = {
    "deleted": lambda s: typed(s.standard).replace(ZWNJ, ""),
    "spaced": lambda s: typed(s.standard).replace(ZWNJ, " "),
    "original": lambda s: s.raw,
}


def khabar_repair(text: str) -> str:
    return repair_text(normalize_text(text, "fa"), "fa")


def unrepaired(text: str) -> str:
    return text


def nbsp_as_zwnj(text: str) -> str:
    """Hamshahri's typesetting puts a no-break space where a half-space belongs
    ("بخش\u00a0های"; some articles space every word with it); ``normalize_text`` reads it
    as a space."""
    return text.replace("\u00a0", ZWNJ)


def score_copies(sentences: list[Sentence], repairs: dict[str, Repair],
                 unsure_as: int | None = None) -> dict[str, object]:
    """P/R/F1 of each repair on each damaged copy, sentence by sentence."""
    results: dict[str, object] = {}
    for copy, damage in DAMAGES.items():
        for name, repair in repairs.items():
            score = Score()
            for sentence in sentences:
                gold_letters, gold = gap_marks(sentence.standard)
                score.add(gold, aligned(gold_letters, repair(damage(sentence))), unsure_as)
            results.setdefault(copy, {})[name] = score.report()  # type: ignore[union-attr]
    return results


def article_texts(data: Path, ids: set[str]) -> dict[str, str]:
    """The text of each named article in the shared Fars and Hamshahri samples."""
    found: dict[str, str] = {}
    for corpus in ("farsnews-sample/farsnews_shared.jsonl",
                   "hamshahri-sample/hamshahri_shared.jsonl"):
        path = data / corpus
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record.get("id") in ids:
                    found[record["id"]] = record.get("text") or ""
    return found


def score_in_articles(sentences: list[Sentence], articles: dict[str, str],
                      repairs: dict[str, Repair]) -> dict[str, object]:
    """The original copy repaired inside its whole article, the sentence found again."""
    results: dict[str, object] = {}
    for name, repair in repairs.items():
        score, missing = Score(), 0
        for sentence in sentences:
            gold_letters, gold = gap_marks(sentence.standard)
            marks = marks_in(repair(articles.get(sentence.id, "")), gold_letters)
            if marks is None:  # not found again: the sentence alone
                missing += 1
                marks = aligned(gold_letters, repair(sentence.raw))  # type: ignore[assignment]
            score.add(gold, marks)  # type: ignore[arg-type]
        results[name] = {**score.report(), "sentences_repaired_alone": missing}
    return results


def counts(sentences: list[Sentence]) -> dict[str, int]:
    gaps = [m for s in sentences for m in gap_marks(s.standard)[1][1:]]
    return {"sentences": len(sentences),
            "fars": sum(s.source == "fars" for s in sentences),
            "hamshahri": sum(s.source == "hamshahri" for s in sentences),
            "word_gaps": sum(len(s.standard.split()) - 1 for s in sentences)
            + sum(s.standard.count(ZWNJ) + s.standard.count(UNSURE_MARK) for s in sentences),
            "zwnj_in_standard": gaps.count(JOINER),
            "unsure_gaps": gaps.count(UNSURE) + gaps.count(UNSURE_SPACING)}


def evaluate(sentences: list[Sentence], data: Path | None) -> dict[str, object]:
    repairs: dict[str, Repair] = {"khabar": khabar_repair}
    hazm = hazm_normalizer()
    if hazm is not None:
        repairs["hazm"] = hazm
    start = time.perf_counter()
    report: dict[str, object] = {**counts(sentences)}
    report.update(score_copies(sentences, repairs))
    original = report["original"]
    assert isinstance(original, dict)
    as_written = {"unrepaired": unrepaired, "unrepaired_nbsp_as_zwnj": nbsp_as_zwnj}
    original.update(score_copies(sentences, as_written)["original"])  # type: ignore[arg-type]
    for source in ("fars", "hamshahri"):
        part = [s for s in sentences if s.source == source]
        report[f"{source}_only"] = score_copies(part, {**repairs, **as_written})
    report["house_style_unsure_as_zwnj"] = score_copies(
        sentences, {**repairs, "unrepaired": unrepaired}, unsure_as=JOINER)
    if data is not None:
        articles = article_texts(data, {s.id for s in sentences})
        if articles:
            report["original_in_article"] = score_in_articles(sentences, articles, repairs)
    report["seconds"] = round(time.perf_counter() - start, 1)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None,
                        help="the shared data (for the whole articles of the original copy)")
    parser.add_argument("--gold", type=Path, default=ROOT / "bench" / "data")
    parser.add_argument("--set", choices=(*SETS, "both"), default="both")
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    report = {name: evaluate(read_set(args.gold / f"zwnj-standard-{name}.tsv"), args.data)
              for name in (SETS if args.set == "both" else (args.set,))}
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
