"""bench/check_pool.py's eld-fa and eld-ar pools (session 29, 2026-12-07, scout): one
language's sentences of ELD's benchmark file, read from the downloaded wheel, become
pseudo-articles; a wheel that is not ELD 1.0.6's, or none, stops the draw."""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path

import pytest
from bench_modules import bench_module

check_pool = bench_module("check_pool")
SAMPLE = Path(__file__).resolve().parent / "fixtures" / "eld_big_test_tiny.txt"


def _wheel(tmp_path: Path, text: bytes) -> Path:
    wheel = tmp_path / "eld-1.0.6-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(check_pool.ELD_MEMBER, text)
    return wheel


@pytest.fixture
def sample_wheel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture stands in for ELD's file: its hash is the one the draw expects."""
    text = SAMPLE.read_bytes()
    monkeypatch.setattr(check_pool, "ELD_SHA256", hashlib.sha256(text).hexdigest())
    return _wheel(tmp_path, text)


def test_one_language_becomes_pseudo_articles(tmp_path: Path, sample_wheel: Path) -> None:
    drawn = check_pool.draw("eld-fa", 10, 29, tmp_path, wheel=sample_wheel)
    by_id = {r["id"]: r for r in drawn}
    assert sorted(by_id) == ["eld-fa-0", "eld-fa-1"]
    first = by_id["eld-fa-0"]["text"].split("\n")
    assert len(first) == 8  # nine Persian sentences: the blank one and other languages left out
    assert first[0] == "وزیر امور خارجه روز دوشنبه به بغداد سفر کرد."
    assert by_id["eld-fa-1"]["text"] == "تیم ملی فوتبال در دیدار دوستانه برنده شد."
    assert {r["lang"] for r in drawn} == {"fa"}


def test_arabic_and_skip(tmp_path: Path, sample_wheel: Path) -> None:
    drawn = check_pool.draw("eld-ar", 10, 29, tmp_path, wheel=sample_wheel)
    assert [(r["id"], r["lang"], len(r["text"].split("\n"))) for r in drawn] == [
        ("eld-ar-0", "ar", 3)]
    assert check_pool.draw("eld-ar", 10, 29, tmp_path, skip={"eld-ar-0"},
                           wheel=sample_wheel) == []


def test_draw_is_seeded(tmp_path: Path, sample_wheel: Path) -> None:
    first = [r["id"] for r in check_pool.draw("eld-fa", 1, 5, tmp_path, wheel=sample_wheel)]
    assert first == [r["id"] for r in check_pool.draw("eld-fa", 1, 5, tmp_path,
                                                       wheel=sample_wheel)]


def test_another_file_or_no_wheel_stops(tmp_path: Path) -> None:
    other = _wheel(tmp_path, SAMPLE.read_bytes())  # not ELD 1.0.6's file: another draw
    with pytest.raises(SystemExit, match=re.escape("not ELD 1.0.6's")):
        check_pool.draw("eld-fa", 10, 29, tmp_path, wheel=other)
    with pytest.raises(SystemExit, match=re.escape("pip download --no-deps eld==1.0.6")):
        check_pool.draw("eld-fa", 10, 29, tmp_path)
    with pytest.raises(SystemExit, match=re.escape("no eld/tests/data/big-test.txt")):
        check_pool.draw("eld-ar", 10, 29, tmp_path, wheel=tmp_path / "missing.whl")
