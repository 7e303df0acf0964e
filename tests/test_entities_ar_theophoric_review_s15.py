"""South Asian and Afghan compound names in «الله» are names (review B, session 15
(2026-12-06), issue 5): «[إحسان الله] سعادت» was dropped as a phrase about God and his quote
given to another. Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_theophoric import drop_false_theophoric
from khabar.entities.words import words


@pytest.mark.parametrize("name", ["إحسان الله", "نجيب الله", "حكمت الله", "وسميع الله"])
def test_a_south_asian_compound_in_god_is_a_name(name: str) -> None:
    text = f"كما أشار {name} وهو خبير أمني أفغاني إلى أن الحركة منقسمة."
    start = text.index(name)
    e = Entity(start, start + len(name), type="PER", text=name, key="x", source="crf")
    assert [x.text for x in drop_false_theophoric(words(text), [e])] == [name]


def test_god_s_wisdom_is_still_no_name() -> None:
    text = "وقال إن حكمة الله اقتضت ذلك."
    start = text.index("حكمة الله")
    e = Entity(start, start + 9, type="PER", text="حكمة الله", key="x", source="crf")
    assert drop_false_theophoric(words(text), [e]) == []
