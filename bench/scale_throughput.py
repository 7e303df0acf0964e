"""Scale benchmarks (issue 8): pipeline throughput beside hazm's normalizer, where the
time goes per stage, streaming memory, N-vs-10N ingest scaling, and engine speed-ups.

    python bench/scale_throughput.py --data ../shared/data --output bench/scale_results.json
    python bench/scale_throughput.py --articles 300 --scaling 1000 --engines
    python bench/scale_throughput.py --articles 200 --titles --interleave --output FILE

Articles come from the shared news corpora (cycled, each copy given a distinct text, so
ids differ and nothing is a duplicate). Figures go to the JSON file named by --output.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from itertools import cycle, islice, zip_longest
from pathlib import Path
from typing import Any

from khabar.doc import Doc
from khabar.engine.local import analyse_in_process
from khabar.pipeline import Pipeline

CORPORA = ("farsnews-sample/farsnews_shared.jsonl", "hamshahri-sample/hamshahri_shared.jsonl",
           "saudinewsnet/saudinewsnet_shared.jsonl")


def corpus(data: Path) -> list[str]:
    texts = []
    for name in CORPORA:
        path = data / name
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                texts += [json.loads(line)["text"] for line in handle if line.strip()]
    if not texts:
        raise SystemExit(f"no corpora under {data}; pass --data")
    return texts


def records(data: Path, interleave: bool = False) -> list[dict[str, Any]]:
    """The corpora's articles (text, title, date), one corpus after another, or taken from
    each in turn (``interleave``: both languages in any first N)."""
    by_corpus = []
    for name in CORPORA:
        path = data / name
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                by_corpus.append([json.loads(line) for line in handle if line.strip()])
    if not by_corpus:
        raise SystemExit(f"no corpora under {data}; pass --data")
    if not interleave:
        return [a for found in by_corpus for a in found]
    turns = zip_longest(*by_corpus)
    return [a for turn in turns for a in turn if a is not None]


def as_doc(article: dict[str, Any], titles: bool) -> Doc:
    """The article as ``khabar ingest`` reads a JSONL line: the text, and with ``titles``
    its title and date too (the entity stage then reads the headline as well)."""
    if not titles:
        return Doc(raw=article["text"])
    return Doc(raw=article["text"], meta={"title": article.get("title"),
                                          "date": article.get("date")})


def articles(texts: list[str], n: int) -> Iterator[str]:
    """``n`` texts cycling the corpora; the k-th copy of a text gets a distinct last line."""
    for number, text in enumerate(islice(cycle(texts), n)):
        lap = number // len(texts)
        yield text if lap == 0 else f"{text}\n(نسخهٔ {lap})"


def time_stages(pipeline: Pipeline, seconds: dict[str, float],
                clock: Callable[[], float]) -> None:
    """Wraps each of the pipeline's stage functions so that its time by ``clock`` adds up
    in ``seconds`` under the stage's name (bench only: it reaches into the pipeline)."""
    pipeline._functions = [_timed(function, info.name, seconds, clock) for info, function
                           in zip(pipeline.infos, pipeline._functions, strict=True)]


def _timed(function: Callable[[Doc], Doc], name: str, seconds: dict[str, float],
           clock: Callable[[], float]) -> Callable[[Doc], Doc]:
    def run(doc: Doc) -> Doc:
        start = clock()
        try:
            return function(doc)
        finally:
            seconds[name] += clock() - start
    return run


