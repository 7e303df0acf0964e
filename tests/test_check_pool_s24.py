"""bench/check_pool.py (session 24, 2026-12-07, the lead): a check draw never holds a gold
set's article, a test fixture's or a skipped one; NER-corpus sentences become pseudo-articles."""

from __future__ import annotations

import json
from pathlib import Path

from bench_modules import bench_module, write_jsonl

check_pool = bench_module("check_pool")
TEXT = "متن خبر " * 60


def _tree(tmp_path: Path) -> tuple[Path, Path]:
    data, root = tmp_path / "data", tmp_path / "root"
    write_jsonl(data / "farsnews-sample" / "farsnews_shared.jsonl",
                [{"id": f"farsnews-{n}", "lang": "fa", "text": TEXT} for n in range(1, 7)]
                + [{"id": "farsnews-7", "lang": "fa", "text": "کوتاه"}])
    (data / "events-dev").mkdir(parents=True)
    write_jsonl(data / "events-dev" / "fa.jsonl", [{"id": "farsnews-2"}])
    (root / "bench" / "data").mkdir(parents=True)
    (root / "bench" / "data" / "events-gold-fresh9-fa.jsonl").write_text(
        json.dumps({"id": "farsnews-1"}) + "\n", encoding="utf-8")
    (root / "tests" / "fixtures").mkdir(parents=True)
    (root / "tests" / "fixtures" / "sample.txt").write_text("farsnews-3", encoding="utf-8")
    return data, root


def test_draw_leaves_out_gold_fixtures_short_and_skipped(tmp_path: Path) -> None:
    data, root = _tree(tmp_path)
    drawn = check_pool.draw("fars", 10, 24, data, skip={"farsnews-4"}, root=root)
    assert sorted(r["id"] for r in drawn) == ["farsnews-5", "farsnews-6"]


def test_draw_is_seeded(tmp_path: Path) -> None:
    data, root = _tree(tmp_path)
    first = [r["id"] for r in check_pool.draw("fars", 2, 7, data, root=root)]
    assert first == [r["id"] for r in check_pool.draw("fars", 2, 7, data, root=root)]


def test_ner_sentences_become_pseudo_articles(tmp_path: Path) -> None:
    conll = tmp_path / "data" / "anercorp" / "ANERCorp_train_derived.txt"
    conll.parent.mkdir(parents=True)
    sentence = "\u200eقال O\nالوزير O\n« O\nنعم O\n» O\n. O\n\n"
    conll.write_text(sentence * 9, encoding="utf-8")
    articles = list(check_pool.ner_articles(conll, "anercorp"))
    assert [a["id"] for a in articles] == ["anercorp-0", "anercorp-1"]
    assert articles[0]["text"].split("\n")[0] == "قال الوزير «نعم»."
    assert len(articles[0]["text"].split("\n")) == 8


def test_arman_pseudo_articles_are_persian(tmp_path: Path) -> None:
    conll = tmp_path / "arman.txt"
    conll.write_text("وزیر B-pers\nگفت O\n، O\nآری O\n. O\n\n" * 3, encoding="utf-8")
    articles = list(check_pool.ner_articles(conll, "arman"))
    assert articles[0]["lang"] == "fa"
    assert articles[0]["text"].split("\n")[0] == "وزیر گفت، آری."
