"""Shared fixtures. Tests never read ../shared: fixtures live in the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def example_paths() -> list[Path]:
    """The five bundled example articles (four Persian, one Arabic)."""
    paths = sorted(EXAMPLES.glob("*.txt"))
    assert len(paths) == 5
    return paths
