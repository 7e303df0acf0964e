"""Language resources shipped as data files, loaded by name.

Each folder has a SOURCE.md that says where the data came from, its licence and how
to rebuild it.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any

from khabar.errors import ResourceError

RESOURCES = Path(__file__).parent


def resource_path(name: str) -> Path:
    """The path of a shipped resource; ``ResourceError`` when it is missing."""
    path = RESOURCES / name
    if not path.exists():
        raise ResourceError(f"resource {name!r} is missing from {RESOURCES}; reinstall khabar")
    return path


@cache
def load_json(name: str) -> Any:
    try:
        return json.loads(resource_path(name).read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ResourceError(f"resource {name!r} is not valid JSON: {error}") from error


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a text resource, without ``#`` comment lines."""
    lines = resource_path(name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated resource, without ``#`` comment lines and blank lines."""
    rows = []
    for line in resource_path(name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


def read_lines(name: str) -> list[str]:
    """Every line of a (gzipped, if named ``.gz``) text resource, comment rows included,
    split at C speed; no line for a blank file."""
    path = resource_path(name)
    if name.endswith(".gz"):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            text = handle.read()
    else:
        text = path.read_text(encoding="utf-8")
    return text.rstrip("\n").split("\n") if text.strip() else []


def load_columns(name: str, width: int) -> list[list[str]]:
    """The columns of a (gzipped, if named ``.gz``) tab-separated resource whose every row
    has ``width`` cells, comment rows included. The whole file is split at C speed and
    sliced into columns: the large lexicons have 50,000-200,000 rows, and a Python loop
    over their lines was most of the setup a first article paid."""
    lines = read_lines(name)
    if set(map(str.count, lines, repeat("\t"))) - {width - 1}:
        raise ResourceError(f"resource {name!r}: every row must have {width} tab-separated cells")
    cells = "\t".join(lines).split("\t") if lines else []
    return [cells[column::width] for column in range(width)]
