"""Speed of the text layer: normalization + ZWNJ repair + sentence split, one core.

Runs on the shared Persian corpora (Fars, Hamshahri), and in the same run hazm's
``Normalizer().normalize`` (the ``bench`` extra) on the same texts, so the ratio holds
on whatever machine runs it. MB are UTF-8 megabytes of input.

Times are the CPU time of this process (``time.process_time``: one core, whatever else
the machine runs), the best of ``--repeat`` rounds; each round times khabar and then
hazm, so both see the same load. The load average is recorded beside the figures.

    python bench/text_speed.py --data ../shared/data [--limit 2000] [--output FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from khabar.normalize.charmap import normalize
from khabar.normalize.zwnj import clear_caches, lexicon, repair_edits
from khabar.offsets import apply_edits
from khabar.text.sentences import split_sentences
from khabar.train.common import read_jsonl_texts

CORPORA = ("farsnews-sample/farsnews_shared.jsonl", "hamshahri-sample/hamshahri_shared.jsonl")


def khabar_text_layer(text: str) -> object:
    normalized, offsets = normalize(text, "fa")
    repaired, repair_map = apply_edits(normalized, list(repair_edits(normalized, "fa")))
    offsets = offsets.then(repair_map)
    return split_sentences(repaired), offsets


def timed(function: Callable[[str], object], texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        function(text)
    return time.process_time() - start


def figures(seconds: float, size: int) -> dict[str, float]:
    return {"cpu_seconds": round(seconds, 3), "mb_per_s": round(size / 1e6 / seconds, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--limit", type=int, default=2000, help="articles per corpus")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best counts")
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
    try:
        from hazm import Normalizer
    except ImportError:
        hazm = None
    else:
        hazm = Normalizer().normalize
    ours, theirs = float("inf"), float("inf")
    for _ in range(args.repeat):
        clear_caches()  # each round starts cold, as a fresh batch of articles would
        ours = min(ours, timed(khabar_text_layer, texts))
        if hazm is not None:
            theirs = min(theirs, timed(hazm, texts))
    report: dict[str, object] = {
        "articles": len(texts), "megabytes": round(size / 1e6, 3), "repeat": args.repeat,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "khabar_normalize_zwnj_sentences": figures(ours, size),
    }
    if hazm is None:
        report["hazm_normalizer"] = "hazm not installed (pip install -e .[bench])"
    else:
        report["hazm_normalizer"] = figures(theirs, size)
        report["ratio_khabar_to_hazm"] = round(theirs / ours, 2)
    text = json.dumps(report, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
