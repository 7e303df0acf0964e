"""Fetching articles and feeds over HTTP(S) with httpx (the ``fetch`` extra), safely.

- Only ``http``/``https``; every address a host resolves to must be public (not private,
  loopback, link-local, multicast or reserved) unless ``allow_private`` is given, and
  redirects are followed by hand (at most ``MAX_REDIRECTS``) so each hop is checked.
  (A host that resolves differently between the check and the connection could still
  slip through: run fetches from a network that cannot reach private services if that
  matters.)
- Timeouts (``fetch.timeout_s``), a size limit (``fetch.max_bytes``, enforced while
  streaming), retries with exponential backoff on network errors, 429 and 5xx
  (``fetch.retries``, ``fetch.backoff_s``), and conditional GET: the ETag and
  Last-Modified of each URL are kept in a state file, so an unchanged page costs a 304.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from khabar.errors import IngestError
from khabar.settings import Settings

MAX_REDIRECTS = 5
_RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Fetched:
    url: str
    """The final URL, after redirects."""
    body: bytes
    content_type: str


class NotModified(Exception):
    """The server says the page has not changed since the last fetch."""


def check_address(url: str, allow_private: bool) -> None:
    """Raise ``IngestError`` unless ``url`` is http(s) to a public address (or allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise IngestError(url, "only http:// and https:// URLs with a host can be fetched")
    if allow_private:
        return
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except OSError as error:
        raise IngestError(url, f"cannot resolve {parts.hostname}: {error}") from error
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global or address.is_multicast:
            raise IngestError(
                url, f"{parts.hostname} is a private, loopback or link-local address "
                f"({address}); pass --allow-private to fetch from such hosts")


class Fetcher:
    """One HTTP client, its settings, and the conditional-GET state (saved on close)."""

    def __init__(self, settings: Settings, state_path: str | None,
                 allow_private: bool = False) -> None:
        try:
            import httpx
        except ImportError as missing:
            raise IngestError("fetch", "khabar fetch needs the fetch extra: "
                              "pip install 'khabar[fetch]'") from missing
        self.settings = settings
        self.allow_private = allow_private
        self.state_path = Path(state_path) if state_path else None
        self.state: dict[str, dict[str, str]] = self._load_state()
        timeout = float(settings["fetch.timeout_s"])
        self._client = httpx.Client(timeout=timeout, follow_redirects=False,
                                    headers={"User-Agent": settings["fetch.user_agent"]})

    def _load_state(self) -> dict[str, dict[str, str]]:
        if self.state_path is None or not self.state_path.exists():
            return {}
        try:
            loaded = json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # a damaged state file only costs full downloads
        return loaded if isinstance(loaded, dict) else {}

    def close(self) -> None:
        self._client.close()
        if self.state_path is not None:
            self.state_path.write_text(json.dumps(self.state, indent=1, sort_keys=True),
                                       encoding="utf-8")

    def get(self, url: str, conditional: bool = True) -> Fetched:
        """The body at ``url``; raises ``NotModified`` or ``IngestError``."""
        for _ in range(MAX_REDIRECTS + 1):
            check_address(url, self.allow_private)
            status, headers, body = self._with_retries(url, conditional)
            if status in (301, 302, 303, 307, 308) and headers.get("location"):
                url = urljoin(url, headers["location"])
                continue
            if status == 304:
                raise NotModified(url)
            if status >= 400:
                raise IngestError(url, f"the server answered HTTP {status}")
            self._remember(url, headers)
            return Fetched(url, body, headers.get("content-type", ""))
        raise IngestError(url, f"more than {MAX_REDIRECTS} redirects")

    def _remember(self, url: str, headers: Any) -> None:
        validators = {name: headers[name] for name in ("etag", "last-modified")
                      if headers.get(name)}
        if validators:
            self.state[url] = validators

    def _with_retries(self, url: str, conditional: bool) -> tuple[int, Any, bytes]:
        import httpx

        retries = int(self.settings["fetch.retries"])
        for attempt in range(retries + 1):
            try:
                status, headers, body = self._once(url, conditional)
            except httpx.TransportError as error:
                if attempt == retries:
                    raise IngestError(url, f"cannot fetch: {type(error).__name__}: {error}; "
                                      f"gave up after {retries + 1} tries") from error
            else:
                if status not in _RETRY_STATUSES or attempt == retries:
                    return status, headers, body
            time.sleep(float(self.settings["fetch.backoff_s"]) * 2 ** attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, url: str, conditional: bool) -> tuple[int, Any, bytes]:
        limit = int(self.settings["fetch.max_bytes"])
        headers = {}
        known = self.state.get(url, {}) if conditional else {}
        if "etag" in known:
            headers["If-None-Match"] = known["etag"]
        if "last-modified" in known:
            headers["If-Modified-Since"] = known["last-modified"]
        with self._client.stream("GET", url, headers=headers) as response:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise IngestError(url, f"{declared} bytes exceed fetch.max_bytes ({limit})")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise IngestError(url, f"more than fetch.max_bytes ({limit}) bytes")
                chunks.append(chunk)
            return response.status_code, response.headers, b"".join(chunks)
