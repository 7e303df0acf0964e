"""Persian co-ordinated subjects listed with commas (session 30 (2026-12-07), issue 6,
events_fa17).

A list of subjects the actor opens, its members joined by commas and a last «و» («A، B، C و
D»), acts together: no member of it is the target of a conflict act (before, only a second
member joined by «و» itself was told apart: persian_targets.co_subject). The party after the
list that its act is on is the target («روسیه و چین از آمریکا انتقاد کردند»: the United
States, where the second subject stood as a partner before); a joint act of three members or
more that names whom it is done to is done to that party. So are a noun act's doers joined
in its genitive («حمله آمریکا و انگلیس به عراق»: the United States against Iraq). Commas
alone («A، B») may set off an apposition and are left as they were; a meeting of two stays
between them. Sentences written for these tests; entities given by hand, so the rules are
tested apart from the tagger."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.doc import Event
from khabar.events.stage import find_events

COUNTRIES: dict[str, tuple[str, str | None]] = {
    "ایران": ("geonames:130758", "IRN"), "آلمان": ("geonames:2921044", "DEU"),
    "فرانسه": ("geonames:3017382", "FRA"), "عراق": ("geonames:99237", "IRQ"),
    "سوریه": ("geonames:163843", "SYR"), "آمریکا": ("geonames:6252001", "USA"),
    "روسیه": ("geonames:2017370", "RUS"), "اسرائیل": ("geonames:294640", "ISR"),
    "چین": ("geonames:1814991", "CHN"), "انگلیس": ("geonames:2635167", "GBR")}


def _event(text: str, kind: str) -> Event:
    entities = [(name, "LOC") for name in sorted((n for n in COUNTRIES if n in text),
                                                 key=text.index)]
    [event] = [e for e in find_events(doc_with(text, "fa", entities, COUNTRIES))
               if e.type == kind]
    return event


@pytest.mark.parametrize("text, kind", [
    ("سه کشور آمریکا، اسرائیل، انگلیس و آلمان با این قطعنامه مخالفت کردند.", "REJECT"),
    ("روسیه، چین و سوریه این اقدام را محکوم کردند.", "ACCUSE"),
])
def test_no_member_of_a_listed_subject_is_the_target(text: str, kind: str) -> None:
    event = _event(text, kind)
    assert event.actor is not None and event.actor.country in {"USA", "RUS"}
    assert event.target is None


@pytest.mark.parametrize("text, kind, actor, target", [
    ("روسیه و چین از آمریکا انتقاد کردند.", "ACCUSE", "RUS", "USA"),
    ("روسیه، چین و ایران از آمریکا انتقاد کردند.", "ACCUSE", "RUS", "USA"),
    ("آلمان، فرانسه و انگلیس از اسرائیل حمایت کردند.", "SUPPORT", "DEU", "ISR"),
    # a noun act's two doers in its genitive
    ("سه ماه پس از حمله آمریکا و انگلیس به عراق مدرکی یافت نشده است.", "ASSAULT", "USA", "IRQ"),
])
def test_the_party_a_listed_subject_acts_upon_is_the_target(text: str, kind: str, actor: str,
                                                           target: str) -> None:
    event = _event(text, kind)
    assert event.actor is not None and event.actor.country == actor
    assert event.target is not None and event.target.country == target


@pytest.mark.parametrize("text, kind, target", [
    ("فرانسه و آلمان در برلین دیدار کردند.", "CONSULT", "DEU"),   # two meet each other
    ("آمریکا، اسرائیل را تهدید کرد.", "THREATEN", "ISR"),          # a comma, then the object
])
def test_what_is_no_listed_subject_is_left_as_it_was(text: str, kind: str, target: str) -> None:
    event = _event(text, kind)
    assert event.target is not None and event.target.country == target
