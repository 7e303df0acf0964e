"""Story clustering time at 10k and 100k articles: the cost must grow linearly.

    python bench/stories_scale.py [DATA] [--sizes 10000,100000] [--base 300] [--json FILE]
                                  [--cache FILE] [--embedding]

A few hundred articles from the shared corpora (DATA, default ../shared/data; the example
articles when it is missing) are analysed once with ``khabar.process``; their contract
records are then cycled with new ids and shifted dates, ``--per-day`` articles a day, so a
collection of any size looks like a news flow. Each record goes through the clustering
functions the store uses (``candidate_from_record``, ``blocking_keys``, ``best_story``)
over an in-memory blocking index that mirrors ``khabar/store/assign.py``: articles sharing
a blocking key inside the date window, the ``MAX_NEIGHBOURS`` sharing most keys, and each
story's last ``CORE_MEMBERS`` members inside the window for its core
(``stories.core_share``, session 11). Reported:
seconds in all and microseconds per article at each size; linear growth means the same
time per article at both sizes. ``--cache FILE`` keeps the analysed base records, so a rerun
measures the clustering alone. ``--embedding`` gives each base article its headline-and-lead
vector (``stories.embedding``; the embed extra), cycled with its record like the rest, so the
figures include the vector hash bands and similarity tests, not the embedding itself (about
0.1 s of CPU per article, measured by ``bench/stories_embed_speed.py``).
"""

from __future__ import annotations

import bisect
import json
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.settings import Settings  # noqa: E402
from khabar.store.assign import MAX_NEIGHBOURS  # noqa: E402
from khabar.stories import cluster  # noqa: E402
from khabar.stories.core import CORE_MEMBERS  # noqa: E402
from khabar.stories.fingerprint import minhash  # noqa: E402

START = date(2025, 1, 1)


