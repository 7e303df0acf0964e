"""A person credited in quotation marks right after a participle, the work's title written bare
before it (khabar.entities.persian_credits; issue 5, session 22 (2026-12-06), engineer ent_fa:
foreign directors of a festival's list were missed, bench/data/entities-study22-fa.jsonl).
A credit word and the quotation marks of the name it credits stand on one line (session 22's
review, review_a, commit 5ccf895). Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import credited_person_texts as persons


@pytest.mark.parametrize("text, name", [
    # borrowed words in the quotes
    ("فیلم‌های تبر ساخته «گوستا گاوراس» در جشنواره است.", "گوستا گاوراس"),
    # a foreign given name of the lists and a borrowed surname
    ("و پنهان ساخته «میشل هانکه» از آثار جشنواره است.", "میشل هانکه"),
    # a quoted title before the participle still credits the quoted name
    ("«ماه» نوشته «کاته رشایس» منتشر شد.", "کاته رشایس"),
])
def test_a_quoted_name_after_a_participle(text: str, name: str) -> None:
    assert persons(text) == [name]


@pytest.mark.parametrize("text", [
    "این فیلم به کارگردانی «پرندگان» است.",  # one word: a title in quotes
    "این مقاله نوشته «نیویورک تایمز» است.",  # a place opens it: the paper
    "او در بازی «گوستا گاوراس» برد.",  # «بازی» without «با»: 'game'
    "فیلم ساخته «گوستا گاوراس است.",  # the quotes are not closed after the name
])
def test_no_quoted_credited_person(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("فیلم تبر ساخته «گوستا گاوراس» در جشنواره است.", ["گوستا گاوراس"]),
    # the line ends on the participle: the quoted name opens another line
    ("فیلم تبر ساخته\n«گوستا گاوراس» در جشنواره است.", []),
])
def test_a_quoted_credit_stays_on_its_line(text: str, names: list[str]) -> None:
    assert persons(text) == names
