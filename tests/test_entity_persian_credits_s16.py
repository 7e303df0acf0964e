"""The person credited with a work right after a credit word (khabar.entities.persian_credits;
issue 5, session 16 (2026-12-06), engineer ent_fa). Sentences written for these tests; the
entities found before are built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_credits import credited_persons


def persons(text: str, *found: Entity) -> list[str]:
    return [e.text for e in credited_persons(text, words(text), list(found)) if e.type == "PER"]


@pytest.mark.parametrize("text, name", [
    # a given name and a surname
    ("فیلم «کارگران مشغول کارند» ساخته مانی حقیقی ، در جشنواره است.", "مانی حقیقی"),
    # borrowed names, ended by the noun of a compound verb
    ("جای دوم به «آناکونداها» ساخته دوایت لیتل رسید.", "دوایت لیتل"),
    ("از آثار او می‌توان به «لنا» نوشته کاته رشایس اشاره کرد.", "کاته رشایس"),
    ("این فیلم با بازی جان گلیس و باری تولید می‌شود.", "جان گلیس"),
    ("این فیلم به کارگردانی دوایت لیتل ساخته شد.", "دوایت لیتل"),
])
def test_the_person_after_a_credit_word(text: str, name: str) -> None:
    assert persons(text) == [name]


@pytest.mark.parametrize("text", [
    "این بنا ساخته شده است.",  # a participle of the passive
    "کارخانه خانه‌های پیش ساخته ضدزلزله افتتاح شد.",  # 'prefabricated': no title before
    "جای دوم به فیلمی ساخته دوایت لیتل رسید.",  # no title in quotation marks before
    "این فرش ساخته دست مردم است.",  # a Persian word
    "این بازی جان گلیس را هیجان‌زده کرد.",  # «بازی» without «با»: 'game'
    "فیلم «اشک سرما» ساخته عزیزا... حمیدنژاد است.",  # a name cut short by dots
    "فیلم «برف» ساخته استکهلم است.",  # a place
    "بازیگران\nبا بازی\nجان گلیس",  # a line break after the credit
])
def test_no_credited_person(text: str) -> None:
    assert persons(text) == []


def test_a_name_found_already_stands() -> None:
    text = "فیلم ساخته دوایت لیتل است."
    start = text.index("لیتل")
    found = Entity(start, start + 4, type="PER", text="لیتل", key="per:x", source="crf")
    assert persons(text, found) == ["لیتل"]


def test_the_entity_stage_reads_credited_persons() -> None:
    import khabar

    doc = khabar.process("جای دوم جدول به «آناکونداها» ساخته دوایت لیتل رسید.",
                         meta={"lang": "fa"})
    assert "دوایت لیتل" in [e.text for e in doc.entities if e.type == "PER"]
