"""The run-on rule (arabic_run_on_words) and transcribed names in «يا», session 20
(2026-12-06), issue 5, engineer ent_ar3: a last word written with a bare alif after
«ي» («يامين», «يارد») is a transcribed /ja/, not an imperfect, whose «يأ» keeps its
hamza as written. Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_run_on_words import cut_run_on_words
from khabar.entities.words import words


def _cut(text: str, phrase: str) -> list[str]:
    start = text.index(phrase)
    kept = [Entity(start, start + len(phrase), type="PER", text=phrase, source="crf")]
    return [e.text for e in cut_run_on_words(words(text), kept)]


@pytest.mark.parametrize(("text", "phrase"), [
    ("وفاز الرئيس عبدالله يامين بولاية ثانية.", "عبدالله يامين"),
    ("ألف الموسيقي غبريل يارد لحن الفيلم.", "غبريل يارد"),
])
def test_a_transcribed_name_in_ya_ends_the_person(text: str, phrase: str) -> None:
    assert _cut(text, phrase) == [phrase]


def test_an_imperfect_in_hamzated_ya_is_still_cut() -> None:
    """«يأخذ» folds to «ياخذ»: the exemption reads the word as written."""
    text = "وكان عبد اللهيان يأخذ الكلمة."
    assert _cut(text, "عبد اللهيان يأخذ") == ["عبد اللهيان"]
