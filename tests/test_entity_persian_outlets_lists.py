"""Persian organisations of session 12 (2026-12-05), second pass: a listed or KB name that
opens an outlet's name, official names with a comma and «و», a body named by its town.
Sentences written for these tests; the tagger's output is given by hand."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_units import add_listed_orgs, add_place_bodies
from khabar.kb.entries import KbEntry, KnowledgeBase


def kb_of(*names: str) -> KnowledgeBase:
    body = KbEntry("org:test-body", "ORG", "IRN", {"fa": names, "ar": (), "ur": (), "en": ()})
    return KnowledgeBase.of([body])


def listed(text: str, kb: KnowledgeBase | None = None,
           kept: list[Entity] | None = None) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in add_listed_orgs(text, words(text), kept or [], kb)]


def test_a_kb_name_before_an_outlets_word_is_the_outlet() -> None:
    text = "پایگاه بسیج نیوز در گزارشی نوشت که رزمایش آغاز شد."
    assert listed(text, kb_of("بسیج")) == [("ORG", "بسیج نیوز")]
    text = "این خبر را جنبش بیداری آنلاین منتشر کرد."
    assert listed(text, kb_of("جنبش بیداری")) == [("ORG", "جنبش بیداری آنلاین")]


def test_a_kb_name_before_another_word_stays_the_body() -> None:
    text = "فرمانده بسیج نوشت که رزمایش آغاز شد."
    assert listed(text, kb_of("بسیج")) == [("ORG", "بسیج")]


def test_an_outlet_takes_no_place_after_it() -> None:
    text = "شورای شهر آنلاین تهران را پوشش داد."
    start = text.index("تهران")
    town = Entity(start, start + 5, type="LOC", text="تهران", source="gazetteer")
    assert listed(text, None, [town]) == [("ORG", "شورای شهر آنلاین"), ("LOC", "تهران")]


def test_a_listed_name_runs_over_its_comma_and_conjunction() -> None:
    text = "معاون سازمان جنگل‌ها، مراتع و آبخیزداری کشور گفت که باران آمد."
    cut = text.index("سازمان")
    tagger = Entity(cut, cut + len("سازمان جنگل‌ها"), type="ORG", text="سازمان جنگل‌ها",
                    source="crf")
    assert listed(text, None, [tagger]) == [
        ("ORG", "سازمان جنگل‌ها، مراتع و آبخیزداری کشور")]
    text = "مدیر سازمان نوسازی، توسعه و تجهیز مدارس گفت که کلاس‌ها باز شد."
    assert listed(text) == [("ORG", "سازمان نوسازی، توسعه و تجهیز مدارس")]


def place(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="LOC", text=name, source="gazetteer")


def bodies(text: str, kept: list[Entity]) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in add_place_bodies(text, words(text), kept)]


def test_a_university_named_by_its_town_is_one_body() -> None:
    text = "استاد دانشگاه اراک و رئیس دانشگاه علوم پزشکی یزد گفتند که کلاس‌ها باز است."
    assert bodies(text, [place(text, "اراک"), place(text, "یزد")]) == [
        ("ORG", "دانشگاه اراک"), ("ORG", "دانشگاه علوم پزشکی یزد")]


def test_a_head_apart_from_the_place_or_in_the_plural_is_no_body() -> None:
    text = "دانشگاه‌های اراک و یزد تعطیل شدند و دانشگاه در شهر کرمان باز است."
    kept = [place(text, name) for name in ("اراک", "یزد", "کرمان")]
    assert bodies(text, kept) == [("LOC", "اراک"), ("LOC", "یزد"), ("LOC", "کرمان")]
