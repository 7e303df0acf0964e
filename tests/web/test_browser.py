"""The web UI in a real browser: Playwright driving Debian's chromium.

Screenshots of every page go to test-artifacts/ (gitignored) for people to look at.
Without chromium the tests skip, except under CI (``CI`` set), where they fail.
"""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from served import Server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError("CI needs /usr/bin/chromium for the browser tests (.ci/run installs it)")
    pytestmark = pytest.mark.skip(reason="no /usr/bin/chromium; apt-get install chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    opened = context.new_page()
    problems: list[str] = []
    opened.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"),
                                        dialog.dismiss()))
    opened.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    opened.problems = problems
    yield opened
    context.close()


def shoot(page: Any, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def search(page: Any, server: Server, query: str) -> None:
    page.goto(server.url + "/")
    page.fill("#q", query)
    page.press("#q", "Enter")
    page.wait_for_url("**/?q=*")


def test_search_with_arabic_yeh_finds_the_persian_articles(page: Any, server: Server,
                                                          artifacts: Path) -> None:
    search(page, server, "باقري")  # Arabic yeh; the Persian articles write باقری
    persian = page.locator("li.hit[data-lang=fa]")
    assert persian.count() >= 1
    assert "باقری" in " ".join(persian.all_inner_texts())
    shoot(page, artifacts, "01-search")


def test_an_article_shows_bagheri_highlighted_then_his_page_has_the_arabic_article(
        page: Any, server: Server, artifacts: Path) -> None:
    search(page, server, "باقري")
    page.locator("li.hit[data-lang=fa] a.article-link").first.click()
    page.wait_for_url("**/articles/*")
    text = page.locator("#article-text")
    assert text.get_attribute("dir") == "rtl"
    bagheri = text.locator("a.hl-entity-PER", has_text="باقری").first
    assert bagheri.is_visible()
    background = bagheri.evaluate("node => getComputedStyle(node).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # really highlighted
    shoot(page, artifacts, "02-article")

    bagheri.click()
    page.wait_for_url("**/entities/*")
    assert page.locator("#names").inner_text().count("باقر") >= 2  # both spellings listed
    arabic = page.locator("#mentions li[data-lang=ar]")
    assert arabic.count() >= 1
    shoot(page, artifacts, "03-entity")
    arabic.first.locator("a.article-link").click()
    page.wait_for_url("**/articles/*")
    assert page.locator("#article-text").get_attribute("lang") == "ar"


def test_script_and_onerror_payloads_stay_inert_text(page: Any, server: Server,
                                                    artifacts: Path) -> None:
    search(page, server, "بماند")
    page.locator("li.hit a.article-link").first.click()
    page.wait_for_url("**/articles/*")
    text = page.locator("#article-text")
    shown = text.inner_text()
    assert "<script>document.title='pwned'</script>" in shown
    assert "onerror=" in shown
    assert text.locator("script, img").count() == 0
    assert "pwned" not in page.title()
    assert page.problems == []
    shoot(page, artifacts, "04-hostile-article")


@pytest.mark.parametrize(
    ("path", "selector", "name"),
    [
        ("/stories", "table.data a", "05-stories"),
        ("/events", "#events", "07-events"),
        ("/network", "svg.network circle", "08-network"),
        ("/map", "svg.map path.country", "09-map"),
        ("/entities?type=PER", "table.data a.entity-link", "10-entities"),
    ],
)
def test_every_page_renders(page: Any, server: Server, artifacts: Path, path: str,
                            selector: str, name: str) -> None:
    page.goto(server.url + path)
    assert page.locator(selector).count() >= 1
    assert page.problems == []
    shoot(page, artifacts, name)


def test_a_story_page_shows_its_members_and_graph(page: Any, server: Server,
                                                 artifacts: Path) -> None:
    page.goto(server.url + "/stories")
    page.locator("table.data a").first.click()
    page.wait_for_url("**/stories/*")
    assert page.locator("svg.graph circle.first").count() == 1
    shoot(page, artifacts, "06-story")


def test_event_filters_and_csv_export(page: Any, server: Server) -> None:
    page.goto(server.url + "/events")
    kind = page.locator("#events tr:nth-child(2) td:nth-child(2)").inner_text().split("/")[0]
    page.fill("input[name=type]", kind)
    page.click("form.filters button")
    page.wait_for_url(f"**/events?*type={kind}*")
    types = page.locator("#events tr td:nth-child(2)").all_inner_texts()
    assert types and all(cell.split("/")[0] == kind for cell in types)
    link = page.locator("#csv").get_attribute("href")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(link).query)
    assert query["type"] == [kind]
    response = page.request.get(server.url + link)
    assert response.ok and response.text().count("\n") == len(types) + 1
