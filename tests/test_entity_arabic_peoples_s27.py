"""An Arabic people or sect the tagger read as an organisation («الأكراد», «الشيعة») is a
reference to the group, not an organisation's name: kept in the document with the source
``doc.PEOPLE_SOURCE`` (one of ``REFERENCE_SOURCES``) for events, left out of a names-only
reading (khabar.entities.arabic_peoples, resources/entities/peoples_ar.txt; issue 5, session
27 (2026-12-07), engineer ent_ar10; the gold labels named bodies only,
bench/data/ENTITIES-GOLD.md). Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import PEOPLE_SOURCE, REFERENCE_SOURCES, Entity
from khabar.entities.arabic_peoples import mark_peoples
from khabar.export.contract import is_reference


def _org(text: str, source: str = "crf") -> Entity:
    return Entity(0, len(text), type="ORG", text=text, source=source)


@pytest.mark.parametrize("name", [
    "الأكراد", "الاكراد", "الشيعة", "السنّة", "الخوارج",
    # fused with «ل» («للأكراد»: the tagger's span keeps one lam), or without the article
    # in the construct state («شيعة العراق»)
    "لأكراد", "شيعة",
])
def test_a_people_is_a_reference_not_a_name(name: str) -> None:
    [marked] = mark_peoples([_org(name)])
    assert marked.source == PEOPLE_SOURCE
    assert PEOPLE_SOURCE in REFERENCE_SOURCES and is_reference(marked)


@pytest.mark.parametrize(("entity", "why"), [
    (_org("حزب العمال الكردستاني", "org_pattern"), "a party named after a people"),
    (_org("البيت اليهودي", "quoted_org"), "a party named after a people"),
    (_org("الخوارج المخربون"), "more than the people's name"),
    (_org("الحوثيين", "org_list"), "a movement, not listed"),
    (Entity(0, 7, type="PER", text="الأكراد", source="crf"), "a person is left to its rules"),
])
def test_other_entities_keep_their_source(entity: Entity, why: str) -> None:
    assert mark_peoples([entity]) == [entity], why



@pytest.mark.parametrize(("text", "people"), [
    ("وسيطر الأكراد على البلدة بعد انسحاب مقاتلي حزب العمال الكردستاني منها.", "الأكراد"),
    ("وتمارس الميليشيات القتل ضد أهل السنة في العراق وسوريا.", "السنة"),
])
def test_the_pipeline_marks_the_people(text: str, people: str) -> None:
    doc = khabar.process(text, meta={"lang": "ar"})
    orgs = {e.text: e.source for e in doc.entities if e.type == "ORG"}
    assert orgs[people] == PEOPLE_SOURCE
    assert orgs.get("حزب العمال الكردستاني", "org_pattern") != PEOPLE_SOURCE
