"""Arabic quote speakers, session 24 (2026-12-07), issue 6, engineer quotes_ar5: after a verb
of addressing (``addressing_verbs_ar.txt``: خاطب, ناشد, حث, نصح) a lone noun before the
speech word is the one addressed, not the speaker («وخاطب الشباب بقوله»): the speaker goes
on (``quote_fronted.main_subject``). Sentences written for these tests, after the grammar
of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وحذر الشيخ عبدالرحمن السديس في خطبة الجمعة من التطرف.\n"
         "وخاطب الشباب بقوله: «تمسكوا بقيم الدين».\n"
         "وأضاف: «العبء يقع على العلماء».",
         [("عبدالرحمن السديس", "PER")],
         [("تمسكوا بقي", "عبدالرحمن السديس"), ("العبء يقع ", "عبدالرحمن السديس")],
         "the young are addressed; the preacher named before speaks, and goes on"),
        ("وأكد الوزير خالد الفالح أن الأسعار ستستقر.\n"
         "وناشد المواطنين بقوله: «لا داعي للقلق».",
         [("خالد الفالح", "PER")],
         [("الأسعار ست", "خالد الفالح"), ("لا داعي لل", "خالد الفالح")],
         "the citizens are appealed to, not the speaker"),
    ],
)
def test_addressee_is_no_speaker(text: str, entities: list[tuple[str, str]],
                                 expected: list[tuple[str, str | None]],
                                 reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


def test_unnamed_subject_of_other_verbs_still_speaks() -> None:
    """A verb not of addressing keeps the phrase after it as its (unnamed) subject, not
    the person named before."""
    text = ("وأكد الوزير خالد الفالح أن الأسعار ستستقر.\n"
            "ورفضت متحدثة التعليق، مشيرة إلى أن «الملف مغلق».")
    assert _speakers(text, [("خالد الفالح", "PER")])[-1][1] != "خالد الفالح"
