"""The run-on rule (arabic_run_on_words), session 23 (2026-12-07), issue 5, engineer ent_ar5:
a person ends before an indefinite accusative on a word never written inside a person
(«زعيما», «تنفيذا») and before an imperfect written «يؤ» («يؤيد»), which folds to the
«يو» of transcribed names; a transcribed name in «ا» on a short stem («بابا») or in «لي»
(«ليبرت») stays. Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_run_on_words import cut_run_on_words
from khabar.entities.words import words


def _cut(text: str, phrase: str) -> list[str]:
    start = text.index(phrase)
    kept = [Entity(start, start + len(phrase), type="PER", text=phrase, source="crf")]
    return [e.text for e in cut_run_on_words(words(text), kept)]


@pytest.mark.parametrize(("text", "phrase", "name"), [
    ("وبايعت الحركة أختر منصور زعيما لها بعد وفاة الملا.", "أختر منصور زعيما", "أختر منصور"),
    ("وعاد المخلوع علي صالح تنفيذاً لأجندة خارجية.", "علي صالح تنفيذاً", "علي صالح"),
    ("وقال إن خالد منصور يؤيد عملية السلام.", "خالد منصور يؤيد", "خالد منصور"),
])
def test_a_person_ends_before_an_accusative_or_a_verb(text: str, phrase: str,
                                                      name: str) -> None:
    assert _cut(text, phrase) == [name]


@pytest.mark.parametrize(("text", "phrase"), [
    ("وقال المدرب دييجو كوستا إن الفريق جاهز.", "دييجو كوستا"),
    ("وأكد الرئيس باراك أوباما أن الاتفاق صامد.", "باراك أوباما"),
    ("وقال الوزير أفيغدور ليبرمان إن الحكومة لن تتراجع.", "أفيغدور ليبرمان"),
    ("وسجل المهاجم أشلي يونغ هدفا.", "أشلي يونغ"),
    ("وقال المدرب محمد رضا إن الفريق جاهز.", "محمد رضا"),
    ("وقرأ الطفل قصة علي بابا والأربعين حرامي.", "علي بابا"),
    ("وسجل الغيني أبو بكر سيلا هدفا.", "أبو بكر سيلا"),
    ("ونجا السفير مارك ليبرت من الهجوم.", "مارك ليبرت"),
    ("ونظم اتحاد شعراء الجنوب أمسية.", "اتحاد شعراء"),
])
def test_a_transcribed_name_or_a_short_stem_stays(text: str, phrase: str) -> None:
    assert _cut(text, phrase) == [phrase]
