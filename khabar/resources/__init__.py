"""Language resources shipped as data files, loaded by name.

Each folder has a SOURCE.md that says where the data came from, its licence and how
to rebuild it.
"""

from __future__ import annotations

import json
from functools import cache
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
