"""A state office or body takes its country from the words right after it, never across a
preposition, which opens a phrase of its own, session 19 (2026-12-06), issue 6
(events_target): «وزیر خارجه از مردم افغانستان حمایت کرد» has no Afghan minister, «السفير لدى
مصر» no Egyptian one (``state_actors._owner``)."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.entities.gazetteer import words
from khabar.events.stage import find_events
from khabar.events.state_actors import state_actors

PUBLISHED = "2015-07-20T09:00:00+03:00"


def actors(text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = simple_doc(text, lang, published=PUBLISHED, with_entities=True)
    return [(e.text, e.country) for s, t in doc.sentences
            for e in state_actors(doc, words(doc.text, s, t))]


def test_an_office_takes_no_country_across_a_persian_preposition() -> None:
    assert all(country != "AFG" for text, country in
               actors("وزیر خارجه از مردم افغانستان حمایت کرد.", "fa") if "وزیر" in text)


def test_an_office_takes_no_country_across_an_arabic_preposition() -> None:
    assert all(country != "EGY" for text, country in
               actors("وصل السفير لدى مصر إلى الرياض.", "ar") if "السفير" in text)


def test_an_office_still_takes_the_country_right_after_it() -> None:
    assert ("وزير الخارجية المصري", "EGY") in actors("التقى وزير الخارجية المصري نظيره.", "ar")


def test_the_persian_supporter_is_no_afghan_and_afghanistan_is_supported() -> None:
    doc = simple_doc("وزیر خارجه از مردم افغانستان حمایت کرد.", "fa", published=PUBLISHED,
                     with_entities=True)
    found = [(e.actor.country if e.actor else None, e.target.country if e.target else None)
             for e in find_events(doc) if e.type == "SUPPORT"]
    assert found == [(None, "AFG")]
