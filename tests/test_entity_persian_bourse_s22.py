"""The Tehran Stock Exchange by its short name, listed in resources/entities/orgs_fa.txt: the
tagger missed «بورس تهران» after «شاخص کل» (issue 5, session 22 (2026-12-06), engineer ent_fa;
bench/data/entities-study22-fa.jsonl). Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar


def orgs(text: str) -> list[str]:
    doc = khabar.process(text, meta={"date": "2007-02-27", "lang": "fa"})
    return [e.text for e in doc.entities if e.type == "ORG"]


@pytest.mark.parametrize("text", [
    "شاخص کل بورس تهران دیروز با 5 واحد افزایش به 9 هزار واحد رسید.",
    "شاخص كل بورس تهران پس از افت 70 واحدي روز يكشنبه رشد كرد.",
])
def test_the_exchange_after_its_index(text: str) -> None:
    assert "بورس تهران" in orgs(text)


def test_the_long_name_stands() -> None:
    assert "بورس اوراق بهادار تهران" in orgs("سهام این شرکت در بورس اوراق بهادار تهران عرضه شد.")
