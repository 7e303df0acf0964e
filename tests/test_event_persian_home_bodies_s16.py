"""An unlinked organisation of no country in a Persian report, named by the head noun of an
institution, is a body of the country the report is clearly of, as a bare person is
(events/persian_datelines.home_body, session 16 (2026-12-06), issue 6): the press names a
foreign body with its country. Not a body whose name marks it as above states («کمیسیون
اروپایی»), nor a name that opens with no institution's head. Sentences written for these
tests; entities given by hand, so the rule is tested apart from the tagger."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.doc import Doc, Event
from khabar.events.stage import find_events

PLACES: dict[str, tuple[str, str | None]] = {
    "اردبیل": ("geonames:143083", "IRN"), "توکیو": ("geonames:1850147", "JPN")}


def _doc(text: str, entities: list[tuple[str, str]]) -> Doc:
    return doc_with(text, "fa", entities, PLACES, resolved_at=(38.25, 48.3))


def _actor_country(body: str, city: str = "اردبیل") -> str | None:
    text = f"{body} در {city} از رانندگان {city} خواست با احتیاط رانندگی کنند."
    event: Event = next(e for e in find_events(
        _doc(text, [(body, "ORG"), (city, "LOC"), (city, "LOC")])) if e.type == "REQUEST")
    assert event.actor is not None and event.actor.text == body
    return event.actor.country


@pytest.mark.parametrize(("body", "city", "country"), [
    ("سازمان حفاظت محیط زیست", "اردبیل", "IRN"),  # an institution's head: the home's body
    ("اداره کل منابع طبیعی", "اردبیل", "IRN"),
    ("انجمن حمایت از حیوانات", "توکیو", "JPN"),  # a report of Japan: a Japanese body
    ("کمیسیون اروپایی", "اردبیل", None),  # «اروپایی»: above states, no country
    ("سازمان بهداشت جهانی", "اردبیل", None),  # «جهانی»
    ("واشنگتن تایمز", "اردبیل", None),  # no institution's head: a name of its own
])
def test_a_bare_body_is_of_the_report_country(body: str, city: str,
                                              country: str | None) -> None:
    assert _actor_country(body, city) == country
