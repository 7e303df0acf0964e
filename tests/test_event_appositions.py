"""A country in a person's post («X ملك المملكة الأردنية») is the person's, not a second
participant; and a verb right after a call's sender tells what the sender said."""

from __future__ import annotations

from doc_builders import doc_with

import khabar
from khabar.doc import Event
from khabar.events.stage import find_events

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


def test_a_title_before_a_second_name_is_that_persons() -> None:
    """«التقى الرئيس الروسي X وزير الخارجية الإيراني Y»: two people, each after his title
    (the second title was read as a post of the first, and the two as one mention)."""
    meeting = _one("التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية الإيراني محمد جواد ظريف"
                   " في موسكو أمس.", "CONSULT")
    assert meeting.actor is not None and meeting.target is not None
    assert {meeting.actor.country, meeting.target.country} == {"RUS", "IRN"}


def test_a_country_in_the_next_persons_title_is_not_the_first_ones() -> None:
    """«X وزير الخارجية الأمريكي Y»: America is Y's, not X's (X is unknown to the KB)."""
    text = "واستقبل رئيس الوزراء فادي حداد وزير الخارجية الأمريكي جون كيري في بيروت."
    doc = doc_with(text, "ar", [("فادي حداد", "PER"), ("جون كيري", "PER")])
    meeting = next(e for e in find_events(doc) if e.type == "CONSULT")
    assert meeting.actor is not None and meeting.actor.text == "جون كيري"
    assert meeting.target is not None and meeting.target.text == "فادي حداد"
    assert meeting.target.country != "USA"


def test_the_lam_of_a_titles_organisation_is_no_preposition_of_the_person() -> None:
    """«الأمين العام للأمم المتحدة بان كي مون»: the «ل» says whose post it is, so the person
    after the title is the subject, not one the act is done to."""
    request = _one("دعا الأمين العام للأمم المتحدة بان كي مون الأطراف اليمنية إلى العودة"
                   " للحوار.", "REQUEST")
    assert request.actor is not None and request.actor.text == "بان كي مون"
    condemnation = _one("أدان رئيس المكتب السياسي لحركة حماس خالد مشعل الهجوم على المسجد"
                        " الأقصى.", "ACCUSE")
    assert condemnation.actor is not None and condemnation.actor.text == "خالد مشعل"
