"""Review of session 15 (2026-12-06), engineer review_a: parts of the headline entities
(``khabar.entities.headline``, ``store.records._check_title_entities``) that no test held;
each test fails when its part is removed. Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import words
from khabar.entities.headline import body_surnames, same_names
from khabar.errors import ContractError
from khabar.export.contract import to_record
from khabar.store import open_store
from khabar.store.records import check_record


def test_a_body_person_named_by_one_word_lends_no_surname() -> None:
    """Only a person the body names in full (two words or more) makes a lone headline
    word his surname: a one-word person of the body may be a given name or a misreading."""
    title = "بازگشت قلعه‌نویی به کادر فنی"
    body = [Entity(100, 109, type="PER", text="قلعه‌نویی", key="per:قلعهنويي", source="crf")]
    assert body_surnames(title, words(title), [], body) == []


def test_a_reference_of_the_body_lends_nothing_to_the_headline() -> None:
    """A role or pronoun of the body points at the person its own sentence tells of; the
    headline's same word may be anyone holding the post."""
    headline = [Entity(0, 10, type="PER", text="رئیس‌جمهور", source="crf", key="per:x")]
    body = [Entity(60, 70, type="PER", text="رئیس‌جمهور", source="role",
                   kb_id="per:someone", key="per:someone")]
    assert same_names(headline, body) == headline


def test_a_headline_entity_may_not_start_before_the_title() -> None:
    """A negative start slices the same text in Python, but is no span of the title."""
    doc = khabar.process("سردار سلامی امروز در تهران گفت که دیدار ادامه دارد.",
                         meta={"title": "سردار سلامی با ژنرال عاصم منیر دیدار کرد"})
    record = to_record(doc)
    entity = record["title_entities"][0]
    entity["start"] -= len(record["title"])
    entity["end"] -= len(record["title"])
    assert record["title"][entity["start"]:entity["end"]] == entity["text"]
    with pytest.raises(ContractError, match="title_entities"):
        check_record(record)


def test_a_headline_only_entity_lists_its_most_written_name_first(store_target: str) -> None:
    """``queries._headline_only``: names by how many headlines write them, as an entity
    page lists the body's names; the newest headline's name is not first for being new."""
    written = [("سفر سرلشکر باقری به پاکستان", "سرلشکر باقری", "2026-12-06"),
               ("سفر باقری به چین", "باقری", "2026-12-05"),
               ("دیدار باقری با وزیر", "باقری", "2026-12-04")]
    with open_store(store_target) as store:
        for n, (title, name, day) in enumerate(written):
            doc = Doc(raw=f"متن خبر شماره {n} درباره همکاری است.", lang="fa", title=title,
                      published=f"{day}T08:00:00+03:30")
            start = title.index(name)
            doc.title_entities = [Entity(start, start + len(name), type="PER", text=name,
                                         key="per:only-in-titles")]
            store.add(doc)
        found = store.entity("per:only-in-titles")
    assert found is not None
    assert [(n["text"], n["mentions"]) for n in found["names"]] == [
        ("باقری", 2), ("سرلشکر باقری", 1)]
