"""Where the store's growing cost per article lives (issue 8): in the store's files, or in
the process that has been adding articles for a long time.

    python bench/scale_replay.py --cache SEEDS --big 45000 --window 3000 --rounds 3

In ``bench/scale_store.py``'s long run the CPU per tenth grows (28 -> 36.5 s over 100k in
session 13), but a long run mixes two causes: the store is larger (deeper trees, more
full-text segments, a page cache that no longer holds the file) and the process is older
(its memos full, its heap spread). Here the store of ``--big`` articles is built once
(``scale_store``'s stream: hashed ids, ``--group`` per transaction); then each round runs
fresh processes, in turn, that add the same ``--window`` articles after ``--warm`` untimed
ones (the story cache filled):

- ``empty``: a fresh store, articles from 0;
- ``big``: a copy of the big store, articles from ``--big`` on (the same seeds, dated
  ``--big`` / seeds days later: ``--big`` and ``--warm`` multiples of the seeds);
- ``prefill``: a fresh store in a process whose story memos (``title_words``,
  ``skeleton_key``, ``total_weight``) were first filled by the ``--big`` articles before
  (each one's candidate built and compared with the one before it): a process as old as
  the big run's, on a store as small as the empty one's.

``big`` over ``empty`` is the store's own growth, ``prefill`` over ``empty`` the process's;
each round alternates them in the same minutes (the machine is shared: compare within a
round). CPU milliseconds per article: the whole add and, within it, story placement.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scale_store import process_cpu  # noqa: E402
from store_flow import add_group, cycled  # noqa: E402

KINDS = ("empty", "big", "prefill")


def _add(store: Any, items: Any, n: int, group: int) -> None:
    for done in range(group, n + group, group):
        add_group(store, items, group, done)


def build(seeds: list[dict[str, Any]], n: int, db: str, group: int) -> float:
    """The big store; returns its CPU seconds."""
    from khabar.store.sqlite import SQLiteStore

    start = process_cpu()
    with SQLiteStore(db) as store:
        _add(store, cycled(seeds, n, hashed=True), n, group)
    return process_cpu() - start


def prefill(seeds: list[dict[str, Any]], n: int) -> None:
    """Fill the story memos as ``n`` articles' placement would."""
    from khabar.stories import cluster
    from khabar.stories.weights import total_weight

    before = None
    for item in cycled(seeds, n, hashed=True):
        candidate = cluster.candidate_from_record(dict(item.record,
                                                       fingerprint=item.fingerprint))
        cluster.title_words(candidate.title)
        for across in (False, True):
            total_weight(candidate.keys, across, frozenset())
        if before is not None:
            cluster.overlap(candidate, before)
        before = candidate


def window(args: argparse.Namespace, seeds: list[dict[str, Any]]) -> dict[str, Any]:
    """One fresh process's window (``args.child`` is its kind)."""
    from khabar.store.sqlite import SQLiteStore

    if args.child == "prefill":
        prefill(seeds, args.big)
    first = args.big if args.child == "big" else 0
    spent = [0.0]
    placing = SQLiteStore._place_story

    def timed(self: Any, *rest: Any) -> None:
        start = time.process_time()
        placing(self, *rest)
        spent[0] += time.process_time() - start

    SQLiteStore._place_story = timed  # type: ignore[method-assign, assignment]
    with tempfile.TemporaryDirectory(dir=args.scratch) as folder:
        db = str(Path(folder) / "k.db")
        if args.child == "big":
            shutil.copyfile(args.db, db)
        items = islice(cycled(seeds, first + args.warm + args.window, hashed=True), first, None)
        with SQLiteStore(db) as store:
            _add(store, items, args.warm, args.group)
            spent[0], start, load = 0.0, process_cpu(), os.getloadavg()[0]
            _add(store, items, args.window, args.group)
            cpu = process_cpu() - start
    return {"kind": args.child, "cpu_ms_per_article": round(1000 * cpu / args.window, 3),
            "story_ms_per_article": round(1000 * spent[0] / args.window, 3),
            "load": [round(load, 2), round(os.getloadavg()[0], 2)],
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, required=True,
                        help="analysed seeds (JSONL) as bench/scale_store.py --cache wrote")
    parser.add_argument("--big", type=int, default=45000)
    parser.add_argument("--window", type=int, default=3000)
    parser.add_argument("--warm", type=int, default=600)
    parser.add_argument("--group", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--scratch", default=None, help="folder for the stores (default: TMPDIR)")
    parser.add_argument("--output", type=Path, default=None)
    parser.add_argument("--child", choices=KINDS, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--db", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    seeds = [json.loads(line) for line in args.cache.open(encoding="utf-8")]
    if args.big % len(seeds) or args.warm % len(seeds):
        raise SystemExit("--big and --warm must be multiples of the seeds, for the same mix")
    if args.child:
        print(json.dumps(window(args, seeds)))
        return
    with tempfile.TemporaryDirectory(dir=args.scratch) as folder:
        db = str(Path(folder) / "big.db")
        figures: dict[str, Any] = {"big": args.big, "window": args.window, "warm": args.warm,
                                   "build_cpu_s": round(build(seeds, args.big, db, args.group))}
        rounds = []
        for _ in range(args.rounds):
            done = {}
            for kind in KINDS:
                command = [sys.executable, __file__, "--child", kind, "--db", db,
                           *(f"--{name}={getattr(args, name)}" for name in
                             ("cache", "big", "window", "warm", "group")),
                           *([f"--scratch={args.scratch}"] if args.scratch else [])]
                run = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
                done[kind] = json.loads(run.stdout.strip().splitlines()[-1])
                print(json.dumps(done[kind]), file=sys.stderr, flush=True)
            rounds.append(done)
    figures["rounds"] = rounds
    figures["over_empty"] = {kind: [round(r[kind]["cpu_ms_per_article"]
                                          / r["empty"]["cpu_ms_per_article"], 3) for r in rounds]
                             for kind in KINDS[1:]}
    text = json.dumps(figures, indent=1)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
