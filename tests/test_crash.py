"""Crash safety: ``kill -9`` the ingest at random moments, resume, and nothing is lost,
nothing is stored twice, and the store is intact.

The quick test kills a small run 3 times; a slow one (in CI) kills a 1,000-article run
10 times; the issue's 10k-article run killed 10 times needs KHABAR_SLOW_CRASH=1 (20+
minutes on 2 cores, over make test's budget). Kills go to the whole process group (the
ingest and its pool workers), as a power cut would. The resume's output is kept, so a
failure says why (a loaded run once failed with the resume exiting 1, undiagnosed).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from khabar.doc import Doc
from khabar.store import open_store

CITIES = ["تهران", "مشهد", "اصفهان", "تبریز", "شیراز", "کراچی", "بغداد", "دمشق"]
PEOPLE = ["محمد باقری", "عباس عراقچی", "علی لاریجانی", "مسعود پزشکیان"]
VERBS = ["دیدار کرد", "گفت‌وگو کرد", "سخنرانی کرد", "بازدید کرد"]


def write_corpus(folder: Path, n: int, seed: int) -> set[str]:
    """``n`` distinct short articles in JSONL files of 100; returns their ids."""
    rng = random.Random(seed)
    ids, lines = set(), []
    for i in range(n):
        text = (f"{rng.choice(PEOPLE)} روز {i % 28 + 1} در {rng.choice(CITIES)} با هیئتی از "
                f"{rng.choice(CITIES)} {rng.choice(VERBS)}. شمارهٔ گزارش {i} است.")
        ids.add(Doc(raw=text).id)
        lines.append('{"text": "' + text + '"}\n')
    for start in range(0, n, 100):
        (folder / f"part_{start // 100:05d}.jsonl").write_text(
            "".join(lines[start:start + 100]), encoding="utf-8")
    return ids


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:  # not created yet, or mid-migration
        return 0


def _start(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "khabar.cli", "ingest", str(folder),
                             "--db", str(db), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def kill_and_resume(folder: Path, db: Path, n: int, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(kills):
        process = _start(folder, db)
        before = _stored(db)
        target = rng.randint(before + 1, max(before + 1, before + 2 * (n - before) // kills))
        deadline = time.monotonic() + 300
        while _stored(db) < target and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 0.3))  # land anywhere, mid-transaction included
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    final = subprocess.run([sys.executable, "-m", "khabar.cli", "ingest", str(folder),
                            "--db", str(db), "--quiet"], capture_output=True, text=True,
                           timeout=1800, check=False)
    assert final.returncode == 0, f"the resume failed:\n{final.stderr[-4000:]}"


def check_store(db: Path, ids: set[str]) -> None:
    with open_store(db) as store:
        assert store.integrity() == "ok"
        stored = [record["id"] for record in store.export_records()]
        assert len(stored) == len(set(stored)), "an article was stored twice"
        assert set(stored) == ids, f"lost {len(ids - set(stored))}"
        stats = store.stats()
        assert stats["ingest"].get("ok") == len(ids)  # each added exactly once
        errors = [(e.path, e.reason) for e in store.ingest_log(status="error")]
        assert errors == []
    with sqlite3.connect(db) as conn:  # no half-stored article: parts match the counts
        partial = conn.execute(
            "SELECT count(*) FROM articles a WHERE n_entities !="
            " (SELECT count(*) FROM entities e WHERE e.article_seq = a.seq)"
            " OR story IS NULL"
        ).fetchone()[0]
    assert partial == 0


def test_killed_three_times_a_small_run_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    ids = write_corpus(folder, 150, seed=1)
    kill_and_resume(folder, tmp_path / "k.db", len(ids), kills=3, seed=2)
    check_store(tmp_path / "k.db", ids)


@pytest.mark.slow
def test_killed_ten_times_a_1k_run_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    ids = write_corpus(folder, 1_000, seed=11)
    kill_and_resume(folder, tmp_path / "k.db", len(ids), kills=10, seed=12)
    check_store(tmp_path / "k.db", ids)


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("KHABAR_SLOW_CRASH"),
                    reason="2 to 20+ minutes on 2 cores, by load: over make test's budget "
                    "on a laptop; CI runs it (.ci/run sets KHABAR_SLOW_CRASH=1)")
def test_killed_ten_times_a_10k_run_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    ids = write_corpus(folder, 10_000, seed=3)
    kill_and_resume(folder, tmp_path / "k.db", len(ids), kills=10, seed=4)
    check_store(tmp_path / "k.db", ids)
