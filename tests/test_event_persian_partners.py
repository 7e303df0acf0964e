"""The partner of a Persian meeting named by a post or a group, not by a name
(events/persian_partners.unnamed_partner, session 13 (2026-12-05)): «در دیدار با امام جمعه
قم», «در دیدار با جمعی از بازاریان», «در دیدار مدیرکل میراث فرهنگی استان گلستان». Sentences
written for these tests; entities given by hand, so the rule is tested apart from the
tagger."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.doc import Event
from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {
    "علیرضا اعرافی": ("per:alireza-arafi", "IRN"), "قم": ("geonames:119208", "IRN"),
    "دولت عراق": ("org:government:IRQ", "IRQ"), "امان": ("geonames:250441", "JOR")}


def _meeting(text: str, entities: list[tuple[str, str]]) -> Event:
    doc = doc_with(text, "fa", entities, KB)
    for entity in doc.entities:
        if entity.type == "LOC":
            entity.lat, entity.lon = 34.6, 50.9
    return next(e for e in find_events(doc) if e.type == "CONSULT")


def test_a_post_is_the_partner_of_the_actors_country() -> None:
    event = _meeting("آیت‌الله علیرضا اعرافی امروز در دیدار با امام جمعه شهر ما گفت: "
                     "مساجد باید فعال باشند.", [("علیرضا اعرافی", "PER")])
    assert event.target is not None and event.target.text == "امام"
    assert event.target.country == "IRN" and event.target.name_en == "Iran clerics"


def test_a_group_after_a_partitive_is_the_partner() -> None:
    event = _meeting("علیرضا اعرافی امروز در دیدار با جمعی از بازاریان گفت: بازار باید "
                     "آرام بماند.", [("علیرضا اعرافی", "PER")])
    assert event.target is not None and event.target.name_en == "Iran merchants"


def test_the_body_a_post_heads_is_the_partner() -> None:
    event = _meeting("علیرضا اعرافی امروز در دیدار مدیرکل میراث فرهنگی استان گلستان گفت: "
                     "گردشگری اولویت است.", [("علیرضا اعرافی", "PER"), ("میراث فرهنگی", "ORG")])
    assert event.target is not None and event.target.text == "میراث فرهنگی"
    assert event.target.country == "IRN"


def test_no_partner_of_the_actors_country_at_a_meeting_abroad() -> None:
    """Held in Amman: the oil companies' representatives are of no known country."""
    event = _meeting("دولت عراق هفته گذشته با نمایندگان شرکت‌های نفتی در امان دیدار کرد.",
                     [("دولت عراق", "ORG"), ("امان", "LOC")])
    assert event.target is None or event.target.country != "IRQ"



def test_officials_asked_are_the_target_of_a_request() -> None:
    """«از نمایندگان خواست», «از وزیر خواست»: the representatives or the official asked, of
    the actor's country (persian_targets.addressed_public)."""
    for text, name in (("علیرضا اعرافی امروز از نمایندگان خواست بودجه را تصویب کنند.",
                        "Iran representatives"),
                       ("علیرضا اعرافی امروز از وزیر خواست به پرسش‌ها پاسخ دهد.",
                        "Iran officials")):
        doc = doc_with(text, "fa", [("علیرضا اعرافی", "PER")], KB)
        event = next(e for e in find_events(doc) if e.type == "REQUEST")
        assert event.target is not None and event.target.name_en == name
