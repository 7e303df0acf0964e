"""Headline entities in the web UI and API (session 15 (2026-12-06)): the example article
headed «سرلشکر باقری: ...» names Bagheri in its headline."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

from served import Server

BAGHERI = "per:mohammad-bagheri"


def _get(server: Server, path: str) -> bytes:
    with urllib.request.urlopen(server.url + path, timeout=60) as response:
        body: bytes = response.read()
        return body


def test_the_entity_api_lists_the_headlines_naming_it(server: Server) -> None:
    entity = json.loads(_get(server, f"/api/entities/{urllib.parse.quote(BAGHERI)}"))
    assert [h["text"] for h in entity["headlines"]] == ["باقری"]
    article = json.loads(_get(server, f"/api/articles/{entity['headlines'][0]['article']['id']}"))
    assert "باقری" in [e["text"] for e in article["title_entities"]]


def test_entity_and_article_pages_show_headline_entities(server: Server) -> None:
    page = _get(server, f"/entities/{urllib.parse.quote(BAGHERI)}").decode("utf-8")
    assert 'id="headlines"' in page and "In headlines" in page
    entity = json.loads(_get(server, f"/api/entities/{urllib.parse.quote(BAGHERI)}"))
    article = entity["headlines"][0]["article"]["id"]
    page = _get(server, f"/articles/{article}").decode("utf-8")
    assert 'id="title-entities"' in page and "Mohammad Bagheri" in page
