"""«اعترف ب» is a state's recognition (PLOVER SUPPORT) or an admission (issue 6, session 23
(2026-12-07), engineer events_ar5). Sentences written for these tests, on the pattern of wire
copy.

The trigger «اعترف … ب*» ends on the word with «ب», so that word tells the two apart: a
death, a responsibility or a clause («بمقتل», «بمسؤوليته», «بأن») is a fact admitted, which
supports no one (``arabic_recognition.admitted``); a state or its standing («بدولة»,
«بشرعية») is still recognized.
"""

from __future__ import annotations

from doc_builders import events_of


def supports(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in events_of(text, "ar") if e.type == "SUPPORT"]


def test_an_admitted_death_is_no_support() -> None:
    # on main: Hezbollah supporting the Syrian army it fought
    assert supports("اعترف حزب الله اللبناني بمقتل اثنين من عناصره في اشتباكات مع "
                    "الجيش السوري الحر.") == []


def test_an_admitted_responsibility_is_no_support() -> None:
    assert supports("اعترف تنظيم داعش بمسؤوليته عن الهجوم على الجيش المصري في سيناء.") == []


def test_an_admitted_clause_is_no_support() -> None:
    assert supports("واعترف وزير الدفاع الأمريكي بأن الحكومة العراقية لم تنجح في هزيمة "
                    "تنظيم داعش.") == []


def test_a_state_or_its_standing_is_still_recognized() -> None:
    assert supports("اعترفت روسيا بشرعية الحكومة الليبية في طرابلس.") == [
        ("روسيا", "الحكومة الليبية")]
    assert [actor for actor, _ in supports(
        "واعترفت السويد رسميا بدولة فلسطين في خطوة أغضبت إسرائيل.")] == ["السويد"]
