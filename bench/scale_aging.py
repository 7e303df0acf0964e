"""How much slower the same work runs in a process that has been adding articles
(issue 8), measured so that the shared machine's load cancels out.

    python bench/scale_aging.py --cache SEEDS --articles 40000 --step 2500 --output FILE

``bench/scale_store.py``'s long run gets slower per article as it goes, and up to session
14 (2026-12-06) its CPU seconds could not tell the run's own growth from the machine's load
(8 engineers on 2 cores move one window's CPU seconds by 20-30%). Here one process streams
``--articles`` articles into a fresh SQLite store (``scale_store``'s stream: hashed ids,
``--group`` per transaction), and every ``--step`` articles it times a fixed probe (the
same work every time: the seeds' records encoded, decoded and made story candidates, each
compared with the one before; the best of three) twice: in this process, and in a fresh
process started at that moment. ``here_over_fresh`` is the aged process's probe over the
fresh one's: the same code on the same input at the same load, so what is left is the
process's own state (its heap, its caches). The CPU seconds of each step are kept too.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scale_store import process_cpu  # noqa: E402
from store_flow import add_group, cycled  # noqa: E402


def probe(seeds: list[dict[str, Any]], repeats: int = 3) -> float:
    """CPU seconds of the fixed work (the best of ``repeats``)."""
    from khabar.stories import cluster

    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        before = None
        for seed in seeds:
            record = json.loads(json.dumps(seed["record"], ensure_ascii=False))
            candidate = cluster.candidate_from_record(
                dict(record, fingerprint=seed["fingerprint"]))
            cluster.blocking_keys(candidate)
            if before is not None:
                cluster.overlap(candidate, before)
                cluster.title_similarity(candidate, before)
            before = candidate
        best = min(best, time.process_time() - start)
    return best


def fresh_probe(cache: Path) -> float:
    """The probe in a new process (its imports and a first warming pass not counted)."""
    done = subprocess.run([sys.executable, __file__, "--cache", str(cache), "--probe-only"],
                          check=True, stdout=subprocess.PIPE, text=True)
    return float(done.stdout.strip().splitlines()[-1])


def run(args: argparse.Namespace, seeds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from khabar.store.sqlite import SQLiteStore

    rows = []
    with tempfile.TemporaryDirectory(dir=args.scratch) as folder, \
            SQLiteStore(str(Path(folder) / "k.db")) as store:
        items = cycled(seeds, args.articles, hashed=True)
        probe(seeds, 1)
        rows.append({"articles": 0, "probe_here": round(probe(seeds), 4),
                     "probe_fresh": round(fresh_probe(args.cache), 4)})
        last = process_cpu()
        for done in range(args.group, args.articles + 1, args.group):
            add_group(store, items, args.group, done)
            if done % args.step:
                continue
            cpu = process_cpu() - last
            fresh = (fresh_probe(args.cache) + fresh_probe(args.cache)) / 2
            here = probe(seeds)
            rows.append({"articles": done, "cpu_s": round(cpu, 2),
                         "load": round(os.getloadavg()[0], 1), "probe_here": round(here, 4),
                         "probe_fresh": round(fresh, 4),
                         "here_over_fresh": round(here / fresh, 3)})
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
            last = process_cpu()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, required=True,
                        help="analysed seeds (JSONL) as bench/scale_store.py --cache wrote")
    parser.add_argument("--articles", type=int, default=40000)
    parser.add_argument("--step", type=int, default=2500)
    parser.add_argument("--group", type=int, default=50)
    parser.add_argument("--scratch", default=None, help="folder for the store (default: TMPDIR)")
    parser.add_argument("--output", type=Path, default=None)
    parser.add_argument("--probe-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    seeds = [json.loads(line) for line in args.cache.open(encoding="utf-8")]
    if args.probe_only:
        probe(seeds, 1)
        print(probe(seeds))
        return
    if args.step % args.group:
        raise SystemExit("--step must be a multiple of --group")
    text = json.dumps({"articles": args.articles, "step": args.step, "group": args.group,
                       "steps": run(args, seeds)}, indent=1)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
