"""A Persian post of government named with no country («وزیر امور خارجه», «رئیس جمهور»,
«وزیر کشور») is the outlet's own state's: the press names a foreign one with its country
(state_actors.home_post_owner, resources/events/home_posts_fa.txt; the twin of the Arabic
home_posts_ar.txt). The same office of a foreign state named before makes the bare one that
state's; an unknown outlet gives none; a post Iran has no holder of stays unowned. Session 25
(2026-12-07), issue 6. Sentences written for these tests."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.doc import Doc, Event, Source
from khabar.events.stage import find_events


def make(text: str, outlet: str | None = "irna") -> Doc:
    doc = simple_doc(text, "fa", published="2025-01-20T09:53:26+03:30", with_entities=True)
    if outlet is not None:
        doc.outlet = Source(name=outlet, relation="reported_by", outlet_id=outlet)
    return doc


def request_of(text: str, outlet: str | None = "irna") -> Event | None:
    found = [e for e in find_events(make(text, outlet)) if e.type == "REQUEST"]
    return found[0] if found else None


def actor_country(text: str, outlet: str | None = "irna") -> str | None:
    event = request_of(text, outlet)
    return event.actor.country if event is not None and event.actor is not None else None


def test_a_bare_foreign_minister_is_the_outlets() -> None:
    event = request_of("وزیر امور خارجه از آمریکا خواست تحریم‌ها را لغو کند.")
    assert event is not None and event.actor is not None and event.target is not None
    assert (event.actor.country, event.target.country) == ("IRN", "USA")


def test_a_bare_president_is_the_outlets() -> None:
    assert actor_country("رئیس جمهور از کشورهای اسلامی خواست به مردم غزه کمک کنند.") == "IRN"


def test_a_minister_of_a_ministry_is_the_outlets() -> None:
    assert actor_country("وزیر کشور از استانداران خواست انتخابات را سالم برگزار کنند.") == "IRN"


def test_a_post_named_with_its_country_keeps_it() -> None:
    assert actor_country("وزیر امور خارجه فرانسه از ایران خواست به مذاکرات بازگردد.") == "FRA"


def test_the_same_office_of_a_foreign_state_named_before_is_meant() -> None:
    text = ("وزیر خارجه پاکستان امروز وارد تهران شد."
            " وزیر خارجه از آمریکا خواست تحریم‌ها را لغو کند.")
    assert actor_country(text) == "PAK"


def test_an_unknown_outlet_gives_no_home() -> None:
    assert actor_country("وزیر امور خارجه از آمریکا خواست تحریم‌ها را لغو کند.",
                         outlet=None) is None


def test_a_post_iran_has_no_holder_of_stays_unowned() -> None:
    assert actor_country("نخست وزیر از آمریکا خواست تحریم‌ها را لغو کند.") is None
