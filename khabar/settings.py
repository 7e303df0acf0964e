"""Settings: declared once in ``resources/settings.toml``, overridden by a user file.

Each declaration has a default and a help text. A user file overrides values only;
unknown names and values of the wrong type are refused with a ``SettingsError``.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from khabar.errors import SettingsError
from khabar.resources import resource_path


@dataclass(frozen=True)
class Declaration:
    name: str
    default: Any
    help: str


@lru_cache(maxsize=1)
def declarations() -> dict[str, Declaration]:
    """Every declared setting, by dotted name."""
    with resource_path("settings.toml").open("rb") as handle:
        table = tomllib.load(handle)
    return {
        name: Declaration(name, entry["default"], entry["help"]) for name, entry in table.items()
    }


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and name not in declarations():
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def _check_type(name: str, value: Any, default: Any) -> Any:
    if isinstance(default, bool) or not isinstance(default, int | float):
        expected: type | tuple[type, ...] = type(default)
    else:
        expected = (int, float)
    if isinstance(value, bool) != isinstance(default, bool) or not isinstance(value, expected):
        raise SettingsError(
            f"setting {name!r} should be {type(default).__name__}, got {value!r}; "
            "see `khabar settings` for the declared types"
        )
    return value


class Settings(Mapping[str, Any]):
    """An immutable view of the defaults overlaid with user values."""

    def __init__(self, overrides: Mapping[str, Any] | None = None) -> None:
        declared = declarations()
        values = {name: d.default for name, d in declared.items()}
        for name, value in _flatten(overrides or {}).items():
            if name not in declared:
                raise SettingsError(
                    f"unknown setting {name!r}; `khabar settings` lists the known ones"
                )
            values[name] = _check_type(name, value, declared[name].default)
        self._values = values

    def __getitem__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise SettingsError(f"unknown setting {name!r}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def replace(self, **changes: Any) -> Settings:
        """A copy with some values changed; names use ``__`` for dots."""
        merged = dict(self._values)
        merged.update({name.replace("__", "."): value for name, value in changes.items()})
        return Settings(merged)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str] | None = None) -> Settings:
        """Defaults overlaid with a TOML file (``path``, else ``$KHABAR_CONFIG``, if set)."""
        chosen = path or os.environ.get("KHABAR_CONFIG")
        if not chosen:
            return cls()
        try:
            with Path(chosen).open("rb") as handle:
                return cls(tomllib.load(handle))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise SettingsError(f"cannot read settings file {chosen}: {error}") from error
