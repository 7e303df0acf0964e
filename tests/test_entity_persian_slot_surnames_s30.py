"""A Persian person's surname written alone where a person stands, even a common word, is
that person: issues 5 and 6, session 30 (2026-12-07), engineer ent_fa16.

- «کشوری» ('national') after «سردار کریم کشوری» opens a clause before «تصریح کرد»: the person.
- A surname of two words («احمدی مقدم») is found whole.
- «اسماعیلی با اشاره به ... اظهار داشت» and «... در ادامه گفت»: a phrase said between the
  subject and a later speech verb.
- After a title («سردار کشوری») the surname is the person, with or without a verb.
- A one-word place or body of the tagger on the surname («خرمشاهی ادامه داد») gives way.
- Not: the word inside a clause («طرح کشوری»), before a verb that is no speech verb, or
  before the person is named.
"""

from __future__ import annotations

from doc_builders import tagged

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_slot_surnames import slot_surnames


def _person(text: str, name: str, key: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="PER", text=name, key=key, source="title")


def _persons(text: str, found: list[Entity]) -> list[tuple[str, str | None]]:
    return [(e.text, e.key) for e in slot_surnames(text, words(text), found) if e.type == "PER"]


def test_a_common_word_surname_before_a_speech_verb_is_the_person() -> None:
    text = ("سردار کریم کشوری امروز در گفت‌وگو با خبرنگار فارس اظهار داشت: آغاز طرح است.\n"
            "کشوری تصریح کرد: تعداد تصادفات کم شد. این طرح کشوری است.")
    person = _person(text, "کریم کشوری", "per:کریمکشوری")
    assert _persons(text, [person]) == [("کریم کشوری", "per:کریمکشوری"),
                                        ("کشوری", "per:کریمکشوری")]


def test_a_surname_of_two_words_is_found_whole() -> None:
    text = "اسماعیل احمدی مقدم گفت: طرح آغاز شد. احمدی مقدم اضافه کرد: جریمه بیشتر می‌شود."
    person = _person(text, "اسماعیل احمدی مقدم", "per:احمدیمقدم")
    assert _persons(text, [person])[1] == ("احمدی مقدم", "per:احمدیمقدم")


def test_a_phrase_between_the_surname_and_a_later_speech_verb() -> None:
    text = ("محمدرضا اسماعیلی گفت: بصیرت لازم است. اسماعیلی با اشاره به سالروز کشف حجاب، "
            "اظهار داشت: رژیم شکست خورد. اسماعیلی در ادامه گفت: مردم آگاهند.")
    person = _person(text, "محمدرضا اسماعیلی", "per:اسماعیلی")
    assert [t for t, _ in _persons(text, [person])] == ["محمدرضا اسماعیلی", "اسماعیلی",
                                                        "اسماعیلی"]


def test_after_a_title_the_surname_is_the_person() -> None:
    text = "سردار کریم کشوری آمد. سردار کشوری در جلسه حاضر بود."
    person = _person(text, "کریم کشوری", "per:کریمکشوری")
    assert [t for t, _ in _persons(text, [person])] == ["کریم کشوری", "کشوری"]


def test_a_lone_place_of_the_tagger_gives_way_to_the_person() -> None:
    text = "عبدالصمد خرمشاهی وکیل متهم گفت: حکم صادر شد.\nخرمشاهی ادامه داد: دادگاه توجه نکرد."
    found = [_person(text, "عبدالصمد خرمشاهی", "per:خرمشاهی")]
    place = text.index("خرمشاهی ادامه")
    found.append(Entity(place, place + len("خرمشاهی"), type="LOC", text="خرمشاهی",
                        source="crf"))
    out = slot_surnames(text, words(text), found)
    assert [(e.text, e.type) for e in out] == [("عبدالصمد خرمشاهی", "PER"), ("خرمشاهی", "PER")]


def test_no_person_inside_a_clause_before_other_verbs_or_before_the_name() -> None:
    text = ("کشوری تصریح کرد: آغاز شد. سردار کریم کشوری آمد. این طرح کشوری گفت‌وگو دارد. "
            "کشوری بودن طرح مهم است. کشوری با مردم است.")
    person = _person(text, "کریم کشوری", "per:کریمکشوری")
    assert _persons(text, [person]) == [("کریم کشوری", "per:کریمکشوری")]


def test_a_tagger_person_of_one_word_spreads_nothing() -> None:
    text = "کشوری آمد. کشوری تصریح کرد: آغاز شد."
    found = [tagged(text, "کشوری")]
    assert len(slot_surnames(text, words(text), found)) == 1
