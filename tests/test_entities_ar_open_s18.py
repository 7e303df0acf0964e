"""A body's open head (org_patterns._Reader._open, session 18 (2026-12-06)) reads on
through no verb, function word or pronoun-suffixed word (arabic_construct_words), and
«مركز» is no open head. Issue 5, engineer ent_ar_open. Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.entities.org_patterns import org_names
from khabar.entities.words import words


def _bodies(text: str) -> list[str]:
    return [e.text for e in org_names(text, words(text), [])]


@pytest.mark.parametrize(("text", "why"), [
    ("قال إن عناصر شرطة يشكلون الفريق الخاص.", "an imperfect verb in «ي»"),
    ("شارك أعضاء لجنة نظموا الحفل الختامي.", "a perfect verb in «وا»"),
    ("عقدت لجنة اجتماعها الأسبوعي أمس.", "a pronoun suffix: no construct noun"),
    ("أعلنت بلدية لديها العدد الكافي.", "«لدى» with a pronoun"),
    ("حضرت لجنة ومعه الحكم الدولي.", "«و» + «مع» with a pronoun"),
    ("اجتمعت لجنة عنده الأعضاء.", "«عند» with a pronoun"),
    ("زار مركز تسليم العقود أمس.", "«مركز» is no open head"),
])
def test_no_open_construct_through(text: str, why: str) -> None:
    assert _bodies(text) == [], why


@pytest.mark.parametrize(("text", "body"), [
    ("أغلقت لجنة تقييم المنشآت بمنطقة تبوك 11 فندقا.", "لجنة تقييم المنشآت"),
    ("أعلنت لجنة شئون اللاعبين القرار.", "لجنة شئون اللاعبين"),
    ("أعلن حزب يمين الوسط القرار.", "حزب يمين الوسط"),
    ("قال أمين عام حزب رابطة أبناء الجنوب إن الحزب مستقل.", "رابطة أبناء الجنوب"),
])
def test_open_construct_kept(text: str, body: str) -> None:
    assert body in _bodies(text)
