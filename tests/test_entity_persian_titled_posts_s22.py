"""The title rule's one-word person that is a post's noun («آقای [مدیرعامل]»), or a common
word after a title that a demonstrative or an indefinite opens («یک خانم [جوان]»), names no
one (khabar.entities.persian_title_words; issue 5, session 22 (2026-12-06), engineer
ent_fa2). Sentences written for these tests; the title rule's persons are built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_title_words import drop_determined_titles, drop_titled_words


def titled(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="PER", text=name, key=f"per:{name}",
                  source="title")


@pytest.mark.parametrize(("text", "name", "kept"), [
    ("پیشنهادی که به آقای مدیرعامل دادم پذیرفته شد.", "مدیرعامل", False),
    ("آقای فرماندار در جلسه حاضر نشد.", "فرماندار", False),
    ("آقای مدیری در جلسه حاضر شد.", "مدیری", True),  # a surname, no post
])
def test_a_post_after_a_title_names_no_one(text: str, name: str, kept: bool) -> None:
    assert bool(drop_titled_words([titled(text, name)])) is kept


@pytest.mark.parametrize(("text", "name", "kept"), [
    ("فرض کنید که این خانم همسایه شما باشد.", "همسایه", False),
    ("پدر و مادر این خانم تلاش بسیاری کرده‌اند.", "تلاش", False),
    # a rarer word after the title stays a name
    ("همین آقای تاجرنیا می‌توانند فردا بیایند.", "تاجرنیا", True),
    # no determiner before the title: the title rule's reading stands
    ("خانم همسایه در جلسه سخن گفت.", "همسایه", True),
])
def test_a_common_word_after_a_determined_title(text: str, name: str, kept: bool) -> None:
    assert bool(drop_determined_titles(words(text), [titled(text, name)])) is kept
