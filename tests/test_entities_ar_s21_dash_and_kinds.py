"""Arabic spans, session 21 (2026-12-06), issue 5, engineer ent_ar2.
Sentences written for these tests, after forms seen in SaudiNewsNet.

- ``phrases.PhraseIndex``: a word that folds to nothing (a tatweel «ـ» standing alone for
  a dash) may sit inside a listed name but never ends one, so a person, a role or a listed
  body stops before it: «الملك عبد الله ـ رحمه الله ـ» is «عبد الله», not «عبد الله ـ»
  (bench/data/ENTITIES-GOLD.md: a span holds the name only); «الملك عبدالعزيز ـ طيب الله
  ثراه» no longer runs on to «عبدالعزيز ـ طيب».
- ``arabic_kind_names``: no head written with a final «ه» («بيان أذاعه صحافي»: 'broadcast
  it', folded like «إذاعة»); bodies named bare after a head written with «ة» stay.
"""

from __future__ import annotations

import pytest

from khabar.entities.arabic_kind_names import kind_names
from khabar.entities.phrases import PhraseIndex
from khabar.entities.titles import titled_persons
from khabar.entities.words import words


def _titled(text: str) -> list[str]:
    return [text[h.name.start:h.name.end] for h in titled_persons(text, words(text))]


@pytest.mark.parametrize(("text", "name"), [
    ("صدرت في عهد الملك عبد الله ـ رحمه الله ـ عدة أنظمة.", "عبد الله"),
    ("قام به المؤسس الملك عبدالعزيز ـ طيب الله ثراه ـ وأبناؤه.", "عبدالعزيز"),
    ("قام به المؤسس الملك عبدالعزيز ــ طيب الله ثراه ــ وأبناؤه.", "عبدالعزيز"),
    ("وقال الملك عبد الله إن المملكة ماضية.", "عبد الله"),  # no dash: unchanged
])
def test_a_titled_person_stops_before_a_tatweel_dash(text: str, name: str) -> None:
    assert _titled(text) == [name]


def _index() -> PhraseIndex[str]:
    index: PhraseIndex[str] = PhraseIndex()
    for phrase in ("الأمم المتحدة", "خادم الحرمين الشريفين", "عبد الله"):
        index.add(phrase, phrase)
    return index


@pytest.mark.parametrize(("text", "found"), [
    ("رعتها الأمم المتحدة ـ التي مارست الغطاء", "الأمم المتحدة"),
    ("حكومة خادم الحرمين الشريفين ـ حفظه الله ـ ومتابعة", "خادم الحرمين الشريفين"),
    ("حكومة خادم الحرمين الشريفين ــ حفظه الله", "خادم الحرمين الشريفين"),
    ("قال عبد ـ الله أمس", "عبد ـ الله"),  # a tatweel inside a name is still crossed
])
def test_a_listed_name_never_ends_on_a_tatweel(text: str, found: str) -> None:
    tokens = words(text)
    spans = [text[m.start:m.end] for m in _index().find_all(text, tokens)]
    assert spans == [found]


def _kind_names(text: str) -> list[str]:
    return [e.text for e in kind_names(text, words(text), [])]


def test_no_head_written_with_a_final_ha() -> None:
    text = "وقالت العائلة في بيان أذاعه صحافي في الإذاعة الوطنية إنه بخير."
    assert _kind_names(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وأعلنت إذاعة مونتي كارلو.", None),  # two words: left to the tagger
    ("كشفت شركة سيجا، المنتجة لأنظمة الألعاب.", "سيجا"),
    ("عن طريق موقع مساند الإلكتروني.", "مساند"),
    ("المتحدث باسم وكالة غوث وتشغيل اللاجئين.", "غوث"),
    ("تخطط مؤسسة مسك الخيرية لبرامج جديدة.", "مسك"),  # a head written with «ة»: read
])
def test_bare_names_after_a_noun_of_kind_stay(text: str, name: str | None) -> None:
    assert _kind_names(text) == ([name] if name else [])
