"""Store scaling (issue 8): the time for 100k articles over the time for 10k, story
clustering included, and the peak memory while streaming 100k.

    python bench/scale_store.py --data ../shared/data --output bench/scale_results.json
    python bench/scale_store.py --sizes 2000,20000 --seeds 100      # a quicker look

What is measured, exactly:

1. **Seeds through the real pipeline.** ``--seeds`` articles, taken evenly from the
   shared news corpora (Fars, Hamshahri, SaudiNewsNet; JSONL fields as ingest hints), are
   analysed once by the default pipeline, in this process. Their analysis time gives the
   per-article pipeline cost; ``--pipeline-sizes`` (e.g. 200,1000) analyses that many
   articles (the corpora cycled) to show the cost per article does not grow with N.
2. **Streaming N articles into a store.** For each N in ``--sizes``, a fresh process
   opens a fresh SQLite store and adds N articles, ``--group`` per transaction, exactly as
   ``khabar ingest`` stores an analysed Doc (``Store.add``: contract check, article row,
   entities/events/quotes rows, the folded FTS5 index, raw input and ingest hints,
   blocking keys and story assignment against the stored neighbours, the ingest log).
   The N articles (``bench/store_flow.py``) are the seeds' analyses cycled: copy ``k`` of
   a seed gets a new id and is dated ``k`` days after a common first day (``FIRST_DAY``),
   at the seed's own time of day and offset. So N articles span N / seeds days, a news
   flow of ``seeds`` articles a day. Each lap is made another day's news (``_as_lap``: its
   fingerprints salted, its specific story keys and headline words tagged with the lap),
   so that a seed's copies on nearby days do not join one story, as one text printed
   again every day would.
   (Until session 3 copy ``k`` kept its seed's own date moved ``k`` days on; the seeds'
   dates span 1981-2021, so with every lap more copies drifted into each story window and
   the store's work per article grew for a reason a real feed does not have. In session
   3 the copies were near duplicates of the day before, and every seed's copies chained
   into one story of N / seeds articles: 178 stories for 100k articles.)
   The pipeline is NOT re-run per copy: at ~8 articles/s per core, 100k articles would
   take hours; its cost per article is item 1.
   Reported per N: seconds, articles/s, the seconds of each tenth of the run (a constant
   tenth means linear), and the process's peak RSS (``getrusage``: the whole process,
   Python, SQLite's cache and the seeds included).

3. **The ratio, robust to load.** The machine is shared and its load moves the CPU
   seconds of a run by ±15% from one run to the next, so the ratio of two runs minutes
   apart (up to session 7) moved as much. The small size is taken several times:
   small runs before and after the large one, and the large run's own first ``small``
   adds (its ``prefix``). The prefix is the same
   quantity as a small run: each child opens its store before the clock starts and reads
   the clock before the store's stats and closing; its first ``small`` articles are the
   small run's articles, with the same ids, dates and transactions (``small`` a multiple
   of ``--group``), in a fresh process on a fresh store; story assignment is done per add.
   Even at load 1.1-1.7 the CPU seconds of one 10k run moved by 30% (17.3-26.3 s in two
   session-8 benches; the 100k run's tenths move as much), so one small figure is the
   weak point: the headline ``cpu_ratio_large_over_small`` is the large run's CPU seconds
   over the mean of every small figure (``--small-repeats`` runs, half before the large
   run and half after it, and its prefix). Beside it: ``cpu_ratio_over_prefix`` (one
   process), ``cpu_ratio_separate_runs`` (the small runs) and
   ``cpu_ratio_first_small_run``, the figure as taken up to session 7. Every run,
   the spread of the small figures, each run's user and system CPU seconds and the load
   average before, during (per tenth) and after each run are recorded.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from functools import partial
from itertools import cycle, islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from store_flow import StoreShare, load_seeds  # noqa: E402

from khabar.doc import Doc  # noqa: E402

JSONL_FIELDS = ("title", "date", "url", "source", "source_name", "lang")


def seed_docs(data: Path, count: int) -> list[Doc]:
    """``count`` corpus articles, evenly from each corpus, as the JSONL reader gives them."""
    from run import CORPORA, corpus_items

    per_corpus = max(1, count // len(CORPORA))
    docs = []
    for n, (name, item) in enumerate(corpus_items(data, per_corpus)):
        meta = {key: item[key] for key in JSONL_FIELDS if item.get(key) is not None}
        docs.append(Doc(raw=item["text"], meta={"path": f"{name}:{n}", "format": "jsonl",
                                                **meta}))
    if not docs:
        raise SystemExit(f"no corpora under {data}; pass --data")
    return docs


def analyse(docs: list[Doc]) -> tuple[list[Doc], float]:
    from khabar.pipeline import Pipeline

    pipeline = Pipeline()
    start = time.perf_counter()
    done = [pipeline(Doc(raw=doc.raw, meta=dict(doc.meta))) for doc in docs]
    return done, time.perf_counter() - start


def pipeline_cost(docs: list[Doc], sizes: list[int]) -> list[dict[str, Any]]:
    """Seconds per article through the default pipeline at each size (corpora cycled)."""
    rows = []
    for size in sizes:
        _, seconds = analyse(list(islice(cycle(docs), size)))
        rows.append({"articles": size, "seconds": round(seconds, 1),
                     "ms_per_article": round(1000 * seconds / size, 1),
                     "load_average": os.getloadavg()})
    return rows


def write_seeds(analysed: list[Doc], path: Path) -> None:
    from khabar.export.contract import to_record

    with path.open("w", encoding="utf-8") as out:
        for doc in analysed:
            out.write(json.dumps({"record": to_record(doc), "raw": doc.raw, "meta": doc.meta,
                                  "fingerprint": doc.fingerprint}, ensure_ascii=False) + "\n")


class Clock:
    """Each tenth's wall and CPU seconds as the statuses of a run come (``on_item``), and
    the first ``prefix`` articles' figures (at the status that reaches it)."""

    def __init__(self, n: int, prefix: int) -> None:
        self.n, self.prefix, self.done = n, prefix, 0
        self.marks = {n * k // 10 for k in range(1, 11)}
        self.start = self.last = time.perf_counter()
        self.cpu_start = self.cpu_last = run_cpu()
        self.tenths: list[float] = []
        self.cpu_tenths: list[float] = []
        self.loads: list[float] = []
        self.first: dict[str, Any] = {}

    def tick(self, status: str) -> None:
        if status != "added":
            raise SystemExit(f"article {self.done} was not added: {status}")
        self.done += 1
        if self.done == self.prefix:
            self.first = {"articles": self.done,
                          "seconds": round(time.perf_counter() - self.start, 2),
                          "cpu_seconds": round(run_cpu() - self.cpu_start, 2),
                          "load": os.getloadavg()[0]}
        if self.done in self.marks:
            now, cpu = time.perf_counter(), run_cpu()
            self.tenths.append(round(now - self.last, 1))
            self.cpu_tenths.append(round(cpu - self.cpu_last, 1))
            self.loads.append(round(os.getloadavg()[0], 2))
            print(json.dumps({"done": self.done, "seconds": self.tenths[-1],
                              "cpu": self.cpu_tenths[-1], "load": self.loads[-1]}),
                  file=sys.stderr, flush=True)
            self.last, self.cpu_last = now, cpu


def stream(seeds_path: Path, n: int, db: str, group: int, hashed: bool = False,
           prefix: int = 0, recycle: int | None = None) -> dict[str, Any]:
    """Runs in a fresh process: ``n`` articles into the store ``db`` as ``khabar ingest``
    stores analysed articles: ``StoreShare`` (its writer, ``group`` per transaction),
    the first ``recycle`` articles in this process and each following ``recycle`` in a
    fresh one (``khabar.engine.recycle.in_shares``; default: the setting
    ``ingest.recycle_articles``, 0: all here). Each tenth's figures also go to stderr as
    they come. CPU seconds are this process's and its finished children's (the share
    processes', whole: start and imports included); with shares, a tenth's CPU holds the
    share processes that ended in it. With ``prefix``, the first ``prefix`` articles'
    seconds are kept too (taken at the status of article ``prefix``: the end of its
    group)."""
    from khabar.engine.recycle import in_shares
    from khabar.settings import Settings
    from khabar.store import open_store

    settings = dict(Settings({"ingest.batch_articles": group}))
    share = settings["ingest.recycle_articles"] if recycle is None else recycle
    job = StoreShare(str(seeds_path), db, hashed, settings)
    load_seeds(job.seeds)
    with open_store(db, Settings(settings)) as store:
        clock = Clock(n, prefix)
        usage = _usage()
        summary = in_shares(range(n), share, partial(job.into, store), job, clock.tick)
        seconds, cpu_seconds = time.perf_counter() - clock.start, run_cpu() - clock.cpu_start
        ended = _usage()
        stories = store.stats()["stories"]
    digest = partition_digest(db)
    seeds = load_seeds(job.seeds)
    return {"articles": n, "articles_per_transaction": group, "hashed_ids": hashed,
            "recycle_articles": share,
            "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu_seconds, 2),
            "user_seconds": round(ended[0] - usage[0], 2),
            "system_seconds": round(ended[1] - usage[1], 2),
            "articles_per_s": round(n / seconds, 1), "seconds_per_tenth": clock.tenths,
            "cpu_seconds_per_tenth": clock.cpu_tenths, "load_per_tenth": clock.loads,
            **({"prefix": clock.first} if clock.first else {}),
            "share_processes": summary.shares,
            "stories": stories, "stories_digest": digest, "undated_share": round(
                sum(s["record"]["published"] is None for s in seeds) / len(seeds), 3),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "peak_rss_mb_share_process": round(
                resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
            "store_mb": round(os.path.getsize(db) / 1e6), "load_average": os.getloadavg()}


def partition_digest(db: str) -> str:
    """A digest of how the stored articles are grouped into stories (the groups of ids,
    whatever the stories' own ids): equal digests, identical stories."""
    import sqlite3

    members: dict[str, list[str]] = {}
    with sqlite3.connect(db) as conn:
        for article, story in conn.execute("SELECT id, story FROM articles"):
            members.setdefault(story, []).append(article)
    groups = sorted(",".join(sorted(group)) for group in members.values())
    return hashlib.sha256("\n".join(groups).encode()).hexdigest()[:16]


def _usage() -> tuple[float, float]:
    """User and system CPU seconds of this process and its finished children."""
    own, children = (resource.getrusage(who)
                     for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + children.ru_utime, own.ru_stime + children.ru_stime


def process_cpu() -> float:
    """CPU seconds of this process (user + system): what the work cost, whatever the
    load of the shared machine made the wall time."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_cpu() -> float:
    """CPU seconds of this process and its finished children (the share processes)."""
    return sum(_usage())


def stream_in_child(seeds_path: Path, n: int, group: int, hashed: bool,
                    prefix: int = 0, recycle: int | None = None) -> dict[str, Any]:
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, __file__, "--child", str(n), "--cache", str(seeds_path),
                   "--db", str(Path(folder) / "k.db"), "--group", str(group),
                   "--prefix", str(prefix), *(["--hashed-ids"] if hashed else []),
                   *([] if recycle is None else ["--recycle", str(recycle)])]
        done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return {"load_before": load_before, **result}


def run_order(sizes: list[int], small_repeats: int) -> list[int]:
    """Two sizes: ``small_repeats`` runs of the small one, half before the large run and
    half after it, so that they bracket it; other lists as given."""
    if len(sizes) != 2:
        return sizes
    before = (small_repeats + 1) // 2
    return [*[sizes[0]] * before, sizes[1], *[sizes[0]] * (small_repeats - before)]


def ratios(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The large run over the small size, three ways (the module's item 3), from the
    unrounded-to-0.1 figures; the small figures, their spread and the target."""
    large = max(runs, key=lambda run: run["articles"])
    small = [run for run in runs if run["articles"] < large["articles"]]
    size = small[0]["articles"]
    prefix = large.get("prefix", {})
    in_run = prefix.get("articles") == size
    cpu = [run["cpu_seconds"] for run in small]
    every = cpu + ([prefix["cpu_seconds"]] if in_run else [])
    wall = [run["seconds"] for run in small] + ([prefix["seconds"]] if in_run else [])
    figures: dict[str, Any] = {
        "ratio_method": "large run's CPU over the mean of every small-size figure: "
        + ("the small runs and the large run's first small-size adds" if in_run
           else "the small runs"),
        "cpu_ratio_large_over_small": round(large["cpu_seconds"] / _mean(every), 2),
        "ratio_large_over_small": round(large["seconds"] / _mean(wall), 2),
        **({"cpu_ratio_over_prefix": round(large["cpu_seconds"] / prefix["cpu_seconds"], 2)}
           if in_run else {}),
        "cpu_ratio_separate_runs": round(large["cpu_seconds"] / _mean(cpu), 2),
        "cpu_ratio_per_small_run": [round(large["cpu_seconds"] / c, 2) for c in cpu],
        "cpu_ratio_first_small_run": round(large["cpu_seconds"] / cpu[0], 2),
        "small_cpu_seconds": every,
        "small_cpu_spread": round((max(every) - min(every)) / _mean(every), 3),
        "ratio_target": round(10.5 * large["articles"] / size / 10, 2)}
    return figures


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "scale_results.json")
    parser.add_argument("--seeds", type=int, default=300)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--pipeline-sizes", default="200,1000",
                        help="articles through the pipeline to show its per-article cost "
                        "is constant ('' to skip)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="analysed seeds (JSONL); reused when it exists")
    parser.add_argument("--hashed-ids", action="store_true",
                        help="ids like content ids (random in the id indexes) instead of "
                        "counting up (the figures up to session 6)")
    parser.add_argument("--group", type=int, default=None,
                        help="articles per transaction (default: the setting "
                        "ingest.batch_articles, as khabar ingest groups them)")
    parser.add_argument("--small-repeats", type=int, default=4,
                        help="with two sizes, runs of the small size, half before the large "
                        "run and half after it")
    parser.add_argument("--recycle", type=int, default=None,
                        help="articles per process (default: the setting "
                        "ingest.recycle_articles, as khabar ingest hands them over; 0: one "
                        "process)")
    parser.add_argument("--child", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--prefix", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--db", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.group is None:
        from khabar.settings import Settings

        args.group = Settings()["ingest.batch_articles"]
    if args.child:
        print(json.dumps(stream(args.cache, args.child, args.db, args.group, args.hashed_ids,
                                args.prefix, args.recycle)))
        return
    figures: dict[str, Any] = {"machine": platform.platform(), "cores": os.cpu_count()}
    docs = seed_docs(args.data, args.seeds)
    with tempfile.TemporaryDirectory() as folder:
        seeds_path = args.cache or Path(folder) / "seeds.jsonl"
        if not seeds_path.exists():
            analysed, seconds = analyse(docs)
            write_seeds(analysed, seeds_path)
            figures["seeds"] = {"articles": len(docs), "pipeline_seconds": round(seconds, 1),
                                "ms_per_article": round(1000 * seconds / len(docs), 1)}
        if args.pipeline_sizes:
            figures["pipeline_cost"] = pipeline_cost(
                docs, [int(n) for n in args.pipeline_sizes.split(",")])
        sizes = [int(n) for n in args.sizes.split(",") if n]
        prefix = min(sizes) if len(sizes) == 2 else 0
        runs = [stream_in_child(seeds_path, n, args.group, args.hashed_ids,
                                prefix if n > prefix else 0, args.recycle)
                for n in run_order(sizes, args.small_repeats)]
    figures["store_streaming"] = runs
    if len(sizes) == 2:
        figures.update(ratios(runs))
    previous = json.loads(args.output.read_text()) if args.output.exists() else {}
    previous["store_scaling_hashed_ids" if args.hashed_ids else "store_scaling"] = figures
    args.output.write_text(json.dumps(previous, ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
    print(json.dumps(figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
