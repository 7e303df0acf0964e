"""The ``khabar`` command line: a thin layer over the Python API.

Exit codes: 0 success, 1 some inputs failed (recorded, the rest processed),
2 usage or settings errors (click's convention).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any, Protocol, TextIO, TypeVar

import click

from khabar import __version__
from khabar.errors import KhabarError
from khabar.lazy_commands import LazyGroup

_Command = TypeVar("_Command", bound=Callable[..., Any])

DB_HELP = ("The store: a SQLite file or a postgresql:// URL (default: setting store.path, "
           "khabar.db).")


def settings_of(ctx: click.Context) -> Any:
    """The settings of ``--config``, read once a command line (the other command modules
    take them from here)."""
    from khabar.settings import Settings

    if "settings" not in ctx.meta:
        ctx.meta["settings"] = Settings.from_file(ctx.find_root().params.get("config"))
    return ctx.meta["settings"]


def _dump(record: Any, out: TextIO = sys.stdout) -> None:
    out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")


def _stdin_lines() -> Iterator[str]:
    for line in sys.stdin:
        yield line.rstrip("\n")


def open_db(ctx: click.Context, db: str | None, *, existing: bool = False) -> Any:
    """The store of ``--db``; ``existing``: a SQLite file that is not there is an error
    (commands that only read it), not a new empty store."""
    from khabar.store import open_existing_store, open_store

    opener = open_existing_store if existing else open_store
    return opener(db, settings=settings_of(ctx))


def engine_options(command: _Command) -> _Command:
    """The --engine and --scheduler options of the commands that analyse articles (ingest,
    reprocess), declared once."""
    command = click.option(
        "--scheduler", default=None,
        help="Dask scheduler address (tcp://host:8786); default: a local cluster.")(command)
    return click.option(
        "--engine", type=click.Choice(["local", "dask"]), default="local",
        help="local: a process pool (setting ingest.workers); dask: a Dask cluster.")(command)


def tick(bar: Any) -> None:
    """One item done on a progress bar (an ``on_item`` callback's body)."""
    bar.update()


class _Summary(Protocol):
    counts: Counter[str]
    errors: list[tuple[str, str]]


def echo_summary(done: str, summary: _Summary, nothing: str = "nothing") -> None:
    """A batch command's closing lines on stderr: what it did to how many items
    ("ingested: 3 added, 1 skipped"), then each item that failed and why."""
    counts = ", ".join(f"{n} {status}" for status, n in sorted(summary.counts.items()))
    click.echo(f"{done}: {counts or nothing}", err=True)
    for where, reason in summary.errors:
        click.echo(f"  error: {where}: {reason}", err=True)


#: Commands defined in other modules, imported only when used: name -> "module:attribute".
LAZY_COMMANDS: dict[str, str] = {
    "train": "khabar.train.cli:train",
    "tag": "khabar.entities.cli:tag",
    "eval": "khabar.evaluate:eval_group",
    "kb": "khabar.kb.cli:kb",
    "serve": "khabar.web.cli:serve",
    "token": "khabar.web.cli:token",
    "fetch": "khabar.ingest.fetch_cli:fetch",
    "reprocess": "khabar.reprocess:reprocess_command",
    "load": "khabar.export.parquet:load_command",
}


#: What `khabar --help` lists for them without importing them: each command's docstring
#: opening (tests/test_cli_user_audit_s17.py checks that they agree).
LAZY_HELP: dict[str, str] = {
    "train": "Rebuild a shipped model or lexicon from data (see each resource's SOURCE.md).",
    "tag": "Tag the tokens of a CoNLL file with the NER model: token<TAB>BIO tag.",
    "eval": "Score a component on a gold file (`khabar eval ner --lang fa --conll FILE`).",
    "kb": "The knowledge base of actors and places (see khabar/resources/kb/SOURCE.md).",
    "serve": "Serve the web UI and REST API over the store (read-only without a token).",
    "token": "Manage API tokens (for POST /api/articles).",
    "fetch": "Fetch feeds (RSS/Atom) and article URLs, analyse them, and store them.",
    "reprocess": "Analyse stored articles (IDS, or --all) again from their raw input with the "
                 "current pipeline, replacing their old analysis (e.g. after upgrading khabar).",
    "load": "Load Parquet shards written by `khabar ingest --out-parquet` into a store.",
}


class KhabarGroup(LazyGroup):
    """Loads commands from other modules on demand, and turns khabar's own errors into
    one clear line and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KhabarError as error:
            click.echo(f"khabar: error: {error}", err=True)
            ctx.exit(2)


@click.group(cls=KhabarGroup, lazy=LAZY_COMMANDS, lazy_help=LAZY_HELP,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="khabar")
@click.option("--config", type=click.Path(dir_okay=False), default=None,
              help="TOML file overriding settings (default: $KHABAR_CONFIG).")
def main(config: str | None) -> None:
    """khabar: Persian- and Arabic-first news to event data with provenance."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.pass_context
def analyze(ctx: click.Context, paths: tuple[str, ...]) -> None:
    """Analyse PATHS (files, directories, or - for stdin); print one JSON object each."""
    from khabar.engine.local import settling
    from khabar.export.contract import to_record
    from khabar.ingest import IngestFailure, read_inputs
    from khabar.pipeline import Pipeline

    settings = settings_of(ctx)
    pipeline = Pipeline(settings)
    failures = 0
    for item in read_inputs(paths, max_bytes=settings["ingest.max_file_bytes"]):
        if isinstance(item, IngestFailure):
            click.echo(f"khabar: skipped {item.path}: {item.reason}", err=True)
            failures += 1
            continue
        # the process's heap settled after the first document, as a batch's is
        _dump(to_record(settling(pipeline, item)))
    ctx.exit(1 if failures else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=None, help=DB_HELP)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@engine_options
@click.option("--out-parquet", default=None, type=click.Path(file_okay=False),
              help="Write Parquet shards to this folder instead of a store (then `khabar load`).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str | None, quiet: bool,
           engine: str, scheduler: str | None, out_parquet: str | None) -> None:
    """Analyse PATHS and store them; unreadable inputs are logged, not fatal."""
    from tqdm import tqdm

    from khabar.batch import ingest as run_ingest
    from khabar.engine.choose import choose_engine
    from khabar.engine.recycle import recycle_job
    from khabar.pipeline import Pipeline

    if out_parquet is not None and db is not None:
        raise click.UsageError("give --db or --out-parquet, not both: shards are loaded "
                               "into a store later with `khabar load DIR --db ...`")
    pipeline = Pipeline(settings_of(ctx))
    if out_parquet is not None:
        from khabar.export.parquet import ParquetSink

        target = ParquetSink(out_parquet, pipeline.settings["parquet.shard_rows"])
    else:
        target = open_db(ctx, db)
    with target as store, choose_engine(engine, scheduler, pipeline.settings) as analyse, \
            tqdm(unit="doc", disable=quiet, file=sys.stderr) as bar:
        summary = run_ingest(paths, store, pipeline, on_item=lambda status: tick(bar),
                             engine=analyse, recycle=recycle_job(store, pipeline, engine,
                                                                 scheduler))
    echo_summary("ingested", summary)
    for path, problem in summary.problems:
        click.echo(f"  problem: {path}: {problem}", err=True)
    ctx.exit(1 if summary.failed else 0)


@main.command("import")
@click.argument("path", type=click.File("r", encoding="utf-8"))
@click.option("--db", default=None, help=DB_HELP)
@click.pass_context
def import_(ctx: click.Context, path: TextIO, db: str | None) -> None:
    """Load contract JSONL (from `khabar export`) into a store without re-analysing."""
    records = (json.loads(line) for line in path if line.strip())
    with open_db(ctx, db) as store:
        count = store.import_records(records)
    click.echo(f"imported {count} records", err=True)


@main.command()
@click.option("--db", default=None, help=DB_HELP)
@click.option("--format", "fmt", default="jsonl", show_default=True,
              type=click.Choice(["jsonl", "csv", "events-csv", "gdelt", "graphml", "geojson"]),
              help="jsonl: the contract; csv: one row per article; events-csv: one row per "
                   "event; gdelt: GDELT-2.0-compatible event TSV; graphml: actor network; "
                   "geojson: event locations.")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-",
              help="File to write (default: stdout).")
