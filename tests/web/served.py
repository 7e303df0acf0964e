"""What the ``server`` fixture hands to the web tests, and how a test starts its own
``khabar serve`` on loopback."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

KHABAR = [sys.executable, "-m", "khabar.cli"]


@dataclass(frozen=True)
class Server:
    url: str
    """``http://127.0.0.1:PORT``"""
    db: Path
    token: str
    """An API token created with ``khabar token create``."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
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


def run_khabar(*args: str) -> str:
    done = subprocess.run([*KHABAR, *args], capture_output=True, text=True, check=True)
    return done.stdout


def serve(db: Path, *options: str, config: Path | None = None,
          seconds: float = 30) -> tuple[subprocess.Popen[bytes], str]:
    """``khabar serve`` over ``db`` on a free port, once it answers: (process, url)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    settings = ["--config", str(config)] if config else []
    process = subprocess.Popen([*KHABAR, *settings, "serve", "--db", str(db), "--port",
                                str(port), *options],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_up(url, process, seconds)
    except BaseException:
        process.terminate()
        process.wait(timeout=10)
        raise
    return process, url
