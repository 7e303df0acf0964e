"""An Arabic organisation that names a government («الحكومة التركية», «حكومة مصر») or the
states together («المجتمع الدولي») is a reference to states, not an organisation's name:
kept in the document with the source ``doc.GOVERNMENT_SOURCE`` (one of
``REFERENCE_SOURCES``) for events and quotes, left out of a names-only reading
(khabar.entities.arabic_governments, resources/entities/government_heads_ar.txt and
state_references_ar.txt; issue 5, session 27 (2026-12-07), engineer ent_ar10; the gold's
rules label neither governments nor generic bodies, bench/data/ENTITIES-GOLD.md). Sentences
written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import GOVERNMENT_SOURCE, REFERENCE_SOURCES, Entity
from khabar.entities.arabic_governments import mark_state_references
from khabar.entities.words import phrase_key
from khabar.export.contract import is_reference


def orgs(text: str) -> list[Entity]:
    doc = khabar.process(text, meta={"lang": "ar"})
    return [e for e in doc.entities if e.type == "ORG"]


def named_orgs(text: str) -> list[str]:
    return [phrase_key(e.text) for e in orgs(text) if not is_reference(e)]


@pytest.mark.parametrize(("text", "reference"), [
    # a country's government by its nationality adjective (org_heads.tsv)
    ("وأكدت الحكومة التركية في بيان أنها لم تقصف أي مناطق.", "الحكومة التركية"),
    ("وقالت الحكومة البريطانية إنها تعمل مع نظيرتها الفرنسية.", "الحكومة البريطانية"),
    # by its country, in the construct state
    ("وتقف المملكة إلى جانب حكومة مصر وشعبها الشقيق.", "حكومة مصر"),
    # the international community (orgs.tsv: org:international-community)
    ("وطالب الوزير المجتمع الدولي بالتحرك لوقف الحرب.", "المجتمع الدولي"),
])
def test_a_government_is_a_reference_not_a_name(text: str, reference: str) -> None:
    found = [e for e in orgs(text) if phrase_key(e.text) == phrase_key(reference)]
    assert [e.source for e in found] == [GOVERNMENT_SOURCE]
    assert GOVERNMENT_SOURCE in REFERENCE_SOURCES
    assert phrase_key(reference) not in named_orgs(text)


@pytest.mark.parametrize(("text", "name"), [
    # a body that holds the word later, or a ministry with its nationality, keeps its name
    ("أعلنت هيئة الإحصاء الحكومية التركية تراجع الإيرادات.", "هيئة الإحصاء الحكومية التركية"),
    ("وقالت وزارة الخارجية الأميركية إن المحادثات مستمرة.", "وزارة الخارجية الأميركية"),
])
def test_other_bodies_keep_their_names(text: str, name: str) -> None:
    assert phrase_key(name) in named_orgs(text)


def test_only_governments_and_listed_states_are_marked() -> None:
    kept = [Entity(0, 7, type="ORG", text="الحكومة", source="crf"),
            Entity(0, 15, type="ORG", text="الحكومة اليمنية", source="org_list"),
            Entity(0, 12, type="ORG", text="مجتمع الدولي", source="org_list"),
            Entity(0, 13, type="ORG", text="المجتمع المدني", source="crf"),
            Entity(0, 13, type="PER", text="حكومة الشمري", source="crf"),
            Entity(0, 19, type="ORG", text="هيئة الهلال الأحمر", source="org_pattern")]
    # a bare «الحكومة» names no state; «مجتمع الدولي» is «للمجتمع الدولي» fused with «ل»
    assert [e.source for e in mark_state_references(kept)] == [
        "crf", GOVERNMENT_SOURCE, GOVERNMENT_SOURCE, "crf", "crf", "org_pattern"]
