"""Two hits of one type one word apart are one phrase («تلقى ... اتصالا هاتفيا»), but not
across a punctuation mark: «وتمهيدا لهذا الاجتماع، عقد الوزراء لقاء» tells a meeting of its
own after the comma, which the earlier noun must not swallow (``clauses._one_per_phrase``);
and a comma may open a time adverbial as well as close it («الجبير، اليوم (الخميس)، اجتماعا»).
Issue 6, session 21 (2026-12-06), engineer events_ar2. Sentences written for these tests."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.doc import Event
from khabar.events.stage import find_events


def events_of(text: str) -> list[Event]:
    doc = simple_doc(text, "ar", published="2025-01-20T09:53:26+03:30", with_entities=True)
    return find_events(doc)


def test_a_verb_after_a_comma_is_not_the_earlier_nouns_phrase() -> None:
    """The meeting «عقد ... لقاء» after «لهذا الاجتماع،» is told by its verb, with its parties."""
    found = [e for e in events_of(
        "وتمهيدا لهذا الاجتماع، عقد وزير الخارجية عادل الجبير لقاء مع وزير الخارجية "
        "القطري خالد العطية في الدوحة.") if e.type == "CONSULT"]
    assert any(e.trigger.startswith("عقد") for e in found), [e.trigger for e in found]


def test_only_the_mark_parts_the_phrase() -> None:
    """The same words with the comma and without it: two acts, then one phrase as before."""
    from khabar.entities.words import words
    from khabar.events.clauses import _one_per_phrase
    from khabar.events.lexicon import find_triggers

    def kept(text: str) -> list[str]:
        tokens = words(text)
        return [h.tense for h in _one_per_phrase(find_triggers(text, tokens, "ar"), tokens)
                if h.trigger.type == "CONSULT"]

    assert kept("وتمهيدا لهذا الاجتماع، عقد الوزير لقاء مع نظيره.") == ["noun", "past"]
    assert kept("وتمهيدا لهذا الاجتماع عقد الوزير لقاء مع نظيره.") == ["noun"]


def test_a_comma_may_open_a_time_adverbial() -> None:
    """«، اليوم (الخميس)،» sets the day off between the subject and the object: the comma
    before the day, like the one after it, leaves «عقد ... اجتماعا» one clause."""
    found = [e for e in events_of(
        "عقد وزير الخارجية عادل الجبير، اليوم (الخميس)، اجتماعا مع وزير الخارجية "
        "الأمريكي جون كيري في الرياض.") if e.type == "CONSULT"]
    assert any(e.trigger.startswith("عقد") for e in found), [e.trigger for e in found]


def test_a_comma_before_a_day_that_no_comma_closes_parts_the_clause() -> None:
    """A day after a comma with no second comma closing it opens no adverbial."""
    from khabar.entities.words import words
    from khabar.events.arabic_adverbials import adverbial_comma

    tokens = words("عقد الوزير، اليوم اجتماعا مع نظيره.")
    assert not adverbial_comma(tokens, 2)
    tokens = words("عقد الوزير، اليوم، اجتماعا مع نظيره.")
    assert adverbial_comma(tokens, 2)
