"""Request parameters shared by API routes and pages: store, filters, page size, cursor."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request

from khabar.store.base import Store
from khabar.store.queries import Filters
from khabar.web import cursor as cursors

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# Dependencies are ``async`` so they run on the event loop's thread: FastAPI would run
# plain functions in a worker thread, where the store's connection may not be used.
async def store_of(request: Request) -> Store:
    store: Store = request.app.state.holder.store
    return store


def _day(value: str | None, name: str) -> str | None:
    if not value:
        return None
    if not _DAY.match(value) or not _real_day(value):
        raise HTTPException(422, f"{name} must be a date as YYYY-MM-DD, not {value!r}")
    return value


def _real_day(value: str) -> bool:
    """"2025-13-45" has the shape of a day but would silently match nothing."""
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


async def filters(
    lang: Annotated[str | None, Query(description="ISO 639-1 code, e.g. fa")] = None,
    outlet: Annotated[str | None, Query(description="outlet name as written or in English")]
    = None,
    date_from: Annotated[str | None, Query(alias="from", description="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="YYYY-MM-DD")] = None,
    entity: Annotated[str | None, Query(description="entity key or kb_id")] = None,
    event_type: Annotated[str | None, Query(alias="type", description="event type")] = None,
    story: Annotated[str | None, Query(description="story id")] = None,
) -> Filters:
    return Filters(lang=lang or None, outlet=outlet or None,
                   date_from=_day(date_from, "from"), date_to=_day(date_to, "to"),
                   entity=entity or None, story=story or None,
                   # PLOVER types are upper case; "consult" typed in the form means CONSULT
                   event_type=(event_type or "").strip().upper() or None)


# Query names of ``filters`` and ``page`` (their aliases), for ``listing``.
_FILTER_FIELDS = {"lang": "lang", "outlet": "outlet", "from": "date_from", "to": "date_to",
                  "entity": "entity", "type": "event_type", "story": "story"}


async def listing(request: Request) -> tuple[Filters, Page]:
    """``filters`` and ``page`` read straight from the query string, for the busiest
    listing: FastAPI's per-parameter resolution costs more than the query itself
    (bench/web_load.py). Same checks and messages; the route's documented parameters
    are copied from /api/articles (``app.document_listing_parameters``)."""
    query = request.query_params
    found = await filters(**{name: query.get(alias) for alias, name in _FILTER_FIELDS.items()})
    raw_limit = query.get("limit")
    try:
        limit = None if raw_limit is None else int(raw_limit)
    except ValueError:
        raise HTTPException(422, f"invalid request (limit: not an integer: {raw_limit!r}); "
                                 "see /openapi.json") from None
    if limit is not None and limit < 1:
        raise HTTPException(422, "invalid request (limit: must be at least 1); "
                                 "see /openapi.json")
    return found, await page(request, limit, query.get("cursor"))


class Page:
    """``limit`` (default ``web.page_size``, at most ``web.max_page_size``) and ``cursor``."""

    def __init__(self, limit: int, cursor: str | None) -> None:
        self.limit = limit
        self.cursor = cursor

    def after(self, size: int) -> list[Any] | None:
        try:
            return cursors.decode(self.cursor, size)
        except cursors.BadCursor:
            raise HTTPException(
                400, "invalid cursor; pass the `next` value of the previous page unchanged"
            ) from None

    def offset(self) -> int:
        key = self.after(1)
        if key is None:
            return 0
        if not isinstance(key[0], int) or key[0] < 0:
            raise HTTPException(400, "invalid cursor; pass the `next` value unchanged")
        return key[0]


async def page(
    request: Request,
    limit: Annotated[int | None, Query(ge=1)] = None,
    cursor: Annotated[str | None, Query(description="`next` of the previous page")] = None,
) -> Page:
    settings = request.app.state.settings
    most = settings["web.max_page_size"]
    if limit is not None and limit > most:
        raise HTTPException(422, f"limit must be at most {most} (web.max_page_size)")
    return Page(limit or settings["web.page_size"], cursor)


def find_entity(store: Store, key: str) -> dict[str, Any] | None:
    """The entity of ``key``, or of that key folded as khabar keys names: a key typed
    by hand with Persian ی/ک or spaces ("org:رژیم صهیونیستی") finds the stored
    "org:رژيمصهيونيستي"."""
    found = store.entity(key)
    kind, colon, name = key.partition(":")
    if found is not None or not colon:
        return found
    from khabar.entities.words import phrase_key

    folded = f"{kind}:{phrase_key(name)}"
    return None if folded == key else store.entity(folded)


StoreDep = Annotated[Store, Depends(store_of)]
FiltersDep = Annotated[Filters, Depends(filters)]
PageDep = Annotated[Page, Depends(page)]
ListingDep = Annotated[tuple[Filters, Page], Depends(listing)]
