"""ZWNJ repair on an inner dev split of the TRAINING articles only (never the held-out fifth).

``bench/text_zwnj.py`` scores on the Fars fifth that ``khabar train zwnj`` holds out; that
fifth must not be studied. This script makes a dev set that behaves like it: the training
articles (the other four fifths) are split again by a second hash (``dev:`` + id, one in
``--inner``), a lexicon is trained on the rest into a temporary resources folder, and the
dev articles are damaged and repaired with it, exactly as the bench does. Misses and
false joins are printed by kind, for study; ``oracle_ceiling`` is the bench's ceiling on
the dev split itself (each gap takes the dev text's own majority for its key). The
learned decision for unseen pairs (``pair_model.tsv``) and the learned cut of unseen glued
words (``glued_model.tsv``, session 12, 2026-12-05) are trained with the lexicon; a work
folder kept from before either has none and runs the hand-set rules alone. ``--lookup``
scores beside it the plainest repair the same lexicon allows: a space between two words
the training text joins with a ZWNJ more often than it spaces them (seen at least N times)
becomes a ZWNJ, and nothing else changes. ``--errors N`` lists the deleted copy's
commonest wrong words and the spaced copy's errors by family (``zwnj_spaced_errors``:
false joins where the document itself spells the pair both ways or has no ZWNJ at all,
the writers' habits no pair-level repair can follow; session 21).

    python bench/zwnj_dev.py --data ../shared/data [--errors 40] [--keep /tmp/zwnjdev]
        [--lookup 1,2,3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import khabar.resources
from khabar.normalize.charmap import normalize_text
from khabar.normalize.zwnj_lexicon import lexicon
from khabar.normalize.zwnj_words import pair_spaces, split_words
from khabar.offsets import apply_edits
from khabar.train.common import held_out

sys.path.insert(0, str(Path(__file__).parent))
import text_zwnj
from zwnj_spaced_errors import spaced_error_kinds

#: The ZWNJ resources written by hand, not trained: a kept work folder takes them fresh.
HAND_WRITTEN = ("suffixes.tsv", "sounded_heh.txt", "no_ezafe_after.txt", "glued_endings.tsv",
                "preverbs.txt")

ZWNJ = "\u200c"


def split_corpus(corpus: Path, outer: int, inner: int, folder: Path, seed: int = 0) -> list[str]:
    """Writes the training articles minus the inner dev ones (ids prefixed so that the
    trainer's own split of 1 in ``inner`` is the dev split); returns the dev texts."""
    dev: list[str] = []
    with corpus.open(encoding="utf-8") as source, (folder / "train.jsonl").open(
        "w", encoding="utf-8"
    ) as sink:
        for number, line in enumerate(source):
            if not line.strip():
                continue
            record = json.loads(line)
            key = str(record.get("id", number))
            if held_out(key, outer):
                continue  # the bench's held-out fifth: never read here
            record["id"] = (f"dev{seed}:" if seed else "dev:") + key
            if held_out(record["id"], inner):
                dev.extend(record[f] for f in ("title", "text") if record.get(f))
            else:
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    return dev


def train_lexicon(folder: Path, inner: int) -> Path:
    resources = folder / "resources"
    shutil.copytree(Path(khabar.resources.__file__).parent, resources,
                    ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    subprocess.run(
        [str(Path(sys.executable).parent / "khabar"), "train", "zwnj", "--corpus",
         str(folder / "train.jsonl"), "--holdout", str(inner),
         "--output", str(resources / "normalize" / "zwnj")],
        check=True,
    )
    return resources


def lookup_repair(floor: int) -> Callable[[str], str]:
    """The majority lookup: a space between a pair the training text joins more often than
    it spaces (``floor`` sightings or more) becomes a ZWNJ; nothing else changes."""
    joined = {pair for pair, (j, s) in lexicon().pairs.items() if j > s and j + s >= floor}

    def repair(text: str) -> str:
        edits = [(at, at + 1, ZWNJ) for _, _, at in pair_spaces(text, split_words(text), joined)]
        return apply_edits(text, sorted(set(edits)))[0]

    return repair


def error_kinds(
    documents: list[list[str]], repair: Callable[[str], str], limit: int
) -> dict[str, object]:
    """The words where the deleted copy's repair differs from the gold, counted."""
    missed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for name, damage, _ in text_zwnj.COPIES:
        for lines in documents:
            damaged = [damage(line) for line in lines]
            repaired = repair("\n".join(damaged)).split("\n")
            for gold_line, out_line in zip(lines, repaired, strict=True):
                gold_words = gold_line.split()
                out_words = out_line.split()
                if len(gold_words) != len(out_words) or name != "deleted":
                    continue
                for g, o in zip(gold_words, out_words, strict=True):
                    if g != o:
                        (missed if g.count(ZWNJ) > o.count(ZWNJ) else wrong)[f"{g} | {o}"] += 1
    return {"missed": missed.most_common(limit), "wrong": wrong.most_common(limit),
            "missed_total": sum(missed.values()), "wrong_total": sum(wrong.values())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--holdout", type=int, default=5, help="the bench's outer split")
    parser.add_argument("--inner", type=int, default=5, help="1 in N training articles for dev")
    parser.add_argument("--seed", type=int, default=0, help="another inner split (devN: ids)")
    parser.add_argument("--errors", type=int, default=0,
                        help="print the N commonest errors (the spaced copy's by family)")
    parser.add_argument("--keep", type=Path, default=None, help="reuse/keep this work folder")
    parser.add_argument("--lookup", default="", help="floors of the majority lookup, e.g. 1,2")
    args = parser.parse_args()
    corpus = args.data / "farsnews-sample" / "farsnews_shared.jsonl"
    folder = args.keep or Path(tempfile.mkdtemp(prefix="zwnjdev"))
    folder.mkdir(parents=True, exist_ok=True)
    dev = split_corpus(corpus, args.holdout, args.inner, folder, args.seed)
    resources = folder / "resources"
    if not (resources / "normalize" / "zwnj" / "lexicon.tsv.gz").exists() or not args.keep:
        resources = train_lexicon(folder, args.inner)
    else:  # a kept lexicon: the hand-written tables as they are now
        for name in HAND_WRITTEN:
            shutil.copy(Path(khabar.resources.__file__).parent / "normalize" / "zwnj" / name,
                        resources / "normalize" / "zwnj" / name)
    khabar.resources.RESOURCES = resources  # the lexicon loads through resource_path
    documents = [[ln for ln in normalize_text(t, "fa").split("\n") if ln.strip()] for t in dev]
    documents = [lines for lines in documents if lines]
    scores = text_zwnj.evaluate(documents, text_zwnj.khabar_repair, whole=True)
    report: dict[str, object] = {
        "dev": f"training articles, 1 in {args.inner} by hash of 'dev{args.seed or ''}:'+id",
        "documents": len(documents),
        "zwnj_in_gold": sum(ln.count(ZWNJ) for lines in documents for ln in lines),
        "khabar": scores,
        # the bench's ceiling on the dev split itself: each gap's key takes its majority
        "oracle_ceiling": {name: text_zwnj.oracle([ln for lines in documents for ln in lines],
                                                  damage, only_unspaced)
                           for name, damage, only_unspaced in text_zwnj.COPIES},
    }
    for floor in filter(None, args.lookup.split(",")):
        report[f"lookup_floor_{floor}"] = text_zwnj.evaluate(
            documents, lookup_repair(int(floor)), whole=True)
    if args.errors:
        report["errors"] = error_kinds(documents, text_zwnj.khabar_repair, args.errors)
        report["spaced_errors"] = spaced_error_kinds(
            documents, text_zwnj.khabar_repair, args.errors, scores["spaced"])
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if not args.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
