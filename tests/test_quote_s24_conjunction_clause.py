"""Arabic quote speakers, session 24 (2026-12-07), issue 6, engineer quotes_ar4: a sentence
opening with a clause conjunction («في حين», «فيما», «بينما»: ``clause_conjunctions_ar.txt``)
has its main clause's verb right after it, and the name after that verb is the subject a
speech word further in («بالقول», «بقوله», «وأضاف») goes on with
(``quote_main_clause.clause_opening``). Sentences written for these tests, after the
grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers

from khabar.entities.gazetteer import words
from khabar.events.quote_main_clause import clause_opening


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وبحث الوزير وليد المعلم مع نظيره العماني العلاقات الثنائية، وفق وكالة سانا. "
         "في حين اكتفت وكالة الأنباء العمانية الرسمية بالقول إن الوزيرين بحثا أوجه التعاون.",
         [("وليد المعلم", "PER"), ("وكالة الأنباء العمانية الرسمية", "ORG")],
         [("الوزيرين ب", "وكالة الأنباء العمانية الرسمية")],
         "the body after the verb «اكتفت» says it, not the person named before"),
        ("وقال محمد الشقحاء إن التكريم جاء متأخرا.\n"
         "فيما علق جبير المليحان على تحفظ الشقحاء بقوله: «التكريم بادرة أشكر النادي عليها».",
         [("محمد الشقحاء", "PER"), ("جبير المليحان", "PER")],
         [("التكريم جا", "محمد الشقحاء"), ("التكريم با", "جبير المليحان")],
         "the person after «فيما علق» speaks, not the one named inside the clause"),
    ],
)
def test_subject_past_a_clause_conjunction(text: str, entities: list[tuple[str, str]],
                                           expected: list[tuple[str, str | None]],
                                           reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("sentence", "first"),
    [("في حين اكتفت الوكالة بالقول", 2), ("وفيما علق المليحان بقوله", 1),
     ("بينما رفض الوزير الخوض", 1), ("وقال المليحان إن", 0), ("لكن الحركة تبنت", 1)],
)
def test_clause_opening_past_conjunction(sentence: str, first: int) -> None:
    assert clause_opening(words(sentence)) == first
