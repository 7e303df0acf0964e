"""Would a recycled writer process meet the store ratio? (issue 8)

    python bench/scale_recycle.py --cache SEEDS --hashed-ids \\
        --lanes '10000:10000,100000:100000,10000:10000;100000:10000,100000:25000' \\
        --output FILE

``bench/scale_store.py`` streams 100k articles into one store in one process; the same
fixed work runs 1.2-1.56x slower in that aged process than in a fresh one
(``bench/scale_aging.py``). A server's answer is to replace its worker every N requests
(gunicorn ``max_requests``, Celery ``max_tasks_per_child``). Here a run ``TOTAL:N`` streams
scale_store's flow of TOTAL articles (the same ids, dates, laps and transactions) into one
fresh SQLite store in successive fresh processes of N articles each: each opens the store
(and so a new story assigner, whose candidate cache starts empty), adds its share and
exits. ``TOTAL:TOTAL`` is the one-process run, ``10000:10000`` the small run.

CPU, two ways: ``cpu_seconds`` is what scale_store's child clocks (from the store opened
to the last add, before the stats and the closing), summed over the run's processes;
``rusage_cpu_seconds`` is each child's whole CPU as its parent reaps it (``os.wait4``:
the figure ``getrusage(RUSAGE_CHILDREN)`` sums, imports, reading the seeds and closing the
store included, so a recycled run pays each restart). Per-child rusage, not one
RUSAGE_CHILDREN difference, because ``--lanes`` runs lanes (``;``-separated lists of runs)
side by side, one thread each, so that the variants share the machine's load; the parent's
RUSAGE_CHILDREN at the end is recorded as a check of the sum.

Stories: each run's partition of articles into stories (``articles.story``) is compared
with the one-process run of the same TOTAL: the articles whose story holds exactly the same
members in both, and the stories of each.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scale_store import process_cpu  # noqa: E402
from store_flow import add_group, cycled  # noqa: E402


def add_share(seeds_path: Path, db: str, start: int, end: int, group: int,
              hashed: bool) -> dict[str, Any]:
    """In a fresh process: articles ``start`` to ``end - 1`` of the flow into ``db``, timed
    as scale_store's ``stream`` times them (the store opened before the clock)."""
    from khabar.store import open_store
    from khabar.store.sqlite import SQLiteStore

    seeds = [json.loads(line) for line in seeds_path.open(encoding="utf-8")]
    with open_store(db) as opened:
        store = cast(SQLiteStore, opened)  # batch() is the SQLite store's
        begin, cpu_begin = time.perf_counter(), process_cpu()
        items = cycled(seeds, end, hashed, start)
        for done in range(start + group, end + group, group):
            add_group(store, items, group, done)
        seconds, cpu_seconds = time.perf_counter() - begin, process_cpu() - cpu_begin
    return {"start": start, "end": end, "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu_seconds, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def child(args: argparse.Namespace, db: Path, start: int, end: int) -> dict[str, Any]:
    """One writer process; its whole CPU from ``os.wait4`` as the parent reaps it."""
    command = [sys.executable, __file__, "--child", f"{start}:{end}", "--cache",
               str(args.cache), "--db", str(db), "--group", str(args.group),
               *(["--hashed-ids"] if args.hashed_ids else [])]
    with tempfile.TemporaryFile("w+") as out:
        process = subprocess.Popen(command, stdout=out)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            raise SystemExit(f"{command} failed: {process.returncode}")
        out.seek(0)
        result: dict[str, Any] = json.loads(out.read().strip().splitlines()[-1])
    return {**result, "rusage_cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2)}


def run(args: argparse.Namespace, total: int, per_process: int,
        folder: Path) -> dict[str, Any]:
    """``total`` articles into one fresh store, ``per_process`` per fresh process."""
    db = folder / f"store-{total}-{per_process}-{time.monotonic_ns()}.db"
    load_before = os.getloadavg()[0]
    children = [child(args, db, start, min(start + per_process, total))
                for start in range(0, total, per_process)]
    return {"articles": total, "per_process": per_process, "processes": len(children),
            "cpu_seconds": round(sum(c["cpu_seconds"] for c in children), 2),
            "rusage_cpu_seconds": round(sum(c["rusage_cpu_seconds"] for c in children), 2),
            "seconds": round(sum(c["seconds"] for c in children), 2),
            "peak_rss_mb": max(c["peak_rss_mb"] for c in children),
            "load_before": round(load_before, 2), "load_after": round(os.getloadavg()[0], 2),
            "children": children, "db": str(db)}


def partition(db: str) -> set[frozenset[str]]:
    """The stored articles grouped by story."""
    import sqlite3

    members: dict[str, set[str]] = {}
    with sqlite3.connect(db) as conn:
        for article, story in conn.execute("SELECT id, story FROM articles"):
            members.setdefault(story, set()).add(article)
    return {frozenset(group) for group in members.values()}


def same_stories(one: str, other: str) -> dict[str, Any]:
    """How far ``other``'s story partition agrees with ``one``'s."""
    first, second = partition(one), partition(other)
    articles = sum(map(len, first))
    agreeing = sum(len(group) for group in first & second)
    return {"articles": articles, "stories_one_process": len(first),
            "stories_this_run": len(second), "identical": first == second,
            "articles_with_identical_story": agreeing,
            "articles_whose_story_differs": articles - agreeing}


def ratios(runs: list[dict[str, Any]], small: int) -> dict[str, Any]:
    """Each larger run's CPU over the mean small run's, both ways of counting CPU."""
    smalls = [r for r in runs if r["articles"] == small and r["per_process"] == small]
    figures = {}
    for r in runs:
        if r["articles"] == small or not smalls:
            continue
        figures[f"{r['articles']}:{r['per_process']}"] = {
            way: round(r[way] / (sum(s[way] for s in smalls) / len(smalls)), 2)
            for way in ("cpu_seconds", "rusage_cpu_seconds", "seconds")}
    return figures


def lanes(args: argparse.Namespace, folder: Path) -> list[dict[str, Any]]:
    """Runs each lane (a list of TOTAL:N) in its own thread; the results in lane order."""
    plan = [[tuple(int(x) for x in item.split(":")) for item in lane.split(",")]
            for lane in args.lanes.split(";")]
    results: list[list[dict[str, Any]]] = [[] for _ in plan]

    def work(index: int) -> None:
        for total, per_process in plan[index]:
            results[index].append(run(args, total, per_process, folder))
            print(json.dumps({k: v for k, v in results[index][-1].items()
                              if k != "children"}), file=sys.stderr, flush=True)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(plan))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [dict(r, lane=i) for i, lane in enumerate(results) for r in lane]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, required=True, help="scale_store's seeds")
    parser.add_argument("--hashed-ids", action="store_true")
    parser.add_argument("--group", type=int, default=None)
    parser.add_argument("--lanes", default="10000:10000,100000:100000,10000:10000;"
                        "100000:10000,100000:25000")
    parser.add_argument("--small", type=int, default=10000)
    parser.add_argument("--folder", type=Path, default=None,
                        help="where the stores go (kept); default a temporary folder")
    parser.add_argument("--output", type=Path, default=None)
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)
    parser.add_argument("--db", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.group is None:
        from khabar.settings import Settings

        args.group = Settings()["ingest.batch_articles"]
    if args.child:
        start, end = (int(x) for x in args.child.split(":"))
        print(json.dumps(add_share(args.cache, args.db, start, end, args.group,
                                   args.hashed_ids)))
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        runs = lanes(args, folder)
        ones = {r["articles"]: r["db"] for r in runs if r["processes"] == 1}
        for r in runs:
            if r["processes"] > 1 and r["articles"] in ones:
                r["stories_against_one_process"] = same_stories(ones[r["articles"]], r["db"])
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures = {"group": args.group, "lanes": args.lanes, "runs": runs,
               "cpu_ratio_over_small": ratios(runs, args.small),
               "rusage_children_cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
               "sum_of_children_rusage": round(sum(r["rusage_cpu_seconds"] for r in runs), 2)}
    text = json.dumps(figures, ensure_ascii=False, indent=2)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
