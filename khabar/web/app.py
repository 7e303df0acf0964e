"""The web application: REST API under /api, HTML pages, bundled static files.

Handlers are ``async`` and read the store on the event loop's thread through one
connection (SQLite connections belong to the thread that opened them, and a read takes
milliseconds, so a thread pool would only add overhead). Ingest runs the pipeline in a
worker thread with a connection of its own.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from khabar import __version__
from khabar.errors import ContractError, KhabarError
from khabar.settings import Settings
from khabar.store import open_store
from khabar.store.base import Store

# No inline script or style anywhere, and nothing from another origin.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class StoreHolder:
    """The store the app reads, opened on first use in the event loop's thread."""

    def __init__(self, path: str, settings: Settings) -> None:
        self.path = path
        self.settings = settings
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = open_store(self.path, settings=self.settings)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class Guard:
    """ASGI middleware: security headers on every response, and a cap on body size
    (checked on Content-Length and again while the body streams in)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > self.max_bytes:
            await self._too_large(send)
            return
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise HTTPException(413, self._limit_message())
            return message

        async def secured_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, limited_receive, secured_send)

    def _limit_message(self) -> str:
        return (f"the request body exceeds web.max_request_bytes ({self.max_bytes} bytes); "
                "send smaller batches")

    async def _too_large(self, send: Send) -> None:
        response = error_response(413, self._limit_message())
        await response({"type": "http"}, _no_body, _with_headers(send))


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
        await send(message)
    return wrapped


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and request.url.path != "/openapi.json"


def _install_error_handlers(app: FastAPI) -> None:
    async def http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        message = str(error.detail)
        if _wants_html(request):
            from khabar.web.pages import error_page

            return error_page(request, error.status_code, message)
        return error_response(error.status_code, message)

    async def invalid(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:]) or 'request'}: {e['msg']}"
            for e in error.errors()
        )
        return error_response(422, f"invalid request ({problems}); see /openapi.json")

    async def khabar_error(request: Request, error: Exception) -> Response:
        status = 422 if isinstance(error, ContractError) else 500
        return error_response(status, str(error))

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(KhabarError, khabar_error)


def create_app(db: str, settings: Settings | None = None) -> Any:
    """The ASGI app serving the store at ``db`` (API, pages and static files)."""
    from khabar.web import api, pages

    settings = settings or Settings()
    holder = StoreHolder(db, settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from khabar.store import search

        search.prepare()
        yield
        holder.close()

    app = FastAPI(title="khabar", version=__version__, docs_url=None, redoc_url=None,
                  lifespan=lifespan,
                  description="Read API over a khabar store; writes need an API token.")
    app.state.holder = holder
    app.state.settings = settings
    _install_error_handlers(app)
    static = resources.files("khabar.resources").joinpath("web/static")
    # StaticFiles resolves every path inside this folder and refuses anything outside it.
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    document_listing_parameters(app)
    return Guard(app, settings["web.max_request_bytes"])


def document_listing_parameters(app: FastAPI) -> None:
    """/api/events reads its filters and page itself (``params.listing``); its OpenAPI
    parameters are those of /api/articles, which declares the same ones."""
    plain_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        schema: dict[str, Any] = plain_openapi()
        paths = schema["paths"]
        paths["/api/events"]["get"]["parameters"] = paths["/api/articles"]["get"]["parameters"]
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


# `khabar serve --workers N`: uvicorn starts each worker from an import string, so the
# store and settings travel in the environment.
DB_VARIABLE = "KHABAR_SERVE_DB"
SETTINGS_VARIABLE = "KHABAR_SERVE_SETTINGS"


def worker_environment(db: str, settings: Settings) -> dict[str, str]:
    return {DB_VARIABLE: db, SETTINGS_VARIABLE: json.dumps(dict(settings))}


def app_from_environment() -> Any:
    """The app of one worker process of ``khabar serve --workers N``."""
    settings = Settings(json.loads(os.environ.get(SETTINGS_VARIABLE, "{}")))
    return create_app(os.environ[DB_VARIABLE], settings)
