"""Persian quote speakers, session 25 (2026-12-07), issue 6, engineer quotes_fa8: a pronoun
subject («وی افزود») that the entity stage read as a person named only inside the quoted
words before it ("fugitive" taken for a surname) is read as a verb with no subject: it goes
on with the speaker before or the person the narration names, never with a name in the
speech (``quote_turns._named_only_in_quotes``). Sentences written for these tests, after
the grammar of Fars news."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.doc import Entity
from khabar.events.quotes import find_quotes
from khabar.text.sentences import split_sentences


def _speakers(text: str, people: list[tuple[str, str, str, int]]) -> list[str | None]:
    """Speakers of the quotes in ``text`` whose persons are (mention, key, source, nth)."""
    doc = simple_doc(text, "fa")
    doc.sentences = split_sentences(text)
    for mention, key, source, nth in people:
        start = -1
        for _ in range(nth + 1):
            start = text.index(mention, start + 1)
        doc.entities.append(Entity(start, start + len(mention), type="PER", text=mention,
                                   key=key, source=source))
    doc.entities.sort(key=lambda e: e.start)
    return [q.speaker.text if q.speaker else None for q in find_quotes(doc)]


_LEAD = ("به گزارش خبرگزاری فارس، وی در دیدار با مجروحان جنگ گفت: ما از همسایگان "
         "می‌خواهیم که به افراد فراری اجازه ورود ندهند.\n"
         "وی افزود: این موضوع در نشست آینده بررسی خواهد شد.\n")
_FUGITIVE = [("فراری", "per:farari", "surname", 0), ("وی", "per:farari", "pronoun", 1)]


def test_a_pronoun_read_as_a_name_inside_the_speech_names_no_one() -> None:
    assert _speakers(_LEAD, _FUGITIVE) == [None, None]


def test_the_lead_then_goes_to_the_name_given_after_it() -> None:
    text = _LEAD + "حسن روحانی تصریح کرد: همکاری همسایگان در این زمینه ضروری است.\n"
    people = [*_FUGITIVE, ("حسن روحانی", "per:rouhani", "crf", 0)]
    assert _speakers(text, people) == ["حسن روحانی"] * 3


def test_a_pronoun_read_as_a_name_in_the_speech_goes_on_with_the_speaker() -> None:
    text = ("حسن روحانی در جمع خبرنگاران گفت: ما از همسایگان می‌خواهیم که به افراد فراری "
            "اجازه ورود ندهند.\n"
            "وی افزود: این موضوع در نشست آینده بررسی خواهد شد.\n")
    people = [("حسن روحانی", "per:rouhani", "crf", 0), ("فراری", "per:farari", "surname", 0),
              ("وی", "per:farari", "pronoun", 0)]
    assert _speakers(text, people) == ["حسن روحانی", "حسن روحانی"]


def test_a_pronoun_for_a_name_in_the_narration_is_that_person() -> None:
    text = ("حسن روحانی در جمع خبرنگاران گفت: ما از همسایگان می‌خواهیم که به افراد فراری "
            "اجازه ورود ندهند.\n"
            "علی لاریجانی نیز در این نشست حضور داشت.\n"
            "وی افزود: این موضوع در نشست آینده بررسی خواهد شد.\n")
    people = [("حسن روحانی", "per:rouhani", "crf", 0), ("علی لاریجانی", "per:larijani", "crf", 0),
              ("وی", "per:larijani", "pronoun", 0)]
    assert _speakers(text, people)[-1] == "علی لاریجانی"
