"""Whose request, decision or words a Persian act is aimed at (events.stance_owners).
Sentences written for these tests."""

from __future__ import annotations

from doc_builders import doc_with, first_event, simple_doc

from khabar.doc import Event
from khabar.entities.gazetteer import words
from khabar.events.participants import mentions
from khabar.events.stage import find_events
from khabar.events.stance_owners import stance_owner


def _event(text: str, kind: str) -> Event:
    return first_event(text, kind)


def test_rejecting_someones_request_targets_him() -> None:
    text = ("رژیم صهیونیستی دیروز با رد درخواست بشار اسد رئیس جمهور سوریه برای مذاکره "
            "اعلام کرد که مذاکره ممکن نیست.")
    event = _event(text, "REJECT")
    assert event.target is not None and event.target.text == "بشار اسد"


def test_condemning_someones_words_about_a_third_targets_the_speaker() -> None:
    """The object before «را» is the words, whose owner is the target, not the country
    they were about."""
    event = _event("وزیر خارجه ایران سخنان جان کری درباره عربستان را محکوم کرد.", "ACCUSE")
    assert event.target is not None and event.target.text == "جان کری"


def test_a_stance_noun_after_a_preposition_is_not_the_object() -> None:
    text = "وزیر خارجه ایران پس از سخنان جان کری عربستان را محکوم کرد."
    doc = simple_doc(text, "fa", with_entities=True)
    tokens = words(doc.text, 0, len(doc.text))
    trigger = next(k for k, w in enumerate(tokens) if w.text == "محکوم")
    found = mentions(doc, tokens, 0, len(doc.text))
    before = [m for m in found if m.first < trigger]
    after = [m for m in found if m.first >= trigger]
    assert stance_owner(tokens, before, after, trigger, trigger + 1) is None
    # The same noun heading the object does name the owner.
    text = "وزیر خارجه ایران سخنان جان کری را محکوم کرد."
    doc = simple_doc(text, "fa", with_entities=True)
    tokens = words(doc.text, 0, len(doc.text))
    trigger = next(k for k, w in enumerate(tokens) if w.text == "محکوم")
    found = mentions(doc, tokens, 0, len(doc.text))
    owner = stance_owner(tokens, [m for m in found if m.first < trigger], [], trigger,
                         trigger + 1)
    assert owner is not None and owner.head.text == "جان کری"


def test_the_owner_of_the_words_in_the_object_is_not_the_doer() -> None:
    """The doers («تظاهرکنندگان») are no name: the first name is the decision's owner, the
    target, not the actor."""
    text = "تظاهرکنندگان تصمیم پل برمر درباره انحلال ارتش عراق را محکوم کردند."
    doc = doc_with(text, "fa", [("پل برمر", "PER")])
    event = next(e for e in find_events(doc) if e.type == "ACCUSE")
    assert event.target is not None and event.target.text == "پل برمر"
    assert event.actor is None or event.actor.text != "پل برمر"
