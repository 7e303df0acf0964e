"""The command line, run as users run it: the installed entry point in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def khabar(*args: str, stdin: str | None = None, cwd: Path | None = None
           ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "khabar.cli", *args], input=stdin, capture_output=True,
        text=True, encoding="utf-8", env=env, cwd=cwd or ROOT, timeout=300,
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, example_paths: list[Path]) -> Path:
    db = tmp_path_factory.mktemp("cli") / "k.db"
    result = khabar("ingest", "--quiet", "--db", str(db), *map(str, example_paths))
    assert result.returncode == 0, result.stderr
    assert "5 added" in result.stderr
    return db


def test_analyze_prints_one_object_per_article(example_paths: list[Path]) -> None:
    result = khabar("analyze", *map(str, example_paths))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["lang"] for r in records] == ["fa", "fa", "ar", "fa", "fa"]


def test_analyze_reads_stdin(example_paths: list[Path]) -> None:
    result = khabar("analyze", "-", stdin=example_paths[2].read_text(encoding="utf-8"))
    assert json.loads(result.stdout)["lang"] == "ar"


def test_analyze_goes_on_past_a_bad_file_and_exits_non_zero(
    tmp_path: Path, example_paths: list[Path]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    result = khabar("analyze", str(bad), str(example_paths[0]))
    assert result.returncode == 1
    assert "binary" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_reingest_adds_nothing(store: Path, example_paths: list[Path]) -> None:
    result = khabar("ingest", "--quiet", "--db", str(store), str(example_paths[0]))
    assert "1 duplicate" in result.stderr
    stats = json.loads(khabar("stats", "--db", str(store)).stdout)
    assert stats["articles"] == 5


def test_bad_inputs_are_logged_and_the_batch_goes_on(tmp_path: Path,
                                                      example_paths: list[Path]) -> None:
    db = tmp_path / "k.db"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "ok.txt").write_bytes(example_paths[1].read_bytes())
    result = khabar("ingest", "--quiet", "--db", str(db), str(tmp_path / "in"))
    assert result.returncode == 1
    assert "1 added" in result.stderr and "1 error" in result.stderr
    stats = json.loads(khabar("stats", "--db", str(db)).stdout)
    assert stats["articles"] == 1 and stats["ingest_errors"] == 1


@pytest.mark.parametrize("query", ["باقری", "باقري", "اللواء باقري"])
def test_search_finds_bagheri_in_persian_and_arabic_spelling(store: Path, query: str) -> None:
    result = khabar("search", query, "--db", str(store), "--json")
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert hits, result.stderr
    assert all("باقر" in hit["snippet"] or "باقر" in hit["title"] for hit in hits)


def test_search_without_match_says_so(store: Path) -> None:
    result = khabar("search", "کاملاناموجود", "--db", str(store))
    assert result.returncode == 0 and "no match" in result.stderr


def test_export_import_export_is_stable(store: Path, tmp_path: Path) -> None:
    first = khabar("export", "--db", str(store)).stdout
    dump = tmp_path / "dump.jsonl"
    dump.write_text(first, encoding="utf-8")
    copy = tmp_path / "copy.db"
    assert khabar("import", str(dump), "--db", str(copy)).returncode == 0
    assert khabar("export", "--db", str(copy)).stdout == first


def test_csv_export_has_a_row_per_article(store: Path) -> None:
    lines = khabar("export", "--db", str(store), "--format", "csv").stdout.splitlines()
    assert len(lines) == 6 and lines[0].startswith("id,")


@pytest.mark.parametrize(("fmt", "marker"), [("gdelt", "\t042\t"), ("graphml", "<graphml"),
                                            ("geojson", "FeatureCollection"),
                                            ("events-csv", "article_id,")])
def test_event_exports(store: Path, fmt: str, marker: str) -> None:
    result = khabar("export", "--db", str(store), "--format", fmt)
    assert result.returncode == 0 and marker in result.stdout


def test_langid_and_normalize_and_dates_read_stdin() -> None:
    assert khabar("langid", stdin="این یک خبر است\nهذا خبر عاجل\n").stdout.split() == [
        "fa", "ar"]
    assert khabar("normalize", "--lang", "fa", stdin="كتاب علي\n").stdout.strip() == "کتاب علی"
    line = json.loads(khabar("dates", stdin="دوشنبه 1 بهمن 1403 - 09:53:26\n").stdout)
    assert line["matches"][0]["value"].startswith("2025-01-20T09:53:26")


def test_report_prints_articles_and_stories(store: Path) -> None:
    result = khabar("report", "--db", str(store))
    assert result.returncode == 0
    assert "stories" in result.stdout and "[ar]" in result.stdout


@pytest.mark.parametrize("command", ["analyze", "ingest", "export", "search", "stats", "stories",
                                     "normalize", "langid", "dates", "report", "import"])
def test_every_command_has_help(command: str) -> None:
    result = khabar(command, "--help")
    assert result.returncode == 0 and "Usage" in result.stdout


def test_khabar_errors_are_one_line_with_exit_code_2(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("nonsense = 1\n", encoding="utf-8")
    result = khabar("--config", str(config), "stats", "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2
    assert result.stderr.startswith("khabar: error: unknown setting")
