"""Arabic quote speakers and verbs, session 19 (2026-12-06), issue 6, engineer quotes_ar: a
subjectless verb goes on with the subject of the sentence before also when that subject is a
post chain ending in the name (``quote_holders.post_chain_holder``). Sentences written for
these tests, after the grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import quotes_split


def _speakers(text: str, entities: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    return [(q.text[:10], q.speaker.text if q.speaker else None)
            for q in quotes_split(text, "ar", entities)]


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("نقل نائب رئيس الوزراء الأمير محمد بن نايف، خلال اجتماعه أمس بقادة القطاعات، تعازي "
         "الملك سلمان بن عبدالعزيز لأسر الشهداء.\nوقال: إن هذه الحوادث لن تثني عزائمنا.",
         [("محمد بن نايف", "PER"), ("سلمان بن عبدالعزيز", "PER")],
         [("إن هذه الح", "محمد بن نايف")],
         "the post chain after the opening verb ends in its holder, who goes on"),
        ("واستقبل وزير الداخلية الأمير محمد بن نايف السفير جون ويست في مكتبه أمس.\n"
         "وقال: إن العلاقات بين البلدين متينة.",
         [("محمد بن نايف", "PER"), ("جون ويست", "PER")],
         [("إن العلاقا", "محمد بن نايف")],
         "the host, not the guest named last (the object)"),
    ],
)
def test_previous_subject_after_post(text: str, entities: list[tuple[str, str]],
                                     expected: list[tuple[str, str | None]],
                                     reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


def test_previous_subject_needs_a_post() -> None:
    """A name after a verb and a plain noun is the object («وقتل مسلحون مجهولون الشيخ X»),
    not the subject: the chain is read only when it opens with a post or a title, so the
    verb with no subject goes on as before, with the last person named (here the police
    spokesman of the sentence's own clause would need another rule)."""
    text = ("وقتل مسلحون مجهولون الشيخ سعيد الغامدي قرب منزل العقيد خالد العتيبي أمس.\n"
            "وقال: إن التحقيقات جارية لمعرفة الجناة.")
    speakers = _speakers(text, [("سعيد الغامدي", "PER"), ("خالد العتيبي", "PER")])
    assert [s for _, s in speakers] == ["خالد العتيبي"]
