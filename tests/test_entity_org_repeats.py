"""An Arabic organisation named again (``khabar.entities.org_repeats``). Sentences written
for these tests."""

from __future__ import annotations

from doc_builders import tagged

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.org_repeats import add_org_repeats


def repeats(text: str, kept: list[Entity]) -> list[tuple[str, str]]:
    return [(e.text, e.source or "") for e in add_org_repeats(text, words(text), kept)]


def read(text: str, phrase: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Entity(start, start + len(phrase), type="ORG", text=phrase, key="org:x",
                  source="org_pattern")


def test_a_body_read_from_its_build_is_found_again() -> None:
    text = "تعاقد نادي الاتحاد مع المدرب، وانتقل اللاعب إلى الاتحاد ثم رفض الالتحاق بالاتحاد."
    assert repeats(text, [read(text, "الاتحاد")]) == [
        ("الاتحاد", "org_pattern"), ("الاتحاد", "org_again"), ("الاتحاد", "org_again")]


def test_no_spreading_of_the_tagger_a_place_or_a_nisba() -> None:
    text = "دفع مليون ريال لشراء الأغنام، وكل رأس بألف ريال."
    assert repeats(text, [tagged(text, "ريال", "ORG")]) == [("ريال", "crf")]
    text = "قالت قناة العربية إن العربية لغة جميلة."
    assert repeats(text, [read(text, "العربية")]) == [("العربية", "org_pattern")]


def test_a_mention_inside_another_entity_stays_its() -> None:
    text = "تعاقد نادي الاتحاد مع اللاعب، وقال رئيس الاتحاد الآسيوي إن القرار نهائي."
    inner = read(text, "الاتحاد الآسيوي")
    assert repeats(text, [read(text, "الاتحاد"), inner]) == [
        ("الاتحاد", "org_pattern"), ("الاتحاد الآسيوي", "org_pattern")]


def test_a_name_that_is_also_a_place_is_not_spread() -> None:
    text = "علمت صحيفة الرياض أن الوفد وصل إلى الرياض أمس."
    assert repeats(text, [read(text, "الرياض")]) == [("الرياض", "org_pattern")]
