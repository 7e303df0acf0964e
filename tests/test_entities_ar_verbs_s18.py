"""Arabic one-word persons whose word is a verb form, a function word or a word with a
pronoun suffix are dropped (entities/arabic_word_persons.drop_common_word_persons, through
arabic_construct_words.no_construct_noun); listed given names stay. Issue 5, session 18
(2026-12-06), engineer ent_ar_verbs. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import keyed_person

from khabar.doc import Entity
from khabar.entities.arabic_mentions import arabic_mentions
from khabar.entities.arabic_word_persons import drop_common_word_persons
from khabar.entities.words import words


def _kept(text: str, kept: list[Entity]) -> list[str]:
    return [e.text for e in drop_common_word_persons(text, words(text), kept)]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال إن المبنى ويعمل فيه مئة موظف.", "ويعمل"),  # «و» + imperfect
    ("وأكد أن الأعضاء يشكلون لجنة للتحقيق.", "يشكلون"),  # imperfect, plural
    ("وقال إن العمال قاموا بإصلاح الطريق.", "قاموا"),  # perfect in «وا»
    ("وأوضح أن البلدية لديها خطة للعام المقبل.", "لديها"),  # a preposition with a pronoun
    ("وذكر أن أعمالهم انتهت قبل الموعد.", "أعمالهم"),  # a pronoun suffix
])
def test_a_verb_form_is_no_person(text: str, name: str) -> None:
    assert _kept(text, [keyed_person(text, name)]) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وقال يوسف إن الفريق جاهز.", "يوسف"),  # a given name opening with «ي»
    ("وحضر الحفل ويحيى وخالد.", "ويحيى"),  # a given name behind a glued «و»
    ("وقالت رنا إن الحفل انتهى.", "رنا"),  # a name ending in «نا», no pronoun suffix
    ("وقال مارادونا إن الفريق جاهز.", "مارادونا"),  # a foreign /-na/
    ("وقال فينجر إن الفريق جاهز.", "فينجر"),  # a foreign /fi-/, no «ف» + imperfect
    ("وعجز اللاعب يوهاندري عن السفر.", "يوهاندري"),  # a foreign /jo-/
])
def test_a_given_name_stays(text: str, name: str) -> None:
    assert _kept(text, [keyed_person(text, name)]) == [name]


def test_the_verb_rule_runs_in_arabic_mentions() -> None:
    text = "وأكد أن الأعضاء يشكلون لجنة للتحقيق."
    found = arabic_mentions(text, words(text), [keyed_person(text, "يشكلون")])
    assert [e.text for e in found] == []
