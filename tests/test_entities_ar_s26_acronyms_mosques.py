"""Arabic bodies, issue 5, session 26 (2026-12-07), engineer ent_ar9: an acronym of Latin
letters spelled out and joined by dots is one body, not its letters (arabic_acronym_names,
acronym_words_ar.tsv); a mosque's name is no body (arabic_mosque_names,
mosque_nouns_ar.txt); «و» and a second place after a place complement go on a body's name,
and a bare complemented head after a head is a board, no body (org_patterns). Sentences
written for these tests."""

from __future__ import annotations

import pytest

import khabar


def _bodies(text: str) -> list[str]:
    return [e.text for e in khabar.process(text).entities if e.type == "ORG"]


@pytest.mark.parametrize(("text", "acronym"), [
    ("قال بنك إتش.إس.بي.سي إن أرباحه تخطت التوقعات في النصف الأول.", "إتش.إس.بي.سي"),
    ("وساعد مكتب التحقيقات الفيديرالي (أف. بي. آي) في اكتشاف بصمة المتهم.", "أف. بي. آي"),
    ("وذكرت شبكة (سي.بي.اس.نيوز) أن التحذير صدر أمس.", "سي.بي.اس.نيوز"),
])
def test_an_acronym_is_one_body(text: str, acronym: str) -> None:
    bodies = _bodies(text)
    assert acronym in bodies
    assert not [b for b in bodies if b != acronym and b in acronym]  # no letter alone


def test_an_acronym_named_a_body_before_is_one() -> None:
    text = ("ذكرت تقارير أن شركة \"إل.جي إلكترونيكس\" تعتزم طرح هاتف ذكي.\n"
            "وقالت إل.جي إلكترونيكس إنه سيتم طرح الهاتف في آسيا.")
    assert _bodies(text) == ["إل.جي إلكترونيكس", "إل.جي إلكترونيكس"]


@pytest.mark.parametrize("text", [
    "وتراجع مؤشر الأسهم اليونانية إيه.تي.جي 16 في المئة أمس.",
    "بينما زاد المؤشر جيه.بي.اكس-نيكي 400 بنسبة 0.7 في المئة.",
])
def test_an_index_acronym_is_no_body(text: str) -> None:
    assert _bodies(text) == []


@pytest.mark.parametrize(("text", "letter"), [
    ("وكتبت جي. كيه. رولينج مؤلفة السلسلة القصصية الشهيرة.", "كيه"),
    ("وتحدث أحد المتهمين، ويدعى إبراهيم إتش. بي في مقابلة إعلامية.", "إتش"),
])
def test_initials_make_no_body(text: str, letter: str) -> None:
    assert not any(letter in b for b in _bodies(text))


def test_an_acronym_glued_to_a_word_is_left_alone() -> None:
    text = "وقائع فساد في صندوق تنمية الدولة (.1إم.دي.بي) ويشتبه بأن قيادات متورطة."
    assert "دي.بي" not in _bodies(text)


@pytest.mark.parametrize("text", [
    "كتب الدكتور سعود الشريم إمام وخطيب المسجد الحرام قصيدة.",
    "وقال مؤذن مسجد الهداية إن عدد المصلين انخفض.",
])
def test_a_mosque_is_no_body(text: str) -> None:
    assert _bodies(text) == []


def test_a_mosque_named_after_a_body_keeps_the_body() -> None:
    assert "قوات الطوارئ" in _bodies("وفجر انتحاري نفسه في مسجد قوات الطوارئ بعسير.")


def test_two_places_after_a_complement_go_on_the_name() -> None:
    text = "وأكد رئيس الهيئة الملكية للجبيل وينبع أن المشروع سيكتمل."
    assert _bodies(text) == ["الهيئة الملكية للجبيل وينبع"]


def test_a_board_is_no_body() -> None:
    assert _bodies("وكلف رئيس النادي مجلس الإدارة بإدارة شؤون النادي.") == []


def test_a_described_field_after_a_head_stays() -> None:
    assert "معهد الإدارة العامة" in _bodies("وعبر مدير عام معهد الإدارة العامة عن شكره.")
