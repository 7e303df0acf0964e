"""What the ``server`` fixture hands to the web tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Server:
    url: str
    """``http://127.0.0.1:PORT``"""
    db: Path
    token: str
    """An API token created with ``khabar token create``."""
