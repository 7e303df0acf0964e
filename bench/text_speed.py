"""Speed of the text layer: normalization + ZWNJ repair + sentence split, one core.

Runs on the shared Persian corpora (Fars, Hamshahri), and in the same run hazm's
``Normalizer().normalize`` (the ``bench`` extra) on the same texts, so the ratio holds
on whatever machine runs it. MB are UTF-8 megabytes of input.

    python bench/text_speed.py --data ../shared/data [--limit 2000] [--output FILE]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from khabar.normalize.charmap import normalize
from khabar.normalize.zwnj import lexicon, repair_edits
from khabar.offsets import apply_edits
from khabar.text.sentences import split_sentences
from khabar.train.common import read_jsonl_texts

CORPORA = ("farsnews-sample/farsnews_shared.jsonl", "hamshahri-sample/hamshahri_shared.jsonl")


def khabar_text_layer(text: str) -> object:
    normalized, offsets = normalize(text, "fa")
    repaired, repair_map = apply_edits(normalized, list(repair_edits(normalized, "fa")))
    offsets = offsets.then(repair_map)
    return split_sentences(repaired), offsets


def timed(function: Callable[[str], object], texts: list[str], size: int) -> dict[str, float]:
    start = time.perf_counter()
    for text in texts:
        function(text)
    seconds = time.perf_counter() - start
    return {"seconds": round(seconds, 3), "mb_per_s": round(size / 1e6 / seconds, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--limit", type=int, default=2000, help="articles per corpus")
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    texts: list[str] = []
    for name in CORPORA:
        path = args.data / name
        if path.exists():
            texts.extend(list(read_jsonl_texts(path))[: args.limit])
    size = sum(len(t.encode("utf-8")) for t in texts)
    if not size:
        print(f"text_speed: no Persian corpus under {args.data}; skipped (pass --data)")
        return
    lexicon()  # loaded once per process, not per article
    report: dict[str, object] = {"articles": len(texts), "megabytes": round(size / 1e6, 3)}
    report["khabar_normalize_zwnj_sentences"] = timed(khabar_text_layer, texts, size)
    try:
        from hazm import Normalizer
    except ImportError:
        report["hazm_normalizer"] = "hazm not installed (pip install -e .[bench])"
    else:
        report["hazm_normalizer"] = timed(Normalizer().normalize, texts, size)
        ours = report["khabar_normalize_zwnj_sentences"]["mb_per_s"]  # type: ignore[index]
        report["ratio_khabar_to_hazm"] = round(ours / report["hazm_normalizer"]["mb_per_s"], 2)  # type: ignore[index]
    text = json.dumps(report, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
