"""A Persian «با» phrase belongs to the nearest noun before it that governs it («مبارزه با»,
«همکاری با»; with_nouns_fa.txt): its name is no partner of the clause's act
(roles._noun_held). Sentences written for these tests."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.doc import Event
from khabar.events.stage import find_events

KB = {"فرانسوآ اولاند": ("per:hollande", "FRA"), "فرانسه": ("geonames:3017382", "FRA"),
      "ولادیمیر پوتین": ("per:putin", "RUS"), "روسیه": ("geonames:2017370", "RUS"),
      "گروه تروریستی داعش": ("org:isis", None), "عربستان": ("geonames:102358", "SAU"),
      "ایران": ("geonames:130758", "IRN")}
PARTIES = [("کاخ الیزه", "ORG"), ("فرانسوآ اولاند", "PER"), ("فرانسه", "LOC"),
           ("ولادیمیر پوتین", "PER"), ("روسیه", "LOC"), ("گروه تروریستی داعش", "ORG")]


def _event(text: str, kind: str, spans: list[tuple[str, str]]) -> Event:
    doc = doc_with(text, "fa", [s for s in spans if s[0] in text], KB)
    return next(e for e in find_events(doc) if e.type == kind)


def test_the_foe_of_a_fight_is_not_whom_a_call_was_with() -> None:
    text = ("کاخ الیزه از گفت‌وگوی تلفنی «فرانسوآ اولاند» رئیس‌جمهور فرانسه و «ولادیمیر پوتین»"
            " رئیس‌جمهور روسیه درباره همکاری دو کشور برای مبارزه با گروه تروریستی داعش خبر داد.")
    call = _event(text, "CONSULT", PARTIES)
    assert call.actor is not None and call.actor.text == "فرانسوآ اولاند"
    assert call.target is not None and call.target.text == "ولادیمیر پوتین"


def test_a_later_with_phrase_of_the_verb_is_the_partner() -> None:
    text = ("ولادیمیر پوتین برای مقابله با گروه تروریستی داعش با فرانسوآ اولاند"
            " دیدار کرد.")
    meeting = _event(text, "CONSULT", [("ولادیمیر پوتین", "PER"), ("گروه تروریستی داعش", "ORG"),
                                       ("فرانسوآ اولاند", "PER")])
    assert meeting.actor is not None and meeting.actor.text == "ولادیمیر پوتین"
    assert meeting.target is not None and meeting.target.text == "فرانسوآ اولاند"


def test_a_plain_with_phrase_is_still_the_partner() -> None:
    text = "ولادیمیر پوتین با فرانسوآ اولاند دیدار کرد."
    meeting = _event(text, "CONSULT", [("ولادیمیر پوتین", "PER"), ("فرانسوآ اولاند", "PER")])
    assert meeting.target is not None and meeting.target.text == "فرانسوآ اولاند"


def test_the_governing_noun_of_the_trigger_keeps_its_with_phrase() -> None:
    text = "عربستان قطع رابطه با ایران را اعلام کرد."
    cut = _event(text, "SANCTION", [("عربستان", "LOC"), ("ایران", "LOC")])
    assert cut.target is not None and cut.target.text == "ایران"
