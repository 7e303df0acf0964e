"""``khabar fetch URL...``: feeds and article pages, analysed into the store."""

from __future__ import annotations

from collections.abc import Iterator

import click

from khabar.doc import Doc
from khabar.errors import IngestError
from khabar.ingest.readers import IngestFailure


def fetched_items(fetcher: object, urls: tuple[str, ...]) -> Iterator[Doc | IngestFailure]:
    """Docs from each URL: a feed's linked articles, or the page itself."""
    from khabar.ingest.feeds import feed_links, looks_like_feed
    from khabar.ingest.fetch import Fetcher, NotModified
    from khabar.ingest.warc import document_from_body

    assert isinstance(fetcher, Fetcher)
    queue = [(url, True) for url in urls]
    while queue:
        url, may_be_feed = queue.pop(0)
        try:
            page = fetcher.get(url)
        except NotModified:
            continue
        except IngestError as error:
            yield IngestFailure(url, error.reason)
            continue
        if may_be_feed and looks_like_feed(page.content_type, page.body):
            links = feed_links(page.body, page.url)
            if not links:
                yield IngestFailure(url, "a feed without item links (or a broken feed)")
            queue = [(link, False) for link in links] + queue
            continue
        for found in document_from_body(page.body, page.content_type, page.url, page.url,
                                        source="http"):
            yield found if isinstance(found, Doc) else IngestFailure(*found)


@click.command()
@click.argument("urls", nargs=-1, required=True)
@click.option("--db", default=None, help="The store (a SQLite path or a postgresql:// URL).")
@click.option("--allow-private", is_flag=True,
              help="Also fetch from private, loopback and link-local addresses.")
@click.option("--state", default=None,
              help="ETag/Last-Modified file for conditional GET (default: fetch.state_path).")
@click.pass_context
def fetch(ctx: click.Context, urls: tuple[str, ...], db: str | None, allow_private: bool,
          state: str | None) -> None:
    """Fetch feeds (RSS/Atom) and article URLs, analyse them, and store them."""
    from khabar.batch import ingest_items
    from khabar.cli import echo_summary, open_db, settings_of
    from khabar.ingest.fetch import Fetcher
    from khabar.pipeline import Pipeline

    settings = settings_of(ctx)
    pipeline = Pipeline(settings)
    fetcher = Fetcher(settings, state or settings["fetch.state_path"] or None, allow_private)
    try:
        with open_db(ctx, db) as store:
            summary = ingest_items(fetched_items(fetcher, urls), store, pipeline)
    finally:
        fetcher.close()
    echo_summary("fetched", summary, "nothing new")
    ctx.exit(1 if summary.failed else 0)
