"""The news flow of bench/scale_store.py (its module's item 2): N analysed articles made
from a few hundred seeds, copy ``k`` of a seed dated ``k`` days on and made another day's
news, and ``StoreShare``, what ``khabar ingest`` does with a share of them. Moved out of
scale_store.py in session 16 (2026-12-06) (reviewer review_a: that module had grown to 498
lines); scale_aging, scale_recycle, scale_replay and scale_windows read the flow from here.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar.store.records import Analysed

if TYPE_CHECKING:
    from khabar.batch import IngestSummary


FIRST_DAY = date(2020, 1, 1)
"""The day every seed's first copy is dated (see the module's item 2)."""


def _in_flow(published: str | None, days: int) -> str | None:
    """The seed's time of day and offset, ``days`` after ``FIRST_DAY``; None stays None."""
    if published is None:
        return None
    moment = datetime.fromisoformat(published)
    day = FIRST_DAY + timedelta(days=days)
    return moment.replace(year=day.year, month=day.month, day=day.day).isoformat()


def cycled(seeds: list[dict[str, Any]], n: int, hashed: bool = False,
           start: int = 0) -> Iterator[Analysed]:
    """``n`` articles: copy ``k`` of each seed with a new id, dated ``k`` days after
    ``FIRST_DAY``, and made another day's news (``_as_lap``). Ids count up (``i`` in hex),
    or with ``hashed`` look like content ids (SHA-256 hex), which land at random in every
    index keyed by article id, as real ones do. With ``start``, articles ``start`` to
    ``n - 1`` of that flow only (a later writer process's share, bench/scale_recycle.py)."""
    for i in range(start, n):
        yield copy_of(seeds, i, hashed)


def copy_of(seeds: list[dict[str, Any]], i: int, hashed: bool = False) -> Analysed:
    """Article ``i`` of the flow (``cycled``)."""
    seed = seeds[i % len(seeds)]
    lap = i // len(seeds)
    record, fingerprint = _as_lap(seed["record"], seed["fingerprint"], lap)
    article_id = hashlib.sha256(f"copy-{i}".encode()).hexdigest()[:16] if hashed \
        else f"{i:016x}"
    record.update(id=article_id, published=_in_flow(record["published"], lap))
    return Analysed(record, seed["raw"], dict(seed["meta"], path=f"copy-{i}"),
                    f"copy-{i}", fingerprint)


def _as_lap(record: dict[str, Any], fingerprint: list[int] | None,
            lap: int) -> tuple[dict[str, Any], list[int] | None]:
    """The seed's record as the news of day ``lap``: the seeds' relations among themselves
    kept, none with other days' copies but those a real feed's days share. A real feed
    does not print the same text, headline and names every day, so that yesterday's copy
    would join today's story, and every seed's copies chain into one story of N / seeds
    articles (up to session 3: 178 stories of ~560 articles for 100k). So each lap's copy
    gets (lap 0: the seed as it is)

    - its fingerprint's hashes XORed with one salt per position and lap: two copies of one
      lap agree where their seeds agree, copies of different laps only by chance;
    - its specific story keys (person and organisation keys, city ids) tagged with the
      lap; countries and event types, which news of any day shares, kept;
    - each headline word tagged with the lap (a suffix of Latin letters: a suffixed word
      is not stemmed, the one way a lap's headlines relate less than its seeds')."""
    if lap == 0:
        return dict(record), fingerprint
    from khabar.stories.cluster import key_weight

    tag = _lap_tag(lap)

    def salted_keys(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
        mentions = []
        for entity in found:
            entity = dict(entity)
            field = "key" if entity.get("type") in ("PER", "ORG") else "kb_id"
            if entity.get(field) and key_weight(entity[field]) == 1.0:
                entity[field] = f"{entity[field]}~{tag}"
            mentions.append(entity)
        return mentions

    # the references (session 25) carry their person's key, a story key too
    entities = salted_keys(record["entities"])
    references = salted_keys(record.get("references") or [])
    title = record.get("title")
    if title:
        title = re.sub(r"[^\W\d_]+", lambda word: word.group() + tag, title)
    salted = None if fingerprint is None else [
        value ^ salt for value, salt in zip(fingerprint, _salts(lap, len(fingerprint)),
                                            strict=True)]
    return dict(record, entities=entities, references=references, title=title), salted


def _lap_tag(lap: int) -> str:
    """Lap 1, 2, ... as Latin letters ("b", "c", ..., "ba", ...)."""
    letters = ""
    while lap:
        lap, digit = divmod(lap, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[digit] + letters
    return letters


@lru_cache(maxsize=4)
def _salts(lap: int, size: int) -> tuple[int, ...]:
    """One salt per fingerprint position for the lap (cached: a lap is many copies)."""
    return tuple(int.from_bytes(hashlib.blake2b(f"{lap}:{position}".encode(),
                                                digest_size=7).digest(), "big")
                 for position in range(size))


def add_group(store: Any, items: Iterator[Analysed], group: int, done: int) -> None:
    """The next ``group`` items of the flow in one transaction, as ``khabar ingest`` groups
    them; every one must be new (``done``: the count reached after them, for the message)."""
    with store.batch():
        for item in islice(items, group):
            if store.add(item) != "added":
                raise SystemExit(f"article {done} was not added")


@dataclass(frozen=True)
class StoreShare:
    """What ``khabar ingest`` does with analysed articles, on articles ``items`` (their
    indices) of the flow: ``khabar.batch.store_results``, the writer ingest stores with
    (grouped as ingest groups, ``settings``), into the store at ``db``. It runs in
    whichever process ``khabar.engine.recycle.in_shares`` gives the share to."""

    seeds: str
    db: str
    hashed: bool
    settings: dict[str, Any]

    def __call__(self, items: Iterable[int], on_item: Callable[[str], None] | None
                 ) -> IngestSummary:
        from khabar.settings import Settings
        from khabar.store import open_store

        with open_store(self.db, Settings(self.settings)) as store:
            return self.into(store, items, on_item)

    def into(self, store: Any, items: Iterable[int], on_item: Callable[[str], None] | None
             ) -> IngestSummary:
        from khabar.batch import store_results

        seeds = load_seeds(self.seeds)
        return store_results((copy_of(seeds, i, self.hashed) for i in items), store,
                             self.settings, on_item)


@lru_cache(maxsize=1)
def load_seeds(path: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).open(encoding="utf-8")]
