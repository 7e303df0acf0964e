"""A Persian name after an adverbial idiom («در همین حال», «در این زمینه») heads its own
phrase, the clause's subject (issue 6, session 24 (2026-12-07), engineer events_parties_fa).
Sentences written for these tests, on the pattern of wire copy.

The chain of plain words read back from a name to a preposition (``persian_phrases.governing``)
ran over the idiom's noun: «در همین حال ایران ...» read Iran as the genitive of «حال» inside
the «در» phrase, and the act lost its actor. The idioms take no genitive
(``closed_adverbials_fa.txt``); a noun «همین» opens that does take one («از همین سفر
پوتین») still holds the name.
"""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.doc import Event
from khabar.entities.words import words
from khabar.events.persian_phrases import governing
from khabar.events.stage import find_events


def events_of(text: str) -> list[Event]:
    doc = simple_doc(text, "fa", published="2015-08-06T09:00:00+03:30", with_entities=True)
    return find_events(doc)


@pytest.mark.parametrize(("text", "kind", "actor"), [
    ("در همین حال ایران به شدت از حمله هوایی عربستان به یمن انتقاد کرد.", "ACCUSE", "IRN"),
    ("در همین زمینه سازمان ملل از عربستان خواست حملات را متوقف کند.", "REQUEST", None),
    ("در همین راستا نیروهای اسرائیلی به مواضع حماس در غزه حمله کردند.", "ASSAULT", "ISR"),
])
def test_the_name_after_an_idiom_is_the_actor(text: str, kind: str, actor: str | None) -> None:
    found = [e for e in events_of(text) if e.type == kind]
    assert found and found[0].actor is not None, [(e.trigger, e.actor) for e in found]
    assert found[0].actor.country == actor, found[0].actor


@pytest.mark.parametrize(("text", "held"), [
    ("در همین حال ایران", None),  # the idiom closes its phrase
    ("در همین خصوص روسیه", None),
    ("در عین حال روسیه", None),
    ("از همین سفر پوتین", "from"),  # «سفر» takes a genitive: Putin is inside the phrase
])
def test_an_idiom_takes_no_genitive(text: str, held: str | None) -> None:
    tokens = words(text)
    assert governing(tokens, len(tokens) - 1) == held
