"""«سید» is part of a Persian name: a person right after a spaced «سید»/«سیده» opens on it and
the word leaves its role (khabar.entities.persian_sayyid; issue 5, session 19 (2026-12-06),
engineer ent_fa; the labelling rules of bench/data/ENTITIES-GOLD.md keep «سید» in the name,
as ARMAN writes it). Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_sayyid import sayyid_in_names


def person(text: str, name: str, role: str | None = None, source: str = "title") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="PER", text=name, role=role, source=source)


def opened(text: str, *found: Entity) -> list[tuple[str, str | None]]:
    return [(e.text, e.role) for e in sayyid_in_names(text, words(text), list(found))]


@pytest.mark.parametrize(("text", "name", "role", "expected"), [
    ("دکتر سید جلیل معصومی گفت که کار مهم است.", "جلیل معصومی", "دکتر سید",
     ("سید جلیل معصومی", "دکتر")),
    ("سید محمد خاتمی گفت که کار مهم است.", "محمد خاتمی", "سید", ("سید محمد خاتمی", None)),
    # Arabic yeh, and a byline's doubled space, as Hamshahri writes
    ("سيد  حسين غضنفري - سيگار شما را مي كشد.", "حسين غضنفري", "سيد",
     ("سيد  حسين غضنفري", None)),
    # the feminine
    ("خانم سیده فاطمه حسینی گفت.", "فاطمه حسینی", "خانم سیده", ("سیده فاطمه حسینی", "خانم")),
    # a list item the tagger found, no role
    ("اعضا: سید افشین امیرشاهی، سودابه قیصری.", "افشین امیرشاهی", None,
     ("سید افشین امیرشاهی", None)),
])
def test_the_person_opens_on_sayyid(text: str, name: str, role: str | None,
                                    expected: tuple[str, str | None]) -> None:
    assert opened(text, person(text, name, role)) == [expected]


@pytest.mark.parametrize(("text", "name"), [
    ("سیدمحمد خاتمی گفت.", "سیدمحمد خاتمی"),  # glued: already in the name
    ("سید، محمد خاتمی را دید.", "محمد خاتمی"),  # a comma between: «سید» alone is a person
    ("سیدی محمد خاتمی را دید.", "محمد خاتمی"),  # another word
    ("آقا سید\nمحمد خاتمی گفت.", "محمد خاتمی"),  # a line break: the name starts the line
])
def test_other_persons_keep_their_span(text: str, name: str) -> None:
    assert opened(text, person(text, name)) == [(name, None)]


def test_a_reference_is_not_opened() -> None:
    text = "سید وی را دید."
    assert opened(text, person(text, "وی", source="pronoun")) == [("وی", None)]


def test_an_organisation_is_not_opened() -> None:
    text = "سید علی گفت."
    start = text.index("علی")
    org = Entity(start, start + 3, type="ORG", text="علی", source="crf")
    assert [e.text for e in sayyid_in_names(text, words(text), [org])] == ["علی"]


def test_a_word_another_entity_holds_is_not_taken() -> None:
    text = "امامزاده سید محمد خاتمی را دید."
    start = text.index("امامزاده")
    place = Entity(start, text.index("سید") + 3, type="LOC", text="امامزاده سید", source="crf")
    assert opened(text, place, person(text, "محمد خاتمی"))[1] == ("محمد خاتمی", None)


def test_the_pipeline_keeps_sayyid_and_the_link() -> None:
    doc = khabar.process("حجت‌الاسلام سید ابراهیم رئیسی با وزیر خارجه عراق دیدار کرد.")
    people = [e for e in doc.entities if e.type == "PER"]
    assert [(e.text, e.role, e.kb_id) for e in people] == [
        ("سید ابراهیم رئیسی", "حجت‌الاسلام", "per:ebrahim-raisi")]
