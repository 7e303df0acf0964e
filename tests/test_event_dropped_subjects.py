"""A Persian act told with no subject is done by the person the text last made its
subject (dropped subjects, khabar/events/dropped_subjects.py). Sentences written for
these tests."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.doc import Doc, Event
from khabar.events.stage import find_events


def make(text: str) -> Doc:
    return simple_doc(text, "fa", published="2025-01-20T09:53:26+03:30", with_entities=True)


def events_of(text: str, kind: str) -> list[Event]:
    return [e for e in find_events(make(text)) if e.type == kind]


def test_a_singular_verb_with_no_subject_is_the_last_subjects() -> None:
    text = ("محمدجواد ظریف وزیر امور خارجه ایران روز دوشنبه وارد مسکو شد. "
            "در این سفر از دولت روسیه به دلیل حمایت از ایران قدردانی کرد و "
            "در نشستی خبری این اتهامات را به شدت رد کرد.")
    found = events_of(text, "REJECT")
    assert found and found[0].actor is not None
    assert found[0].actor.text == "محمدجواد ظریف"
    assert found[0].actor.confidence is not None and found[0].actor.confidence < 1.0


def test_the_subject_is_looked_for_two_sentences_back() -> None:
    text = ("محمدجواد ظریف وزیر امور خارجه ایران روز دوشنبه وارد مسکو شد. "
            "در فرودگاه مورد استقبال مقامات قرار گرفت. "
            "در نشستی خبری این اتهامات را به شدت رد کرد.")
    found = events_of(text, "REJECT")
    assert found and found[0].actor is not None and found[0].actor.text == "محمدجواد ظریف"


def test_a_plural_verb_is_not_the_singular_subjects() -> None:
    text = ("محمدجواد ظریف وزیر امور خارجه ایران روز دوشنبه وارد مسکو شد. "
            "در نشستی خبری این اتهامات را به شدت رد کردند.")
    for event in events_of(text, "REJECT"):
        assert event.actor is None or event.actor.text != "محمدجواد ظریف"


def test_a_plural_future_is_not_read_by_its_last_word() -> None:
    text = ("محمدجواد ظریف وزیر امور خارجه ایران روز دوشنبه وارد مسکو شد. "
            "در نشستی خبری این اتهامات را به شدت رد خواهند کرد.")
    for event in events_of(text, "REJECT"):
        assert event.actor is None or event.actor.text != "محمدجواد ظریف"


def test_an_earlier_sentence_opened_by_a_country_gives_no_one() -> None:
    # Neither the country the sentence opens with nor the person named later in it.
    text = ("ایران روز دوشنبه از سفر محمدجواد ظریف به مسکو خبر داد. "
            "در نشستی خبری این اتهامات را به شدت رد کرد.")
    # With no actor the denial names no one and is not recorded (participant_words.
    # partyless); given Iran or Zarif, it would be, with that actor.
    found = events_of(text, "REJECT")
    assert all(event.actor is None for event in found)


def test_a_clause_with_its_own_subject_keeps_it() -> None:
    text = ("محمدجواد ظریف وزیر امور خارجه ایران روز دوشنبه وارد مسکو شد. "
            "سرگئی لاوروف در نشستی خبری این اتهامات را به شدت رد کرد.")
    found = events_of(text, "REJECT")
    assert found and found[0].actor is not None and found[0].actor.text == "سرگئی لاوروف"


def test_words_of_sequence_and_time_before_the_preposition_are_passed_over() -> None:
    for opener in ("همچنین", "روز سه‌شنبه", "سپس"):
        text = ("محمدجواد ظریف وزیر امور خارجه ایران روز دوشنبه وارد مسکو شد. "
                f"{opener} با ولادیمیر پوتین دیدار و گفت‌وگو کرد.")
        found = [e for e in events_of(text, "CONSULT") if e.trigger.startswith("دیدار")]
        assert found and found[0].actor is not None, opener
        assert found[0].actor.text == "محمدجواد ظریف", opener


def test_a_clause_opening_with_a_noun_is_not_subjectless() -> None:
    text = ("محمدجواد ظریف وزیر امور خارجه ایران روز دوشنبه وارد مسکو شد. "
            "هیئت همراه با ولادیمیر پوتین دیدار و گفت‌وگو کرد.")
    for event in events_of(text, "CONSULT"):
        if event.trigger.startswith("دیدار"):
            assert event.actor is None or event.actor.text != "محمدجواد ظریف"


def test_a_verb_after_ke_is_in_a_clause_of_its_own() -> None:
    text = ("محمدجواد ظریف وزیر امور خارجه ایران روز دوشنبه وارد مسکو شد. "
            "در این سفر گفته شد که با ولادیمیر پوتین دیدار و گفت‌وگو کرد.")
    for event in events_of(text, "CONSULT"):
        if event.trigger.startswith("دیدار"):
            assert event.actor is None or event.actor.text != "محمدجواد ظریف"
