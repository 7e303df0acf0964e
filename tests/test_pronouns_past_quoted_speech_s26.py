"""Persian pronouns of the narration after quoted speech, session 26 (2026-12-07), issue 5/6,
engineer quotes_fa9: «وی افزود» after «... گفت: ...» stands for the speaker going on or a
person the narration names, never for a word inside the speech the entity stage read as a
name («مردم فراری»: 'fugitive' taken for a surname; farsnews-8201230037) nor for a person
the speaker spoke of («شهید مطهری»). ``persian_quoted_speech.quoted_speech`` finds the
speech, ``coref.resolve_pronouns`` passes over the persons named in it. A «به گفته وی» then
tied to no one is read by the quote stage as a verb with no subject
(``quote_attribution._bare_pronoun``), not dropped. Sentences written for these tests,
after the grammar of Fars news."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.doc import PRONOUN_SOURCE, Entity
from khabar.entities.coref import resolve_pronouns
from khabar.entities.persian_quoted_speech import quoted_speech
from khabar.entities.words import words
from khabar.events.quotes import find_quotes
from khabar.text.sentences import split_sentences

_FUGITIVE = ("وی در دیدار با مجروحان جنگ گفت: ما از همسایگان می‌خواهیم که از ورود مردم فراری "
             "جلوگیری کنند.\n"
             "وی افزود: این موضوع در نشست آینده بررسی خواهد شد.\n")
_MOTAHHARI = ("حسن رحیمی در این مراسم اظهار داشت: آثار شهید مطهری مورد توجه فقها است.\n"
              "وی به اندیشه‌های این متفکر اشاره کرد.\n")


def _spans(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in quoted_speech(text, words(text), split_sentences(text))]


@pytest.mark.parametrize(("text", "quoted"), [
    # the words run on over full stops to the end of the paragraph
    ("وی افزود: این موضوع بررسی می‌شود. ما آماده‌ایم.\nجلسه پایان یافت.",
     ["این موضوع بررسی می‌شود. ما آماده‌ایم."]),
    # or to the next sentence that gives words to a speaker
    ("وی افزود: کار ادامه دارد.وی تصریح کرد: ما آماده‌ایم.",
     ["کار ادامه دارد.", "ما آماده‌ایم."]),
    # a compound speech verb before the colon
    ("رئیس سازمان تصریح کرد: کار ادامه دارد.", ["کار ادامه دارد."]),
    # words that open with a mark run to the mark that closes them, past a full stop
    ("او گفت: «ما آماده‌ایم. کار آغاز شده است.» سپس رفت.",
     ["«ما آماده‌ایم. کار آغاز شده است.»"]),
    # a colon after no speech verb opens no speech
    ("برندگان عبارتند از: علی رضایی و حسن محمدی.", []),
])
def test_quoted_speech_runs_from_a_speech_verbs_colon(text: str, quoted: list[str]) -> None:
    assert _spans(text) == quoted


def _person(text: str, mention: str, key: str, source: str = "crf") -> Entity:
    start = text.index(mention)
    return Entity(start, start + len(mention), type="PER", text=mention, key=key, source=source)


def _pronoun_keys(text: str, people: list[Entity], persian: bool = True) -> list[str | None]:
    tokens = words(text)
    quoted = quoted_speech(text, tokens, split_sentences(text)) if persian else ()
    found = resolve_pronouns(tokens, people, False, quoted)
    return [e.key for e in found if e.source == PRONOUN_SOURCE]


def test_a_word_of_the_speech_read_as_a_name_is_no_antecedent() -> None:
    people = [_person(_FUGITIVE, "فراری", "per:فراري", "surname")]
    assert _pronoun_keys(_FUGITIVE, people) == []


def test_the_pronoun_after_the_speech_is_the_speaker() -> None:
    people = [_person(_MOTAHHARI, "حسن رحیمی", "per:rahimi"),
              _person(_MOTAHHARI, "مطهری", "per:motahhari")]
    assert _pronoun_keys(_MOTAHHARI, people) == ["per:rahimi"]


def test_the_narrations_pronouns_go_on_with_their_own() -> None:
    text = ("حسن رحیمی در این مراسم اظهار داشت: کار ادامه دارد.\n"
            + "وی افزود: " + "این طرح در همه شهرها اجرا خواهد شد و " * 14 + "پایان می‌یابد.\n"
            + "وی تصریح کرد: آثار شهید مطهری مورد توجه است.\n"
            + "وی ادامه داد: کار ادامه دارد.\n")
    people = [_person(text, "حسن رحیمی", "per:rahimi"), _person(text, "مطهری", "per:motahhari")]
    # the third pronoun is past the reach of the name, not of the pronoun before it
    assert _pronoun_keys(text, people) == ["per:rahimi"] * 3


def test_a_pronoun_inside_the_speech_may_stand_for_a_person_named_there() -> None:
    text = "حسن رحیمی گفت: ما با علی لاریجانی دیدار کردیم و به او گفتیم که کار ادامه دارد.\n"
    people = [_person(text, "حسن رحیمی", "per:rahimi"),
              _person(text, "علی لاریجانی", "per:larijani")]
    assert _pronoun_keys(text, people) == ["per:larijani"]


def test_without_quoted_speech_the_last_person_named_is_taken() -> None:
    people = [_person(_MOTAHHARI, "حسن رحیمی", "per:rahimi"),
              _person(_MOTAHHARI, "مطهری", "per:motahhari")]
    assert _pronoun_keys(_MOTAHHARI, people, persian=False) == ["per:motahhari"]


def test_an_attribution_to_a_pronoun_tied_to_no_one_goes_on_with_the_speaker() -> None:
    text = ("حسن رحیمی در جمع خبرنگاران گفت: طرح تا پایان سال اجرا می‌شود.\n"
            "به گفته وی، بیش از هزار خانوار از این طرح بهره‌مند خواهند شد.\n")
    doc = simple_doc(text, "fa")
    doc.entities = [_person(text, "حسن رحیمی", "per:rahimi")]
    speakers = [q.speaker.text if q.speaker else None for q in find_quotes(doc)]
    assert speakers == ["حسن رحیمی", "حسن رحیمی"]
