"""Mends to the Persian bare-post rule (state_actors.home_post_owner, session 25's
events_posts_fa patch, landed in session 26 (2026-12-07), issue 6), one per mechanism that
was wrong on session 25's check draw: a country after the whole post («وزیر ارتباطات و
مخابرات این کشور»), or begun inside it («رئیس جمهوری تاجیکستان» tagged «جمهوری تاجیکستان»),
makes the post that country's, not the outlet's; a post apposed to a person («احمد ماهر
وزیر خارجه و ... مصر») is his, not the outlet's; and a bare post as the other party is no
state as a whole (persian_datelines._country_named), so a bare person acting on it keeps the
report's country, while a post named with its country still is («وزیر مسکن و شهرسازی
ایران»: a foreign visitor's host). Sentences written for these tests."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.doc import Doc, Event, Source
from khabar.events.stage import find_events


def make(text: str) -> Doc:
    doc = simple_doc(text, "fa", published="2025-01-20T09:53:26+03:30", with_entities=True)
    doc.outlet = Source(name="irna", relation="reported_by", outlet_id="irna")
    return doc


def event_of(text: str, kind: str) -> Event:
    found = [e for e in find_events(make(text)) if e.type == kind]
    assert found, f"no {kind} in {text}"
    return found[0]


def test_a_country_after_the_whole_post_owns_it() -> None:
    event = event_of("هند طرح تازه‌ای را اعلام کرد. وزیر ارتباطات و مخابرات این کشور از"
                     " آمریکا خواست تحریم‌ها را لغو کند.", "REQUEST")
    assert event.actor is not None and event.actor.country == "IND"


def test_this_country_with_none_named_before_is_not_the_outlets() -> None:
    event = event_of("دولت هند طرح تازه‌ای را اعلام کرد. وزیر ارتباطات و مخابرات این کشور"
                     " از آمریکا خواست تحریم‌ها را لغو کند.", "REQUEST")
    assert event.actor is None or event.actor.country != "IRN"


def test_a_country_begun_inside_the_post_owns_it() -> None:
    event = event_of("رئیس جمهوری تاجیکستان از آمریکا خواست تحریم‌ها را لغو کند.", "REQUEST")
    assert event.actor is not None
    assert (event.actor.country, event.actor.name_en) == ("TJK", "Tajikistan President")


def test_a_post_apposed_to_a_person_is_not_the_outlets() -> None:
    event = event_of("احمد ماهر وزیر خارجه و عمر سلیمان رئیس سازمان اطلاعات مصر از آمریکا"
                     " خواستند تحریم‌ها را لغو کند.", "REQUEST")
    assert event.actor is not None and event.actor.country != "IRN"


def test_a_bare_post_as_target_leaves_the_actor_the_reports() -> None:
    event = event_of("علی رضایی در نامه‌ای به رئیس جمهور خواستار رسیدگی به مشکلات کشاورزان"
                     " شد.", "REQUEST")
    assert event.actor is not None and event.target is not None
    assert (event.actor.country, event.target.text) == ("IRN", "رئیس جمهور")


def test_a_post_named_with_its_country_is_still_its_state() -> None:
    event = event_of("کورشات توزمن در دیدار با وزیر مسکن و شهرسازی ایران گفت ترکیه خواستار"
                     " همکاری است.", "CONSULT")
    assert event.target is not None and event.target.country == "IRN"
    assert event.actor is None or event.actor.country != "IRN"
