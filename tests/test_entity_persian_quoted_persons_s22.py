"""A foreign person's name in quotation marks: a given name of the Persian rules' lists and one
or two borrowed words (khabar.entities.persian_quoted_persons; issue 5, session 22
(2026-12-06), engineer ent_fa: a festival list's «جیم جارموش»,
bench/data/entities-study22-fa.jsonl).
Sentences written for these tests; the entities found before are built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_quoted_persons import quoted_foreign_persons


def persons(text: str, *found: Entity) -> list[str]:
    return [e.text for e in quoted_foreign_persons(text, words(text), list(found))
            if e.type == "PER"]


@pytest.mark.parametrize(("text", "name"), [
    ("فیلم گل‌های پژمرده «جیم جارموش» در بخش مسابقه است.", "جیم جارموش"),
    ("به گزارش «استیون وایزمن» که در نیویورک است، جلسه برگزار شد.", "استیون وایزمن"),
])
def test_a_quoted_foreign_name(text: str, name: str) -> None:
    assert persons(text) == [name]


@pytest.mark.parametrize("text", [
    "او با «حسن نیت» آمد.",  # a common Persian word after the given name: 'good faith'
    "او «جیم» را دید.",  # a given name alone
    "او «جیم جارموش را دید.",  # no closing mark after the name
    "فیلم «جیم جارموش و دوستان» را دیدیم.",  # the quotes hold more than the name
])
def test_no_quoted_person(text: str) -> None:
    assert persons(text) == []


def test_a_name_found_already_stands() -> None:
    text = "فیلم «جیم جارموش» است."
    start = text.index("جیم")
    found = Entity(start, start + 3, type="PER", text="جیم", key="per:x", source="crf")
    assert persons(text, found) == ["جیم"]


@pytest.mark.parametrize("name", ["اولیور", "الیور", "کریستین", "آنتونیو", "گونتر", "آنجلینا",
                                  "ماریو", "هانس", "فیلیپ", "لوکا", "آندره", "پابلو"])
def test_foreign_given_names_of_session_22(name: str) -> None:
    """Foreign given names none of the lists held (foreign_given_names_fa.txt, session 22)."""
    from khabar.entities.persian_untagged_names import is_rule_given_name

    assert is_rule_given_name(words(name)[0])


def test_a_quoted_director_with_a_listed_given_name() -> None:
    assert persons("سقوط از «اولیور هیتبرگ» در جشنواره است.") == ["اولیور هیتبرگ"]
