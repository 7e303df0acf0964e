"""A country in a person's post («X ملك المملكة الأردنية») is the person's, not a second
participant; and a verb right after a call's sender tells what the sender said."""

from __future__ import annotations

import khabar
from khabar.doc import Event

CALL = ("تلقى الرئيس الفلسطيني محمود عباس اتصالا هاتفيا من الملك عبدالله الثاني ملك "
        "المملكة الأردنية الهاشمية")


def _one(text: str, kind: str) -> Event:
    return next(e for e in khabar.process(text).events if e.type == kind)


def test_a_verb_right_after_the_sender_is_the_senders() -> None:
    condemnation = _one(CALL + " الشقيقة أعرب خلاله عن إدانته للتفجير الإرهابي.", "ACCUSE")
    assert condemnation.actor is not None and condemnation.actor.text == "عبدالله الثاني"
    assert condemnation.actor.country == "JOR"


def test_the_country_of_the_senders_post_is_no_new_party() -> None:
    """With «و» the receiver may speak: the country in the king's post is not the one who
    condemned (it was, before the post was read as one mention with the king)."""
    condemnation = _one(CALL + " وأعرب عن إدانته للتفجير الإرهابي.", "ACCUSE")
    assert condemnation.actor is not None and condemnation.actor.text == "محمود عباس"


def test_the_call_keeps_its_receiver() -> None:
    call = _one(CALL + " الشقيقة أعرب خلاله عن إدانته للتفجير الإرهابي.", "CONSULT")
    assert call.actor is not None and call.actor.text == "عبدالله الثاني"
    assert call.target is not None and call.target.text == "محمود عباس"
