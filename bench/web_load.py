"""Load benchmark of the web API (not a test): ``make bench`` runs it.

1. Builds a store of ``--articles`` (default 100,000) articles from the shared corpora:
   ``--seed-per-corpus`` articles per corpus go through the full pipeline, then their
   contract records are inserted again and again with new ids, straight into the
   store's tables (no story clustering), because analysing and clustering 100k articles
   would take hours on a laptop. Texts repeat, so every search
   term matches ``articles / seeds`` times more documents than in a real store of this
   size: a pessimistic setting for search.
2. Starts ``khabar serve`` on 127.0.0.1 and measures, with a keep-alive asyncio client
   on the same machine (so client and server share the CPU):
   - ``GET /api/events?limit=50`` requests per second (pages reached by cursor), with
     ``--workers 1`` and ``--workers 2``;
   - ``GET /api/search`` latency (p50/p95/max) for words drawn from the corpus titles,
     and again for the first ``--uncapped-searches`` of them with every match ranked
     (``search.max_ranked = 0``), the baseline of the bounded ranking.
3. Writes the figures to ``--output`` (bench/web_results.json) and under ``web_load``
   in bench/results.json.

    python bench/web_load.py --data ../shared/data [--articles 100000] [--store FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
def seed_records(data: Path, per_corpus: int) -> list[dict[str, Any]]:
    """Contract records of the first articles of each corpus, through the pipeline."""
    from run import corpus_items  # bench/run.py, beside this script

    from khabar.doc import Doc
    from khabar.export.contract import to_record
    from khabar.pipeline import Pipeline

    pipeline = Pipeline()
    found = []
    for _, item in corpus_items(data, per_corpus):
        meta = {k: item[k] for k in ("title", "url") if isinstance(item.get(k), str)}
        found.append(to_record(pipeline(Doc(raw=item["text"], meta=meta))))
    if not found:
        raise SystemExit(f"no corpora under {data}; pass --data")
    return found


def clones(seeds: list[dict[str, Any]], total: int) -> Iterator[dict[str, Any]]:
    """``total`` records cycling through the seeds, each with an id of its own."""
    for n in range(total):
        record = dict(seeds[n % len(seeds)])
        record["id"] = f"{n:08x}{record['id'][:8]}"
        record.pop("story", None)
        yield record


def insert_directly(store: Any, records: Iterator[dict[str, Any]]) -> int:
    """Insert records with the rows ``SQLiteStore`` writes (article, full-text index,
    entities, events, quotes) in one transaction, skipping story assignment: through
    ``import_records`` the clustering makes 100k inserts take hours on 2 cores."""
    from khabar.normalize.fold import fold
    from khabar.store import records as rows

    conn, added = store._conn, 0
    conn.execute("BEGIN")
    for record in records:
        row = rows.article_row(record)
        row.update(raw=None, record=json.dumps(record, ensure_ascii=False),
                   ingested_at="2026-01-01T00:00:00+00:00", source_path=None)
        cursor = conn.execute(f"INSERT INTO articles ({', '.join(row)}) VALUES"
                              f" ({', '.join(':' + name for name in row)})", row)
        conn.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                     (cursor.lastrowid, fold(record["title"] or ""), fold(record["text"])))
        conn.executemany(f"INSERT INTO entities ({rows.ENTITY_COLUMNS})"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         rows.entity_rows(record, cursor.lastrowid))
        conn.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         rows.event_rows(record))
        conn.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)",
                         rows.quote_rows(record))
        added += 1
    conn.execute("COMMIT")
    return added


def build_store(path: Path, data: Path, total: int, per_corpus: int) -> dict[str, Any]:
    from khabar.store import open_store

    start = time.perf_counter()
    seeds = seed_records(data, per_corpus)
    analysed = time.perf_counter() - start
    with open_store(path) as store:
        added = insert_directly(store, clones(seeds, total))
    return {"seed_articles": len(seeds), "seed_seconds": round(analysed, 1),
            "insert_seconds": round(time.perf_counter() - start - analysed, 1),
            "articles": added}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path, port: int, workers: int = 1,
                 config: Path | None = None) -> subprocess.Popen[bytes]:
    options = ["--config", str(config)] if config else []
    process = subprocess.Popen(
        [sys.executable, "-m", "khabar.cli", *options, "serve", "--db", str(db),
         "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=60):
                return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("the server did not start")


async def _request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                   path: str) -> int:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length:"))
    await reader.readexactly(length)
    return status


async def _throughput(port: int, paths: list[str], seconds: float, clients: int) -> dict:
    done, failed = 0, 0
    stop = time.perf_counter() + seconds

    async def client(offset: int) -> None:
        nonlocal done, failed
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        n = offset
        while time.perf_counter() < stop:
            status = await _request(reader, writer, paths[n % len(paths)])
            done += status == 200
            failed += status != 200
            n += 1
        writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    elapsed = time.perf_counter() - start
    return {"requests": done, "failed": failed, "seconds": round(elapsed, 2),
            "requests_per_s": round(done / elapsed, 1), "clients": clients}


async def _latencies(port: int, paths: list[str]) -> list[float]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    found = []
    for path in paths:
        start = time.perf_counter()
        await _request(reader, writer, path)
        found.append((time.perf_counter() - start) * 1000)
    writer.close()
    return found


def event_pages(port: int, pages: int) -> list[str]:
    """Paths of the first ``pages`` pages of /api/events?limit=50, by cursor."""
    paths, cursor = [], None
    for _ in range(pages):
        path = "/api/events?limit=50" + (f"&cursor={cursor}" if cursor else "")
        paths.append(path)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}") as response:
            cursor = json.loads(response.read())["next"]
        if cursor is None:
            break
    return paths


def search_words(data: Path, count: int, seed: int = 7) -> list[str]:
    """Words of three or more letters from corpus titles, drawn at random."""
    from run import corpus_items  # bench/run.py, beside this script

    words: set[str] = set()
    for _, item in corpus_items(data, 2000):
        title = item.get("title") or ""
        words.update(w for w in title.split() if len(w) >= 3 and w.isalpha())
    return random.Random(seed).sample(sorted(words), min(count, len(words)))


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children, from /proc (Linux): the
    server's own cost per request, which other jobs on the machine do not inflate."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:  # fields[1]: the parent
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


@contextmanager
def serving(db: Path, workers: int, config: Path | None = None) -> Iterator[int]:
    """A ``khabar serve`` on a free loopback port while the block runs; its process id
    is in ``SERVERS[port]``."""
    port = free_port()
    server = start_server(db, port, workers, config)
    SERVERS[port] = server.pid
    try:
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


SERVERS: dict[int, int] = {}


def search_cpu_times(db: Path, words: list[str]) -> list[float]:
    """CPU milliseconds of each search in this process (no HTTP): the cost of a search
    itself, little affected by other jobs on the machine."""
    from khabar.store import open_store

    found = []
    with open_store(db) as store:
        for word in words:
            start = time.thread_time()
            store.search(word, limit=21)
            found.append((time.thread_time() - start) * 1000)
    return found


def latency_figures(latencies: list[float]) -> dict[str, Any]:
    return {"queries": len(latencies), "p50_ms": round(statistics.median(latencies), 2),
            "p95_ms": round(percentile(latencies, 0.95), 2),
            "max_ms": round(max(latencies), 2)}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed-per-corpus", type=int, default=100)
    parser.add_argument("--store", type=Path, default=ROOT / "bench" / "web_load.db",
                        help="reused when it already holds --articles articles")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--searches", type=int, default=300)
    parser.add_argument("--uncapped-searches", type=int, default=100,
                        help="searches repeated with every match ranked, for comparison")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "web_results.json")
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "results.json",
                        help="shared results file the figures are merged into (web_load)")
    args = parser.parse_args()

    from khabar.store import open_store

    previous = json.loads(args.output.read_text()) if args.output.exists() else {}
    build: dict[str, Any] = {**previous.get("store", {}).get("build", {}), "reused": True}
    with open_store(args.store) as store:
        have = store.stats()["articles"]
    if have < args.articles:
        args.store.unlink()
        for suffix in ("-wal", "-shm"):
            Path(f"{args.store}{suffix}").unlink(missing_ok=True)
        build = build_store(args.store, args.data, args.articles, args.seed_per_corpus)
    with open_store(args.store) as store:
        stats = store.stats()

    load_before = round(os.getloadavg()[0], 2)  # other work on the machine skews the figures
    words = search_words(args.data, args.searches)
    paths = [f"/api/search?q={urllib.parse.quote(word)}&limit=20" for word in words]
    events: dict[str, Any] = {}
    for workers in (1, 2):
        with serving(args.store, workers) as port:
            pages = event_pages(port, 20)
            cpu_before, client_before = cpu_seconds(SERVERS[port]), time.process_time()
            figures = asyncio.run(_throughput(port, pages, args.seconds, args.clients))
            done = max(figures["requests"], 1)
            cpu_ms = (cpu_seconds(SERVERS[port]) - cpu_before) * 1000 / done
            client_ms = (time.process_time() - client_before) * 1000 / done
            events[f"workers_{workers}"] = {
                **figures, "server_cpu_ms_per_request": round(cpu_ms, 3),
                "client_cpu_ms_per_request": round(client_ms, 3),
                # What 2 otherwise idle cores could serve, client included: a projection
                # from CPU time, which other jobs on the machine inflate far less.
                "idle_2_core_projection_requests_per_s":
                    round(2000 / (cpu_ms + client_ms), 1) if cpu_ms + client_ms else None,
                "load_average_1m": round(os.getloadavg()[0], 2)}
            if workers == 1:
                asyncio.run(_latencies(port, paths[:20]))  # warm the page cache
                latencies = asyncio.run(_latencies(port, paths))
                search_load = round(os.getloadavg()[0], 2)
    # The same searches ranking every match (search.max_ranked = 0), as before the cap.
    uncapped_config = args.output.with_suffix(".uncapped.toml")
    uncapped_config.write_text('["search"]\nmax_ranked = 0\n')
    with serving(args.store, 1, uncapped_config) as port:
        asyncio.run(_latencies(port, paths[:20]))
        uncapped = asyncio.run(_latencies(port, paths[:args.uncapped_searches]))
    uncapped_config.unlink()
    search_cpu = search_cpu_times(args.store, words)

    results = {
        "store": {"articles": stats["articles"], "events": stats["events"],
                  "entities": stats["entities"], "build": build},
        "events_limit_50": {**events, "target_requests_per_s": 500,
                            "pages_cycled": len(pages)},
        "search": {**latency_figures(latencies), "target_p95_ms": 50,
                   "load_average_1m": search_load,
                   "ranking_every_match": latency_figures(uncapped),
                   "in_process_cpu_ms": latency_figures(search_cpu)},
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "load_average_1m_before": load_before,
                    "load_average_1m_after": round(os.getloadavg()[0], 2),
                    "note": "client and server share the same 2 cores, with other"
                            " engineers' jobs running"},
    }
    args.output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    shared = args.results
    merged = json.loads(shared.read_text()) if shared.exists() else {}
    merged["web_load"] = results
    shared.write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
