"""Session 26 (2026-12-07), the lead: ``khabar train owned-org-names-fa`` rebuilds the shipped
list from the corpora with the filter its SOURCE row names (gold-set ids, short articles and the
months kept for story checks left out); session 25 built it with a module run on a corpus file
made by hand, which no command reproduced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.errors import ResourceError
from khabar.train.owned_org_names_fa import month_span, training_texts

OWNED = "کتابخانه مرکزی دانشگاه شیراز گشایش یافت و کتابخانه مرکزی دانشگاه تبریز هم. " * 4


def _corpus(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def _records() -> list[dict[str, str]]:
    return [{"id": f"a{k}", "date": "2004-05-01", "text": OWNED} for k in range(3)]


def test_ids_months_and_short_texts_are_left_out(tmp_path: Path) -> None:
    records = [*_records(), {"id": "gold", "date": "2004-05-01", "text": OWNED},
               {"id": "kept-month", "date": "2005-11-20", "text": OWNED},
               {"id": "short", "date": "2004-05-01", "text": "کتابخانه مرکزی"}]
    corpus = _corpus(tmp_path / "c.jsonl", records)
    texts = list(training_texts([corpus], frozenset({"gold"}), month_span("2005-08..2006-02"),
                                min_chars=100))
    assert len(texts) == 3
    assert len(list(training_texts([corpus], frozenset(), month_span(""), min_chars=0))) == 6


def _listed(corpus: Path, out: Path, *options: str) -> list[str]:
    result = CliRunner().invoke(main, ["train", "owned-org-names-fa", str(corpus),
                                       "--output", str(out), *options])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8").splitlines()[1:]


def test_the_command_writes_the_list_and_honours_excluded_ids(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", _records())
    out, ids = tmp_path / "owned.txt", tmp_path / "ids.txt"
    assert "كتابخانه مركزي" in _listed(corpus, out)
    ids.write_text("a0 a1\n", encoding="utf-8")
    assert _listed(corpus, out, "--exclude-ids", str(ids)) == []
    ids.write_text("# a comment naming a1 is no id\na0\n", encoding="utf-8")
    assert "كتابخانه مركزي" in _listed(corpus, out, "--exclude-ids", str(ids))


def test_a_missing_corpus_is_a_resource_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="not found"):
        list(training_texts([tmp_path / "absent.jsonl"], frozenset(), month_span(""), 0))
