"""An Arabic person of one or two given names that the tagger or a title closed before its
family name in «ال» takes the family name, where the word is no noun of the language
(``arabic_family_names._closes_name``). Issue 5, session 29 (2026-12-07), engineer
ent_ar14: read on unlabelled SaudiNewsNet articles («[نورة] المبخوت», «[خالد] السيف»,
«[عبد الرحمن] العبيد», «[قاسم محمد] الهلال»)."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_family_names import add_family_names
from khabar.entities.titles import surname_mentions
from khabar.entities.words import words


def _person(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="PER", text=name, key="x", source="crf")


def _persons(text: str, found: str) -> list[str]:
    kept = [_person(text, found)]
    return [e.text for e in add_family_names(text, words(text), kept) if e.type == "PER"]


@pytest.mark.parametrize(("text", "found", "name"), [
    ("وقالت نورة المبخوت: إننا نتفاجأ بظهور عمالة تنتشر.", "نورة", "نورة المبخوت"),
    ("وافتتح المعرض خالد السيف المدير العام لفرع الهيئة.", "خالد", "خالد السيف"),
    ("وقال الشاعر عبد العزيز الجناحي في قصيدته.", "عبد العزيز", "عبد العزيز الجناحي"),
    ("بين ثنائي القادسية نايف هزازي وزميله عبد الرحمن العبيد، لاختيار أحدهما.",
     "عبد الرحمن", "عبد الرحمن العبيد"),
    ("تم القبض على المدعو: قاسم محمد الهلال -سوري الجنسية-.", "قاسم محمد", "قاسم محمد الهلال"),
])
def test_the_family_name_after_the_given_names_closes_the_person(text: str, found: str,
                                                                  name: str) -> None:
    assert _persons(text, found) == [name]


@pytest.mark.parametrize(("text", "found", "why"), [
    ("وتعمل المصانع على ما يصب في صالح المستهلك في نهاية الأمر.", "صالح",
     "a noun never inside a person"),
    ("إني اخترت رضا الوالدة على كل شيء.", "رضا", "a noun never inside a person"),
    ("ستصب هذه المنطقة في صالح الاقتصاديات العربية.", "صالح",
     "a given name after a preposition is a noun in the genitive"),
    ("إذ تم تنصيب علي عبدالله صالح الوكيل الأول للمشروع.", "علي عبدالله صالح",
     "three given names are a whole name"),
    ("وقال المدير خالد\nالسيف في البيان.", "خالد", "a line break before the family name"),
    ("وأن يتقبل من الجميع صالح الأقوال والأفعال.", "صالح",
     "a given name news writes more often as a word"),
    ("وقال موسى المدافع عن الفريق إن المباراة صعبة.", "موسى", "a post or playing position"),
    ("وولي العهد الشيخ سعد العبد الله الصباح رحمه الله.", "سعد",
     "«العبد الله» is a compound family name: its first word alone is none"),
])
def test_no_family_name_after_the_given_names(text: str, found: str, why: str) -> None:
    assert _persons(text, found) == [found], why


def test_a_surname_after_a_noun_of_a_family_is_no_mention_of_the_person() -> None:
    """«عائلة الدوابشة» is the family: once «علي سعد الدوابشة» is read whole, its surname
    there is no mention of the infant (it drew a lawyers' union's quote to him)."""
    text = "مقتل الرضيع علي سعد الدوابشة حرقا. وأدان الجريمة ضد عائلة الدوابشة، وقال الدوابشة."
    found = surname_mentions(words(text), {"الدوابشه": "per:الدوابشه"}, [])
    assert [text[s:e] for s, e, _ in found] == ["الدوابشة", "الدوابشة"]
    assert [s for s, _, _ in found] == [text.index("الدوابشة"), text.rindex("الدوابشة")]
