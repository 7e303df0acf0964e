"""A listed outlet's name after a periodical's noun of kind is the organisation, the noun left
out, even where the lexicon knows the name as a word (khabar.entities.persian_press; issue 5,
session 18 (2026-12-06), engineer ent_fa). Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar


def orgs(text: str) -> list[str]:
    doc = khabar.process(text)
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    return [e.text for e in doc.entities if e.type == "ORG"]


@pytest.mark.parametrize(("text", "name"), [
    # a common word as a paper's name: «همشهری» 'fellow citizen', «اطلاعات» 'information'
    ("خوانندگان برای اشتراک روزنامه همشهری در روزهای اخیر صف کشیدند.", "همشهری"),
    ("قیام پس از اهانت روزنامه اطلاعات به امام شکل گرفت.", "اطلاعات"),
    # listed with its noun («روزنامه الریاض»): the noun is still left out
    ("روزنامه الریاض چاپ عربستان نوشت که وزیر به سفر رفت.", "الریاض"),
    ("همکاران ما در روزنامه کیهان شبانه روز کار می‌کنند.", "کیهان"),
])
def test_a_listed_outlet_after_its_noun(text: str, name: str) -> None:
    assert name in orgs(text)
    assert not any(o.startswith("روزنامه") for o in orgs(text))


@pytest.mark.parametrize("text", [
    # a determiner before the noun: no name follows
    "این روزنامه اطلاعات زیادی درباره شهر دارد.",
    # a word that is no outlet stays a word
    "روزنامه امروز به دست مردم نرسید.",
])
def test_no_outlet_named(text: str) -> None:
    assert orgs(text) == []
