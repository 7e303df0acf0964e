"""Shared fixtures. Tests never read ../shared: fixtures live in the repository."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
KEPT_FOLDER = "KHABAR_CACHE_DIR"
"""Tables kept between processes (``khabar.resources.kept``) go to a folder of the test
run's own, removed at its end: tests never write to nor read from ``~/.cache/khabar``."""
_kept_folder: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    _kept_folder.append(tempfile.mkdtemp(prefix="khabar-kept-"))
    os.environ[KEPT_FOLDER] = _kept_folder[0]


def pytest_unconfigure(config: pytest.Config) -> None:
    for folder in _kept_folder:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def example_paths() -> list[Path]:
    """The five bundled example articles (four Persian, one Arabic)."""
    paths = sorted(EXAMPLES.glob("*.txt"))
    assert len(paths) == 5
    return paths


# Store backends: SQLite always; PostgreSQL when KHABAR_TEST_POSTGRES names a database
# (.ci/run starts one and sets it). Each PostgreSQL test gets a schema of its own.
POSTGRES_URL = os.environ.get("KHABAR_TEST_POSTGRES")
NO_POSTGRES = ("PostgreSQL store tests need KHABAR_TEST_POSTGRES=postgresql://... "
               "(.ci/start-postgres starts a server and prints one)")


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL of a fresh, empty schema in the test database; dropped afterwards."""
    if not POSTGRES_URL:
        pytest.skip(NO_POSTGRES)
    import psycopg

    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a store test opens its store: a SQLite file, or a PostgreSQL schema."""
    if request.param == "postgres" and request.node.get_closest_marker("sqlite_only"):
        pytest.skip("checks SQLite internals; tests/test_postgres.py covers PostgreSQL's")
    if request.param == "sqlite":
        return str(tmp_path / "k.db")
    url: str = request.getfixturevalue("postgres_url")
    return url
