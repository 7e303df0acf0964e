"""The ``khabar train`` group; each subcommand lives in its own module, loaded on use.

Add a trainer by naming its click command in ``SUBCOMMANDS`` (``name -> module:attr``);
nothing here imports a trainer until it is asked for, so ``khabar --help`` stays fast.
"""

from __future__ import annotations

from importlib import import_module

import click

#: Trainers by name: "module:attribute" of a click command.
SUBCOMMANDS: dict[str, str] = {
    "zwnj": "khabar.train.zwnj:zwnj",
    "langid": "khabar.train.langid:langid",
    "ner": "khabar.entities.train_ner:ner",
    "ner-clusters": "khabar.entities.train_ner:ner_clusters",
}


class TrainGroup(click.Group):
    """Loads each trainer's module only when that trainer is listed or run."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *SUBCOMMANDS])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in SUBCOMMANDS:
            module, attribute = SUBCOMMANDS[name].split(":")
            command: click.Command = getattr(import_module(module), attribute)
            return command
        return super().get_command(ctx, name)


@click.group(cls=TrainGroup)
def train() -> None:
    """Rebuild a shipped model or lexicon from data (see each resource's SOURCE.md)."""
