"""``khabar serve`` and ``khabar token``; FastAPI and uvicorn load only when they run."""

from __future__ import annotations

import os
from typing import Any

import click

from khabar.cli import DB_HELP
from khabar.errors import KhabarError

MISSING_WEB = ("the web extra is not installed; run `pip install 'khabar[web]'` "
               "(or `make install`)")


def _settings(ctx: click.Context) -> Any:
    from khabar.cli import settings_of as shared

    return shared(ctx)


@click.command()
@click.option("--db", default=None, help=DB_HELP)
@click.option("--host", default=None, help="Address to listen on (default: setting web.host).")
@click.option("--port", type=int, default=None, help="Port (default: setting web.port).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Server processes sharing the port (default: setting web.workers).")
@click.pass_context
def serve(ctx: click.Context, db: str | None, host: str | None, port: int | None,
          workers: int | None) -> None:
    """Serve the web UI and REST API over the store (read-only without a token)."""
    try:
        import uvicorn

        from khabar.web.app import create_app, worker_environment
    except ImportError as error:
        raise KhabarError(MISSING_WEB) from error
    from khabar.store import open_existing_store

    settings = _settings(ctx)
    path = db or settings["store.path"]
    with open_existing_store(path, settings=settings) as store:
        count = store.stats()["articles"]
        writable = bool(store.api_token_ids())
    host = host or settings["web.host"]
    port = settings["web.port"] if port is None else port
    mode = ("writes need a token" if writable
            else "read-only (`khabar token create` to allow writes)")
    click.echo(f"khabar: serving {path} ({count} articles, {mode})", err=True)
    click.echo(f"khabar: open http://{host}:{port}/", err=True)
    workers = workers or settings["web.workers"]
    if workers == 1:
        uvicorn.run(create_app(path, settings), host=host, port=port,
                    log_level="warning", access_log=False)
        return
    # Each worker process builds its own app (and store connection) from the environment.
    os.environ.update(worker_environment(path, settings))
    uvicorn.run("khabar.web.app:app_from_environment", factory=True, workers=workers,
                host=host, port=port, log_level="warning", access_log=False)


@click.group()
def token() -> None:
    """Manage API tokens (for POST /api/articles)."""


@token.command("create")
@click.option("--db", default=None, help=DB_HELP)
@click.option("--label", default=None, help="What the token is for, e.g. a script's name.")
@click.pass_context
def token_create(ctx: click.Context, db: str | None, label: str | None) -> None:
    """Create a token and print it once (only its hash is stored)."""
    from khabar.store import open_store
    from khabar.web import tokens

    with open_store(db, settings=_settings(ctx)) as store:
        token_id, secret = tokens.create(store, label)
    click.echo(f"khabar: token {token_id} created; it is shown only now", err=True)
    click.echo(secret)


@token.command("list")
@click.option("--db", default=None, help=DB_HELP)
@click.pass_context
def token_list(ctx: click.Context, db: str | None) -> None:
    """The ids of the tokens (never the secrets)."""
    from khabar.store import open_store

    with open_store(db, settings=_settings(ctx)) as store:
        for token_id in store.api_token_ids():
            click.echo(token_id)


@token.command("revoke")
@click.argument("token_id")
@click.option("--db", default=None, help=DB_HELP)
@click.pass_context
def token_revoke(ctx: click.Context, token_id: str, db: str | None) -> None:
    """Delete a token by id; with none left the server is read-only again."""
    from khabar.store import open_store

    with open_store(db, settings=_settings(ctx)) as store:
        if not store.delete_api_token(token_id):
            raise KhabarError(f"no token {token_id!r}; see `khabar token list`")
    click.echo(f"khabar: token {token_id} revoked", err=True)
