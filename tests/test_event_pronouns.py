"""Words that stand for the last person named, per language (events.antecedents).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.entities.gazetteer import words
from khabar.events.antecedents import stands_for_person


@pytest.mark.parametrize(
    ("text", "lang", "stands"),
    [
        ("او گفت که مذاکرات ادامه دارد.", "fa", True),
        ("وی افزود که هیئت فردا می‌رسد.", "fa", True),
        # Arabic «أو» is 'or', though it folds to the letters of Persian «او» 'he'.
        ("أو الوزراء الذين حضروا الاجتماع.", "ar", False),
        ("هو الذي قاد الوفد إلى الرياض.", "ar", True),
    ])
def test_a_pronoun_is_read_in_its_own_language(text: str, lang: str, stands: bool) -> None:
    doc = simple_doc(text, lang)
    assert stands_for_person(doc, words(doc.text)) is stands
