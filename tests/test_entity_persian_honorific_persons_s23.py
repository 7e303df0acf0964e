"""A title's person that is an honorific alone is none (issue 5, session 23, ent_fa5:
khabar.entities.persian_rules.without_honorific_persons)."""

from __future__ import annotations

import pytest

import khabar


def _persons(text: str) -> list[str]:
    doc = khabar.process(text, meta={"lang": "fa"})
    return [e.text for e in doc.entities if e.type == "PER" and e.source not in ("pronoun", "role")]


@pytest.mark.parametrize(("text", "person"), [
    # «شهید» 'martyr' between a rank and the name, which the tagger reads
    ("مراسم بزرگداشت سرلشکر شهید حسن باقری برگزار شد.", "حسن باقری"),
    ("در مراسم یادبود سردار شهید حاج قاسم سلیمانی سخنرانی کرد.", "قاسم سلیمانی"),
])
def test_an_honorific_after_a_title_is_no_person(text: str, person: str) -> None:
    persons = _persons(text)
    assert "شهید" not in persons and person in persons, persons


def test_a_name_after_a_title_stays() -> None:
    assert "رضا استادی" in _persons("آیت الله رضا استادی روز گذشته در قم گفت که کار تمام است.")
