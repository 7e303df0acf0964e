"""Session 28 (2026-12-07), engineer mend9: names shared across modules are public where
they belong, and the store's writing mixin declares the backend steps it calls."""

from __future__ import annotations

import inspect
from pathlib import Path

from khabar.entities import persian_acronyms, persian_named_after
from khabar.entities.persian_described_bodies import described_heads, described_table, in_chain
from khabar.entities.words import Word, fold_word
from khabar.store.shared_writing import SharedWriting
from khabar.store.sqlite import SQLiteStore


def _word(text: str) -> Word:
    return Word(0, len(text), text, fold_word(text))


def test_described_bodies_share_public_names() -> None:
    assert "سازمان" in described_heads()
    assert described_heads() == described_table()["head"]
    assert in_chain(_word("ثبت"))
    assert not in_chain(_word("سازمان"))
    for module in (persian_acronyms, persian_named_after):
        assert module.in_chain is in_chain
        assert module.described_heads is described_heads


def test_shared_writing_declares_what_it_calls() -> None:
    for name in ("_stories", "reindex"):
        assert getattr(getattr(SharedWriting, name), "__isabstractmethod__", False)
        assert not getattr(getattr(SQLiteStore, name), "__isabstractmethod__", False)
    assert "type: ignore" not in inspect.getsource(SharedWriting)


def test_command_helpers_are_public() -> None:
    from khabar import cli

    for name in ("settings_of", "open_db", "tick", "echo_summary"):
        assert getattr(cli, name).__doc__
    for path in ("khabar/reprocess.py", "khabar/ingest/fetch_cli.py", "khabar/export/parquet.py",
                 "khabar/web/cli.py"):
        text = (Path(__file__).parent.parent / path).read_text(encoding="utf-8")
        assert "from khabar.cli import _" not in text, path


def test_gazetteer_names_are_public() -> None:
    from khabar.entities import gazetteer, orgs, phrases

    assert orgs.WORD_GAP is phrases.WORD_GAP
    assert phrases.WORD_GAP.fullmatch(" \u200c ")
    assert gazetteer.geonames_cities()
    assert Path(gazetteer.pycountry_locales()).is_dir()
    for path in ("khabar/entities/geo.py", "khabar/entities/orgs.py", "khabar/kb/build.py",
                 "khabar/entities/gazetteer.py"):
        text = (Path(__file__).parent.parent / path).read_text(encoding="utf-8")
        assert "import _" not in text and "    _GAP," not in text, path


def test_lstm_direction_is_public() -> None:
    from khabar.entities.neural_tagger import LstmDirection

    text = (Path(__file__).parent.parent / "khabar/entities/lstm_onnx.py").read_text(
        encoding="utf-8")
    assert LstmDirection.__doc__ and "import _" not in text
