"""A Persian tagger organisation that ran on over «و» into the next phrase is cut before «و»
(khabar.entities.persian_conjunct_run_ons; issue 5, session 22 (2026-12-07), engineer
ent_fa3). Sentences written for these tests; the tagger's entities are built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.persian_conjunct_run_ons import trim_conjunct_run_ons


def cut(text: str, name: str, source: str = "crf") -> str:
    start = text.index(name)
    e = Entity(start, start + len(name), type="ORG", text=name, source=source)
    (found,) = trim_conjunct_run_ons(text, [e])
    assert text[found.start:found.end] == found.text
    return found.text


@pytest.mark.parametrize(("text", "name", "kept"), [
    # a listed body's whole name before «و», and a word no body's name holds after it
    ("کارکنان سازمان بهزیستی و انتقال بیماران به مراکز درمانی را بررسی کردند.",
     "سازمان بهزیستی و انتقال", "سازمان بهزیستی"),
    ("دیدار با مدیرعامل بانک کشاورزی و معاونان او در تهران انجام شد.",
     "بانک کشاورزی و معاونان", "بانک کشاورزی"),
    ("وزارت بهداشت و 12 دانشگاه علوم پزشکی کشور همکاری می‌کنند.",
     "وزارت بهداشت و 12 دانشگاه علوم پزشکی کشور", "وزارت بهداشت"),
    # one word after «و» and a post after it: a person named with the post
    ("با حضور رئیس سازمان مالیاتی و قربانی مدیرکل امور مالیاتی استان برگزار شد.",
     "سازمان مالیاتی و قربانی", "سازمان مالیاتی"),
])
def test_a_run_on_over_and_is_cut(text: str, name: str, kept: str) -> None:
    assert cut(text, name) == kept


@pytest.mark.parametrize(("text", "name", "why"), [
    ("وزارت آموزش و پرورش اعلام کرد.", "وزارت آموزش و پرورش", "a listed name"),
    ("سازمان میراث فرهنگی و گردشگری استان تهران اعلام کرد.",
     "سازمان میراث فرهنگی و گردشگری استان تهران", "a field some body's name holds"),
    ("مدیرکل اداره راهنمایی و رانندگی گفت.", "اداره راهنمایی و رانندگی",
     "the words before «و» are no whole name, and no post follows"),
    ("اعضای شورای اسلامی شهر و روستا و دهیاران استان دیدار کردند.",
     "شورای اسلامی شهر و روستا و دهیاران استان", "a noun of a place after «و»"),
    ("رئیس سازمان مالیاتی و قربانی گفت.", "سازمان مالیاتی و قربانی",
     "no listed name before «و», and no post after"),
    ("سازمان بهزیستی و انتقال گفت.", "سازمان بهزیستی و انتقال", "not the tagger's"),
])
def test_a_name_over_and_is_kept(text: str, name: str, why: str) -> None:
    source = "org_list" if why == "not the tagger's" else "crf"
    assert cut(text, name, source) == name, why
