"""Outlets and writers of Arabic datelines and bylines (``khabar.entities.datelines_ar``).
Sentences written for these tests."""

from __future__ import annotations

from doc_builders import tagged

from khabar.doc import Entity
from khabar.entities.datelines_ar import add_datelines, dateline_entities
from khabar.entities.gazetteer import words


def found(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in dateline_entities(text, words(text))]


def test_a_byline_gives_the_writer_and_the_outlet() -> None:
    text = "سامي العتيبي- سبق- الدمام: افتتح المحافظ المعرض الجديد صباح اليوم."
    assert found(text) == [("PER", "سامي العتيبي"), ("ORG", "سبق")]


def test_an_outlet_opening_a_dateline_has_no_writer() -> None:
    text = "سبق - الطائف: قام مدير الإدارة بجولة على المواقع."
    assert found(text) == [("ORG", "سبق")]


def test_an_outlet_in_quotes_or_brackets_after_a_citing_word() -> None:
    assert found("وأوضح لـ«اليوم» المتحدث الرسمي أن العمل بدأ.") == [("ORG", "اليوم")]
    assert found('علمت "الرياض" أن اللجنة ستجتمع غدا.') == [("ORG", "الرياض")]
    assert found("وقال في حديثه (عكاظ) إن المشروع تأخر.") == [("ORG", "عكاظ")]


def test_a_short_name_outside_a_slot_is_the_common_word_or_the_place() -> None:
    assert found("سبق أن قال اللاعب إن اليوم مهم للفريق في الرياض.") == []
    assert found("وصل الوفد إلى الرياض - واس\nوبدأ الاجتماع.") == [("ORG", "واس")]
    assert found("الرياض - جدة: رحلات جديدة بين المدينتين.") == []


def test_the_outlet_closing_a_dated_line() -> None:
    text = "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nبدأ العمل بالمشروع."
    assert found(text) == [("ORG", "واس")]
    assert found("قال المدير إن 15 موظفا انضموا إلى واس") == []


def test_no_writer_of_a_title_a_place_or_one_word() -> None:
    assert found("الدكتور فهد- سبق- جدة: بدأ العمل.") == [("ORG", "سبق")]
    assert found("مكة المكرمة- سبق: بدأ العمل.") == [("ORG", "سبق")]
    assert found("متابعات- سبق: بدأ العمل.") == [("ORG", "سبق")]


def test_the_dateline_stands_in_place_of_the_tagger_not_of_a_titled_person() -> None:
    text = "سامي العتيبي- سبق- الدمام: افتتح المحافظ المعرض."
    tokens = words(text)
    kept = add_datelines(text, tokens, [tagged(text, "العتيبي- سبق", "PER")])
    assert [(e.type, e.text, e.source) for e in kept] == [
        ("PER", "سامي العتيبي", "byline"), ("ORG", "سبق", "dateline")]
    titled = Entity(0, 12, type="PER", text=text[:12], source="title")
    assert add_datelines(text, tokens, [titled]) == [titled, *[
        e for e in dateline_entities(text, tokens) if e.type == "ORG"]]


def test_no_writer_of_page_menu_words_or_an_outlets_name() -> None:
    # a page's menu before the outlet's own dateline: «عين اليوم – واس» names two outlets
    text = "Next Previous عين اليوم – واس\nتشرف بأداء القسم أمام الملك."
    assert all(kind != "PER" for kind, _ in found(text))
    text = "Next Previous أحمد حجازي – عين اليوم\nشهدت المحلات إقبالا."
    assert ("PER", "أحمد حجازي") in found(text)
    assert all(kind != "PER" for kind, _ in found("عين اليوم – واس\nبدأ العمل بالمشروع."))


def test_page_menu_words_before_an_outlet_leave_its_slot_open() -> None:
    assert found("Next Previous عين اليوم – واس\nتشرف بأداء القسم.") == [
        ("ORG", "عين اليوم"), ("ORG", "واس")]
    assert ("ORG", "عين اليوم") not in found("قال Next عين اليوم – واس")
