"""Foreign technology companies named bare on Persian science pages, listed in
resources/entities/orgs_fa.txt: the tagger missed them or read one as a person (issue 5,
session 22 (2026-12-06), engineer ent_fa; bench/data/entities-study22-fa.jsonl). Sentences
written for these tests."""

from __future__ import annotations

import pytest

import khabar


def orgs(text: str) -> list[str]:
    doc = khabar.process(text, meta={"date": "2006-10-02", "lang": "fa"})
    # the normalizer may write a half-space inside a spaced name («آی بی‌ام»)
    return [e.text.replace("\u200c", " ") for e in doc.entities if e.type == "ORG"]


@pytest.mark.parametrize(("text", "names"), [
    ("مایکروسافت قیمت سیستم عامل تازه خود را به طور تصادفی اعلام کرد.", ["مایکروسافت"]),
    ("کاربران موتورهای جست‌وجوگر را با گوگل و یاهو می‌شناسند.", ["گوگل", "یاهو"]),
    ("شرکت‌هایی چون آی بی ام و اینتل در این مرکز فعالند.", ["آی بی ام", "اینتل"]),
])
def test_the_listed_company_is_read(text: str, names: list[str]) -> None:
    found = orgs(text)
    assert all(name in found for name in names), found