def throughput_vs_hazm(texts: list[str], docs: list[Doc] | None = None,
                       analysed: list[Doc] | None = None) -> dict[str, Any]:
    """Full pipeline and hazm's Normalizer.normalize on the same texts, one core; the
    pipeline reads ``docs`` (the texts with titles and dates) when given, and the analysed
    Docs go to ``analysed`` when given (bench/run.py stores them)."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    pipeline = Pipeline()
    stage_seconds: dict[str, float] = defaultdict(float)
    stage_cpu: dict[str, float] = defaultdict(float)
    time_stages(pipeline, stage_seconds, time.perf_counter)
    # CPU time per stage too: on a shared machine the wall times carry other jobs' load
    time_stages(pipeline, stage_cpu, time.process_time)
    start, cpu_start = time.perf_counter(), time.process_time()
    # the path `khabar ingest` takes (per-document budget, error capture, the heap
    # settled after the first document), without the store
    inputs = docs if docs is not None else (Doc(raw=text) for text in texts)
    for done in analyse_in_process(inputs, pipeline):
        if analysed is not None and isinstance(done, Doc):
            analysed.append(done)
    khabar_s = time.perf_counter() - start
    khabar_cpu = time.process_time() - cpu_start
    result: dict[str, Any] = {
        "articles": len(texts), "megabytes": round(size, 3),
        "khabar_seconds": round(khabar_s, 2), "khabar_cpu_seconds": round(khabar_cpu, 2),
        "khabar_mb_per_s": round(size / khabar_s, 4),
        "khabar_articles_per_s": round(len(texts) / khabar_s, 1),
        "stages_seconds": {k: round(v, 2) for k, v in
                           sorted(stage_seconds.items(), key=lambda kv: -kv[1])},
        "stages_cpu_seconds": {k: round(v, 3) for k, v in
                               sorted(stage_cpu.items(), key=lambda kv: -kv[1])},
    }
    try:
        from hazm import Normalizer  # type: ignore[import-untyped]
    except ImportError:
        result["hazm"] = "not installed (the bench extra)"
        return result
    normalizer = Normalizer()
    start, cpu_start = time.perf_counter(), time.process_time()
    for text in texts:
        normalizer.normalize(text)
    hazm_s = time.perf_counter() - start
    hazm_cpu = time.process_time() - cpu_start
    # CPU seconds too: on a shared machine the wall times carry other jobs' load.
    result.update(hazm_seconds=round(hazm_s, 2), hazm_cpu_seconds=round(hazm_cpu, 2),
                  hazm_mb_per_s=round(size / hazm_s, 4),
                  khabar_over_hazm_time=round(khabar_s / hazm_s, 2),
                  khabar_over_hazm_cpu=round(khabar_cpu / hazm_cpu, 2),
                  load_average_after=os.getloadavg())
    return result


def ingest_run(texts: list[str], n: int, workers: int, engine: str = "local") -> dict[str, Any]:
    """``khabar ingest`` of ``n`` articles (JSONL) into a fresh store, in a subprocess:
    wall time and the peak memory of the process tree's largest member."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for text in articles(texts, n):
                out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
        config = Path(folder) / "k.toml"
        config.write_text(f"[ingest]\nworkers = {workers}\n", encoding="utf-8")
        command = [sys.executable, "-m", "khabar.cli", "--config", str(config), "ingest",
                   str(source), "--db", str(Path(folder) / "k.db"), "-q", "--engine", engine]
        cpu_before, load_before = children_cpu(), os.getloadavg()[0]
        start = time.perf_counter()
        done = subprocess.run(command, check=False, capture_output=True)
        seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # CPU seconds of the ingest process and the processes it waited for (its workers)
    cpu = children_cpu() - cpu_before
    return {"articles": n, "workers": workers, "engine": engine, "seconds": round(seconds, 1),
            "articles_per_s": round(n / seconds, 1), "cpu_seconds": round(cpu, 1),
            "exit_status": done.returncode, "load_before": round(load_before, 2),
            "load_after": round(os.getloadavg()[0], 2),
            "peak_rss_mb_so_far": round(peak_kb / 1024)}


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--output", type=Path, default=Path("bench/scale_results.json"))
    parser.add_argument("--articles", type=int, default=500, help="for throughput")
    parser.add_argument("--scaling", type=int, default=0,
                        help="N: ingest N and 10N articles (0: skip)")
    parser.add_argument("--engines", action="store_true",
                        help="ingest 2N articles with 1 and 2 workers, local and Dask")
    parser.add_argument("--titles", action="store_true",
                        help="pass each article's title and date, as ingest of JSONL does")
    parser.add_argument("--interleave", action="store_true",
                        help="take the articles from each corpus in turn (both languages)")
    args = parser.parse_args()
    texts = corpus(args.data)
    figures: dict[str, Any] = {"machine": platform.platform(), "python": platform.python_version(),
                               "load_average_before": os.getloadavg()}
    if args.titles or args.interleave:
        chosen = list(islice(cycle(records(args.data, args.interleave)), args.articles))
        figures["throughput"] = throughput_vs_hazm(
            [a["text"] for a in chosen], [as_doc(a, args.titles) for a in chosen])
        figures["throughput"].update(titles=args.titles, interleave=args.interleave)
    else:
        figures["throughput"] = throughput_vs_hazm(list(islice(cycle(texts), args.articles)))
    if args.scaling:
        small = ingest_run(texts, args.scaling, workers=1)
        large = ingest_run(texts, 10 * args.scaling, workers=1)
        figures["scaling"] = {"small": small, "large": large,
                              "ratio": round(large["seconds"] / small["seconds"], 2)}
    if args.engines:
        n = max(2 * args.articles, 200)
        figures["engines"] = [ingest_run(texts, n, workers, engine)
                              for engine in ("local", "dask") for workers in (1, 2)]
    # Other scale figures (bench/scale_store.py) share the file: keep them.
    kept = json.loads(args.output.read_text(encoding="utf-8")) if args.output.exists() else {}
    args.output.write_text(json.dumps({**kept, **figures}, ensure_ascii=False, indent=2)
                           + "\n", encoding="utf-8")
    print(json.dumps(figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
