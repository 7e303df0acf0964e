"""Settings are declared once, documented, typed, and overridable."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.errors import SettingsError
from khabar.settings import Settings, declarations

DOCS = Path(__file__).resolve().parent.parent / "docs" / "settings.md"


@pytest.mark.parametrize("name", sorted(declarations()))
def test_every_setting_is_documented(name: str) -> None:
    assert f"`{name}`" in DOCS.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(declarations()))
def test_every_setting_has_help(name: str) -> None:
    assert len(declarations()[name].help) > 20


def test_user_file_overrides_defaults(tmp_path: Path) -> None:
    config = tmp_path / "k.toml"
    config.write_text("[stories]\nwindow_days = 7\n", encoding="utf-8")
    settings = Settings.from_file(config)
    assert settings["stories.window_days"] == 7
    assert settings["store.path"] == "khabar.db"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"stories": {"window_dayz": 7}}, "unknown setting"),
        ({"stories.window_days": "seven"}, "should be int"),
        ({"langid.candidates": "fa"}, "should be list"),
        ({"pipeline.max_chars": True}, "should be int"),  # a bool is not a number here
    ],
)
def test_bad_overrides_are_refused_with_a_hint(overrides: dict, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        Settings(overrides)


def test_unreadable_settings_file_is_a_settings_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[stories\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="cannot read"):
        Settings.from_file(bad)
