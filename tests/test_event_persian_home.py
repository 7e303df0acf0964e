"""A person of no known country in a Persian report is of the country the report is clearly
of (events/persian_datelines.home_party, session 13 (2026-12-05)): the press names a
foreigner with his country or a post abroad, and a bare name is one of the story's own
country, as a bare state body is (entities/home_bodies). Not for a visitor to that country,
nor for one whose act is on that country itself. Sentences written for these tests; entities
given by hand, so the rule is tested apart from the tagger."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.doc import Doc, Event
from khabar.entities.datelines import dateline_country
from khabar.events.stage import find_events

PLACES: dict[str, tuple[str, str | None]] = {
    "اردبیل": ("geonames:143083", "IRN"), "ژاپن": ("geonames:1861060", "JPN"),
    "ایران": ("geonames:130758", "IRN"), "توکیو": ("geonames:1850147", "JPN")}


def _doc(text: str, entities: list[tuple[str, str]]) -> Doc:
    return doc_with(text, "fa", entities, PLACES, resolved_at=(38.25, 48.3))


def _event(text: str, entities: list[tuple[str, str]], kind: str) -> Event:
    return next(e for e in find_events(_doc(text, entities)) if e.type == kind)


def test_a_bare_official_is_of_the_country_the_report_is_of() -> None:
    """No dateline city, but the report is of Iran's Ardabil: its official is Iranian."""
    event = _event("عباسی مدیرکل فرهنگ و ارشاد استان اردبیل از عدم انعکاس مشکلات مردم اردبیل "
                   "در نشریات محلی انتقاد کرد.", [("عباسی", "PER"), ("اردبیل", "LOC"),
                                                    ("اردبیل", "LOC")], "ACCUSE")
    assert event.actor is not None and event.actor.text == "عباسی"
    assert event.actor.country == "IRN"


def test_a_bare_person_abroad_is_of_that_country() -> None:
    """A report of Japan alone: its bare persons are Japanese."""
    event = _event("ادانو در توکیو از سیاست‌های دفاعی سنگوکو در توکیو انتقاد کرد.",
                   [("ادانو", "PER"), ("توکیو", "LOC"), ("سنگوکو", "PER"), ("توکیو", "LOC")],
                   "ACCUSE")
    assert event.actor is not None and event.actor.country == "JPN"


def test_a_visitor_is_not_of_the_country_he_visits() -> None:
    """«X برای دیدار با Y وارد توکیو شد» in a report of Japan: X is a visitor, from
    elsewhere; his host Y is Japanese."""
    event = _event("توماس باخ برای دیدار با یوشیهیده سوگا وارد توکیو شد.",
                   [("توماس باخ", "PER"), ("یوشیهیده سوگا", "PER"), ("توکیو", "LOC")],
                   "CONSULT")
    assert event.actor is not None and event.actor.text == "توماس باخ"
    assert event.actor.country is None
    assert event.target is not None and event.target.country == "JPN"


def test_one_whose_act_is_on_the_country_is_not_of_it() -> None:
    """«X از ایران خواست» in a report of Iran: a word to the state from outside it."""
    event = _event("کوئیچیرو ماتسورا در اردبیل از ایران خواست همکاری با یونسکو را گسترش دهد.",
                   [("کوئیچیرو ماتسورا", "PER"), ("اردبیل", "LOC"), ("ایران", "LOC")],
                   "REQUEST")
    assert event.actor is not None and event.actor.text == "کوئیچیرو ماتسورا"
    assert event.actor.country is None


def test_the_public_an_official_asks_is_of_his_home() -> None:
    """«از هم‌وطنان خواست» by an official the report makes Iranian: Iran's people."""
    event = _event("شکارچی در اردبیل از هم‌وطنان خواست در جاده‌های اردبیل با احتیاط رانندگی "
                   "کنند.", [("شکارچی", "PER"), ("اردبیل", "LOC"), ("اردبیل", "LOC")],
                   "REQUEST")
    assert event.target is not None and event.target.country == "IRN"


def test_a_report_clear_of_no_country_leaves_the_person_bare() -> None:
    """Japan and Iran alike: no home, no country (and a desk's report names no city)."""
    text = ("به گزارش گروه بین‌الملل خبرگزاری فارس، توماس باخ از وزیر ورزش ژاپن و وزیر ورزش "
            "ایران انتقاد کرد.")
    doc = _doc(text, [("توماس باخ", "PER"), ("ژاپن", "LOC"), ("ایران", "LOC")])
    assert dateline_country(doc) is None
    event = next(e for e in find_events(doc) if e.type == "ACCUSE")
    assert event.actor is not None and event.actor.country is None
