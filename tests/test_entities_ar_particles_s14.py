"""Arabic particles of time, condition and purpose («إذا», «عندما», «حتى», «سوف»...) are
never a word of a name (resources/entities/function_words_ar.txt, session 14
(2026-12-06), issue 5): a person's name ends before them, and none is a surname found
again alone. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.entities.ner import find_entities
from khabar.kb.entries import load_kb


def _persons(text: str) -> list[str]:
    return [e.text for e in find_entities(simple_doc(text, "ar"), load_kb()) if e.type == "PER"]


@pytest.mark.parametrize(("text", "name"), [
    ("وكان محمد إذا اشترى لها ثوبا أعطاها إياه.", "محمد"),
    ("وكان خالد حتى وقت قريب لاعبا في النادي.", "خالد"),
    # a noun of a body's kind with a proclitic opens the next phrase
    # (common_words.proclitic_on_noun, body_nouns_ar.txt)
    ("وقال مدير المرصد رامي عبد الرحمن لوكالة الأنباء إن المعارك مستمرة.", "رامي عبد الرحمن"),
])
def test_a_name_ends_before_a_particle(text: str, name: str) -> None:
    assert _persons(text) == [name]
