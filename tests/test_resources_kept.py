"""Tables kept between processes (``khabar.resources.kept``), session 13 (2026-12-05),
issue 8: read back only for the code and data that wrote them, else built again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from khabar.entities import gazetteer
from khabar.resources import kept


@pytest.fixture()
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in package tree, and a keeping folder of its own."""
    tree = tmp_path / "package"
    tree.mkdir()
    (tree / "rules.py").write_text("A = 1\n", encoding="utf-8")
    monkeypatch.setattr(kept, "PACKAGE", tree)
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(tmp_path / "kept"))
    return tree


def counted(value: object) -> tuple[list[int], Callable[[], object]]:
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return value
    return calls, build


def test_a_table_is_built_once_then_read_back(package: Path) -> None:
    calls, build = counted({"a": (1, 2)})
    assert kept.kept("table", build) == {"a": (1, 2)}
    assert kept.kept("table", build) == {"a": (1, 2)}
    assert len(calls) == 1


def test_a_changed_file_builds_the_table_again(package: Path) -> None:
    calls, build = counted([1])
    kept.kept("table", build)
    (package / "rules.py").write_text("A = 22\n", encoding="utf-8")  # another size
    kept.kept("table", build)
    assert len(calls) == 2
    assert len(list(Path(kept.folder() or "").glob("table-*.pickle"))) == 2


def test_only_the_newest_versions_stay(package: Path) -> None:
    for size in range(kept.KEPT_VERSIONS + 2):
        (package / "rules.py").write_text("A" * size, encoding="utf-8")
        kept.kept("table", counted(size)[1])
    assert len(list(Path(kept.folder() or "").glob("table-*.pickle"))) == kept.KEPT_VERSIONS


def test_another_resources_folder_builds_its_own_table(
        package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import khabar.resources

    calls, build = counted(1)
    kept.kept("table", build)
    swapped = tmp_path / "resources"  # as khabar.train.zwnj_model swaps one in
    swapped.mkdir()
    (swapped / "words.txt").write_text("a\n", encoding="utf-8")
    monkeypatch.setattr(khabar.resources, "RESOURCES", swapped)
    kept.kept("table", build)
    assert len(calls) == 2


def test_a_file_cut_short_is_built_again(package: Path) -> None:
    calls, build = counted("x")
    kept.kept("table", build)
    (file,) = Path(kept.folder() or "").glob("table-*.pickle")
    file.write_bytes(file.read_bytes()[:3])
    assert kept.kept("table", build) == "x"
    assert len(calls) == 2


def test_a_table_pickle_cannot_write_is_returned_unkept(package: Path) -> None:
    table = (n for n in range(3))  # pickle refuses a generator (TypeError)
    calls, build = counted(table)
    assert kept.kept("table", build) is table
    assert kept.kept("table", build) is table
    assert len(calls) == 2
    assert not list(Path(kept.folder() or "").glob("*"))  # no half-written file left


def test_an_empty_folder_setting_keeps_nothing(package: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHABAR_CACHE_DIR", "")
    calls, build = counted(3)
    assert kept.kept("table", build) == kept.kept("table", build) == 3
    assert len(calls) == 2


def test_the_kept_place_index_finds_what_a_fresh_one_finds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(tmp_path))
    first = kept.kept("place_index", gazetteer._build_place_tables)  # built and written
    again = kept.kept("place_index", gazetteer._build_place_tables)  # read back
    assert again is not first
    text = "التقى الرئيس في طهران وبغداد ودمشق مع وفد من إسلام آباد وواشنطن ولندن"
    tokens = gazetteer.words(text)
    found = [[(m.first, m.last, m.value) for m in index.find_all(text, tokens, True)]
             for index in (first[0], again[0])]
    assert found[0] == found[1] and len(found[0]) >= 5
    assert first[1] == again[1]
