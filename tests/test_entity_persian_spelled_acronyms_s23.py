"""Foreign bodies known by a Latin acronym spelled with the letters' Persian names, listed in
resources/entities/orgs_fa.txt (issue 5, session 23 (2026-12-07), engineer ent_fa7;
bench/data/entities-orgs23-fa.jsonl: «اف بی آی» missed). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from doc_builders import org_texts

DAY = "2006-10-02"


def spaced(names: list[str]) -> list[str]:
    # the normalizer may write a half-space inside a spaced name («سی آی‌ای»)
    return [name.replace("\u200c", " ") for name in names]


@pytest.mark.parametrize(("text", "name"), [
    ("مقامات اف بی آی اعلام کردند که این فرد را بازداشت کرده‌اند.", "اف بی آی"),
    ("ماموران اف.بی.آی در این عملیات شرکت داشتند.", "اف.بی.آی"),
    ("به گفته سی آی ای این گزارش درست نیست.", "سی آی ای"),
    ("شبکه تلویزیونی سی بی اس دیشب این مصاحبه را پخش کرد.", "سی بی اس"),
    ("ال جی قیمت تلویزیون‌های خود را کاهش داد.", "ال جی"),
])
def test_a_spelled_acronym_is_the_body(text: str, name: str) -> None:
    assert name in spaced(org_texts(text, DAY))


def test_spelled_letters_of_no_body_stay_unread() -> None:
    # «اچ آی وی» is a virus, «سی» thirty: no acronym of the list
    assert spaced(org_texts("سی نفر به ویروس اچ آی وی مبتلا شدند.", DAY)) == []
