"""A company named in Latin letters after «شرکت» is the Latin name, the head left out
(khabar.entities.persian_described_bodies.borrowed_names; issue 5, session 15 (2026-12-06),
engineer ent_fa_org2). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_described_bodies import borrowed_names, described_bodies


def orgs(text: str, *found: Entity) -> list[str]:
    return [e.text for e in described_bodies(text, words(text), list(found))
            if e.type == "ORG"]


@pytest.mark.parametrize("text, name", [
    ("سخنگوی شرکت ebay اعلام کرد که سایت باز شد.", "ebay"),
    ("آزمایش‌های شرکت warranty direct نشان داد.", "warranty direct"),
    ("مدیرعامل شرکت b.a.t به ایران سفر کرد.", "b.a.t"),
    ("چاپگرهای شرکت xerox. این خبر", "xerox"),
])
def test_latin_name_after_head_is_the_company(text: str, name: str) -> None:
    assert orgs(text) == [name]


def test_persian_word_after_head_is_no_latin_name() -> None:
    assert borrowed_names("سخنگوی شرکت نفت گفت.", words("سخنگوی شرکت نفت گفت."), []) == []


def test_generic_head_and_found_names_are_left() -> None:
    text = "این شرکت ebay نیست."
    assert orgs(text) == []
    text = "سخنگوی شرکت ebay گفت."
    start = text.index("ebay")
    found = Entity(start, start + 4, type="ORG", text="ebay", key="x:ebay", source="crf")
    kept = borrowed_names(text, words(text), [found])
    assert kept == [found]
