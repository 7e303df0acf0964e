"""Session 17 (2026-12-06), a user's audit of `khabar serve` on the demo store: what a
reader typing into the forms or looking at the start page met
(`bench/user_audit_session17_results.json`)."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

from served import Server


def get(server: Server, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(server.url + path, timeout=60) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def event_rows(page: str) -> int:
    return page.count("<tr") - 1  # the header row


def test_an_event_type_typed_in_lower_case_filters_as_its_upper_case(server: Server) -> None:
    # Before: "consult" (the form's placeholder reads "e.g. CONSULT") listed no event.
    _, upper = get(server, "/events?type=CONSULT")
    _, lower = get(server, "/events?type=consult")
    assert event_rows(upper) > 0
    assert event_rows(lower) == event_rows(upper)
    listed = json.loads(get(server, "/api/events?type=consult")[1])["items"]
    assert listed and {e["type"] for e in listed} == {"CONSULT"}


def test_a_date_that_is_no_day_is_refused_with_the_reason(server: Server) -> None:
    # Before: "2025-13-45" had the shape YYYY-MM-DD and silently matched nothing.
    status, body = get(server, "/api/events?from=2025-13-45")
    assert status == 422 and "YYYY-MM-DD" in body
    assert get(server, "/api/events?from=2025-01-20")[0] == 200


def test_an_entity_key_typed_with_persian_letters_finds_the_folded_key(server: Server) -> None:
    # Keys are folded (Arabic ي/ك, no spaces); a reader types Persian ی/ک.
    keys = [item["key"] for item in json.loads(get(server, "/api/entities?limit=200")[1])["items"]]
    folded = next(k for k in keys if k.startswith("org:") and "ي" in k)
    typed = urllib.parse.quote(folded.replace("ي", "ی"))
    assert get(server, f"/entities/{typed}")[0] == 200
    assert json.loads(get(server, f"/api/entities/{typed}")[1])["key"] == folded
    assert get(server, "/entities/org:" + urllib.parse.quote("ناموجود"))[0] == 404


def test_the_start_page_lists_articles_without_empty_fields_or_1_events(server: Server) -> None:
    _, page = get(server, "/")
    latest = page.split("Latest articles", 1)[1]
    assert "· ·" not in latest and "·  ·" not in latest  # undated articles without outlet
    assert "1 events" not in latest and " 1 event<" in latest
    assert "<bdi>" in latest  # an outlet's Persian name does not reorder the line


def test_every_page_names_a_bundled_icon(server: Server) -> None:
    # Before: the browser asked for /favicon.ico and logged a 404 on every first visit.
    _, page = get(server, "/")
    assert '<link rel="icon" href="/static/favicon.svg"' in page
    assert get(server, "/static/favicon.svg")[0] == 200
    # ... and a JSON page names none, so the browser asks for /favicon.ico
    assert get(server, "/favicon.ico") == get(server, "/static/favicon.svg")


def test_a_search_without_hits_says_where_english_names_are(server: Server) -> None:
    # The placeholder offered "Pakistan", which no Persian or Arabic text contains.
    _, page = get(server, "/?q=Pakistan")
    assert "0 results" in page and 'href="/entities"' in page
    assert "Pakistan…" not in page
