"""Persons whose name is also a place (``khabar.entities.place_persons``). Sentences
written for these tests; the tagger's output is given by hand."""

from __future__ import annotations

from doc_builders import tagged

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.place_persons import persons_over_places


def place(text: str, name: str, at: int = 0) -> Entity:
    start = text.index(name, at)
    return Entity(start, start + len(name), type="LOC", text=name, source="gazetteer",
                  kb_id="geonames:1", country="CMR")


def read(text: str, kept: list[Entity], model: list[Entity]) -> list[tuple[str, str, str]]:
    return [(e.type, e.text, e.source or "")
            for e in persons_over_places(text, words(text), kept, model)]


def test_a_name_word_before_a_place_makes_the_tagger_person_stand() -> None:
    text = "دیوید کامرون به پاریس رفت و کامرون در آنجا گفت. کامرون گفت که به کامرون نمی‌رود."
    kept = [place(text, "کامرون"), place(text, "پاریس"), place(text, "کامرون", 15),
            place(text, "کامرون", 40), place(text, "کامرون", 60)]
    model = [tagged(text, "دیوید کامرون", "PER")]
    assert read(text, kept, model) == [("PER", "دیوید کامرون", "crf"),
                                       ("LOC", "پاریس", "gazetteer"),
                                       ("LOC", "کامرون", "gazetteer"),
                                       ("PER", "کامرون", "surname"),
                                       ("LOC", "کامرون", "gazetteer")]
    lone = Entity(28, 34, type="PER", text="کامرون", source="crf")
    assert read(text, kept, [*model, lone])[2] == ("PER", "کامرون", "surname")


def test_a_post_right_after_a_place_the_tagger_reads_as_a_person() -> None:
    text = "کامرون نخست وزیر انگلیس گفت که طرح را می‌پذیرد."
    kept = [place(text, "کامرون"), place(text, "انگلیس")]
    assert read(text, kept, [tagged(text, "کامرون", "PER")])[0] == ("PER", "کامرون", "crf")
    assert read(text, kept, [])[0] == ("LOC", "کامرون", "gazetteer")


def test_a_title_or_nothing_before_the_place_leaves_the_place() -> None:
    text = "رئیس جمهور کامرون گفت که کامرون طرح را می‌پذیرد."
    kept = [place(text, "کامرون"), place(text, "کامرون", 20)]
    model = [tagged(text, "رئیس جمهور کامرون", "PER"), tagged(text, "کامرون", "PER")]
    assert [e[0] for e in read(text, kept, model)] == ["LOC", "LOC"]


def test_a_place_noun_before_the_place_leaves_the_place() -> None:
    text = "شهر دبی میزبان نمایشگاه بود و دبی شلوغ شد."
    kept = [place(text, "دبی"), place(text, "دبی", 10)]
    model = [tagged(text, "شهر دبی", "PER")]
    assert [e[0] for e in read(text, kept, model)] == ["LOC", "LOC"]


def test_abu_before_a_place_opens_a_longer_place_name() -> None:
    text = "زار الوفد صامطة وأبو عريش أمس."
    kept = [place(text, "عريش")]
    assert read(text, kept, [tagged(text, "وأبو عريش", "PER")]) == [
        ("LOC", "عريش", "gazetteer")]
