"""Organisations listed in resources/entities/orgs_fa.txt that the tagger missed (issue 5,
session 22 (2026-12-06), engineer ent_fa; bench/data/entities-study22-fa.jsonl). Sentences
written for these tests.

The Tehran Stock Exchange by its short name: «بورس تهران» after «شاخص کل». Foreign
technology companies named bare on Persian science pages: missed, or one read as a person.
"""

from __future__ import annotations

import pytest
from doc_builders import org_texts

BOURSE_DAY = "2007-02-27"
SCIENCE_DAY = "2006-10-02"


@pytest.mark.parametrize("text", [
    "شاخص کل بورس تهران دیروز با 5 واحد افزایش به 9 هزار واحد رسید.",
    "شاخص كل بورس تهران پس از افت 70 واحدي روز يكشنبه رشد كرد.",
])
def test_the_exchange_after_its_index(text: str) -> None:
    assert "بورس تهران" in org_texts(text, BOURSE_DAY)


def test_the_long_name_stands() -> None:
    assert "بورس اوراق بهادار تهران" in org_texts(
        "سهام این شرکت در بورس اوراق بهادار تهران عرضه شد.", BOURSE_DAY)


@pytest.mark.parametrize(("text", "names"), [
    ("مایکروسافت قیمت سیستم عامل تازه خود را به طور تصادفی اعلام کرد.", ["مایکروسافت"]),
    ("کاربران موتورهای جست‌وجوگر را با گوگل و یاهو می‌شناسند.", ["گوگل", "یاهو"]),
    ("شرکت‌هایی چون آی بی ام و اینتل در این مرکز فعالند.", ["آی بی ام", "اینتل"]),
])
def test_the_listed_company_is_read(text: str, names: list[str]) -> None:
    # the normalizer may write a half-space inside a spaced name («آی بی‌ام»)
    found = [name.replace("\u200c", " ") for name in org_texts(text, SCIENCE_DAY)]
    assert all(name in found for name in names), found
