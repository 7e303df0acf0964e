"""A person of two words or more made only of common words is no person
(arabic_phrase_persons), issue 5, session 24 (2026-12-07), engineer ent_ar6: «[موروث شعبي]»,
«* [روائي كويتي]», «[بيان صدر] أمس»; a name with a listed given name («أحمد عيد») or a
family name written with the article («شجاع الدوسري») stays, as do references and surnames
found again. Phrases written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_phrase_persons import drop_common_phrase_persons


def _kept(phrase: str, source: str = "crf") -> list[str]:
    person = Entity(0, len(phrase), type="PER", text=phrase, source=source)
    return [e.text for e in drop_common_phrase_persons([person])]


@pytest.mark.parametrize("phrase", ["موروث شعبي", "روائي كويتي", "بيان صدر", "رئيسين سابقين",
                                    "أكاديمي مغربي"])
def test_a_phrase_of_common_words_is_no_person(phrase: str) -> None:
    assert _kept(phrase) == []


@pytest.mark.parametrize("phrase", [
    "أحمد عيد",  # a listed given name, then a family name that is a word («عيد» 'feast')
    "بطرس حرب",
    "شجاع الدوسري",  # a family name with the article: its nisba is a common word
    "موروث",  # one word: arabic_word_persons judges those
])
def test_a_name_stays(phrase: str) -> None:
    assert _kept(phrase) == [phrase]


def test_a_role_reference_stays() -> None:
    assert _kept("روائي كويتي", source="role") == ["روائي كويتي"]
