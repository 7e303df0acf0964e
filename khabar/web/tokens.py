"""API tokens for writes: random secrets shown once; the store keeps SHA-256 digests.

Read-only is the default: while a store has no token, every write is refused.
"""

from __future__ import annotations

import hashlib
import secrets

from khabar.store.base import Store

PREFIX = "khb_"


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create(store: Store, label: str | None = None) -> tuple[str, str]:
    """A new token: ``(id, secret)``; only the digest of the secret is stored."""
    token_id = secrets.token_hex(4)
    secret = PREFIX + secrets.token_urlsafe(32)
    store.add_api_token(token_id, digest(secret), label)
    return token_id, secret


def check(store: Store, presented: str | None) -> str:
    """``ok``, ``read-only`` (no token configured), ``missing`` or ``invalid``."""
    if not store.api_token_ids():
        return "read-only"
    if not presented:
        return "missing"
    # Compare digests, not secrets: a lookup by digest leaks nothing useful by timing.
    return "ok" if store.api_token_ids(digest(presented)) else "invalid"
