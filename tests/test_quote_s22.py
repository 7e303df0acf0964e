"""Arabic quote speakers, session 22 (2026-12-06), issue 6, engineer quotes_ar: the opening
(a colon, a mark, «أن») that a speech verb finds past another speech verb with a glued «و»
is that verb's, whose clause and subject are its own («حسب ما أفاد المرصد ... أمس، وقال
مدير المرصد رامي عبدالرحمن: «...»»: the director, not the observatory;
``quote_span_ends.clause_verb_between``). Sentences written for these tests, after the
grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("خطف التنظيم نحو مئتي مدني، حسب ما أفاد المرصد السوري لحقوق الإنسان أمس، "
         "وقال مدير المرصد رامي عبدالرحمن: «قام التنظيم بخطفهم خلال مداهمة البلدة».",
         [("المرصد السوري لحقوق الإنسان", "ORG"), ("رامي عبدالرحمن", "PER")],
         [("خطف التنظي", "المرصد السوري لحقوق الإنسان"), ("قام التنظي", "رامي عبدالرحمن")],
         "the colon is the glued «وقال»'s, whose subject is the director"),
        ("وأعلن الوزير خالد الفالح عن المبادرة أمس، وقال سالم الحربي إن الحكومة "
         "ستدرس المبادرة.",
         [("خالد الفالح", "PER"), ("سالم الحربي", "PER")],
         [("الحكومة ست", "سالم الحربي")],
         "the link after the glued «وقال» and its subject is not the first verb's"),
    ],
)
def test_clause_verb_between(text: str, entities: list[tuple[str, str]],
                             expected: list[tuple[str, str | None]], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وقالت صحيفة «نيويورك تايمز» موضحة: «كانت المؤامرة طموحا ودؤوبا».",
         [("نيويورك تايمز", "ORG")],
         [("كانت المؤا", "نيويورك تايمز")],
         "a participle right after the subject shares it: the first verb's quote stands"),
        ("وقال سالم الحربي إن الحكومة ستدرس المبادرة التي أعلنها الوزير خالد الفالح أمس.",
         [("سالم الحربي", "PER"), ("خالد الفالح", "PER")],
         [("الحكومة ست", "سالم الحربي")],
         "a verb inside the quoted words, after the opening, changes nothing"),
    ],
)
def test_clause_verb_between_left_alone(text: str, entities: list[tuple[str, str]],
                                        expected: list[tuple[str, str | None]],
                                        reason: str) -> None:
    assert _speakers(text, entities) == expected, reason
