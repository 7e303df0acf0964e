"""The ``khabar eval`` group: score a component on a gold file.

Each area adds its scorer by naming a click command in ``SUBCOMMANDS``
(``name -> module:attr``); nothing is imported until that scorer is asked for.
"""

from __future__ import annotations

import click

from khabar.lazy_commands import LazyGroup

#: Scorers by name: "module:attribute" of a click command.
SUBCOMMANDS: dict[str, str] = {
    "ner": "khabar.entities.cli:eval_ner",
}


@click.group("eval", cls=LazyGroup, lazy=SUBCOMMANDS)
def eval_group() -> None:
    """Score a component on a gold file (`khabar eval ner --lang fa --conll FILE`)."""
