"""An Arabic body named after a person written without a title: head + name + a
complement with «ل», session 14 (2026-12-06), issue 5 (entities/arabic_named_bodies).
Sentences written for these tests; the persons given by hand as the rules before would
read them."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_named_bodies import named_bodies
from khabar.entities.org_patterns import org_names
from khabar.entities.words import words


def _found(text: str, person: str, source: str = "given_name") -> list[tuple[str, str]]:
    start = text.index(person)
    kept = [Entity(start, start + len(person), type="PER", text=person, key="x",
                   source=source)]
    return [(e.type, e.text) for e in named_bodies(text, words(text), kept)]


@pytest.mark.parametrize(("text", "person", "body"), [
    ("تخريج الدورة من المستفيدين بمركز محمد بن نايف للمناصحة والرعاية في الرياض.",
     "محمد بن نايف", "مركز محمد بن نايف للمناصحة والرعاية"),
    # the dual in construct: the two centres
    ("وعددهم 56 مستفيداً بمركزي محمد بن نايف للمناصحة والرعاية في الرياض وجدة.",
     "محمد بن نايف", "مركزي محمد بن نايف للمناصحة والرعاية"),
    ("وأطلقت مؤسسة محمد بن راشد للمعرفة مبادرة جديدة.", "محمد بن راشد",
     "مؤسسة محمد بن راشد للمعرفة"),
    ("وأجرى مستشفى سليمان الحبيب لجراحة العيون عملية نادرة.", "سليمان الحبيب",
     "مستشفى سليمان الحبيب لجراحة العيون"),
])
def test_head_name_and_complement_are_one_body(text: str, person: str, body: str) -> None:
    assert _found(text, person) == [("ORG", body)]


@pytest.mark.parametrize(("text", "person", "reason"), [
    ("وقدم محمد بن نايف للمملكة خدمات جليلة.", "محمد بن نايف", "no head before the name"),
    ("وزار مركز محمد بن نايف في الرياض.", "محمد بن نايف", "no complement after the name"),
    ("وقال رئيس مركز محمد العلي لعدم وجود أدلة.", "محمد العلي",
     "«لعدم» opens a reason, not the body's field"),
    ("وأكدت وزارة الداخلية. محمد بن نايف للمملكة درع.", "محمد بن نايف",
     "the head is across a sentence mark"),
    ("والتقى مدير مركز فهد الغامدي السعودي بالوفد.", "فهد الغامدي",
     "an adjective after the name, no complement"),
    ("والمهاجم متواجد حاليا في نادي نانسي للكشف على موضع إصابته.", "نانسي",
     "a noun of kind stays out of the name after it: the club «نانسي»"),
])
def test_no_body(text: str, person: str, reason: str) -> None:
    assert _found(text, person) == [("PER", person)], reason


def test_a_listed_person_stays() -> None:
    """Only the persons the rules and the tagger read are absorbed, as in org_patterns."""
    text = "من المستفيدين بمركز محمد بن نايف للمناصحة والرعاية في الرياض."
    assert _found(text, "محمد بن نايف", source="kb") == [("PER", "محمد بن نايف")]


@pytest.mark.parametrize(("text", "name"), [
    # «لعدم» opens a reason; the verbal noun after it («التزام») looks definite
    ("في حال تقديم شكوى رسمية للجنة الاحتراف لعدم التزام اللاعب بعقده.", "لجنة الاحتراف"),
    ("وأعلنت هيئة الرياضة لمدة العام المقبل برنامجا.", "هيئة الرياضة"),
])
def test_a_complement_of_reason_or_time_ends_a_body_name(text: str, name: str) -> None:
    """org_patterns' ``complement_stop`` words (org_patterns_ar.tsv), session 14."""
    assert [e.text for e in org_names(text, words(text), [])] == [name]


def test_a_complemented_head_takes_a_verbal_noun_and_its_genitive() -> None:
    """org_patterns._complemented reads the complement ``modifiers`` reads («لتحفيظ
    القرآن»), and «الكريم» is an adjective of names (org_patterns_ar.tsv), session 14."""
    text = "ثمن رئيس الجمعية الخيرية لتحفيظ القرآن الكريم بحائل جهود الأمير."
    assert [e.text for e in org_names(text, words(text), [])] == [
        "الجمعية الخيرية لتحفيظ القرآن الكريم"]


def test_a_complement_naming_another_body_makes_no_name() -> None:
    """«لكلية الملك فهد» names a college: the directorate is a unit of that body."""
    text = "أعلنت المديرية العامة لكلية الملك فهد الأمنية أرقام الطلبة."
    assert [e.text for e in org_names(text, words(text), [])] == ["كلية الملك فهد الأمنية"]


@pytest.mark.parametrize(("text", "name"), [
    ("اختتمت الغرفة التجارية الصناعية بأبها يوم أمس دورتها.", "الغرفة التجارية الصناعية"),
    ("أقام مستشفى محافظة رياض الخبراء محاضرة وورشة عمل.", "مستشفى محافظة رياض الخبراء"),
])
def test_a_chamber_of_trade_and_a_governorates_hospital_are_bodies(text: str,
                                                                    name: str) -> None:
    """org_patterns' trade_head (with a trade_adjective) and a titled head before a
    territorial unit and its place (org_patterns_ar.tsv), session 14."""
    assert [e.text for e in org_names(text, words(text), [])] == [name]


@pytest.mark.parametrize("text", [
    "وحجز الضيف الغرفة الفردية في الفندق.",
    "وأقيم الحفل في مستشفى الولادة بالمدينة.",
])
def test_no_chamber_nor_hospital_of_another_word(text: str) -> None:
    assert org_names(text, words(text), []) == []


@pytest.mark.parametrize(("text", "name"), [
    # «مجلس الوزراء», not session 14's «مجلس الإدارة»: a bare board is no body since
    # session 26 (org_patterns, engineer ent_ar9)
    ("واجتمع أعضاء مجلس الوزراء لتهنئة البعثة على هذا الإنجاز.", "مجلس الوزراء"),
    ("وعاد مجلس الشورى لاستكمال الإجراءات النظامية للنظام.", "مجلس الشورى"),
])
def test_a_single_act_of_purpose_ends_a_body_name(text: str, name: str) -> None:
    """complement_stop: verbal nouns of a single act (تهنئة, استكمال...), session 14."""
    assert [e.text for e in org_names(text, words(text), [])] == [name]
