"""The ``khabar eval`` group: score a component on a gold file.

Each area adds its scorer by naming a click command in ``SUBCOMMANDS``
(``name -> module:attr``); nothing is imported until that scorer is asked for.
"""

from __future__ import annotations

from importlib import import_module

import click

#: Scorers by name: "module:attribute" of a click command.
SUBCOMMANDS: dict[str, str] = {
    "ner": "khabar.entities.cli:eval_ner",
}


class EvalGroup(click.Group):
    """Loads each scorer's module only when that scorer is listed or run."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *SUBCOMMANDS])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in SUBCOMMANDS:
            module, attribute = SUBCOMMANDS[name].split(":")
            command: click.Command = getattr(import_module(module), attribute)
            return command
        return super().get_command(ctx, name)


@click.group("eval", cls=EvalGroup)
def eval_group() -> None:
    """Score a component on a gold file (`khabar eval ner --lang fa --conll FILE`)."""
