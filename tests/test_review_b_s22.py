"""Session 22's review (review_b, 2026-12-07) of 69ab140..66af55f: a word that opens on «و»
but is a common word of its own («وحدات», «وسط», «وزارة») does not open a clash's second side
(``events.arabic_clash_sides``, commit d737cdf): «اشتباكات بين وحدات الجيش السوري ومسلحي
تنظيم داعش» lost its actor, and with it the event; and a person cut before a kinship noun
(``entities.persian_kin_nouns``, commit 33d1aae) is keyed by ``titles.person_key``.
Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_kin_nouns import without_kin_nouns
from khabar.events.arabic_clash_sides import _opens_with_and


def clash_sides(text: str) -> list[tuple[str | None, str | None]]:
    doc = khabar.process(text, meta={"date": "2015-08-06"})
    return [(getattr(e.actor, "name_en", None), getattr(e.target, "name_en", None))
            for e in doc.events if e.type == "ASSAULT"]


def test_a_noun_of_the_first_sides_men_that_opens_on_waw() -> None:
    text = "اندلعت اشتباكات بين وحدات الجيش السوري ومسلحي تنظيم داعش في حلب."
    assert clash_sides(text) == [("Syria Army", "Islamic State")]


@pytest.mark.parametrize(("text", "opens"), [
    ("ومسلحي", True),  # «و» + a noun no list holds
    ("والفصائل", True),  # «و» + the article
    ("وجبهة", True),  # «و» + a common word
    ("و", True),
    ("وحراس", True),  # «و» + a noun written with the article elsewhere ('guards')
    ("وحدات", False),  # 'units': a common word of its own
    ("وسط", False),  # 'middle'
    ("وزارة", False),  # 'ministry'
    ("الجيش", False),
])
def test_a_glued_waw(text: str, opens: bool) -> None:
    assert _opens_with_and(words(text)) is opens


@pytest.mark.parametrize(("name", "key"), [
    # a surname whose end a lost half-space left apart is keyed whole, as person_key does
    ("مریم غنی زاده خواهر", "per:غنيزاده"),
    ("علی رضایی پدر", "per:رضايي"),
])
def test_a_person_cut_before_a_kinship_noun_is_keyed_as_persons_are(name: str, key: str) -> None:
    """``entities.persian_kin_nouns`` (commit 33d1aae) keyed the cut person by its last word
    left («per:زاده»), which gathers unrelated persons (review_a, session 21)."""
    tagged = Entity(0, len(name), type="PER", text=name, key="per:x", source="crf")
    (found,) = without_kin_nouns([tagged])
    assert found.key == key
