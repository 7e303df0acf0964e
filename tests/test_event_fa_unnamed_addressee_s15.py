"""The unnamed party a Persian request asks («از X خواست», X no name): a group of the country
its genitive names, else of the actor's; none for a pronoun or a noun of states
(events/persian_asked.unnamed_addressee; session 15 (2026-12-06), issue 6). Sentences
written for these tests; entities given by hand."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.doc import Participant
from khabar.entities.words import words
from khabar.events.lexicon import find_triggers
from khabar.events.participants import mentions
from khabar.events.persian_asked import unnamed_addressee
from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {
    "اباسانچو": ("wikidata:Q57298", "NGA"), "سوریه": ("geonames:163843", "SYR"),
    "نیجریه": ("geonames:2328926", "NGA")}


def _request(text: str, names: list[tuple[str, str]]) -> tuple[str | None, str | None] | None:
    [event] = [e for e in find_events(doc_with(text, "fa", names, KB)) if e.type == "REQUEST"]
    return (event.target.text, event.target.country) if event.target else None


@pytest.mark.parametrize(("text", "names", "target"), [
    # the actor's own country: the companies of «این کشور»
    ("اباسانچو رئیس‌جمهور نیجریه از شرکت‌های نفتی این کشور خواست تا حساب‌های خود را شفاف"
     " کنند.", [("اباسانچو", "PER"), ("نیجریه", "LOC")], ("شرکت‌های", "NGA")),
    # the country of the phrase's own genitive
    ("اباسانچو از رهبران سوریه خواست به اعضای حزب بعث پناه ندهند.",
     [("اباسانچو", "PER"), ("سوریه", "LOC")], ("رهبران", "SYR")),
    # a demonym in the phrase
    ("اباسانچو از کاربران سوری خواست به اعضای حزب بعث پناه ندهند.",
     [("اباسانچو", "PER")], ("کاربران", "SYR")),
    # after the last «از»: «از همراهی مردم» is what he thanked them for
    ("اباسانچو ضمن تشکر از همراهی مردم از بانک‌های عامل خواست با مراجعان همکاری کنند.",
     [("اباسانچو", "PER")], ("بانک‌های", "NGA")),
    # a future: «خواهد» is the auxiliary of «خواست», not a word of the phrase
    ("اباسانچو از بانک‌های عامل خواهد خواست با مراجعان همکاری کنند.",
     [("اباسانچو", "PER")], ("بانک‌های", "NGA")),
])
def test_an_unnamed_addressee_is_a_group_of_a_country(
        text: str, names: list[tuple[str, str]], target: tuple[str, str]) -> None:
    assert _request(text, names) == target


@pytest.mark.parametrize("text", [
    "اباسانچو از من خواست تا حساب‌های خود را شفاف کنم.",  # a pronoun: someone told of
    "اباسانچو از کشورهای همسایه خواست تا مرزها را ببندند.",  # other states
    "اباسانچو از تمامی کشورها خواست تا مرزها را ببندند.",  # other states, after a quantifier
    "اباسانچو از همه خواست تا مرزها را ببندند.",  # no one in particular
    "اباسانچو گفت استفاده از این خواسته ملت است.",  # a demonstrative alone: «خواسته» a noun
    # a verb inside: «از کار برکنار شوند» (be dismissed), then «می‌خواهند» (they want)
    "اباسانچو خواستار اطلاع‌رسانی است ولی کارکنان از ترس آنکه از کار برکنار شوند"
    " می‌خواهند سکوت کنند.",
])
def test_no_group_for_a_pronoun_or_other_states(text: str) -> None:
    assert _request(text, [("اباسانچو", "PER")]) is None


def test_the_actor_named_in_the_phrase_is_not_also_asked() -> None:
    """«وی ... از موسی خواست» with «وی» resolved to Moussa himself (a pronoun read back to the
    last person named): the name in the phrase is the actor's, so no target is made."""
    text = "وی از موسی خواست به سوال پاسخ گوید."
    doc = doc_with(text, "fa", [("موسی", "PER")], {"موسی": ("wikidata:Q57303", "EGY")})
    tokens = list(words(text))
    [hit] = [h for h in find_triggers(text, tokens, "fa") if h.trigger.type == "REQUEST"]
    found = mentions(doc, tokens, 0, len(text))
    moussa = Participant(text="موسی", kb_id="wikidata:Q57303", country="EGY")
    other = Participant(text="عبدالله الاشعل", kb_id="per:ashal", country="EGY")
    assert unnamed_addressee(hit, tokens, found, moussa) is None
    asked = unnamed_addressee(hit, tokens, found, other)
    assert asked is not None and asked.country == "EGY"


def test_an_object_inside_is_no_addressee() -> None:
    """«گروهی از فعالانی را که می‌خواستند ...» ('a group of the activists who wanted'): «را»
    marks an object, so the words after «از» are no one asked."""
    text = "اباسانچو گروهی از فعالانی را که می‌خواستند به عراق بروند بازداشت کرد."
    doc = doc_with(text, "fa", [("اباسانچو", "PER")], KB)
    asked = [e for e in find_events(doc) if e.type == "REQUEST"]
    assert not any(e.target and e.target.text == "فعالانی" for e in asked)
