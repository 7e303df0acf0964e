"""A name in quotation marks after a noun of kind and an adjective of the body's line or country
(«شبکه خبری «یورونیوز»», «شرکت خصوصی «دستان»», «روزنامه لبنانی «النهار»») is the quoted words,
the noun and the adjective left out as the gold leaves a noun of kind out
(bench/data/ENTITIES-GOLD.md; khabar.entities.persian_press, resources/entities/
kind_adjectives_fa.txt; issue 5, session 21 (2026-12-06), engineer ent_fa_org). Sentences
written for these tests; the tagger's entities are built by hand."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Entity
from khabar.entities.persian_press import press_names
from khabar.entities.words import words


def tagged(text: str, name: str, kind: str, source: str = "crf") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, source=source)


def orgs(text: str, found: list[Entity]) -> list[str]:
    return [e.text for e in press_names(text, words(text), found) if e.type == "ORG"]


@pytest.mark.parametrize(("text", "name"), [
    ("به گزارش شبکه خبری «یورونیوز» وزیر کشور فرانسه گفت.", "یورونیوز"),
    ("قرارداد اول را شرکت خصوصی «دستان» امضا کرد.", "دستان"),
    ("روزنامه لبنانی «النهار» در شماره اخیر خود نوشت.", "النهار"),  # a nationality
    ("به نقل از سایت اینترنتی «میدل ایست آن لاین» نوشت.", "میدل ایست آن لاین"),
])
def test_the_quoted_words_after_an_adjective_are_the_body(text: str, name: str) -> None:
    assert orgs(text, []) == [name]


def test_the_taggers_noun_and_adjective_give_way() -> None:
    text = "شبکه تلویزیونی «پی یو کی» به نقل از رهبر این حزب گزارش داد."
    assert orgs(text, [tagged(text, "شبکه تلویزیونی", "ORG")]) == ["پی یو کی"]


@pytest.mark.parametrize("text", [
    "به گزارش بنیاد فارابی «عروس خوش قدم» به کارگردانی او ساخته شد.",  # a name, then a film
    "در کارخانه تولید «شمش لحیم» کار می کند.",  # a product after a verbal noun
])
def test_a_word_of_no_kind_between_leaves_no_name(text: str) -> None:
    assert orgs(text, []) == []


def test_the_pipeline_reads_the_quoted_channel() -> None:
    doc = khabar.process("گزارش شبکه خبری «کی فاکس تی وی» حاکی است که راننده دستگیر شد.",
                         meta={"date": "2006-05-09"})
    assert [(e.type, e.text) for e in doc.entities if e.type == "ORG"] == [
        ("ORG", "کی فاکس تی وی")]