@click.pass_context
def export(ctx: click.Context, db: str | None, fmt: str, output: TextIO) -> None:
    """Export every stored article, or its events, in one of several formats."""
    from khabar.export import writers

    with open_db(ctx, db, existing=True) as store:
        if fmt == "jsonl":
            for record in store.export_records():
                _dump(record, output)
        else:
            writers()[fmt](store.export_records(), output)


@main.command()
@click.argument("query")
@click.option("--db", default=None, help=DB_HELP)
@click.option("--limit", default=20, show_default=True, help="Most hits to show.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
@click.pass_context
def search(ctx: click.Context, query: str, db: str | None, limit: int, as_json: bool) -> None:
    """Full-text search, folded for Arabic-script spelling variants."""
    with open_db(ctx, db, existing=True) as store:
        hits = store.search(query, limit=limit)
    for hit in hits:
        if as_json:
            _dump({"id": hit.id, "title": hit.title, "lang": hit.lang,
                   "published": hit.published, "snippet": hit.snippet})
        else:
            title = hit.title or "(no headline)"
            click.echo(f"{hit.id}  {hit.lang or '??'}  {hit.published or '-':25}  {title}")
            click.echo(f"    {hit.snippet}")
    if not hits:
        click.echo("no match", err=True)


@main.command()
@click.option("--db", default=None, help=DB_HELP)
@click.pass_context
def stats(ctx: click.Context, db: str | None) -> None:
    """Counts of what the store holds."""
    with open_db(ctx, db, existing=True) as store:
        _dump(store.stats())


@main.command()
@click.option("--db", default=None, help=DB_HELP)
@click.pass_context
def stories(ctx: click.Context, db: str | None) -> None:
    """Stories: articles grouped across languages."""
    from khabar.report import print_stories

    with open_db(ctx, db, existing=True) as store:
        print_stories(store, click.echo)


@main.command()
@click.option("--db", default=None, help=DB_HELP)
@click.option("--top", default=5, show_default=True, help="Entities and events per article.")
@click.pass_context
def report(ctx: click.Context, db: str | None, top: int) -> None:
    """A readable summary of every stored article, then the stories."""
    from khabar.report import print_report

    with open_db(ctx, db, existing=True) as store:
        print_report(store, click.echo, top=top)


@main.command()
@click.option("--lang", type=click.Choice(["fa", "ar", "ur", "en"]), required=True)
def normalize(lang: str) -> None:
    """Repair and normalize text from stdin to stdout."""
    from khabar.normalize.charmap import normalize_text
    from khabar.normalize.zwnj import repair_text

    for line in _stdin_lines():
        click.echo(repair_text(normalize_text(line, lang), lang))


@main.command()
@click.pass_context
def langid(ctx: click.Context) -> None:
    """One text per stdin line; one language code per output line (und when unsure)."""
    from khabar.langid import identify

    candidates = tuple(settings_of(ctx)["langid.candidates"])
    for line in _stdin_lines():
        lang, _ = identify(line, candidates)
        click.echo(lang or "und")


@main.command()
@click.option("--reference", default=None,
              help="ISO date-time that relative expressions are resolved against.")
def dates(reference: str | None) -> None:
    """One document per stdin line; print every date expression found, as JSON."""
    from datetime import datetime

    from khabar.meta.dates import dates_json

    ref = datetime.fromisoformat(reference) if reference else None
    for line in _stdin_lines():
        _dump(dates_json(line, reference=ref))


@main.command()
def stages() -> None:
    """List the available pipeline stages and what they require and assign."""
    from khabar.registry import available, get_stage

    for name in available():
        info = get_stage(name)
        click.echo(f"{name}\n    {info.help}\n    requires: {', '.join(info.requires) or '-'}"
                   f"; assigns: {', '.join(info.assigns) or '-'}")


@main.command("settings")
@click.pass_context
def settings_(ctx: click.Context) -> None:
    """List every setting with its current value and help."""
    from khabar.settings import declarations

    current = settings_of(ctx)
    for name, declaration in declarations().items():
        click.echo(f"{name} = {json.dumps(current[name], ensure_ascii=False)}")
        click.echo(f"    {declaration.help}")


if __name__ == "__main__":  # pragma: no cover
    main()
