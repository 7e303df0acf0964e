"""`khabar serve --workers N`: several processes answer on one port, each with the
settings the command was given (they travel to the workers in the environment)."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

from served import Server, serve


def test_two_workers_serve_with_the_given_settings(server: Server, tmp_path: Path) -> None:
    config = tmp_path / "khabar.toml"
    config.write_text("[web]\npage_size = 2\n", encoding="utf-8")
    process, url = serve(server.db, "--workers", "2", config=config, seconds=90)
    try:
        pages = []
        for _ in range(6):  # requests spread over both workers; each must use the setting
            with urllib.request.urlopen(url + "/api/articles", timeout=60) as response:
                pages.append(json.loads(response.read()))
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert all(len(page["items"]) == 2 and page["next"] for page in pages)
