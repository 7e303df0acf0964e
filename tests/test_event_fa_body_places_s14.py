"""A Persian body named with the place it serves («پلیس جنایی تهران», «شهرداری پاریس») and
given no country by the linker is of that place's country (events/body_places.py, session
14 (2026-12-06), issue 6). Sentences written for these tests; entities given by hand."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.doc import Event
from khabar.entities.gazetteer import phrase_key, place_index
from khabar.events.stage import find_events


def _coerce(text: str, body: str) -> Event:
    [event] = [e for e in find_events(doc_with(text, "fa", [(body, "ORG")]))
               if e.type == "COERCE"]
    return event


@pytest.mark.parametrize("body", ["پلیس جنایی تهران", "شهرداری پاریس"])
def test_a_body_named_with_its_place_is_of_that_places_country(body: str) -> None:
    event = _coerce(f"{body} دیروز دو مرد را در خیابان آزادی دستگیر کرد.", body)
    place = place_index().get(phrase_key(body.split()[-1]))
    assert place is not None and event.actor is not None
    assert event.actor.text == body and event.actor.country == place.country


def test_a_body_whose_name_ends_with_no_place_keeps_no_country() -> None:
    body = "شرکت ملی پالایش"
    event = _coerce(f"{body} دیروز دو مرد را در خیابان آزادی دستگیر کرد.", body)
    assert event.actor is not None and event.actor.country is None
