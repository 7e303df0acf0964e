"""Outlets read from the text alone: how many articles get one, and whether it is the
corpus' own.

Usage: ``python bench/meta_outlets.py [DATA] [--articles N] [--label L] [--output FILE]``
(DATA defaults to ../shared/data). Reads an even spread of N SaudiNewsNet articles
(every k-th line) and N/2 each of Fars News and Hamshahri; development data only: no test
reads it. Each article goes through the cleaning stages and the sources stage with its
title, text and date only (no ``source``, ``source_name`` or ``url``: no hint, so only the
text can name its outlet). Counted per corpus: articles with an outlet, and how many
are the corpus' ``source`` (SaudiNewsNet's "was" is SPA, "alwatan" Al Watan Saudi), and
articles with at least one source in the chain. With ``--output`` the figures are
stored in FILE under ``--label`` (other labels kept).
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from collections import Counter
from pathlib import Path
from typing import Any

from khabar.doc import Doc
from khabar.pipeline import Pipeline
from khabar.registry import get_stage
from khabar.settings import Settings

PRE_STAGES = ("khabar.clean.lines.v1", "khabar.langid.script.v1", "khabar.normalize.chars.v1",
              "khabar.normalize.zwnj.v1")
CORPORA = {"saudinewsnet/saudinewsnet_shared.jsonl": 1.0,
           "farsnews-sample/farsnews_shared.jsonl": 0.5,
           "hamshahri-sample/hamshahri_shared.jsonl": 0.5}
#: The corpora's source codes that are spelt otherwise in outlets.json.
CORPUS_IDS = {"was": "spa", "alwatan": "alwatan_sa"}


def _spread(path: Path, n: int) -> list[dict[str, Any]]:
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    return [json.loads(line) for line in lines[::max(1, len(lines) // n)][:n]]


def measure(data: Path, articles: int) -> dict[str, Any]:
    pre = Pipeline(stages=PRE_STAGES)
    sources = get_stage("khabar.meta.sources.v1").factory(Settings())
    out: dict[str, Any] = {}
    for corpus, share in CORPORA.items():
        path = data / corpus
        if not path.exists():
            continue
        counts: Counter[str] = Counter()
        started = time.perf_counter()
        for row in _spread(path, int(articles * share)):
            meta = {key: row[key] for key in ("title", "date") if row.get(key)}
            doc = sources(pre(Doc(raw=row["text"], meta=meta)))
            counts["articles"] += 1
            counts["with_outlet"] += doc.outlet is not None
            counts["outlet_is_corpus_source"] += doc.outlet is not None and (
                doc.outlet.outlet_id == CORPUS_IDS.get(row["source"], row["source"]))
            counts["with_source"] += bool(doc.sources)
        n = max(1, counts["articles"])
        out[corpus.split("/")[0]] = {
            **counts, "outlet_share": round(counts["with_outlet"] / n, 4),
            "ms_per_article": round((time.perf_counter() - started) / n * 1e3, 2)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=Path("../shared/data"))
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--label", default="run")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    figures = {"python": platform.python_version(), "articles": args.articles,
               **measure(args.data, args.articles)}
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    if args.output is not None:
        stored = json.loads(args.output.read_text()) if args.output.exists() else {}
        stored[args.label] = figures
        args.output.write_text(json.dumps(stored, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
