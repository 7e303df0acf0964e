"""Writing while serving: `POST /api/articles` and a concurrent `khabar ingest` into the
same SQLite store while readers page, search and count. Readers must see only 200s
(WAL lets them read beside the writer; writers wait for each other within
busy_timeout), and every write must land."""

from __future__ import annotations

import json
import subprocess
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from served import KHABAR, run_khabar, serve

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
READS = ["/api/events?limit=50", "/api/articles?limit=20", "/api/stats",
         "/api/search?q=" + urllib.parse.quote("باقري"), "/api/entities?limit=10", "/"]


def _variants(count: int, label: str) -> list[str]:
    """Distinct articles (so distinct content hashes) built from the examples."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    return [f"{texts[n % len(texts)]}\nگزارش {label} شماره {n}.\n" for n in range(count)]


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[str, Path, str]]:
    db = tmp_path / "live.db"  # created empty by `token create`: the writers fill it
    token = run_khabar("token", "create", "--db", str(db)).strip()
    process, url = serve(db)
    try:
        yield url, db, token
    finally:
        process.terminate()
        process.wait(timeout=10)


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _read_until(done: threading.Event, url: str, problems: list[str], counts: list[int]) -> None:
    n = 0
    while not done.is_set():
        path = READS[n % len(READS)]
        try:
            status, body = _get(url + path)
        except OSError as error:  # a refused or dropped connection counts as a failure
            problems.append(f"{path}: {error}")
            continue
        if status != 200:
            problems.append(f"{path}: {status} {body[:200]!r}")
        elif path.startswith("/api"):
            json.loads(body)  # complete, valid JSON even mid-write
        n += 1
    counts.append(n)


def _post(url: str, token: str, text: str) -> dict[str, Any]:
    request = urllib.request.Request(
        url + "/api/articles", data=text.encode("utf-8"), method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "text/plain"})
    with urllib.request.urlopen(request, timeout=300) as response:
        answer: dict[str, Any] = json.loads(response.read())
        return answer


def test_reads_stay_clean_while_two_writers_ingest(live: tuple[str, Path, str],
                                                  tmp_path: Path) -> None:
    url, db, token = live
    before = json.loads(_get(url + "/api/stats")[1])["articles"]
    folder = tmp_path / "batch"
    folder.mkdir()
    for n, text in enumerate(_variants(2, "دسته")):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")

    done, problems, counts = threading.Event(), [], []
    readers = [threading.Thread(target=_read_until, args=(done, url, problems, counts))
               for _ in range(2)]
    for reader in readers:
        reader.start()
    try:
        # khabar ingest in another process and POSTs through the server, at the same time
        batch = subprocess.Popen([*KHABAR, "ingest", str(folder), "--db", str(db), "--quiet"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        posted = [_post(url, token, text) for text in _variants(2, "بارگذاری")]
        _, batch_errors = batch.communicate(timeout=300)
    finally:
        done.set()
        for reader in readers:
            reader.join(timeout=60)

    assert batch.returncode == 0, batch_errors.decode()[-2000:]
    assert [result["status"] for answer in posted for result in answer["results"]] \
        == ["added"] * 2, "each upload reports its own article, not the other writer's"
    assert problems == []
    assert sum(counts) > len(readers), "the readers should have read during the writes"
    after = json.loads(_get(url + "/api/stats")[1])
    assert after["articles"] == before + 4
    assert after["ingest_errors"] == 0
