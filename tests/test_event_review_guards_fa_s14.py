"""A guard of a Persian event rule of session 14 (2026-12-06) that no test held (review,
issue 6): ``body_places.body_place_country`` gives a place's country only to a body the
linker left unlinked; a linked body's own entry says where it is («پلیس فتا» of a KB entry
named «... تهران» stays as linked). Entities written for this test."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.events.body_places import body_place_country


def _body(text: str, **kw: str) -> Entity:
    return Entity(0, len(text), type="ORG", text=text, **kw)  # type: ignore[arg-type]


def test_a_linked_body_gets_no_country_from_its_last_word() -> None:
    assert body_place_country(_body("پلیس جنایی تهران")) is not None
    assert body_place_country(_body("پلیس جنایی تهران", kb_id="org:example")) is None
