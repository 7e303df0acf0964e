"""A real khabar server for the API and browser tests.

A session fixture ingests the example articles plus a hostile one (script and
event-handler payloads in its text) into a SQLite store, creates an API token, and
starts ``khabar serve`` as a subprocess on 127.0.0.1 with a free port.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from served import Server

pytest.importorskip("fastapi", reason="the web extra is not installed (make install)")
pytest.importorskip("uvicorn", reason="the web extra is not installed (make install)")

KHABAR = [sys.executable, "-m", "khabar.cli"]
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"

# Persian prose around payloads that must stay inert text.
HOSTILE = (
    "خبرگزاری آزمایشی - سرلشکر محمد باقری در تهران گفت: "
    "<script>document.title='pwned'</script> "
    "<img src=x onerror=\"document.title='pwned-img'\"> "
    "و این متن باید فقط متن بماند.\n"
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"khabar serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/api/stats", timeout=2):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise RuntimeError(f"khabar serve did not answer at {url} within {seconds} s")


def _run(*args: str) -> str:
    done = subprocess.run([*KHABAR, *args], capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("web")
    db = folder / "khabar.db"
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    _run("ingest", str(EXAMPLES), str(hostile), "--db", str(db), "--quiet")
    token = _run("token", "create", "--db", str(db), "--label", "tests").strip()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([*KHABAR, "serve", "--db", str(db), "--port", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_until_up(url, process)
        yield Server(url, db, token)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    folder = Path(__file__).resolve().parents[2] / "test-artifacts"
    folder.mkdir(exist_ok=True)
    return folder
