"""Helpers shared by trainers: reading corpora, deterministic held-out splits."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from khabar.errors import ResourceError

#: Default location of the development corpora, beside the repository.
SHARED_DATA = Path("../shared/data")


def held_out(key: str, modulo: int) -> bool:
    """True for the articles kept out of training (about one in ``modulo``), by id hash.

    The same split is used by the trainers and by the bench scripts, so scores are
    always measured on text the model never saw.
    """
    if modulo <= 1:
        return False
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % modulo == 0


def read_jsonl_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each record of a JSONL corpus (gzipped or not) with its line number; blank lines are
    passed over."""
    if not path.exists():
        raise ResourceError(f"corpus {path} not found; pass its path (see the SOURCE.md)")
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if line.strip():
                yield number, json.loads(line)


def read_jsonl_texts(
    path: Path, modulo: int = 0, want_held_out: bool = False, fields: tuple[str, ...] = ("text",)
) -> Iterator[str]:
    """The text fields of each JSONL record on the requested side of the split."""
    for number, record in read_jsonl_records(path):
        key = str(record.get("id", number))
        if held_out(key, modulo) != want_held_out:
            continue
        for field in fields:
            value = record.get(field)
            if value:
                yield value


def write_word_list(out: Path, header: str, words: Iterable[str]) -> None:
    """A word list, one a line under its header, gzipped with no name and no timestamp, so
    a rebuild from the same data is byte-identical."""
    text = "\n".join([header, *words]) + "\n"
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                               filename="") as handle:
        handle.write(text.encode("utf-8"))
