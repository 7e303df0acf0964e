"""A foreign periodical read after its noun of kind, named again alone
(khabar.entities.persian_press_repeats); issue 5, session 23 (2026-12-07), engineer ent_fa7
(ENTITIES-GOLD.md, orgs21: the second «لیبراسیون» of a report missed). Sentences written for
these tests."""

from __future__ import annotations

import khabar
from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_press_repeats import press_repeats


def press(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="ORG", text=name, key=f"org:{name}",
                  source="press")


def orgs(text: str) -> list[str]:
    doc = khabar.process(text, meta={"lang": "fa"})
    return [e.text for e in doc.entities if e.type == "ORG"]


def test_a_foreign_paper_named_again_alone_is_the_paper() -> None:
    text = ("روزنامه فرانسوی لیبراسیون در شماره دیروز خود نوشت که سازمان دخالت نداشته است. "
            "لیبراسیون در ادامه نوشت که این خبر تازه نیست.")
    assert orgs(text).count("لیبراسیون") == 2


def test_the_repeat_takes_the_paper_key_and_its_own_source() -> None:
    text = "مجله لاخورنادا گزارش داد. به نوشته لاخورنادا این طرح شکست خورد."
    found = press_repeats(text, words(text), [press(text, "لاخورنادا")])
    again = [e for e in found if e.source == "press_again"]
    assert [(e.text, e.key) for e in again] == [("لاخورنادا", "org:لاخورنادا")]
    assert again[0].start == text.rindex("لاخورنادا")


def test_a_paper_named_by_a_common_word_does_not_spread() -> None:
    # «جوان» is 'young' as well as a Tehran daily: the word alone stays a word
    text = "روزنامه جوان نوشت که نسل جوان به کار نیاز دارد."
    found = press_repeats(text, words(text), [press(text, "جوان")])
    assert [e.text for e in found] == ["جوان"]


def test_words_an_entity_holds_are_not_read_again() -> None:
    text = "مجله لاخورنادا گزارش داد. دفتر لاخورنادا بسته شد."
    held = Entity(text.index("دفتر"), text.rindex("لاخورنادا") + len("لاخورنادا"), type="ORG",
                  text="دفتر لاخورنادا", source="crf")
    found = press_repeats(text, words(text), [press(text, "لاخورنادا"), held])
    assert all(e.source != "press_again" for e in found)
