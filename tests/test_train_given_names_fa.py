"""``khabar train given-names-fa`` (issue 5, session 15 (2026-12-06)): the derivation of
given_names_more_fa.txt, on a tiny ARMAN file and a tiny persian-names wheel."""

from __future__ import annotations

import zipfile
from pathlib import Path

from click.testing import CliRunner

from khabar.resources import RESOURCES, load_lines
from khabar.train.given_names_fa import BLOCK2, BLOCK3, PACKAGE_FILES, given_names_fa

# «گرشاسب» opens a two-word person twice: kept. «حداد» too, but it is a family name removed by
# hand. «سپهر» opens a person once: below the count. «نسیم» stands outside entities three
# times and never inside a person: left out of the package block; «ترانه» stays.
ARMAN = """گرشاسب B-pers
آهنگر I-pers
گفت O

گرشاسب B-pers
رستمی I-pers
آمد O

حداد B-pers
عادل I-pers

حداد B-pers
کمالی I-pers

سپهر B-pers
نوری I-pers

نسیم O
نسیم O
نسیم O
"""


def wheel(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(PACKAGE_FILES[0], "نسیم\nکاوه\nنوروز\n")
        archive.writestr(PACKAGE_FILES[1], "ترانه\nترانه\n")
    return path


def test_blocks(tmp_path: Path) -> None:
    arman = tmp_path / "train.txt"
    arman.write_text(ARMAN, encoding="utf-8")
    out = tmp_path / "out.txt"
    package = wheel(tmp_path / "pn.whl")
    options = ["--arman", str(arman), "--wheel", str(package), "--output", str(out)]
    result = CliRunner().invoke(given_names_fa, options)
    assert result.exit_code == 0, result.output
    # Block 3 (session 27) reads the shipped KB and Arabic list, not these files.
    lines = out.read_text(encoding="utf-8").split(BLOCK3)[0].splitlines()
    names = [line for line in lines if not line.startswith("#")]
    # «کاوه» is in given_names_fa.txt already; «نوروز» is removed by hand (a feast).
    assert names == ["گرشاسب", "ترانه"]
    assert BLOCK2 in out.read_text(encoding="utf-8")


def test_header_kept() -> None:
    shipped = (RESOURCES / "entities/given_names_more_fa.txt").read_text(encoding="utf-8")
    assert "khabar train given-names-fa" in shipped
    rows = load_lines("entities/given_names_more_fa_hand.tsv")
    assert "ال" in [row.split("\t")[1] for row in rows]
