"""``load_columns``: a resource's columns, split at C speed, with the row shape checked."""

from __future__ import annotations

from pathlib import Path

import pytest

import khabar.resources as resources
from khabar.errors import ResourceError
from khabar.resources import load_columns


def test_columns_of_a_plain_and_a_gzipped_file(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip

    monkeypatch.setattr(resources, "RESOURCES", tmp_path)
    (tmp_path / "t.tsv").write_text("#h\t1\na\t2\nb\t3\n", encoding="utf-8")
    with gzip.open(tmp_path / "t.tsv.gz", "wt", encoding="utf-8") as handle:
        handle.write("#h\t1\na\t2\nb\t3")  # no final line break
    assert load_columns("t.tsv", 2) == [["#h", "a", "b"], ["1", "2", "3"]]
    assert load_columns("t.tsv.gz", 2) == [["#h", "a", "b"], ["1", "2", "3"]]


@pytest.mark.parametrize("text", [
    "a\t1\nb\n",          # a short row
    "a\t1\t9\nb\n",       # a long row and a short one: the cell count alone would pass
])
def test_rows_of_another_width_are_refused(text: str, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "RESOURCES", tmp_path)
    (tmp_path / "bad.tsv").write_text(text, encoding="utf-8")
    with pytest.raises(ResourceError):
        load_columns("bad.tsv", 2)


def test_an_empty_file_has_empty_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "RESOURCES", tmp_path)
    (tmp_path / "empty.tsv").write_text("", encoding="utf-8")
    assert load_columns("empty.tsv", 3) == [[], [], []]
