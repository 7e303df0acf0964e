"""Benchmarks: ``make bench`` writes figures to bench/results.json (issue 8 item 4).

Per corpus (the bundled examples, then each shared news corpus under ``--data``, default
../shared/data, first ``--per-corpus`` articles): khabar's full pipeline, as ``khabar
ingest`` runs it on a JSONL line (text, title, date), and hazm's ``Normalizer.normalize``
on the same texts, in the same run, on one core (``bench/scale_throughput.py``'s
``throughput_vs_hazm``): wall and CPU seconds, MB/s, articles/s, the khabar/hazm ratio and
the CPU seconds of each stage. Each corpus's analysed articles are then stored into one
fresh SQLite store (the store's own seconds), and the process's peak RSS is taken.
The examples run first, so the corpora's figures do not carry the models' loading.
On a shared machine the wall seconds carry other jobs' load: compare CPU seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from khabar.doc import Doc  # noqa: E402

CORPORA = ("farsnews-sample/farsnews_shared.jsonl", "hamshahri-sample/hamshahri_shared.jsonl",
           "saudinewsnet/saudinewsnet_shared.jsonl")
# the ratio's figures summed over the corpora
SUMMED = ("articles", "megabytes", "khabar_seconds", "khabar_cpu_seconds", "hazm_seconds",
          "hazm_cpu_seconds")


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


def measure(texts: list[str], docs: list[Doc], analysed: list[Doc]) -> dict[str, Any]:
    """The pipeline beside hazm on ``texts`` (the pipeline reads ``docs``)."""
    from scale_throughput import throughput_vs_hazm

    figures = throughput_vs_hazm(texts, docs, analysed)
    _add_khabar_rates(figures)
    return figures


def _add_khabar_rates(figures: dict[str, Any]) -> None:
    """khabar's MB and articles per CPU second, where its CPU seconds are in ``figures``."""
    if "khabar_cpu_seconds" in figures:
        figures["khabar_mb_per_cpu_s"] = round(
            figures["megabytes"] / figures["khabar_cpu_seconds"], 4)
        figures["khabar_articles_per_cpu_s"] = round(
            figures["articles"] / figures["khabar_cpu_seconds"], 1)


def total(per_corpus: list[dict[str, Any]]) -> dict[str, Any]:
    """The corpora together: sums, and the rates and ratios of the sums."""
    summed: dict[str, Any] = {
        key: round(sum(f[key] for f in per_corpus), 3) for key in SUMMED
        if all(key in f for f in per_corpus)}
    _add_khabar_rates(summed)
    if "hazm_cpu_seconds" in summed:
        summed["hazm_mb_per_cpu_s"] = round(summed["megabytes"] / summed["hazm_cpu_seconds"], 4)
        summed["khabar_over_hazm_cpu"] = round(
            summed["khabar_cpu_seconds"] / summed["hazm_cpu_seconds"], 2)
        summed["khabar_over_hazm_time"] = round(
            summed["khabar_seconds"] / summed["hazm_seconds"], 2)
    return summed


def store(store: Any, docs: list[Doc], stored: dict[str, float]) -> None:
    """Adds analysed articles to ``store`` as ingest stores them; seconds add up in
    ``stored``."""
    start, cpu_start = time.perf_counter(), time.process_time()
    for doc in docs:
        store.add(doc)
    stored["articles"] += len(docs)
    stored["seconds"] += time.perf_counter() - start
    stored["cpu_seconds"] += time.process_time() - cpu_start


def corpora(data: Path, per_corpus: int, results: dict[str, Any]) -> None:
    """Each corpus's figures, then theirs together, into ``results``. Each corpus's
    analysed articles are stored (a fresh SQLite store for them all) and let go before
    the next corpus, so the peak RSS is the pipeline's and one corpus's."""
    from khabar.store import open_store

    by_corpus: dict[str, list[dict]] = {}
    for corpus, item in corpus_items(data, per_corpus):
        by_corpus.setdefault(corpus, []).append(item)
    if not by_corpus:
        results["note"] = f"no corpora under {data}; only the examples were measured"
        return
    stored = {"articles": 0, "seconds": 0.0, "cpu_seconds": 0.0}
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "b.db") as into:
        for corpus, items in by_corpus.items():
            docs = [Doc(raw=i["text"], meta={"title": i.get("title"), "date": i.get("date")})
                    for i in items]
            analysed: list[Doc] = []
            results[corpus] = measure([i["text"] for i in items], docs, analysed)
            store(into, analysed, stored)
    results["all_corpora"] = total([results[c] for c in by_corpus])
    results["all_corpora_store_sqlite"] = {
        **{k: round(v, 2) for k, v in stored.items()},
        "articles_per_cpu_s": round(stored["articles"] / stored["cpu_seconds"], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--per-corpus", type=int, default=200)
    parser.add_argument("--examples-laps", type=int, default=4,
                        help="the bundled examples, this many times")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--label", default=None,
                        help="write the figures under this key, keeping the file's others")
    args = parser.parse_args()

    results: dict[str, Any] = {
        "machine": platform.platform(), "cores": os.cpu_count(), "cores_used": 1,
        "python": platform.python_version(), "load_average_before": os.getloadavg(),
        "per_corpus_articles": args.per_corpus}
    texts = example_texts() * args.examples_laps
    results["examples"] = measure(texts, [Doc(raw=t) for t in texts], [])
    results["examples"]["note"] = "the first run: its seconds include loading the models"
    corpora(args.data, args.per_corpus, results)
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    results["peak_rss_note"] = "this process: the pipeline's models and one corpus's analyses"
    results["load_average_after"] = os.getloadavg()
    written = results
    if args.label:
        kept = json.loads(args.output.read_text(encoding="utf-8")) if args.output.exists() else {}
        written = {**kept, args.label: results}
    args.output.write_text(json.dumps(written, ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
