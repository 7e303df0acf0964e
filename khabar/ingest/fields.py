"""Ingest metadata fields of the wrong JSON type (session 18, 2026-12-06, issue 8).

JSONL gives ``title``, ``date``, ``url``, ``source`` and ``source_name`` as strings; a
number, list, object or boolean there is ignored by the stages that read the field (a
title 123 gives no headline, a date 20250101 no publication date). The user is told in
the record's ``problems``, so a file with a field of the wrong type is not silently
read as one without it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

STRING_FIELDS = ("title", "date", "url", "source", "source_name")
"""The metadata fields the pipeline reads, each only as a string."""

_KINDS = ((bool, "a boolean"), (int, "a number"), (float, "a number"), (list, "a list"),
          (dict, "an object"))


def _kind(value: Any) -> str:
    return next((name for kind, name in _KINDS if isinstance(value, kind)),
                type(value).__name__)


def _shown(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False, default=str)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def wrong_type_notes(meta: Mapping[str, Any]) -> list[str]:
    """A ``problems`` note for each string field of ``meta`` that holds something else."""
    return [f"ingest: the field {key!r} is {_kind(meta[key])} ({_shown(meta[key])}), "
            "not a string; ignored (give it as a JSON string)"
            for key in STRING_FIELDS
            if meta.get(key) is not None and not isinstance(meta[key], str)]
