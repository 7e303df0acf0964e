"""Parquet shards of analysed articles (the ``parquet`` extra: pyarrow).

    khabar ingest corpus/ --engine dask --out-parquet shards/   # analyse, no store
    khabar load shards/ --db postgresql://...                   # store them later

A shard row is one ingest outcome, in input order: an analysed article (its contract
record as JSON, plus the flat columns ``id``, ``lang``, ``published``, ``title``, ``url``
for other tools, its raw input, ingest hints and story fingerprint) or an input that
failed (``path`` and ``reason``). Loading adds the rows to a store in the same order, so
the store ends as a direct ``khabar ingest`` would leave it: the same records, stories
and ingest log. Shards are written to a hidden temporary name and renamed when complete,
so a killed run leaves only whole shards (``part-00000.parquet``, ...).
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import click

from khabar.batch import HOLD_SECONDS
from khabar.doc import Doc
from khabar.errors import KhabarError
from khabar.export.contract import to_record
from khabar.store.base import Added, Store
from khabar.store.records import Analysed, canonical

ROW_GROUP = 500
"""Rows buffered before they are written: memory stays flat however long the run."""

COLUMNS = ("kind", "path", "reason", "id", "lang", "published", "title", "url", "record",
           "raw", "meta", "fingerprint", "embedding")


class ParquetError(KhabarError):
    """Parquet shards cannot be written or read."""


def _arrow() -> tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as missing:
        raise ParquetError(f"Parquet shards need the parquet extra ({missing}): "
                           "pip install 'khabar[parquet]'") from missing
    return pyarrow, pyarrow.parquet


def _schema(pa: Any) -> Any:
    text = pa.string()
    return pa.schema([
        ("kind", text), ("path", text), ("reason", text), ("id", text), ("lang", text),
        ("published", text), ("title", text), ("url", text), ("record", text),
        ("raw", pa.binary()),  # UTF-8; binary because a JSONL escape can give a lone surrogate
        ("meta", text), ("fingerprint", pa.list_(pa.uint64())),
        ("embedding", pa.binary()),  # stories.embedding's vector, float16 bytes, or null
    ])


def _json(value: Any) -> str:
    """JSON text, keys in their order (the record's is the contract's), valid UTF-8
    (escaped where a value holds a lone surrogate)."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(value, default=str)
    return text


class ParquetSink:
    """Takes what ``khabar.batch`` would give a store, and writes it as shards instead.

    Nothing is known to be stored, so every input is analysed; duplicates among them are
    recognised when the shards are loaded, as a direct ingest would have.
    """

    def __init__(self, folder: str | os.PathLike[str], shard_rows: int) -> None:
        self._pa, self._pq = _arrow()
        self.folder = Path(folder)
        self.shard_rows = max(1, shard_rows)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ParquetError(f"cannot create {self.folder}: {error}; choose a writable "
                               "folder for --out-parquet") from error
        if any(self.folder.glob("part-*.parquet")):
            raise ParquetError(f"{self.folder} already holds shards; give an empty folder so "
                               "the new shards are not mixed with old ones")
        self._schema = _schema(self._pa)
        self._rows: list[dict[str, Any]] = []
        self._writer: Any = None
        self._shard, self._in_shard = 0, 0

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    # what khabar.batch calls on a store
    def has(self, article_id: str) -> bool:
        return False

    def add(self, item: Doc, *, raw: str | None = None, source_path: str | None = None
            ) -> Added:
        stored, _ = canonical(to_record(item))
        self._append({
            "kind": "article", "path": source_path, "id": stored["id"],
            "lang": stored.get("lang"), "published": stored.get("published"),
            "title": stored.get("title"), "url": stored.get("url"), "record": _json(stored),
            "raw": None if raw is None else raw.encode("utf-8", "surrogatepass"),
            "meta": _json(item.meta), "fingerprint": item.fingerprint or None,
            "embedding": _vector_bytes(item.embedding),
        })
        return Added("added", stored["id"])

    def log_error(self, path: str, reason: str) -> None:
        self._append({"kind": "error", "path": path, "reason": reason})

    # shards
    def _append(self, row: dict[str, Any]) -> None:
        self._rows.append(row)
        if len(self._rows) >= ROW_GROUP or self._in_shard + len(self._rows) >= self.shard_rows:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        if self._writer is None:
            self._writer = self._pq.ParquetWriter(self._temporary(), self._schema,
                                                  compression="zstd")
        table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
        self._writer.write_table(table)
        self._in_shard += len(self._rows)
        self._rows = []
        if self._in_shard >= self.shard_rows:
            self._finish_shard()

    def _temporary(self) -> Path:
        return self.folder / f".part-{self._shard:05d}.parquet.tmp"

    def _finish_shard(self) -> None:
        self._writer.close()
        self._temporary().rename(self.folder / f"part-{self._shard:05d}.parquet")
        self._writer, self._shard, self._in_shard = None, self._shard + 1, 0

    def close(self) -> None:
        self._flush()
        if self._writer is not None:
            self._finish_shard()


