"""The parties of a Persian noun act stand in its genitive: the first right after the noun,
even behind a quotation mark, and the second after «و», past the first one's title
(roles.persian_roles, _genitive_partner). Sentences written for these tests."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.stage import find_events

CALL = ("کاخ الیزه از گفت‌وگوی تلفنی «فرانسوآ اولاند» رئیس‌جمهور فرانسه و «ولادیمیر پوتین»"
        " رئیس‌جمهور روسیه خبر داد.")
KB = {"فرانسوآ اولاند": ("per:hollande", "FRA"), "فرانسه": ("geonames:3017382", "FRA"),
      "ولادیمیر پوتین": ("per:putin", "RUS"), "روسیه": ("geonames:2017370", "RUS"),
      "کاخ الیزه": (None, "FRA")}


def test_a_call_is_between_the_two_parties_of_its_genitive() -> None:
    doc = doc_with(CALL, "fa", [("کاخ الیزه", "ORG"), ("فرانسوآ اولاند", "PER"),
                                ("فرانسه", "LOC"), ("ولادیمیر پوتین", "PER"),
                                ("روسیه", "LOC")], KB)
    call = next(e for e in find_events(doc) if e.type == "CONSULT")
    assert call.actor is not None and call.actor.text == "فرانسوآ اولاند"
    assert call.target is not None and call.target.text == "ولادیمیر پوتین"


def test_the_country_of_the_first_partys_title_is_no_partner() -> None:
    """With no second party named after «و», the call has no target: «فرانسه» only says
    whose president the caller is."""
    text = "کاخ الیزه از گفت‌وگوی تلفنی «فرانسوآ اولاند» رئیس‌جمهور فرانسه خبر داد."
    doc = doc_with(text, "fa", [("کاخ الیزه", "ORG"), ("فرانسوآ اولاند", "PER"),
                                ("فرانسه", "LOC")], KB)
    call = next(e for e in find_events(doc) if e.type == "CONSULT")
    assert call.actor is not None and call.actor.text == "فرانسوآ اولاند"
    assert call.target is None or call.target.country != "FRA"


def test_whom_the_subject_met_stands_in_the_genitive_of_dar_didar() -> None:
    """«X در دیدار Y گفت»: X told something while meeting Y; Y is whom X met, not the one
    who met no one."""
    text = "حسن روحانی در دیدار ژاک بارو وزیر خارجه فرانسه از کمک‌های این کشور قدردانی کرد."
    doc = doc_with(text, "fa", [("حسن روحانی", "PER"), ("ژاک بارو", "PER"), ("فرانسه", "LOC")],
                   {"حسن روحانی": ("per:rouhani", "IRN"), "ژاک بارو": ("per:barrot", "FRA"),
                    "فرانسه": ("geonames:3017382", "FRA")})
    meeting = next(e for e in find_events(doc) if e.type == "CONSULT")
    assert meeting.actor is not None and meeting.actor.text == "حسن روحانی"
    assert meeting.target is not None and meeting.target.text == "ژاک بارو"
