"""``khabar train langid-lingua``: cutting lingua's n-gram models down to the shipped table,
on small made-up models (the real wheel is not needed)."""

from __future__ import annotations

import gzip
import json
import math
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.langid_models import NGRAM_LANGUAGES
from khabar.train.langid_lingua import langid_lingua, most_frequent, table_rows

# log relative frequencies: a 1-gram's share of letters, a longer n-gram's of its prefix
MODEL = {
    "a": math.log(0.6), "b": math.log(0.4),
    "ab": math.log(0.5), "ba": math.log(1.0),
    "aba": math.log(0.9), "abb": math.log(0.1), "bab": math.log(0.5),
}


def test_longer_orders_keep_the_most_frequent_whole_strings() -> None:
    # as whole strings: aba 0.6*0.5*0.9 = 0.27, bab 0.4*1.0*0.5 = 0.2, abb 0.03
    assert most_frequent(MODEL, 2) == {"a", "b", "ab", "ba", "aba", "bab"}
    # 1- and 2-grams are kept whatever the limit
    assert most_frequent(MODEL, 0) == {"a", "b", "ab", "ba"}


def test_rows_give_each_language_s_log_in_hundredths_or_nothing() -> None:
    models = {"fa": MODEL, "ar": {"a": math.log(0.25)}, "ur": {"b": 0.0}}
    rows = table_rows(models, 1)
    assert rows[0] == "#order\t" + "\t".join(NGRAM_LANGUAGES)
    by_gram = {row.split("\t")[0]: row.split("\t")[1:] for row in rows[1:]}
    assert by_gram["a"] == ["-51", "-139", ""]
    assert by_gram["b"] == ["-92", "", "0"]
    assert "aba" in by_gram and "bab" not in by_gram and "abb" not in by_gram


def _wheel(path: Path) -> Path:
    brotli = pytest.importorskip("brotli")
    with zipfile.ZipFile(path, "w") as archive:
        for lang in NGRAM_LANGUAGES:
            for name, grams in (("unigrams", {"3/5": "a", "2/5": "b"}),
                                ("bigrams", {"1/2": "ab ba"}), ("trigrams", {}),
                                ("quadrigrams", {}), ("fivegrams", {"1/1": "ababa"})):
                text = json.dumps({"language": lang, "ngrams": grams})
                archive.writestr(f"lingua/language-models/{lang}/{name}.json.br",
                                 brotli.compress(text.encode()))
    return path


def test_the_command_writes_a_table_the_identifier_reads(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path / "lingua.whl")
    out = tmp_path / "lingua.tsv.gz"
    result = CliRunner().invoke(langid_lingua, ["--wheel", str(wheel), "--output", str(out)])
    assert result.exit_code == 0, result.output
    rows = gzip.decompress(out.read_bytes()).decode().splitlines()
    assert rows[1:] == ["a\t-51\t-51\t-51", "ab\t-69\t-69\t-69", "ababa\t0\t0\t0",
                        "b\t-92\t-92\t-92", "ba\t-69\t-69\t-69"]
    # byte for byte the same when built again (gzip keeps the file's name)
    (tmp_path / "again").mkdir()
    again = tmp_path / "again" / "lingua.tsv.gz"
    CliRunner().invoke(langid_lingua, ["--wheel", str(wheel), "--output", str(again)])
    assert again.read_bytes() == out.read_bytes()
