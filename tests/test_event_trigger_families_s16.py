"""Trigger families of session 16 (2026-12-06), issue 6 (triggers_ar.tsv under the "Session 16
(2026-12-06), engineer triggers" comment, other_senses_ar.tsv, arabic_content.purposed;
SOURCE.md "Session 16 trigger families"): the police's «ضبط» (COERCE), aid handed out named by
its masdar (AID), arms of war deployed (MOBILIZE), and a cooperative verbal noun after the lam
of purpose (an aim, not an act). Each case fails without its rule; the last cases hold the
senses and readings the unlabelled check left out. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import ar_triggers

from khabar.events.arabic_content import purposed
from khabar.events.lexicon import clause_words, find_triggers

_ENTITIES = [("شرطة جدة", "ORG"), ("الولايات المتحدة", "LOC"), ("تركيا", "LOC"),
             ("جمعية البر", "ORG"), ("اليمن", "LOC"), ("الرياض", "LOC")]


def _ar(text: str) -> list[tuple[str, str | None]]:
    return ar_triggers(text, _ENTITIES)


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("ضبطت الجهات الأمنية في الرياض ثلاثة مقيمين بحوزتهم مواد مخدرة.", "COERCE", "ضبطت"),
        ("تمكنت شرطة جدة من ضبط مواطن طعن آخر في حي الصفا.", "COERCE", "ضبط"),
        ("وأعلنت الشرطة في الرياض أنه تم ضبط خمسة مهربين.", "COERCE", "ضبط"),
        ("نشرت الولايات المتحدة ست مقاتلات في قاعدة انجرليك جنوب تركيا.", "MOBILIZE",
         "نشرت الولايات المتحدة ست مقاتلات"),
        ("وواصلت جمعية البر تقديم كافة المساعدات للأسر القادمة من اليمن.", "AID",
         "تقديم كافة المساعدات"),
    ],
)
def test_an_arabic_family_is_read(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in _ar(text)


@pytest.mark.parametrize(
    "text",
    [
        "ودعت الرياض جميع الأطراف في اليمن إلى ضبط النفس.",
        "وتسعى الوزارة في الرياض إلى ضبط الأسعار في الأسواق.",
        "متطرقا إلى التنظيمات التي قامت بها الغرفة لضبط العلاقة مع القطاع الخاص في الرياض.",
    ],
)
def test_regulating_is_no_arrest(text: str) -> None:
    """«ضبط النفس» (restraint), «ضبط الأسعار/العلاقة» (regulating): other_senses_ar.tsv."""
    assert "COERCE" not in [kind for kind, _ in _ar(text)]


def test_a_civil_plane_is_no_deployment() -> None:
    """A bare «طائرات» or «منظومة» (a system spread) was left out after the unlabelled check."""
    assert "MOBILIZE" not in [k for k, _ in _ar("ونشرت الهيئة منظومة إلكترونية في الرياض.")]


def _hit(text: str, word: str) -> bool:
    tokens = clause_words(text)
    hits = [h for h in find_triggers(text, tokens, "ar") if tokens[h.first].text == word]
    assert hits, word
    return purposed(hits[0], tokens)


def test_a_cooperative_noun_of_purpose_is_an_aim() -> None:
    """«لتسليم شهر» (for delivery in a month), «لدعم الحكومة»: what the act is for."""
    assert _hit("وارتفع سعر مزيج برنت في العقود الآجلة لتسليم شهر سبتمبر.", "لتسليم")
    assert _hit("وصل الوفد إلى القاهرة لدعم الحكومة المصرية.", "لدعم")


def test_a_conflict_noun_after_lam_is_the_act() -> None:
    """«تصدت ... لهجمات شنها», «تعرض لهجوم»: the lam marks the verb's object, the attack told."""
    assert not _hit("تصدت المقاومة لهجمات شنها المسلحون على مواقعها.", "لهجمات")
