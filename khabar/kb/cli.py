"""``khabar kb``: build, look up and grow the knowledge base."""

from __future__ import annotations

import json
from pathlib import Path

import click


def _overlay(ctx: click.Context, given: str | None) -> str | None:
    if given:
        return given
    from khabar.settings import Settings

    settings = Settings.from_file(ctx.find_root().params.get("config"))
    return str(settings.get("kb.overlay") or "") or None


@click.group("kb")
def kb() -> None:
    """The knowledge base of actors and places (see khabar/resources/kb/SOURCE.md)."""


@kb.command("build")
@click.option("--output", type=click.Path(dir_okay=False), default="kb.jsonl",
              show_default=True, help="Where to write the merged KB (JSON lines).")
@click.option("--overlay", type=click.Path(exists=True, dir_okay=False), default=None,
              help="User entries on top of the shipped ones (default: setting kb.overlay).")
@click.pass_context
def build(ctx: click.Context, output: str, overlay: str | None) -> None:
    """Write the versioned KB: curated actors (plus overlay) and countries."""
    from khabar.kb.build import build_records

    records = build_records(_overlay(ctx, overlay))
    with Path(output).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for record in records:
        kinds[record["type"]] = kinds.get(record["type"], 0) + 1
    click.echo(json.dumps({"output": output, "entries": len(records), "by_type": kinds}))


@kb.command("lookup")
@click.argument("name")
@click.option("--overlay", type=click.Path(exists=True, dir_okay=False), default=None)
@click.pass_context
def lookup(ctx: click.Context, name: str, overlay: str | None) -> None:
    """KB entries a name denotes, in any script ("سيد عاصم منير", "Asim Munir")."""
    from khabar.kb.build import entry_record
    from khabar.kb.entries import load_kb
    from khabar.kb.link import strip_titles

    base = load_kb(_overlay(ctx, overlay))
    found = base.named(name) or base.named(strip_titles(name))
    for entry in found:
        click.echo(json.dumps(entry_record(entry), ensure_ascii=False))
    if not found:
        click.echo(f"khabar: no KB entry is named {name!r}; try the full name in another "
                   "script, or add the person to your kb.overlay file", err=True)
        ctx.exit(1)


@kb.command("check")
@click.option("--overlay", type=click.Path(exists=True, dir_okay=False), default=None,
              help="User entries on top of the shipped ones (default: setting kb.overlay).")
@click.pass_context
def check(ctx: click.Context, overlay: str | None) -> None:
    """Check every KB entry (ids, names in fa/ar/ur/en, country codes, role dates and
    orgs, unique roles held by one person at a time); exit 1 on any problem."""
    from khabar.kb.validate import problems

    found = problems(list(load_entries(_overlay(ctx, overlay))))
    for problem in found:
        click.echo(problem)
    click.echo(json.dumps({"problems": len(found)}))
    if found:
        ctx.exit(1)


def load_entries(overlay: str | None):
    from khabar.kb.entries import load_kb

    return load_kb(overlay).entries.values()


@kb.command("discover")
@click.argument("paths", nargs=-1, required=True)
@click.pass_context
def discover(ctx: click.Context, paths: tuple[str, ...]) -> None:
    """Propose KB entries for unknown persons described by a role (review, then add
    the lines you accept to your kb.overlay file)."""
    from khabar.engine.local import settling
    from khabar.ingest.readers import IngestFailure, read_inputs
    from khabar.kb.discover import propose
    from khabar.pipeline import Pipeline
    from khabar.settings import Settings

    pipeline = Pipeline(Settings.from_file(ctx.find_root().params.get("config")))
    seen: set[str] = set()
    skipped = 0
    for item in read_inputs(list(paths)):
        if isinstance(item, IngestFailure):  # said, as `khabar analyze` says it
            click.echo(f"khabar: skipped {item.path}: {item.reason}", err=True)
            skipped += 1
            continue
        # the heap settled after the first article, as `khabar analyze` settles it
        for record in propose(settling(pipeline, item)):
            if record["id"] not in seen:  # once, from the first article naming them
                seen.add(record["id"])
                click.echo(json.dumps(record, ensure_ascii=False))
    if not seen:  # else the empty output reads as a command that did nothing
        click.echo("khabar: no unknown person described by a role to propose", err=True)
    ctx.exit(1 if skipped else 0)


@kb.command("countries")
@click.option("--output", type=click.Path(dir_okay=False), default=None,
              help="Where to write the table (default: the shipped "
                   "resources/entities/country_names.tsv).")
def countries(output: str | None) -> None:
    """Rebuild the short country names (fa, ar, ur, en) from babel's CLDR data."""
    from khabar.kb.countries import cldr_rows
    from khabar.resources import RESOURCES

    path = Path(output) if output else RESOURCES / "entities" / "country_names.tsv"
    rows = cldr_rows()
    header = ("# Short country names from the Unicode CLDR (babel), written by "
              "`khabar kb countries`:\n# name<TAB>ISO alpha-3<TAB>language. "
              "Unicode licence (see SOURCE.md).\n")
    path.write_text(header + "".join(f"{n}\t{c}\t{lang}\n" for n, c, lang in rows),
                    encoding="utf-8")
    click.echo(json.dumps({"output": str(path), "names": len(rows)}))
