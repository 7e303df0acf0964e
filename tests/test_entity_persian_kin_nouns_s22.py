"""A kinship noun after a Persian given name is no surname (khabar.entities.persian_kin_nouns;
issue 5, session 22 (2026-12-06), engineer ent_fa2). Sentences written for these tests; the
tagger's persons are built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.persian_kin_nouns import without_kin_nouns


def person(text: str, name: str, source: str = "crf") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="PER", text=name,
                  key=f"per:{name.split()[-1]}", source=source)


@pytest.mark.parametrize(("text", "tagged", "name"), [
    ("در این مراسم فاطمه خواهر امام رضا یاد شد.", "فاطمه خواهر", "فاطمه"),
    ("زهرا همسر شهید در مراسم سخن گفت.", "زهرا همسر", "زهرا"),
    # a surname that is a kinship word too is kept: Ali Daei
    ("علی دایی سرمربی تیم است.", "علی دایی", "علی دایی"),
    # one word: no name left to cut to
    ("خواهر او آمد.", "خواهر", "خواهر"),
])
def test_a_closing_kinship_noun_is_left_out(text: str, tagged: str, name: str) -> None:
    (found,) = without_kin_nouns([person(text, tagged)])
    assert (found.text, text[found.start:found.end]) == (name, name)


def test_the_key_is_the_name_left() -> None:
    text = "فاطمه خواهر امام رضا"
    (found,) = without_kin_nouns([person(text, "فاطمه خواهر")])
    assert found.key is not None and "خواهر" not in found.key


def test_references_are_left() -> None:
    e = Entity(0, len("پدر مادر"), type="PER", text="پدر مادر", source="role")
    assert without_kin_nouns([e]) == [e]
