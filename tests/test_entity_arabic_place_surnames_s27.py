"""An Arabic person's family name that is also a place («الأحمدي», «السويد») is that
person where a speech verb or a title (also «د.») names him alone; after a post or a
preposition it stays the place (khabar.entities.arabic_place_surnames; issue 5, session 27
(2026-12-07), engineer ent_ar12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import GAZETTEER_SOURCE, SURNAME_SOURCE, Entity
from khabar.entities.arabic_place_surnames import place_surnames
from khabar.entities.gazetteer import words


def _entities(text: str, person: str, place: str, nth: int) -> tuple[Entity, Entity]:
    start = text.index(person)
    found = Entity(start, start + len(person), type="PER", text=person,
                   key=f"per:{person}", source="crf")
    at = -1
    for _ in range(nth):
        at = text.index(place, at + 1)
    return found, Entity(at, at + len(place), type="LOC", text=place, source=GAZETTEER_SOURCE)


def _read(text: str, person: str, place: str, nth: int = 2) -> Entity:
    found, loc = _entities(text, person, place, nth)
    out = place_surnames(words(text), [found, loc])
    assert out[0] == found
    return out[1]


@pytest.mark.parametrize(("text", "person", "place"), [
    ("قال المدير محمد الأحمدي إن العمل مستمر. وأضاف الأحمدي أن المكتب جاهز.",
     "محمد الأحمدي", "الأحمدي"),
    ("أكد المهندس خالد السويد أن الأعمال تسير. وقال الدكتور السويد إن الموعد قريب.",
     "خالد السويد", "السويد"),
    ("أكد المهندس خالد السويد أن الأعمال تسير. وقال د. السويد إن الموعد قريب.",
     "خالد السويد", "السويد"),
    ("أكد المهندس خالد السويد أن الأعمال تسير. وحضر اللواء البلوي ود. السويد العزاء.",
     "خالد السويد", "السويد"),
])
def test_a_place_named_as_the_person_is_his_surname(text: str, person: str, place: str) -> None:
    mention = _read(text, person, place)
    assert (mention.type, mention.source, mention.key) == ("PER", SURNAME_SOURCE, f"per:{person}")


@pytest.mark.parametrize(("text", "person", "place"), [
    ("أكد المهندس خالد السويد أن الأعمال تسير. وزار سفير السويد المعرض.",
     "خالد السويد", "السويد"),
    ("أكد المهندس خالد السويد أن الأعمال تسير. وسافر الوفد إلى السويد.",
     "خالد السويد", "السويد"),
])
def test_a_place_after_a_post_or_a_preposition_stays(text: str, person: str, place: str) -> None:
    assert _read(text, person, place).type == "LOC"


def test_no_person_named_in_full_leaves_the_place() -> None:
    text = "وقال الأحمدي إن العمل مستمر."
    loc = Entity(5, 12, type="LOC", text="الأحمدي", source=GAZETTEER_SOURCE)
    assert place_surnames(words(text), [loc]) == [loc]
