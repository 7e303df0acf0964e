"""Exceptions of this session's quote rules that no other test held: each case fails when
its guard is taken out. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.quotes import find_quotes


def _speakers(text: str, lang: str, names: list[str]) -> list[str | None]:
    doc = doc_with(text, lang, [(n, "PER") for n in names])
    return [q.speaker.text if q.speaker else None for q in find_quotes(doc)]


def test_a_name_after_an_opening_preposition_speaks() -> None:
    """quote_persian.after_subject: «در» governs «این نشست», not the name after it, so
    the name before the clause's comma is the subject."""
    text = ("علی فتاحی گفت: واحدهای کارگاهی تعطیل شدند.\nدر این نشست حسن کریمی با اشاره به "
            "بودجه، گفت: هر طرحی باید حقوق ما را بپذیرد.")
    assert _speakers(text, "fa", ["علی فتاحی", "حسن کریمی"]) == ["علی فتاحی", "حسن کریمی"]


@pytest.mark.parametrize(
    ("text", "names", "expected", "reason"),
    [
        ("وأوضح مدير جامعة الملك عبدالعزيز الدكتور خالد العتيبي أن العمل مستمر.\nوقال الدكتور "
         "خالد العتيبي إن المراكز جاهزة تماما.", ["عبدالعزيز", "خالد العتيبي", "خالد العتيبي"],
         ["خالد العتيبي", "خالد العتيبي"], "a title opens the next name"),
        ("وأوضح سامي الرئيس في الفرع أن العمل مستمر.\nوبين الرئيس أن المراكز جاهزة تماما.",
         ["سامي"], ["سامي", "سامي"], "a post is no family name"),
        ("وأوضح سامي الأربعاء أن العمل مستمر.\nوقال الأربعاء إن المراكز جاهزة تماما.",
         ["سامي"], ["سامي", "سامي"], "a day is no family name"),
    ],
)
def test_words_that_never_join_a_name(text: str, names: list[str], expected: list[str],
                                       reason: str) -> None:
    """quote_names._speaks_alone: a title, post or time word standing alone after a speech
    verb is no family name the entity stage left off."""
    assert _speakers(text, "ar", names) == expected, reason


def test_a_subject_phrase_the_entity_stage_did_not_find_is_not_shared() -> None:
    """quote_speakers._coordinated_subject: "وأشاد ... وقال" share a subject only when it is
    a name or body the entity stage found; a post chain cut at its word limit is no
    speaker, and the person named in it is."""
    text = ("وأشاد الملحق الثقافي السعودي في الولايات المتحدة الأمريكية الدكتور محمد العيسى "
            "بجهود الطلاب وقال إن النتائج ممتازة هذا العام.")
    assert _speakers(text, "ar", ["محمد العيسى"]) == ["محمد العيسى"]
