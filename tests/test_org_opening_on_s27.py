"""``entities.words.org_opening_on`` (session 27 (2026-12-07), the lead's second read): the
test the Persian and Arabic government rules share."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.words import org_opening_on, phrase_key

HEADS = frozenset({phrase_key("دولت"), phrase_key("الحكومة")})


def _org(text: str, type_: str = "ORG") -> Entity:
    return Entity(0, len(text), type=type_, text=text, source="test")


def test_opens_on_a_head_before_more_words() -> None:
    assert org_opening_on(_org("دولت آمریکا"), HEADS)
    assert org_opening_on(_org("الحكومة التركية"), HEADS)


def test_the_head_alone_later_or_not_an_org_is_not() -> None:
    assert not org_opening_on(_org("دولت"), HEADS)
    assert not org_opening_on(_org("هیئت دولت"), HEADS)
    assert not org_opening_on(_org("دولت آمریکا", "LOC"), HEADS)
