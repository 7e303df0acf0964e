"""A branch of a national body keeps its whole name and takes the body's KB link
(khabar.entities.persian_branches; issue 5, session 13 (2026-12-05): provincial offices kept
whole since 83d01f4 had lost their body's link)."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.persian_branches import link_branches
from khabar.entities.words import words
from khabar.kb.entries import load_kb


def org(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="ORG", text=name, source="crf")


@pytest.mark.parametrize(("text", "name", "kb_id"), [
    # a territorial unit's noun and a town of the body's country
    ("فرمانده سپاه ناحیه نکا گفت.", "سپاه ناحیه نکا", "org:irgc"),
    ("مأمورین نیروی انتظامی شهرستان سقز گفتند.", "نیروی انتظامی شهرستان سقز", "org:irn-police"),
    # the unit's own name before the noun («کربلا» is no place here)
    ("فرمانده سپاه کربلا استان مازندران گفت.", "سپاه کربلا استان مازندران", "org:irgc"),
    # the place right after the body
    ("فرمانده نیروی انتظامی تهران گفت.", "نیروی انتظامی تهران", "org:irn-police"),
    # the body's name in the ezafe «ی» after «ا», and the broadcaster's «مرکز»
    ("مدیرکل صدا و سیمای مرکز خوزستان گفت.", "صدا و سیمای مرکز خوزستان", "org:irib"),
    # another country's place: another body, not a branch
    ("سپاه بدر عراق اعلام کرد.", "سپاه بدر عراق", None),
    # the body with its own country is no branch of it
    ("حماس فلسطین اعلام کرد.", "حماس فلسطین", None),
    # no place: a unit's name alone says nothing of a branch
    ("سپاه صحابه اعلام کرد.", "سپاه صحابه", None),
    # a word between the body and the place that is no territorial unit's noun
    ("سپاه پاسداران و مردم تهران آمدند.", "سپاه پاسداران و مردم تهران", None),
])
def test_a_branch_takes_its_bodys_link_and_keeps_its_span(text: str, name: str,
                                                         kb_id: str | None) -> None:
    [found] = link_branches(load_kb(), words(text), [org(text, name)])
    assert (found.text, found.start, found.end) == (name, text.index(name),
                                                     text.index(name) + len(name))
    assert found.kb_id == kb_id
    if kb_id is not None:
        assert found.country == "IRN" and found.name_en


def test_a_linked_organisation_and_a_person_are_left_as_they_are() -> None:
    text = "علی تهران و سپاه ناحیه نکا"
    person = Entity(0, 9, type="PER", text="علی تهران", source="crf")
    linked = Entity(12, 26, type="ORG", text="سپاه ناحیه نکا", kb_id="org:x", source="crf")
    assert link_branches(load_kb(), words(text), [person, linked]) == [person, linked]


def test_openings_naming_two_bodies_leave_the_office_unlinked() -> None:
    """«سپاه قدس گیلان» is Gilan's IRGC corps named «قدس»; «سپاه قدس» alone is also a name of
    the Quds Force: two readings, no link (a mention is linked only when one entry fits)."""
    text = "فرمانده سپاه قدس گیلان گفت."
    [found] = link_branches(load_kb(), words(text), [org(text, "سپاه قدس گیلان")])
    assert found.kb_id is None
