"""``POST /api/articles``: analyse and store uploaded articles, for token holders only.

The body is written to a temporary file named by its media type and goes through the
same reader, pipeline and ingest log as ``khabar ingest``; the pipeline runs in a worker
thread with its own store connection, so reads go on meanwhile.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from khabar.web import tokens

SUFFIXES = {
    "text/plain": ".txt",
    "text/html": ".html",
    "application/jsonl": ".jsonl",
    "application/x-ndjson": ".jsonl",
    "application/json": ".jsonl",
}


def _authorize(request: Request) -> None:
    header = request.headers.get("authorization", "")
    presented = header[7:].strip() if header.lower().startswith("bearer ") else None
    verdict = tokens.check(request.app.state.holder.store, presented)
    if verdict == "read-only":
        raise HTTPException(403, "this server is read-only: no API token is configured; "
                                 "create one with `khabar token create` (no restart needed)")
    if verdict != "ok":
        raise HTTPException(401, f"{verdict} API token; send 'Authorization: Bearer <token>' "
                                 "with a token from `khabar token create`")


def _suffix(request: Request) -> str:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in SUFFIXES:
        raise HTTPException(415, f"unsupported content type {media or 'none'!r}; send "
                                 + ", ".join(sorted(SUFFIXES)))
    return SUFFIXES[media]


def _run(db: str, settings: Any, body: bytes, suffix: str) -> list[dict[str, Any]]:
    from khabar.batch import ingest
    from khabar.pipeline import Pipeline
    from khabar.store import open_store

    with tempfile.TemporaryDirectory(prefix="khabar-upload-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(body)
        with open_store(db, settings=settings) as store:
            before = store.ingest_log(limit=1)
            last = before[0].id if before else 0
            ingest([str(path)], store, Pipeline(settings))
            # Other writers (another upload, `khabar ingest`) may log meanwhile: keep
            # only the entries of this upload's file.
            entries = [entry for entry in store.ingest_log() if entry.id > last
                       and (entry.path or "").startswith(folder)]
    return [{"id": entry.article_id, "status": "added" if entry.status == "ok" else entry.status,
             "reason": entry.reason.splitlines()[0] if entry.reason else None}
            for entry in reversed(entries)]


async def ingest_body(request: Request) -> JSONResponse:
    _authorize(request)
    suffix = _suffix(request)
    body = await request.body()
    if not body.strip():
        raise HTTPException(400, "the request body is empty; send the article text")
    holder = request.app.state.holder
    results = await run_in_threadpool(_run, holder.path, holder.settings, body, suffix)
    added = any(result["status"] == "added" for result in results)
    return JSONResponse({"results": results}, status_code=201 if added else 200)
