"""Where the store's work per article grows (issue 8): stream N articles as
``bench/scale_store.py`` does (its seeds cache, hashed ids, its transactions) and report,
for windows of the run, the counts that do not depend on the machine's load beside the
CPU that does.

    python bench/scale_windows.py --cache SEEDS --articles 40000 --windows 10000,40000
    python bench/scale_windows.py --cache SEEDS --articles 40000 --statements
    python bench/scale_windows.py --cache SEEDS --articles 40000 --frames

Per window (the ``--width`` adds that end at each of ``--windows``), per article: read
and write syscalls and KiB (``/proc/self/io``: about one read and three writes per WAL
frame), user and system CPU milliseconds, the file's size; with ``--statements`` also the
CPU milliseconds of each kind of SQL statement (its first words), through a thin proxy
over the store's connection (the proxy costs some CPU itself). With ``--frames`` the WAL
is copied into the file after every commit instead (so its I/O figures are not the
store's own), and each window gives the WAL frames per article, i.e. the pages each
commit wrote, by the tree that holds each page at the window's end (``dbstat``;
"(free)": on the freelist then): deterministic, whatever the load. Run it from the tree to
measure (a worktree with ``PYTHONPATH`` for a baseline); session 9 and 10 diagnoses
(``bench/scale_results.json``) used scratch scripts of the same kind.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import sys
import tempfile
import time
from collections import Counter, defaultdict
from itertools import islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from store_flow import cycled  # noqa: E402


class _Timed:
    """A connection whose statements are timed in CPU seconds by their first words."""

    def __init__(self, conn: sqlite3.Connection, spent: dict[str, float]) -> None:
        self._conn, self._spent = conn, spent

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def _timed(self, run: Any, sql: str, *args: Any) -> Any:
        start = time.process_time()
        result = run(sql, *args)
        self._spent[" ".join(sql.split()[:4])[:60]] += time.process_time() - start
        return result

    def execute(self, sql: str, *args: Any) -> Any:
        return self._timed(self._conn.execute, sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        return self._timed(self._conn.executemany, sql, *args)


def _wal_pages(db: str, page_size: int) -> list[int]:
    """The page number of every frame in the WAL (a 32-byte header, then frames of a
    24-byte header, whose first 4 bytes are the page number, and the page)."""
    pages = []
    with open(f"{db}-wal", "rb") as wal:
        wal.seek(32)
        while len(header := wal.read(24)) == 24:
            pages.append(int.from_bytes(header[:4], "big"))
            wal.seek(page_size, 1)
    return pages


def _by_tree(conn: Any, written: Counter[int], width: int) -> dict[str, Any]:
    owner = dict(conn.execute("SELECT pageno, name FROM dbstat").fetchall())
    trees: Counter[str] = Counter()
    for page, count in written.items():
        trees[owner.get(page, "(free)")] += count
    return {"frames_per_article": round(sum(trees.values()) / width, 2),
            "by_tree": {name: round(count / width, 2) for name, count in trees.most_common(16)}}


def _io() -> dict[str, int]:
    with open("/proc/self/io", encoding="ascii") as lines:
        return {key: int(value) for key, value in (line.split(":") for line in lines)}


def _snapshot() -> tuple[float, float, dict[str, int]]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime, _io()


def _window(before: tuple[float, float, dict[str, int]], width: int,
            spent: dict[str, float], db: str) -> dict[str, Any]:
    user, system, io = _snapshot()
    per = {"user_ms": 1000 * (user - before[0]), "sys_ms": 1000 * (system - before[1]),
           "syscr": io["syscr"] - before[2]["syscr"], "syscw": io["syscw"] - before[2]["syscw"],
           "read_kib": (io["rchar"] - before[2]["rchar"]) / 1024,
           "write_kib": (io["wchar"] - before[2]["wchar"]) / 1024}
    figures: dict[str, Any] = {key: round(value / width, 3) for key, value in per.items()}
    figures.update(load=round(os.getloadavg()[0], 2), store_mb=round(os.path.getsize(db) / 1e6))
    if spent:
        figures["statement_ms"] = {key: round(1000 * value / width, 3) for key, value
                                   in sorted(spent.items(), key=lambda kv: -kv[1])[:12]}
    return figures


def run(seeds_path: Path, n: int, ends: list[int], width: int, group: int,
        statements: bool, frames: bool = False) -> dict[str, Any]:
    from khabar.store.sqlite import SQLiteStore

    seeds = [json.loads(line) for line in seeds_path.open(encoding="utf-8")]
    spent: dict[str, float] = defaultdict(float)
    figures: dict[str, Any] = {"articles": n, "articles_per_transaction": group}
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "k.db")
        with SQLiteStore(db) as store:
            conn = store._conn
            if statements:
                store._conn = _Timed(conn, spent)  # type: ignore[assignment]
            if frames:
                conn.execute("PRAGMA wal_autocheckpoint = 0")
            page_size = figures["page_size"] = conn.execute("PRAGMA page_size").fetchone()[0]
            items = cycled(seeds, n, hashed=True)
            before = None
            written: Counter[int] = Counter()
            for done in range(group, n + group, group):
                if any(done == end - width + group for end in ends):
                    spent.clear()
                    written.clear()
                    before = _snapshot()
                with store.batch():
                    for item in islice(items, group):
                        if store.add(item) != "added":
                            raise SystemExit(f"article {done} was not added")
                if frames:
                    if before is not None:
                        written.update(_wal_pages(db, page_size))
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                if done in ends and before is not None:
                    figures[f"{done - width}-{done}"] = _window(before, width, spent, db)
                    if frames:
                        figures[f"{done - width}-{done}"].update(_by_tree(conn, written, width))
                    before = None
                    print(json.dumps({done: figures[f"{done - width}-{done}"]}),
                          file=sys.stderr, flush=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, required=True,
                        help="analysed seeds (JSONL) as bench/scale_store.py --cache wrote")
    parser.add_argument("--articles", type=int, default=40000)
    parser.add_argument("--windows", default="10000,40000",
                        help="where windows end (multiples of --group)")
    parser.add_argument("--width", type=int, default=2000, help="adds per window")
    parser.add_argument("--group", type=int, default=50, help="articles per transaction")
    parser.add_argument("--statements", action="store_true",
                        help="also CPU per kind of SQL statement")
    parser.add_argument("--frames", action="store_true",
                        help="WAL frames per article by tree (a checkpoint after every commit)")
    args = parser.parse_args()
    ends = [int(end) for end in args.windows.split(",")]
    print(json.dumps(run(args.cache, args.articles, ends, args.width, args.group,
                         args.statements, args.frames), indent=1))


if __name__ == "__main__":
    main()
