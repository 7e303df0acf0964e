"""The pronoun on a reported clause's link is the verb's subject and stands for the speaker
(session 14 (2026-12-06), issue 6): «قال وزير الداخلية الفرنسي برنار كازنوف إنه دعا
بريطانيا» made Britain, the verb's object, the one who asked. After a participle of speech
(«مؤكدا», «مشيرا إلى أنه») the speaker is the sentence's subject. Sentences written for these
tests, entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {
    "برنار كازنوف": ("per:cazeneuve", "FRA"), "بريطانيا": ("geonames:2635167", "GBR"),
    "فرنسا": ("geonames:3017382", "FRA"), "كيري": ("per:kerry", "USA"),
    "بشار الأسد": ("per:assad", "SYR"), "سيرجي لافروف": ("per:lavrov", "RUS")}


def _sides(text: str, names: list[tuple[str, str]]) -> list[tuple[str | None, ...]]:
    events = find_events(doc_with(text, "ar", names, kb=KB))
    return [(e.type, e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in events]


def test_the_pronoun_on_the_link_is_the_speaker() -> None:
    text = "قال وزير الداخلية الفرنسي برنار كازنوف إنه دعا بريطانيا لتقديم دعم أكبر."
    found = _sides(text, [("برنار كازنوف", "PER"), ("بريطانيا", "LOC")])
    assert ("REQUEST", "برنار كازنوف", "بريطانيا") in found


def test_after_a_participle_of_speech_the_speaker_is_the_sentences_subject() -> None:
    text = ("وقال كيري إنه لا حل عسكريا في سورية، مؤكدا أن الرئيس السوري بشار الأسد فقد"
            " الشرعية، مشيرا إلى أنه سيلتقي نظيره الروسي سيرجي لافروف.")
    found = _sides(text, [("كيري", "PER"), ("بشار الأسد", "PER"), ("سيرجي لافروف", "PER")])
    assert [(a, t) for _, a, t in found if t == "سيرجي لافروف"] == [("كيري", "سيرجي لافروف")]


def test_a_link_without_a_pronoun_keeps_the_reported_subject() -> None:
    text = "وقال برنار كازنوف إن بريطانيا دعت فرنسا إلى تقديم دعم أكبر."
    found = _sides(text, [("برنار كازنوف", "PER"), ("بريطانيا", "LOC"), ("فرنسا", "LOC")])
    assert ("REQUEST", "بريطانيا", "فرنسا") in found
