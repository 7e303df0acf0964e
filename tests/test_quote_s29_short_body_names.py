"""Arabic quote speakers, session 29 (2026-12-07), issue 6, engineer quotes_ar14.

A one-word definite subject takes up an earlier organisation whose name it ends
(``quote_definite_bodies.definite_body``, the abbreviation reading) only when the noun is
commonly the short name of its body: «وأوضحت الجوازات» after «المديرية العامة للجوازات».
A noun that is a movement, a group or an act of its own («المقاومة» after «مجلس
المقاومة») is not the council it ends: quotes_ar12's check found «وأعلنت المقاومة»
given to «مجلس المقاومة». Sentences written for these tests, after the grammar of
SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers

COUNCIL = "مجلس المقاومة"
PASSPORTS = "المديرية العامة للجوازات"
CUSTOMS = "مصلحة الجمارك العامة"


def test_a_noun_of_its_own_is_not_the_body_it_ends() -> None:
    text = (f"وقال رئيس {COUNCIL} في عدن إن القوات تقدمت. وأعلنت المقاومة أنها تمكنت من"
            " تحرير مواقع جديدة في لحج.")
    assert [s for _, s in _speakers(text, [(COUNCIL, "ORG")])][-1] != COUNCIL


@pytest.mark.parametrize(
    ("name", "noun"),
    [(PASSPORTS, "الجوازات"), (CUSTOMS, "الجمارك")],
)
def test_a_short_name_still_takes_up_its_body(name: str, noun: str) -> None:
    text = (f"بدأت {name} اليوم العمل بالنظام الجديد. وأوضحت {noun} أن عدد المستفيدين بلغ"
            " ألف شخص.")
    assert [s for _, s in _speakers(text, [(name, "ORG")])][-1] == name
