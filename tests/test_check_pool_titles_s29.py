"""bench/check_pool.py's pseudo-articles have no title (session 29, 2026-12-07, the lead): a
title cut from the first sentence made khabar strip that sentence's start from the body as a
repeated headline, so checks on the NER and eld pools never read it (audit_fa's finding)."""

from __future__ import annotations

from bench_modules import bench_module

import khabar

check_pool = bench_module("check_pool")
SENTENCES = [
    "وزیر امور خارجه ایران روز دوشنبه در تهران با همتای ترکیه خود دیدار و گفت‌وگو کرد.",
    "تیم ملی فوتبال در دیدار دوستانه برنده شد.",
]


def test_pseudo_articles_have_no_title() -> None:
    [record] = check_pool.pseudo_articles(SENTENCES, "arman", "fa")
    assert record["title"] == ""
    assert record["text"].split("\n") == SENTENCES


def test_first_sentence_is_read_as_body() -> None:
    [record] = check_pool.pseudo_articles(SENTENCES, "arman", "fa")
    meta = {k: v for k, v in record.items() if k != "text"}
    doc = khabar.process(record["text"], meta=meta)
    assert "تهران" in {e.text for e in doc.entities}
