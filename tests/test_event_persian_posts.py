"""A person's country from a Persian post or standing the entity stage's role words lack
(resources/events/apposition_heads.txt), or from the state that arrests or releases him
(events/persian_targets.held_by_state); session 11 (2026-12-05). Sentences written for
these tests; the whole pipeline, as the country comes from the entities around the name."""

from __future__ import annotations

import khabar
from khabar.doc import Participant


def _actor(text: str) -> Participant | None:
    events = khabar.process(text).events
    assert events, text
    return events[0].actor


def test_a_senator_with_a_nationality_adjective_has_that_country() -> None:
    actor = _actor("خایمه نارانخو سناتور شیلیایی از تصمیم دادگاه انتقاد کرد.")
    assert actor is not None and actor.country == "CHL"


def test_a_citizen_of_a_country_is_of_it_and_the_country_is_no_target() -> None:
    event = khabar.process("ماریا بوتینا شهروند روسیه دیروز از آمریکا انتقاد کرد.").events[0]
    assert event.actor is not None and event.actor.country == "RUS"
    assert event.target is not None and event.target.country == "USA"


def test_whom_a_state_releases_is_of_that_state_when_the_text_gives_no_country() -> None:
    event = khabar.process("پلیس ترکیه دیروز علی اوزتورک را آزاد کرد.").events[0]
    assert event.type == "RETREAT"
    assert event.target is not None and event.target.country == "TUR"
    event = khabar.process("پلیس فرانسه دیروز ژان دوپون را بازداشت کرد.").events[0]
    assert event.type == "COERCE"
    assert event.target is not None and event.target.country == "FRA"


def test_whom_a_state_releases_keeps_the_country_the_text_gives() -> None:
    event = khabar.process("پلیس ترکیه ماریا بوتینا شهروند روسیه را در آنکارا آزاد کرد.").events[0]
    assert event.target is not None and event.target.country == "RUS"


def test_what_a_state_seizes_is_not_made_its_own() -> None:
    """Seizing property is no arrest: the company seized keeps no country of the seizer
    (review, session 11 (2026-12-05))."""
    event = khabar.process("دولت ایران دیروز شرکت هواپیمایی لوفتانزا را توقیف کرد.").events[0]
    assert (event.type, event.mode) == ("COERCE", "seize")
    assert event.target is not None and event.target.country != "IRN"
