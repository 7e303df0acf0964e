"""A person and its own surname found again alone right after it are one person
(arabic_surname_joins), issue 5, session 24 (2026-12-07), engineer ent_ar6: the tagger or a
title rule closed «[سامي] [الدوسري]» a word early and the surname pass found «الدوسري» again
as the surname of «سامي الدوسري» named before. A surname that is a common word, written
with a glued «و», another person's on another given name, or after a person run on over an
accusative stays apart. Sentences written for these tests."""

from __future__ import annotations

from bisect import bisect_left

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_surname_joins import join_split_surnames
from khabar.entities.titles import person_key
from khabar.entities.words import words


def _person(text: str, phrase: str, source: str, after: int = 0) -> Entity:
    """The person ``phrase`` found at or after ``after``, keyed as the pipeline keys it."""
    tokens = words(text)
    starts = [w.start for w in tokens]
    start = text.index(phrase, after)
    end = start + len(phrase)
    key = person_key(tokens, bisect_left(starts, start), bisect_left(starts, end) - 1)
    return Entity(start, end, type="PER", text=phrase, key=key, source=source)


def _joined(text: str, origin: str, person: str, surname: str, *,
            surname_source: str = "surname") -> list[str]:
    first = _person(text, origin, "crf")
    second = _person(text, person, "crf", first.end)
    third = _person(text, surname, surname_source, second.end)
    third = Entity(third.start, third.end, type="PER", text=third.text, key=first.key,
                   source=surname_source)
    kept = [first, second, third]
    return [e.text for e in join_split_surnames(text, words(text), kept)]


@pytest.mark.parametrize(("text", "origin", "person", "surname", "whole"), [
    # the surname's person opens with the same given name
    ("وصل سامي الدوسري أمس. وقال سامي الدوسري إن الفريق جاهز.",
     "سامي الدوسري", "سامي", "الدوسري", "سامي الدوسري"),
    # ... written behind a list's glued «و» where the article first names him
    ("حضر الوزير ووليد الكناني الحفل. وأكد وليد الكناني أن الموعد ثابت.",
     "ووليد الكناني", "وليد", "الكناني", "وليد الكناني"),
    # the surname's person is the surname alone
    ("وصرح الكناني بذلك. وقال المهندس رامي سعد الكناني إن المشروع اكتمل.",
     "الكناني", "رامي سعد", "الكناني", "رامي سعد الكناني"),
])
def test_a_person_and_its_surname_right_after_it_are_one(
        text: str, origin: str, person: str, surname: str, whole: str) -> None:
    assert _joined(text, origin, person, surname) == [origin, whole]


@pytest.mark.parametrize(("text", "origin", "person", "surname"), [
    # another given name: the surname may be another person's run-on
    ("وقال فهد الكناني ذلك. وحضر ماجد سالم الكناني الحفل.",
     "فهد الكناني", "ماجد سالم", "الكناني"),
    # a common word repeated from a run-on («أحمد سالم عضوا»)
    ("وعين أحمد سالم عضوا في اللجنة ثم عين أحمد سالم عضوا في المجلس.",
     "أحمد سالم عضوا", "أحمد سالم", "عضوا"),
    # a list's glued «و»
    ("وعاقب الاتحاد روسي وبيانكي. وأوقف النادي روسي وبيانكي.",
     "روسي وبيانكي", "روسي", "وبيانكي"),
    # a line between them
    ("وقال سامي الدوسري ذلك.\nسامي\nالدوسري يكتب.",
     "سامي الدوسري", "سامي", "الدوسري"),
    # a person run on over an accusative: the name after it is another person's
    ("وصل الدوسري أمس. وكرم الأمير خالد بن سعد مقلدا الدوسري رتبته.",
     "الدوسري", "خالد بن سعد مقلدا", "الدوسري"),
])
def test_a_surname_that_is_no_name_of_the_person_stays_apart(
        text: str, origin: str, person: str, surname: str) -> None:
    assert len(_joined(text, origin, person, surname)) == 3


def test_a_surname_the_tagger_found_itself_is_not_joined() -> None:
    text = "وصل سامي الدوسري أمس. وقال سامي الدوسري إن الفريق جاهز."
    assert len(_joined(text, "سامي الدوسري", "سامي", "الدوسري", surname_source="crf")) == 3
