"""A click group whose subcommands live in other modules and are imported on first use.

Keeps CLI start-up fast: ``khabar --help`` lists every command without importing the
heavy modules (trainers, the web server) behind them.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

import click


class LazyGroup(click.Group):
    """``lazy`` maps a command name to ``"module:attribute"`` of a click command;
    ``lazy_help`` (optional) to the help its listing shows, so that ``--help`` need not
    import it (click's listing asks every command for its short help)."""

    def __init__(self, *args: Any, lazy: dict[str, str] | None = None,
                 lazy_help: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy if lazy is not None else {}
        self.lazy_help = lazy_help if lazy_help is not None else {}

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            if name in self.lazy_help:
                listed = click.Command(name, help=self.lazy_help[name])  # click's shortening
                rows.append((name, listed.get_short_help_str(limit)))
                continue
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            module, attribute = self.lazy[name].split(":")
            command: click.Command = getattr(import_module(module), attribute)
            return command
        return super().get_command(ctx, name)
