"""``khabar reprocess``: stored articles analysed again by the current pipeline.

A store keeps each article's decoded input and its ingest hints (``Store.stored_input``),
so after an upgrade (a better NER model, new trigger lexicons) every article can be
analysed again without the original files. Each new analysis replaces the old one in
one transaction (``Store.replace``): a batch stopped midway leaves every article either
as it was or reprocessed, never half of each, and running it again is safe.

An article that cannot be analysed again (imported as a record, without its input), or
whose new analysis fails, keeps its old analysis; the failure is reported (and, for a
failed analysis, recorded in the ingest log).
"""

from __future__ import annotations

import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import click

from khabar.batch import Engine
from khabar.cli import engine_options
from khabar.doc import Doc
from khabar.engine.analyse import Failed
from khabar.engine.local import analyse_in_process
from khabar.pipeline import Pipeline
from khabar.store.base import Store

NO_RAW = ("no raw input stored (it was imported as a record); it keeps its analysis: "
          "ingest the original file to analyse it again")
MISSING = "no such article in the store"


@dataclass
class ReprocessSummary:
    counts: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str]] = field(default_factory=list)
    """(article id, reason) of each article that kept its old analysis."""

    @property
    def failed(self) -> bool:
        return bool(self.errors)


def reprocess(
    store: Store,
    pipeline: Pipeline,
    ids: Iterable[str],
    on_item: Callable[[str], None] | None = None,
    engine: Engine = analyse_in_process,
) -> ReprocessSummary:
    """Analyse the articles ``ids`` again and replace their analyses, in order."""
    summary = ReprocessSummary()
    waiting: deque[tuple[str, str | None]] = deque()  # (id, why it is skipped) in order

    def to_analyse() -> Iterator[Doc]:
        for article_id in ids:
            found = store.stored_input(article_id)
            skipped = MISSING if found is None else NO_RAW if found.raw is None else None
            waiting.append((article_id, skipped))
            if found is not None and found.raw is not None:
                yield Doc(raw=found.raw, meta=dict(found.meta))

    def record(article_id: str, reason: str | None) -> None:
        status = "error" if reason else "reprocessed"
        summary.counts[status] += 1
        if reason:
            summary.errors.append((article_id, reason))
        if on_item is not None:
            on_item(status)

    def flush_skipped() -> None:
        while waiting and waiting[0][1] is not None:
            record(*waiting.popleft())

    for result in engine(to_analyse(), pipeline):
        flush_skipped()
        article_id, _ = waiting.popleft()
        record(article_id, _replace(store, article_id, result))
    flush_skipped()
    return summary


def _replace(store: Store, article_id: str, result: Doc | Failed) -> str | None:
    """Store the new analysis; the reason it was not stored (logged), else ``None``."""
    if isinstance(result, Failed):
        reason = f"reprocessing {article_id} failed, its old analysis is kept: {result.reason}"
        store.log_error(result.path, reason)
        return reason
    try:
        store.replace(article_id, result)
    except Exception as error:  # one refused record must not stop the batch
        reason = (f"reprocessing {article_id}: the store refused the new analysis, the old "
                  f"one is kept: {type(error).__name__}: {error}")
        store.log_error(str(result.meta.get("path", article_id)), reason)
        return reason
    return None


@click.command("reprocess")
@click.argument("ids", nargs=-1)
@click.option("--all", "everything", is_flag=True, help="Every stored article.")
@click.option("--db", default=None, help="The store (a SQLite path or a postgresql:// URL).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@engine_options
@click.pass_context
def reprocess_command(ctx: click.Context, ids: tuple[str, ...], everything: bool,
                      db: str | None, quiet: bool, engine: str, scheduler: str | None) -> None:
    """Analyse stored articles (IDS, or --all) again from their raw input with the current
    pipeline, replacing their old analysis (e.g. after upgrading khabar)."""
    from tqdm import tqdm

    from khabar.cli import echo_summary, open_db, settings_of, tick
    from khabar.engine.choose import choose_engine

    if bool(ids) == everything:
        raise click.UsageError("give article ids, or --all for every stored article")
    pipeline = Pipeline(settings_of(ctx))
    with open_db(ctx, db, existing=True) as store, \
            choose_engine(engine, scheduler, pipeline.settings) as analyse, \
            tqdm(unit="doc", disable=quiet, file=sys.stderr) as bar:
        chosen = store.ids() if everything else list(ids)
        bar.total = len(chosen)
        summary = reprocess(store, pipeline, chosen, on_item=lambda status: tick(bar),
                            engine=analyse)
    echo_summary("reprocessed", summary)
    ctx.exit(1 if summary.failed else 0)
