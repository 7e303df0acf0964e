"""Arabic trigger rows of session 11, written type by type from the PLOVER manual's
definitions: talks (ناقش ... مع), a phone call (هاتفت), blame (حمّل ... المسؤولية), cables
of congratulation and condolences (برقية تهنئة, قدم تعازيه), a pledge (تعهد), lifting a ban
(رفع ... الحظر), aid sent (سيّر ... قافلة), rockets fired (أطلق ... صواريخ). Entities are given
by hand. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.entities.gazetteer import country_entries
from khabar.events.stage import find_events


def _country(code: str) -> tuple[str, str]:
    return country_entries()[code].kb_id, code


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        ("ناقش الوزير خالد العمري مع نظيره حسن الرفاعي الأوضاع في المنطقة.", "CONSULT",
         "خالد العمري", "حسن الرفاعي"),
        ("حمل الرئيس خالد العمري الجماعة المسلحة مسؤولية الهجوم على حسن الرفاعي.",
         "ACCUSE", "خالد العمري", None),
        ("بعث الملك خالد العمري برقية تهنئة إلى الرئيس حسن الرفاعي بمناسبة فوزه.",
         "SUPPORT", "خالد العمري", "حسن الرفاعي"),
        ("قدم الرئيس خالد العمري تعازيه للرئيس حسن الرفاعي في ضحايا الحادث.", "SUPPORT",
         "خالد العمري", "حسن الرفاعي"),
        ("تعهد الرئيس خالد العمري للرئيس حسن الرفاعي بدعم بلاده.", "AGREE", "خالد العمري",
         "حسن الرفاعي"),
    ],
)
def test_a_row_of_each_type(text: str, kind: str, actor: str, target: str | None) -> None:
    doc = doc_with(text, "ar", [("خالد العمري", "PER"), ("حسن الرفاعي", "PER")])
    found = [e for e in find_events(doc) if e.type == kind]
    assert found, text
    assert found[0].actor is not None and found[0].actor.text == actor
    if target is not None:
        assert found[0].target is not None and found[0].target.text == target


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("رفعت فرنسا الحظر المفروض على إيران.", "CONCEDE"),
        ("سيرت فرنسا قافلة إغاثة إلى إيران.", "AID"),
        ("أطلقت فرنسا صواريخ على إيران.", "ASSAULT"),
    ],
)
def test_a_row_between_states(text: str, kind: str) -> None:
    doc = doc_with(text, "ar", [("فرنسا", "LOC"), ("إيران", "LOC")],
                   {"فرنسا": _country("FRA"), "إيران": _country("IRN")})
    found = [e for e in find_events(doc) if e.type == kind]
    assert found, text
    assert found[0].actor is not None and found[0].actor.country == "FRA"
    assert found[0].target is not None and found[0].target.country == "IRN"


@pytest.mark.parametrize("text", [
    "وأكد الوزير خالد العمري أن الوزارة تحمل مسؤولية تعليم الطلاب.",
    "وقال الوزير خالد العمري إن كل مسؤول يحمل مسؤولية كبيرة تجاه المواطنين.",
])
def test_bearing_responsibility_is_no_blame(text: str) -> None:
    """«تحمل/يحمل المسؤولية» is bearing or carrying it (form V «تحمّل», «يحمل»), not
    holding someone responsible: the blame row «حمّل ... المسؤولية» has no imperfect twin."""
    doc = doc_with(text, "ar", [("خالد العمري", "PER")])
    assert [e.trigger for e in find_events(doc) if e.type == "ACCUSE"] == []


def test_a_phone_call_is_the_verb_not_the_noun() -> None:
    """«هاتفت» is a call made; the bare «هاتف» is most often the noun 'telephone'."""
    doc = doc_with("هاتفت الوزيرة سلمى العمري الرئيس حسن الرفاعي أمس.", "ar",
                   [("سلمى العمري", "PER"), ("حسن الرفاعي", "PER")])
    calls = [e for e in find_events(doc) if e.type == "CONSULT"]
    assert [(e.actor and e.actor.text, e.target and e.target.text) for e in calls] == [
        ("سلمى العمري", "حسن الرفاعي")]
    for noun in ("اهتز هاتف خالد العمري الجوال حاملا أخبارا عن مقتل حسن الرفاعي.",
                 "وكان عصر ذات يوم رن فيه هاتف خالد العمري وكانت مكالمة من حسن الرفاعي."):
        doc = doc_with(noun, "ar", [("خالد العمري", "PER"), ("حسن الرفاعي", "PER")])
        assert [e for e in find_events(doc) if e.type == "CONSULT"] == [], noun
