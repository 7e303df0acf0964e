"""A team's category opening a Persian club's name after «تیم» is no part of the name
(khabar.entities.persian_clubs; issue 5, session 22 (2026-12-06), engineer ent_fa2;
ENTITIES-GOLD.md, study22: «تیم فوتبال نوجوانان» left out of «نفت گچساران»). Sentences
written for these tests; the tagger's entities are built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_clubs import add_club_repeats


def entity(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="ORG", text=name, key=f"org:{name}",
                  source="crf")


def org_names(text: str, name: str) -> list[str]:
    return [e.text for e in add_club_repeats(text, words(text), [entity(text, name)])
            if e.type == "ORG"]


@pytest.mark.parametrize(("text", "tagged", "name"), [
    ("تست‌گیری بازیکنان تیم فوتبال نوجوانان نفت گچساران آغاز شد.",
     "نوجوانان نفت گچساران", "نفت گچساران"),
    ("پرز از تیم جوانان اسپانیول به بارسلونا آمد.", "جوانان اسپانیول", "اسپانیول"),
    # two in a row: both left out
    ("قهرمانان تیم هندبال بانوان جوانان صنام تجلیل شدند.", "بانوان جوانان صنام", "صنام"),
])
def test_the_category_is_left_out(text: str, tagged: str, name: str) -> None:
    assert org_names(text, tagged)[0] == name


@pytest.mark.parametrize(("text", "tagged"), [
    # no club's noun before it: the words may be a body's own («کانون جوانان»)
    ("کانون جوانان نفت گچساران تشکیل شد.", "جوانان نفت گچساران"),
    # the rest is a sport or a place: left to the other rules
    ("سرمربی تیم ملی فوتبال گفت که تیم آماده است.", "ملی فوتبال"),
    ("تیم جوانان ایران در لیگ بازی کرد.", "جوانان ایران"),
    # a selection or a division: no club after it (shared articles, session 22)
    ("تیم منتخب هفته بیست و سوم لیگ انتخاب شد.", "منتخب هفته"),
    ("تیم ملی جوانان صنام را برد.", "ملی جوانان صنام"),
    # a function word after the category: no name
    ("امید تیم امید بر هندوستان است.", "امید بر هندوستان"),
])
def test_kept_as_tagged(text: str, tagged: str) -> None:
    assert org_names(text, tagged)[0] == tagged
