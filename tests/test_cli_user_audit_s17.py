"""Session 17 (2026-12-06), a user's audit of the CLI: a mistyped path or a wrong file
must say what went wrong and what to do, never answer as if all were well.

Each case was found by following the README in a fresh clone
(`bench/user_audit_session17_results.json`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.store import open_store

READERS = [
    ["stats"],
    ["search", "باقری"],
    ["export", "--format", "jsonl"],
    ["report"],
    ["stories"],
    ["reprocess", "--all", "-q"],
    ["serve"],
]


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_a_reading_command_refuses_a_store_that_is_not_there(command: list[str],
                                                             tmp_path: Path) -> None:
    # Before: a new empty store was made at the mistyped path, and `stats` answered
    # "articles: 0", `search` "no match", with exit code 0.
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(main, [*command, "--db", str(missing)])
    assert result.exit_code == 2, result.output
    assert f"no store at {missing}" in result.output
    assert "khabar ingest" in result.output
    assert not missing.exists()


def test_ingest_still_creates_a_new_store(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("سرلشکر باقری با فرمانده ارتش پاکستان دیدار کرد.\n", encoding="utf-8")
    db = tmp_path / "new.db"
    result = CliRunner().invoke(main, ["ingest", str(text), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        assert store.stats()["articles"] == 1


def test_eval_ner_on_a_file_without_gold_tags_says_so(tmp_path: Path) -> None:
    # Before: a table of zeros and exit code 0, as if the model had found nothing.
    prose = tmp_path / "notes.md"
    prose.write_text("# khabar\n\nsome prose, no tags at all\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "ner", "--lang", "fa", "--conll", str(prose)])
    assert result.exit_code == 2, result.output
    assert "nothing to score" in result.output and "token TAG" in result.output


def test_kb_lookup_without_a_match_says_so() -> None:
    # Before: nothing printed at all, exit code 1.
    result = CliRunner().invoke(main, ["kb", "lookup", "nobody at all"])
    assert result.exit_code == 1
    assert "no KB entry is named 'nobody at all'" in result.output


def test_kb_discover_reports_an_input_it_cannot_read(tmp_path: Path) -> None:
    # Before: the path was skipped in silence, exit code 0.
    missing = tmp_path / "nothere.txt"
    result = CliRunner().invoke(main, ["kb", "discover", str(missing)])
    assert result.exit_code == 1
    assert f"skipped {missing}" in result.output
    assert "no unknown person described by a role to propose" in result.output


def test_load_from_a_folder_without_shards_makes_no_store(tmp_path: Path) -> None:
    # Before: the error came after an empty store had been created at --db.
    pytest.importorskip("pyarrow", reason="the parquet extra is not installed")
    db = tmp_path / "new.db"
    result = CliRunner().invoke(main, ["load", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 2 and "no shards" in result.output
    assert not db.exists()


@pytest.mark.parametrize("limit", [45, 300])
def test_the_listed_help_of_each_lazy_command_is_its_own(limit: int) -> None:
    from importlib import import_module

    import click

    from khabar.cli import LAZY_COMMANDS, LAZY_HELP

    assert set(LAZY_HELP) == set(LAZY_COMMANDS)
    for name, target in LAZY_COMMANDS.items():
        module, attribute = target.split(":")
        command = getattr(import_module(module), attribute)
        listed = click.Command(name, help=LAZY_HELP[name])
        assert listed.get_short_help_str(limit) == command.get_short_help_str(limit), name


def test_khabar_help_imports_none_of_the_lazy_commands() -> None:
    # Before: click asked every command for its short help, importing the trainers, the
    # web server, reprocess and batch (0.19 s of CPU against 0.05 s now).
    import subprocess
    import sys

    probe = ("import sys\nfrom click.testing import CliRunner\nfrom khabar.cli import main, "
             "LAZY_COMMANDS\nout = CliRunner().invoke(main, ['--help']).output\n"
             "assert 'reprocess' in out and 'Analyse stored articles' in out, out\n"
             "print([t for t in LAZY_COMMANDS.values() if t.split(':')[0] in sys.modules])")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
