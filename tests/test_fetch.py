"""``khabar fetch`` against a real HTTP server on 127.0.0.1 (hence --allow-private):
feeds, conditional GET, retries, size limits, redirects, and the address check."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from khabar.doc import Doc
from khabar.errors import IngestError
from khabar.ingest.fetch import Fetcher, check_address
from khabar.ingest.fetch_cli import fetched_items
from khabar.ingest.readers import IngestFailure
from khabar.settings import Settings

PAGE = ("<html><head><title>دیدار باقری</title></head><body><article><p>سرلشکر محمد باقری "
        "امروز در تهران با فرمانده ارتش پاکستان دیدار کرد و دو طرف دربارهٔ همکاری‌های مرزی "
        "گفت‌وگو کردند.</p></article></body></html>").encode()
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><link>/article/1</link></item><item><link>/article/2</link></item>
<item><link>/flaky</link></item></channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    hits: ClassVar[Counter[str]] = Counter()

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes = b"", kind: str = "text/html",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.hits[self.path] += 1
        if self.path == "/feed.xml":
            self._send(200, FEED, "application/rss+xml")
        elif self.path.startswith("/article/"):
            etag = f'"v{self.path[-1]}"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304)
            else:
                self._send(200, PAGE.replace(b"</p>", self.path.encode() + b"</p>"),
                           headers={"ETag": etag})
        elif self.path == "/flaky":  # fails twice, then answers
            if self.hits[self.path] <= 2:
                self._send(503)
            else:
                self._send(200, PAGE.replace(b"</p>", b" flaky</p>"))
        elif self.path == "/moved":
            self._send(301, headers={"Location": "/article/1"})
        elif self.path == "/huge":
            self._send(200, b"x" * 5000)
        else:
            self._send(404)


@pytest.fixture
def server() -> Iterator[str]:
    Handler.hits = Counter()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fetcher(tmp_path: Path, **changes: object) -> Fetcher:
    settings = Settings({"fetch": {"backoff_s": 0.01, "retries": 3, **changes}})
    return Fetcher(settings, str(tmp_path / "state.json"), allow_private=True)


def test_a_feed_gives_its_articles_and_retries_a_flaky_one(server: str, tmp_path: Path
                                                           ) -> None:
    client = fetcher(tmp_path)
    items = list(fetched_items(client, (f"{server}/feed.xml",)))
    client.close()
    docs = [item for item in items if isinstance(item, Doc)]
    assert [d.meta["url"] for d in docs] == [f"{server}/article/1", f"{server}/article/2",
                                             f"{server}/flaky"]
    assert all("محمد باقری" in d.raw for d in docs)
    assert Handler.hits["/flaky"] == 3  # two 503s, then the page


def test_an_unchanged_page_is_not_fetched_again(server: str, tmp_path: Path) -> None:
    first = fetcher(tmp_path)
    assert len(list(fetched_items(first, (f"{server}/article/1",)))) == 1
    first.close()
    again = fetcher(tmp_path)  # a new run: the ETag comes from the state file
    assert list(fetched_items(again, (f"{server}/article/1",))) == []
    again.close()


@pytest.mark.parametrize(
    ("path", "changes", "reason", "why"),
    [
        ("/huge", {"max_bytes": 1000}, "fetch.max_bytes", "over the size limit"),
        ("/flaky", {"retries": 1}, "HTTP 503", "still failing after the last retry"),
        ("/missing", {}, "HTTP 404", "not found"),
    ],
)
def test_failures_are_recorded_with_their_reason(server: str, tmp_path: Path, path: str,
                                                 changes: dict[str, object], reason: str,
                                                 why: str) -> None:
    client = fetcher(tmp_path, **changes)
    [failure] = list(fetched_items(client, (f"{server}{path}",)))
    assert isinstance(failure, IngestFailure) and reason in failure.reason, why


def test_redirects_are_followed(server: str, tmp_path: Path) -> None:
    [doc] = list(fetched_items(fetcher(tmp_path), (f"{server}/moved",)))
    assert isinstance(doc, Doc) and doc.meta["url"] == f"{server}/article/1"


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://localhost:8000/x", "a name for loopback"),
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.1/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local: cloud metadata"),
        ("http://[::1]/", "IPv6 loopback"),
        ("http://0.0.0.0/", "unspecified"),
        ("file:///etc/passwd", "not http"),
    ],
)
def test_private_addresses_are_refused_without_the_flag(url: str, why: str) -> None:
    with pytest.raises(IngestError):
        check_address(url, allow_private=False)
    if url.startswith("http"):
        check_address(url, allow_private=True)  # the flag lets them through


def test_the_cli_refuses_loopback_unless_allowed(server: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from khabar.cli import main

    db, state = str(tmp_path / "k.db"), str(tmp_path / "s.json")
    runner = CliRunner()
    refused = runner.invoke(main, ["fetch", f"{server}/article/1", "--db", db, "--state", state])
    assert refused.exit_code == 1 and "--allow-private" in refused.output
    allowed = runner.invoke(main, ["fetch", f"{server}/article/1", "--db", db, "--state", state,
                                   "--allow-private"])
    assert allowed.exit_code == 0, allowed.output
    assert "1 added" in allowed.output
