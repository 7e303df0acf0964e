"""Arabic entity rules of session 18 (2026-12-06), issue 5: a person the taggers read as
the given name alone, right before a family name in «ال» that no entity holds, takes it
(entities/arabic_family_names._given_alone). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_family_names import add_family_names
from khabar.entities.words import words


def _person(text: str, name: str, key: str, source: str = "crf", kind: str = "PER") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, key=key, source=source)


def _persons(text: str, kept: list[Entity]) -> list[str]:
    return [e.text for e in add_family_names(text, words(text), kept) if e.type == "PER"]


@pytest.mark.parametrize(("text", "given", "found"), [
    ("حضر التوقيع مدير الكرة فؤاد السليم.", "فؤاد", "فؤاد السليم"),
    ("وكان سعود التويم الذي تحدث للصحيفة حاضرا.", "سعود", "سعود التويم"),  # a relative
    # a given name of the taggers' list only (a common word too): the tagger read it here
    ("نشرت الصحيفة معاناة المواطن سليمان الصعب بعد أن ظل يراجع الإدارة.", "سليمان",
     "سليمان الصعب"),
    ("ما يجعل حسن الراهب أساسيا في المباراة.", "حسن", "حسن الراهب"),
])
def test_a_given_name_alone_takes_the_family_name(text: str, given: str, found: str) -> None:
    kept = [_person(text, given, "per:" + given)]
    out = add_family_names(text, words(text), kept)
    assert [e.text for e in out if e.type == "PER"] == [found]
    assert all(text[e.start:e.end] == e.text for e in out)
    assert out[0].key != kept[0].key


@pytest.mark.parametrize(("text", "given", "why"), [
    ("وخيبة أمل بديل صلاح اللاعب في المباراة.", "صلاح",
     "a post's noun in apposition («اللاعب»)"),
    ("ثم مرر الكرة إلى صلاح المنطلق السريع في الدقيقة الأخيرة.", "صلاح",
     "a definite word after it: a noun and its adjective («المنطلق السريع»)"),
    ("وأشار الدكتور حسن الراهب إلى أن الحفل ناجح.", "حسن",
     "after a title the title rules read the name"),
    ("وقال فؤاد\nالراهب إن الحالة مستقرة.", "فؤاد", "no plain space before the word"),
])
def test_no_family_name_after_a_given_name(text: str, given: str, why: str) -> None:
    assert _persons(text, [_person(text, given, "per:" + given)]) == [given], why


def test_a_family_word_another_entity_holds_is_left() -> None:
    text = "ولعب يوسف الهلال أمس."
    kept = [_person(text, "يوسف", "per:يوسف"),
            _person(text, "الهلال", "org:الهلال", source="club", kind="ORG")]
    assert _persons(text, kept) == ["يوسف"]
