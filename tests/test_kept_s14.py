"""Tables kept between processes, session 14 (2026-12-06), issue 8: the CRF tagger's
tables and the ZWNJ inflected pairs, read back only for the files that built them; and
the test run keeps its tables in a folder of its own (``tests/conftest.py``)."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from khabar.entities import crf
from khabar.entities.crf_weights import CrfWeights, read_weights
from khabar.entities.fast_crf import FastCrfTagger
from khabar.normalize import zwnj_inflected
from khabar.normalize.zwnj_lexicon import lexicon
from khabar.resources import kept

SENTENCES = [["سرلشکر", "محمد", "باقری", "به", "تهران", "رفت", "."],
             ["التقى", "اللواء", "باقري", "في", "إسلام", "آباد", "."]]


def test_the_test_run_keeps_its_tables_in_a_folder_of_its_own() -> None:
    where = kept.folder()
    assert where is not None and os.environ["KHABAR_CACHE_DIR"] == str(where)
    assert not where.resolve().is_relative_to(Path.home() / ".cache")


@pytest.fixture()
def stand_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A package tree holding only a copy of the Persian model, and a keeping folder."""
    tree = tmp_path / "package"
    (tree / "ner").mkdir(parents=True)
    shutil.copy(crf.model_path("fa"), tree / "ner" / "fa.crfsuite")
    monkeypatch.setattr(kept, "PACKAGE", tree)
    monkeypatch.setattr(crf, "MODEL_DIR", tree / "ner")
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(tmp_path / "kept"))
    return tree


def test_the_crf_tables_are_kept_and_built_again_when_the_model_changes(
        stand_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds: list[str] = []
    build = crf._fast_tagger

    def counted(weights: CrfWeights, lang: str) -> FastCrfTagger:
        builds.append(lang)
        return build(weights, lang)
    monkeypatch.setattr(crf, "_fast_tagger", counted)
    path = crf.model_path("fa")
    fresh = crf.CrfTagger(path, "fa")
    again = crf.CrfTagger(path, "fa")  # read back
    assert len(builds) == 1 and again.fast is not fresh.fast
    assert again.tag_many(SENTENCES) == fresh.tag_many(SENTENCES) == \
        crf.CrfTagger(path, "fa", use_numpy=False).tag_many(SENTENCES)
    shutil.copy(_shipped("ar"), path)  # the source file changes
    changed = crf.CrfTagger(path, "fa")
    assert len(builds) == 2
    weights = read_weights(path)
    assert weights is not None and changed.fast is not None
    assert np.array_equal(changed.fast._state, weights.state)


def _shipped(lang: str) -> Path:
    return Path(crf.__file__).resolve().parent.parent / "resources" / "ner" / f"{lang}.crfsuite"


def test_another_model_file_is_never_kept(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(tmp_path / "kept"))
    shutil.copy(_shipped("fa"), tmp_path / "model.crfsuite")
    crf.CrfTagger(tmp_path / "model.crfsuite", "fa")
    assert not (tmp_path / "kept").exists()


def test_the_inflected_pairs_are_kept_for_the_shipped_lexicon_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(zwnj_inflected, "_tables", [])
    lex = lexicon()
    built = zwnj_inflected.inflected_pairs(lex)
    assert len(list(tmp_path.glob("zwnj_inflected-*.pickle"))) == 1
    zwnj_inflected._tables.clear()
    again = zwnj_inflected.inflected_pairs(lex)  # read back
    assert again is not built and again == built == zwnj_inflected._build(lex)
    other = dataclasses.replace(lex, rewrite={"آتشنشان": "آتش\u200cنشان"})
    table = zwnj_inflected.inflected_pairs(other)
    assert table == zwnj_inflected._build(other) and table != built
    assert table.pairs and {head for head, _ in table.pairs} == {"آتش"}
    assert len(list(tmp_path.glob("zwnj_inflected-*.pickle"))) == 1


def _walked(root: Path) -> list[str]:
    """The stamps as session 13 read them (os.walk), which the digests must keep."""
    lines = []
    for top, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            stat = os.stat(os.path.join(top, name))
            lines.append(f"{os.path.relpath(os.path.join(top, name), root)}\t{stat.st_size}"
                         f"\t{stat.st_mtime_ns}")
    return lines


def test_the_stamps_are_session_13s(tmp_path: Path) -> None:
    for name in ("b.py", "a/z.txt", "a/b/c.tsv", "a/__pycache__/x.pyc", "ab/y.py", "c.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name, encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "a", target_is_directory=True)
    stamps = list(kept._tree_stamps(tmp_path))
    assert stamps == _walked(tmp_path) and len(stamps) == 5
    assert list(kept._tree_stamps(kept.PACKAGE)) == _walked(kept.PACKAGE)
