"""A body's «ل» complement naming a second field that is a construct, session 15
(2026-12-06), issue 5 (entities/arabic_complement_fields). Sentences written for these
tests; the pattern reader's bodies given by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_complement_fields import complement_fields
from khabar.entities.words import words


def _found(text: str, name: str, source: str = "org_pattern") -> list[str]:
    start = text.index(name)
    e = Entity(start, start + len(name), type="ORG", text=name, key="x", source=source)
    return [x.text for x in complement_fields(text, words(text), [e])]


@pytest.mark.parametrize(("text", "name", "whole"), [
    ("توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها.", "الرئاسة العامة للأرصاد",
     "الرئاسة العامة للأرصاد وحماية البيئة"),
    ("وقالت الجمعية العربية للنيازك وعلوم الفضاء، إن.", "الجمعية العربية للنيازك",
     "الجمعية العربية للنيازك وعلوم الفضاء"),
])
def test_a_second_field_goes_on_the_complement(text: str, name: str, whole: str) -> None:
    assert _found(text, name) == [whole]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال المجلس الأعلى للقضاء ووزارة العدل إن.", "المجلس الأعلى للقضاء"),  # a head
    ("وزار وفد من الإدارة العامة للتراخيص وفرع الهيئة.", "الإدارة العامة للتراخيص"),  # a unit
    ("ودعا المركز الوطني للشباب والمجتمع المدني.", "المركز الوطني للشباب"),  # definite: not here
    ("وقالت الهيئة العامة لحقوق الإنسان وحماية البيئة.", "الهيئة العامة لحقوق الإنسان"),
    ("وقال رئيس الهيئة الملكية للجبيل وينبع الأمير سعود.", "الهيئة الملكية للجبيل"),  # a title
    ("ونائب رئيس الاتحاد العربي للكاراتيه ورئيس الاتحاد السعودي.", "الاتحاد العربي للكاراتيه"),
    ("وقامت بزيارة المعهد الياباني للسيارات ويعقبها العديد من الزيارات.",
     "المعهد الياباني للسيارات"),  # a verb with its object pronoun
    ("يعمل عليها المركز الوطني للبتروكيماويات وأحدث التقنيات.",
     "المركز الوطني للبتروكيماويات"),  # an elative
    ("بمشاركة المنظمة العربية للسياحة ومحافظة الطائف.", "المنظمة العربية للسياحة"),
])
def test_a_second_body_a_unit_or_another_build_stays_apart(text: str, name: str) -> None:
    assert _found(text, name) == [name]


def test_only_the_pattern_readers_bodies() -> None:
    """A listed or tagger body keeps its own extent."""
    text = "توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها."
    assert _found(text, "الرئاسة العامة للأرصاد", "crf") == ["الرئاسة العامة للأرصاد"]


def test_no_second_field_over_another_entity() -> None:
    """«للجبيل وينبع»: the place «ينبع», found as a place, is no field."""
    text = "وقال رئيس الهيئة الملكية للجبيل وينبع الصناعية إن."
    name, place = "الهيئة الملكية للجبيل", "ينبع"
    start, at = text.index(name), text.index(place)
    kept = [Entity(start, start + len(name), type="ORG", text=name, key="x", source="org_pattern"),
            Entity(at, at + len(place), type="LOC", text=place, key="y", source="gazetteer")]
    assert [x.text for x in complement_fields(text, words(text), kept)] == [name, place]
