"""Persons that are no names, session 21 (2026-12-06), issue 5, engineer ent_ar.
Sentences written for these tests.

- ``arabic_split_words``: a person the tagger opens inside a word that is never a
  person's («ل[جان توظيف]»: «لجان» 'committees'; «و[فاة] ...»: «وفاة» 'death') is dropped;
  a name behind a glued «و»/«ل»/«ب» («وحسن الراهب», «لمحمد داغستاني») stays.
- ``stage.spreadable``: a surname of fewer than two letters (a key folded to nothing from
  a tatweel «ـ» standing for a dash, or a number) is not found again alone, which made
  every tanween «ً» and tatweel of an article a person.
"""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_split_words import drop_split_common_words
from khabar.entities.stage import spreadable
from khabar.entities.words import words


def _kept(text: str, name: str, source: str = "crf") -> list[str]:
    start = text.index(name)
    person = Entity(start, start + len(name), type="PER", text=name, key="per:x", source=source)
    return [e.text for e in drop_split_common_words(words(text), [person])]


@pytest.mark.parametrize(("text", "name"), [
    ("يستدعي الأمر وجود لجان توظيف مركزية تتولى الاختيار.", "جان توظيف"),
    ("عقدت لجان الحج التحضيرية اجتماعها الثاني.", "جان الحج"),
    ("بعد تلقيه نبأ وفاة ابن شقيقته أمس.", "فاة ابن شقيقته"),
])
def test_a_person_inside_a_common_word_is_dropped(text: str, name: str) -> None:
    assert _kept(text, name) == []


@pytest.mark.parametrize(("text", "name"), [
    ("ومحمد السهلاوي وحسن الراهب في الهجوم.", "حسن الراهب"),  # «وحسن» is no common word
    ("صدر كتاب «حصاد الزمن» لمحمد داغستاني أمس.", "محمد داغستاني"),
    ("يستدعي الأمر وجود لجان توظيف مركزية.", "لجان توظيف"),  # starts on the word
])
def test_a_name_behind_a_letter_stays(text: str, name: str) -> None:
    assert _kept(text, name) == [name]


def test_a_role_reference_is_left_alone() -> None:
    text = "يستدعي الأمر وجود لجان توظيف مركزية."
    assert _kept(text, "جان توظيف", source="role") == ["جان توظيف"]


@pytest.mark.parametrize(("surname", "spread"), [
    ("", False),  # «عبد الله ـ»: the tatweel folds to nothing
    ("36", False),
    ("ً", False),
    ("الغامدي", True),
    ("عز", True),  # two letters: a name
])
def test_a_surname_needs_two_letters(surname: str, spread: bool) -> None:
    assert spreadable(surname) is spread


def test_the_rule_runs_in_the_pipeline() -> None:
    import khabar

    doc = khabar.process("وأكد أن هذا الأمر يستدعي وجود لجان توظيف مركزية تتولى اختيار "
                         "أعضاء هيئة التدريس، كما يستدعي وجود لجان توظيف في كل جامعة.",
                         meta={"date": "2015-08-01"})
    assert not [e.text for e in doc.entities if e.type == "PER" and "توظيف" in e.text]