def shard_paths(folder: str | os.PathLike[str]) -> list[Path]:
    found = sorted(Path(folder).glob("part-*.parquet"))
    if not found:
        raise ParquetError(f"no shards (part-*.parquet) in {folder}; write them with "
                           "`khabar ingest PATH --out-parquet DIR`")
    return found


def read_rows(folder: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Every shard row, in the order written, one row group at a time."""
    _, pq = _arrow()
    for path in shard_paths(folder):
        try:
            shard = pq.ParquetFile(path)
            for group in range(shard.num_row_groups):
                yield from shard.read_row_group(group).to_pylist()
        except (OSError, ValueError) as error:  # pyarrow's errors derive from these
            raise ParquetError(f"cannot read the shard {path}: {error}; was it written by "
                               "khabar ingest --out-parquet?") from error


def _vector_bytes(vector: Any) -> bytes | None:
    if vector is None:
        return None
    from khabar.stories import embed

    return embed.to_bytes(vector)


def _analysed(row: dict[str, Any]) -> Analysed:
    raw = row["raw"]
    return Analysed(json.loads(row["record"]),
                    None if raw is None else bytes(raw).decode("utf-8", "surrogatepass"),
                    json.loads(row["meta"]) if row["meta"] else None, row["path"],
                    row["fingerprint"], row.get("embedding"))  # shards before it: absent


def load(folder: str | os.PathLike[str], store: Store,
         group_rows: int | None = None) -> Counter[str]:
    """Add every shard row to ``store`` in order; returns the count of each outcome.

    On a store that groups writes (SQLite's ``batch``), rows go ``group_rows`` to a
    transaction (default: the setting ``ingest.batch_articles``), as ``khabar ingest``
    stores them, and a group never holds the write lock longer than ingest's
    ``HOLD_SECONDS``. A group that fails is rolled back and its rows stored one per
    transaction, so a row the store refuses is logged alone, as without grouping.
    """
    if group_rows is None:
        from khabar.settings import Settings

        group_rows = Settings()["ingest.batch_articles"]
    size = max(1, group_rows)
    group = getattr(store, "batch", None) if size > 1 else None
    counts: Counter[str] = Counter()
    rows = read_rows(folder)
    pending = list(islice(rows, size))
    while pending:
        statuses, taken = ((_load_group(pending, store, group)) if group and len(pending) > 1
                           else ([], len(pending)))
        if not statuses:  # no group, or it failed and was rolled back: each alone
            statuses = [_load_row(row, store) for row in pending[:taken]]
        counts.update(statuses)
        pending = pending[taken:]
        pending += islice(rows, size - len(pending))
    return counts


def _load_group(pending: list[dict[str, Any]], store: Store,
                group: Callable[[], AbstractContextManager[None]]) -> tuple[list[str], int]:
    """Stores a prefix of ``pending`` in one transaction, closed after ``HOLD_SECONDS``.
    Returns the statuses of the rows stored (none when the group failed and was rolled
    back) and how many rows it stored or tried."""
    statuses: list[str] = []
    opened = time.monotonic()
    try:
        with group():
            for row in pending:
                statuses.append(_load_grouped(row, store))
                if time.monotonic() - opened >= HOLD_SECONDS:
                    break
    except Exception:
        return [], len(statuses) + 1
    return statuses, len(statuses)


def _load_grouped(row: dict[str, Any], store: Store) -> str:
    """``_load_row`` inside a group: a row the store refuses raises (the group is redone)."""
    if row["kind"] == "error":
        store.log_error(row["path"], row["reason"])
        return "error"
    return str(store.add(_analysed(row)))


def _load_row(row: dict[str, Any], store: Store) -> str:
    if row["kind"] == "error":
        store.log_error(row["path"], row["reason"])
        return "error"
    try:
        return str(store.add(_analysed(row)))
    except Exception as error:  # refused as a direct ingest would refuse it: logged
        store.log_error(row["path"], f"could not store: {type(error).__name__}: {error}")
        return "error"


@click.command("load")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default=None, help="The store (a SQLite path or a postgresql:// URL).")
@click.pass_context
def load_command(ctx: click.Context, folder: str, db: str | None) -> None:
    """Load Parquet shards written by `khabar ingest --out-parquet` into a store."""
    from khabar.cli import open_db, settings_of

    shard_paths(folder)  # no shards: say so before a new store is made for nothing
    with open_db(ctx, db) as store:
        counts = load(folder, store, settings_of(ctx)["ingest.batch_articles"])
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    click.echo(f"loaded: {summary or 'nothing'}", err=True)
    ctx.exit(1 if counts["error"] else 0)
