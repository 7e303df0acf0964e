"""Benchmarks: ``make bench`` writes figures to bench/results.json.

Measures the full pipeline (analysis only, then analysis plus storing) on the bundled
examples and, when present, on the shared news corpora (``--data``, default
../shared/data): MB/s and articles/s on one core, and peak memory.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from khabar.doc import Doc
from khabar.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("farsnews-sample/farsnews_shared.jsonl", "hamshahri-sample/hamshahri_shared.jsonl",
           "saudinewsnet/saudinewsnet_shared.jsonl")


def example_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/articles").glob("*"))]


def corpus_items(data: Path, per_corpus: int) -> Iterator[tuple[str, dict]]:
    """(corpus name, JSONL record) for the first ``per_corpus`` records of each corpus."""
    for name in CORPORA:
        path = data / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for count, line in enumerate(handle):
                if count >= per_corpus:
                    break
                yield name.split("/")[0], json.loads(line)


def corpus_texts(data: Path, per_corpus: int) -> Iterator[tuple[str, str]]:
    for corpus, item in corpus_items(data, per_corpus):
        yield corpus, item["text"]


def measure(pipeline: Pipeline, texts: list[str], store_path: Path | None = None) -> dict:
    from khabar.store import open_store

    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    if store_path is None:
        for text in texts:
            pipeline(Doc(raw=text))
    else:
        with open_store(store_path) as store:
            for text in texts:
                store.add(pipeline(Doc(raw=text)))
    seconds = time.perf_counter() - start
    return {
        "articles": len(texts), "megabytes": round(size / 1e6, 3),
        "seconds": round(seconds, 3),
        "articles_per_s": round(len(texts) / seconds, 1),
        "mb_per_s": round(size / 1e6 / seconds, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--per-corpus", type=int, default=300)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args()

    pipeline = Pipeline()
    results: dict = {"machine": platform.processor() or platform.machine(),
                     "python": platform.python_version(), "cores_used": 1}
    results["examples_analysis"] = measure(pipeline, example_texts() * 20)
    by_corpus: dict[str, list[str]] = {}
    for corpus, text in corpus_texts(args.data, args.per_corpus):
        by_corpus.setdefault(corpus, []).append(text)
    for corpus, texts in by_corpus.items():
        results[f"{corpus}_analysis"] = measure(pipeline, texts)
    if by_corpus:
        with tempfile.TemporaryDirectory() as tmp:
            every = [t for texts in by_corpus.values() for t in texts]
            results["all_corpora_ingest_sqlite"] = measure(pipeline, every, Path(tmp) / "b.db")
    else:
        results["note"] = f"no corpora under {args.data}; only the examples were measured"
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