def base_texts(data: Path, count: int) -> list[dict[str, Any]]:
    """``count`` corpus articles, taken evenly from each corpus."""
    from run import CORPORA, corpus_items  # bench/run.py, beside this script

    share = max(1, count // len(CORPORA))
    found: list[dict[str, Any]] = [record for _, record in corpus_items(data, share)]
    if not found:
        found = [{"text": p.read_text(encoding="utf-8")}
                 for p in sorted((ROOT / "examples" / "articles").glob("*.txt"))]
    return found


def base_records(data: Path, count: int, vectors: bool = False) -> list[dict[str, Any]]:
    import khabar
    from khabar.stories import embed

    records = []
    for article in base_texts(data, count):
        doc = khabar.process(article["text"], meta={"title": article.get("title"),
                                                    "date": article.get("date")})
        record = khabar.to_record(doc)
        record["fingerprint"] = doc.fingerprint or minhash(record["text"])
        kept = {k: record[k] for k in ("id", "lang", "title", "entities", "events",
                                       "fingerprint")}
        if vectors:
            kept["vector"] = embed.embed([embed.lead_text(record)])[0].tolist()
        records.append(kept)
    return records


def synthesise(base: list[dict[str, Any]], size: int, per_day: int) -> list[dict[str, Any]]:
    """``size`` records cycling ``base`` with new ids and dates advancing ``per_day`` a day."""
    out = []
    for i in range(size):
        record = dict(base[i % len(base)])
        record["id"] = f"{i:016x}"
        record["published"] = (START + timedelta(days=i // per_day)).isoformat() + "T12:00:00+00:00"
        out.append(record)
    return out


class BlockingIndex:
    """key -> (day ordinals, article ids), sorted by day, as the store's ``story_keys``."""

    def __init__(self, window_days: int) -> None:
        self.days: dict[str, list[int]] = defaultdict(list)
        self.ids: dict[str, list[str]] = defaultdict(list)
        self.window = window_days

    def add(self, key: str, day: int, article_id: str) -> None:
        at = bisect.bisect_right(self.days[key], day)
        self.days[key].insert(at, day)
        self.ids[key].insert(at, article_id)

    def neighbours(self, keys: set[str], day: int) -> list[str]:
        counts: Counter[str] = Counter()
        for key in keys:
            days = self.days.get(key)
            if not days:
                continue
            lo = bisect.bisect_left(days, day - self.window)
            hi = bisect.bisect_right(days, day + self.window)
            counts.update(self.ids[key][lo:hi])
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [article for article, _ in ranked[:MAX_NEIGHBOURS]]

    def stories(self, keys: set[str], day: int, story: dict[str, str]) -> dict[str, int]:
        """key -> how many stories its holders dated within the window are in (as
        ``StoryAssigner._common`` counts them)."""
        counts = {}
        for key in keys:
            days = self.days.get(key, [])
            lo = bisect.bisect_left(days, day - self.window)
            hi = bisect.bisect_right(days, day + self.window)
            counts[key] = len({story[i] for i in self.ids[key][lo:hi]})
        return counts


def cluster_all(records: list[dict[str, Any]], settings: Settings) -> tuple[float, float, int]:
    """Wall and CPU seconds to assign every record a story, and how many stories there are
    (CPU seconds are the fairer figure on a shared, loaded machine)."""
    index = BlockingIndex(settings["stories.window_days"])
    story: dict[str, str] = {}
    candidates: dict[str, cluster.StoryCandidate] = {}
    members: dict[str, list[str]] = defaultdict(list)
    started, cpu = time.perf_counter(), time.process_time()
    window = settings["stories.window_days"]

    def recent(members: dict[str, list[str]], c: cluster.StoryCandidate,
               s: str) -> list[cluster.StoryCandidate]:
        """As ``StoryAssigner._members``: the last ``CORE_MEMBERS``, within the window."""
        last = [candidates[i] for i in members[s][-CORE_MEMBERS:]]
        return [m for m in last if c.day is None
                or (m.day is not None and abs((m.day - c.day).days) <= window)]

    for record in records:
        vector = record.get("vector") if settings["stories.embedding"] else None
        candidate = cluster.candidate_from_record(
            record, None if vector is None else np.asarray(vector, dtype=np.float32))
        day = candidate.day.toordinal() if candidate.day else 0
        keys = cluster.blocking_keys(candidate)
        found = [(story[n], candidates[n]) for n in index.neighbours(keys, day)]
        specific = {k for k in candidate.keys
                    if cluster.key_weight(k) == 1.0 and not k.startswith("num:")}
        placed = replace(candidate, common=cluster.common_keys(
            specific, index.stories(specific, day, story), settings))
        chosen = (cluster.best_story(placed, found, settings,
                                     partial(recent, members, candidate))
                  or cluster.new_story_id(candidate))
        story[candidate.article_id] = chosen
        members[chosen].append(candidate.article_id)
        candidates[candidate.article_id] = candidate
        for key in keys:
            index.add(key, day, candidate.article_id)
    return (time.perf_counter() - started, time.process_time() - cpu,
            len(set(story.values())))


def _option(argv: list[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def main(argv: list[str]) -> int:
    options = {"--sizes", "--base", "--json", "--per-day", "--cache"}
    embedding = "--embedding" in argv
    values = {argv[i + 1] for i, a in enumerate(argv[:-1]) if a in options}
    args = [a for a in argv if not a.startswith("-") and a not in values]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    sizes = [int(s) for s in _option(argv, "--sizes", "10000,100000").split(",")]
    per_day = int(_option(argv, "--per-day", "200"))
    settings = Settings().replace(stories__embedding=embedding)
    started = time.perf_counter()
    cache = Path(_option(argv, "--cache", "")) if "--cache" in argv else None
    if cache is not None and cache.exists():
        base = json.loads(cache.read_text(encoding="utf-8"))
    if cache is None or not cache.exists() or (embedding and "vector" not in base[0]):
        base = base_records(data, int(_option(argv, "--base", "300")), embedding)
        if cache is not None:
            cache.write_text(json.dumps(base, ensure_ascii=False), encoding="utf-8")
    print(f"analysed {len(base)} base articles in {time.perf_counter() - started:.1f} s")
    results = []
    for size in sizes:
        seconds, cpu, stories = cluster_all(synthesise(base, size, per_day), settings)
        per_article = seconds / size * 1e6
        results.append({"articles": size, "seconds": round(seconds, 2),
                        "us_per_article": round(per_article, 1),
                        "cpu_us_per_article": round(cpu / size * 1e6, 1), "stories": stories,
                        "loadavg_1min": round(os.getloadavg()[0], 2), "embedding": embedding})
        print(f"{size:>7} articles: {seconds:7.2f} s  {per_article:7.1f} us/article  "
              f"(CPU {cpu / size * 1e6:7.1f} us/article)  {stories} stories")
    if len(results) > 1:
        ratio = results[-1]["us_per_article"] / results[0]["us_per_article"]
        cpu_ratio = results[-1]["cpu_us_per_article"] / results[0]["cpu_us_per_article"]
        print(f"time per article, largest / smallest: {ratio:.2f}, CPU {cpu_ratio:.2f}"
              " (1.0 = linear)")
    if "--json" in argv:
        Path(_option(argv, "--json", "")).write_text(json.dumps(results, indent=1) + "\n",
                                                     encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
