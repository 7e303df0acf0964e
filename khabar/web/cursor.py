"""Opaque page cursors: the sort key of a page's last item, as URL-safe base64 JSON."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any


class BadCursor(ValueError):
    """The cursor was not produced by this API."""


def encode(key: list[Any]) -> str:
    data = json.dumps(key, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def decode(cursor: str | None, size: int) -> list[Any] | None:
    """The key in ``cursor`` (``None`` for the first page); it must hold ``size`` scalars."""
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError) as error:
        raise BadCursor(str(error)) from None
    scalars = (str, int, float)
    if not (isinstance(key, list) and len(key) == size
            and all(isinstance(part, scalars) and not isinstance(part, bool) for part in key)):
        raise BadCursor("unexpected cursor content")
    return key
