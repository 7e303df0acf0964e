"""«بین/میان A و B» names both sides of a Persian act: A acts, B is its partner, when the
clause has no subject of its own (events/persian_sides.between_sides; session 15
(2026-12-06), issue 6). Sentences written for these tests; entities given by hand."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {
    "دولت سودان": ("org:sdn-gov", "SDN"), "ارتش آزادی‌بخش سودان": ("org:spla", "SDN"),
    "ایران": ("geonames:130758", "IRN"), "آمریکا": ("geonames:6252001", "USA"),
    "بغداد": ("geonames:98182", "IRQ"), "نایروبی": ("geonames:184745", "KEN")}


@pytest.mark.parametrize(("text", "names", "sides"), [
    # right after «بین», the second side after «و» and a plain noun
    ("چهارمین دور گفتگوهای صلح بین دولت سودان و شورشیان ارتش آزادی‌بخش سودان دیروز در"
     " نایروبی آغاز شد.",
     [("دولت سودان", "ORG"), ("ارتش آزادی‌بخش سودان", "ORG"), ("نایروبی", "LOC")],
     ("دولت سودان", "ارتش آزادی‌بخش سودان")),
    # in the genitive of the noun «میان» governs: «میان نمایندگان ایران و آمریکا»
    ("نخستین دور مذاکرات میان نمایندگان ایران و آمریکا دیروز در بغداد برگزار شد.",
     [("ایران", "LOC"), ("آمریکا", "LOC"), ("بغداد", "LOC")], ("ایران", "آمریکا")),
])
def test_between_a_and_b_a_acts_with_b(text: str, names: list[tuple[str, str]],
                                       sides: tuple[str, str]) -> None:
    [event] = [e for e in find_events(doc_with(text, "fa", names, KB)) if e.type == "CONSULT"]
    assert event.actor is not None and event.target is not None
    assert (event.actor.text, event.target.text) == sides


def test_a_noun_acts_sides_hold_under_another_verbs_subject() -> None:
    """Kenya opens the talks; Sudan's government and the SPLA hold them."""
    text = ("کنیا دور تازه گفتگوهای صلح بین دولت سودان و ارتش آزادی‌بخش سودان را در نایروبی"
            " آغاز کرد.")
    kb = {**KB, "کنیا": ("geonames:192950", "KEN")}
    names = [("کنیا", "LOC"), ("دولت سودان", "ORG"), ("ارتش آزادی‌بخش سودان", "ORG"),
             ("نایروبی", "LOC")]
    [event] = [e for e in find_events(doc_with(text, "fa", names, kb)) if e.type == "CONSULT"]
    assert event.actor is not None and event.target is not None
    assert (event.actor.text, event.target.text) == ("دولت سودان", "ارتش آزادی‌بخش سودان")


def test_a_verbs_own_subject_acts() -> None:
    """«بین کویت و عراق» is the topic of the Iranian minister's talk with his counterpart."""
    text = ("وزیر خارجه ایران دیروز با همتای عربستانی خود درباره روابط میان کویت و عراق"
            " گفتگو کرد.")
    kb = {**KB, "وزیر خارجه ایران": ("per:ir-fm", "IRN"), "کویت": ("geonames:285570", "KWT"),
          "عراق": ("geonames:99237", "IRQ")}
    names = [("وزیر خارجه ایران", "PER"), ("کویت", "LOC"), ("عراق", "LOC")]
    [event] = [e for e in find_events(doc_with(text, "fa", names, kb)) if e.type == "CONSULT"]
    assert event.actor is not None and event.actor.text == "وزیر خارجه ایران"


def test_a_between_phrase_of_another_noun_is_not_the_acts() -> None:
    """«میان سوریه و مصر» belongs to «نشست», four words past the meeting told («در دیدار»)."""
    text = ("اظهارات بشار اسد در دیدار با جهاد اسلامی و حماس، دلیل نشست اضطراری میان سوریه و"
            " مصر بود.")
    kb = {**KB, "بشار اسد": ("wikidata:Q44329", "SYR"), "جهاد اسلامی": ("org:pij", "PSE"),
          "حماس": ("org:hamas", "PSE"), "سوریه": ("geonames:163843", "SYR"),
          "مصر": ("geonames:357994", "EGY")}
    names = [("بشار اسد", "PER"), ("جهاد اسلامی", "ORG"), ("حماس", "ORG"), ("سوریه", "LOC"),
             ("مصر", "LOC")]
    events = [e for e in find_events(doc_with(text, "fa", names, kb)) if e.type == "CONSULT"]
    assert events and not any(e.target and e.target.text == "مصر" for e in events)
