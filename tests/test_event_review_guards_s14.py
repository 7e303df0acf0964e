"""Arabic event guards of the review of session 14 (2026-12-06), issue 6: a planned meeting
is a verb in the future (``arabic_content.one_sided``), and ``arabic_passives._bare_verb``,
a guard of session 13 no test held (its closing note). Its own case, a verb
with a glued object pronoun, is no trigger at all; what it did was refuse a hit of more
than one word, which made the accused after «وجّه ... اتهامات» (a row of this session) the
accuser. Sentences written for these tests, entities given by hand."""

from __future__ import annotations

import pytest
from doc_builders import doc_with, simple_doc

from khabar.entities.words import words
from khabar.events.arabic_content import future_verb
from khabar.events.lexicon import find_triggers
from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {"جون كيري": ("person:kerry", "USA")}


def _events(text: str, names: list[tuple[str, str]]) -> list[tuple[str, str | None, str | None]]:
    found = find_events(doc_with(text, "ar", names, kb=KB))
    return [(e.type, e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in found]


def test_a_lone_party_before_the_charge_after_directed_accusations_is_accused() -> None:
    """«ووجهت اتهامات للوزير جون كيري بالفشل»: accusations directed at Kerry; the
    one-word-verb guard (``_bare_verb``) made him the accuser of the new «وجه ... اتهامات»
    row."""
    found = _events("ووجهت اتهامات للوزير جون كيري بالفشل في التفاوض.", [("جون كيري", "PER")])
    assert ("ACCUSE", None, "جون كيري") in found


@pytest.mark.parametrize("verb", ["واتهمه", "اتهمته", "ويتهمه", "واتهمها"])
def test_an_accusing_verb_with_a_glued_object_pronoun_is_no_trigger(verb: str) -> None:
    """«اتهمه X»: X would be the subject; the lexicon matches no such form, so
    ``charged_object`` needs no guard for it. A row that adds one needs the guard back."""
    text = f"{verb} جون كيري بالفشل."
    assert [h for h in find_triggers(text, words(text), "ar") if h.trigger.type == "ACCUSE"] == []



def test_a_meeting_of_purpose_with_no_one_met_is_no_plan() -> None:
    """«كان ... متحفزا للقاء هذا المفكر»: a verbal noun of purpose with no one met names no
    plan of the party's; only a verb in the future does («إنه سيجتمع مع الرعاة», kept:
    tests/test_events_drops_s14.py). Three such AGREE future records, all wrong, in 200
    unlabelled SaudiNewsNet articles (review of session 14 (2026-12-06), 3c3aa40)."""
    text = "وكان وزير الخارجية السعودي عادل الجبير متحفزا للقاء هذا المفكر الكبير."
    doc = simple_doc(text, "ar", published="2015-08-10T09:00:00+03:00", with_entities=True)
    assert [e.type for e in find_events(doc)] == []


@pytest.mark.parametrize(("trigger", "future"), [
    ("سيلتقي", True), ("وسيزور", True), ("ستعقد", True), ("سيبدأ يوم السبت جولة", True),
    ("للقاء", False), ("لزيارة", False), ("تهاتف", False), ("يزور", False),
])
def test_future_verb(trigger: str, future: bool) -> None:
    assert future_verb(trigger) is future
