"""News outlets as Arabic speakers, and names in quotation marks that are no quote
(session 14, 2026-12-06, issue 6). Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest
from doc_builders import doc_with

from khabar.events.quotes import find_quotes


def _quotes(text: str, entities: list[tuple[str, str]],
            filed: tuple[str, ...] = ()) -> list[tuple[str, str | None]]:
    doc = doc_with(text, "ar", entities)
    # the entity stage reads an outlet's name in marks as who filed the report
    doc.entities = [replace(e, source="dateline") if e.text in filed else e
                    for e in doc.entities]
    return [(q.text[:12], q.speaker.text if q.speaker else None) for q in find_quotes(doc)]


@pytest.mark.parametrize(
    ("text", "entities", "filed", "expected", "reason"),
    [
        ("وقالت صحيفة «واشنطن بوست» إن أوباما أول رئيس أميركي خاطب القمة الأفريقية.",
         [("واشنطن بوست", "ORG")], ("واشنطن بوست",), [("أوباما أول ر", "واشنطن بوست")],
         "the outlet named after its noun is the verb's subject, though read as a filer"),
        ("وأفادت صحيفة واشنطن بوست بأن الرئيس سيزور المنطقة قريبا. وأضافت الصحيفة أن "
         "الزيارة ستستمر ثلاثة أيام. وقال المتحدث سالم العتيبي إن الوفد سيصل غدا.",
         [("واشنطن بوست", "ORG"), ("سالم العتيبي", "PER")], ("واشنطن بوست",),
         [("الرئيس سيزور", "واشنطن بوست"), ("الزيارة ستست", "واشنطن بوست"),
          ("الوفد سيصل غ", "سالم العتيبي")],
         "«الصحيفة» with the article stands for the paper last named after «صحيفة»"),
        ("وقال سالم العتيبي لصحيفة «واشنطن بوست» إن الوفد سيصل غدا.",
         [("سالم العتيبي", "PER"), ("واشنطن بوست", "ORG")], ("واشنطن بوست",),
         [("الوفد سيصل غ", "سالم العتيبي")],
         "an outlet told («لصحيفة») does not speak"),
    ],
)
def test_outlet_speaks(text: str, entities: list[tuple[str, str]], filed: tuple[str, ...],
                       expected: list[tuple[str, str | None]], reason: str) -> None:
    assert _quotes(text, entities, filed) == expected, reason


def test_a_name_in_marks_is_no_quote() -> None:
    """«المرصد السوري لحقوق الإنسان» in marks is four words, more than a name's three the
    marks rule allowed: the name became the quote. Marks around exactly a name the entity
    stage found set off a name, and the quote opens at «أن» after it."""
    text = ("وأعلن «المرصد السوري لحقوق الإنسان»، أن «عملية التبادل جرت في حي القابون في "
            "دمشق».")
    assert _quotes(text, [("المرصد السوري لحقوق الإنسان", "ORG")]) == [
        ("عملية التباد", "المرصد السوري لحقوق الإنسان")]
