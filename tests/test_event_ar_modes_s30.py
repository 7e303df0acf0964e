"""Issue 6, session 30 (2026-12-07), engineer events_ar20: the Arabic trigger rows whose word
names a PLOVER mode carry it, as the Persian rows do since events_fa16 (triggers_ar.tsv):
arrest («اعتقل», «اعتقال», «ألقى القبض على»), withdraw («انسحب», «انسحاب»), demo («مظاهرات»,
«اعتصام»; not «احتجاج», said as often as marched, «تظاهرة», a festival as often, or «تظاهر»,
also 'pretended'); not abduct («اختطف» hijacks a religion as often as a person). And senses
that free, pull out or march no one (other_senses_ar.tsv): «الإفراج عن الأموال» frees funds,
«ينسحب ... على» applies to, «تظاهرة رياضية» is a festival, «تظاهر بأنه» pretends. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.stage import find_events

Names = list[tuple[str, str]]
KB = {"إيران": ("geonames:130758", "IRN"), "الولايات المتحدة": ("geonames:6252001", "USA"),
      "إسرائيل": ("geonames:294640", "ISR"), "غزة": ("geonames:281133", "PSE"),
      "اليمن": ("geonames:69543", "YEM"), "بغداد": ("geonames:98182", "IRQ")}


def _events(text: str, names: Names) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in find_events(doc_with(text, "ar", names, kb=KB))]


@pytest.mark.parametrize(("text", "names", "kind", "mode"), [
    ("واعتقلت الشرطة الإيرانية ثلاثة صحافيين في طهران أمس.",
     [("الشرطة الإيرانية", "ORG"), ("طهران", "LOC")], "COERCE", "arrest"),
    ("وأعلنت الشرطة عن اعتقال خمسة مشتبه بهم في بغداد.",
     [("بغداد", "LOC")], "COERCE", "arrest"),
    ("وألقت قوات الأمن القبض على ثلاثة مطلوبين في اليمن.",
     [("اليمن", "LOC")], "COERCE", "arrest"),
    ("وانسحبت القوات الإسرائيلية من غزة بعد ثلاثة أيام.",
     [("القوات الإسرائيلية", "ORG"), ("غزة", "LOC")], "RETREAT", "withdraw"),
    ("وخرجت مظاهرة حاشدة أمام وزارة النفط في بغداد.", [("بغداد", "LOC")], "PROTEST", "demo"),
    ("ونظم المئات من الطلاب مظاهرات أمام السفارة الأمريكية في بغداد.",
     [("السفارة الأمريكية", "ORG"), ("بغداد", "LOC")], "PROTEST", "demo"),
])
def test_a_row_naming_a_mode_gives_it(text: str, names: Names, kind: str, mode: str) -> None:
    assert (kind, mode) in _events(text, names)


@pytest.mark.parametrize(("text", "names", "kind"), [
    # funds freed, not prisoners
    ("وطالبت إيران بالإفراج عن الأموال المجمدة في الولايات المتحدة.",
     [("إيران", "LOC"), ("الولايات المتحدة", "LOC")], "RETREAT"),
    ("وأفرجت الولايات المتحدة عن أرصدة إيران المجمدة.",
     [("الولايات المتحدة", "LOC"), ("إيران", "LOC")], "RETREAT"),
    # «ينسحب على»: applies to
    ("وينسحب هذا الأمر على الجيش الإسرائيلي في غزة.",
     [("الجيش الإسرائيلي", "ORG"), ("غزة", "LOC")], "RETREAT"),
    # a sports festival
    ("وشارك فريق بغداد في تظاهرة رياضية كبيرة.", [("بغداد", "LOC")], "PROTEST"),
    # pretended
    ("ونجا الجريح الثاني في بغداد إذ تظاهر بأنه ميت.", [("بغداد", "LOC")], "PROTEST"),
])
def test_another_sense_frees_or_pulls_out_no_one(text: str, names: Names, kind: str) -> None:
    assert kind not in [k for k, _ in _events(text, names)]


@pytest.mark.parametrize(("text", "names", "kind", "mode"), [
    # prisoners freed, a bail counted after them
    ("وأفرجت السلطات الإيرانية عن ثلاثة صحافيين بكفالة قدرها مليون ريال.",
     [("السلطات الإيرانية", "ORG")], "RETREAT", "release"),
    # a withdrawal from a place, «على الفور» after it
    ("وانسحبت القوات الإسرائيلية على الفور من غزة.",
     [("القوات الإسرائيلية", "ORG"), ("غزة", "LOC")], "RETREAT", "withdraw"),
    # «اختطف» keeps none: a religion or a sect is «hijacked» as often as a person seized
    ("واختطف مسلحون مجهولون مهندسا أجنبيا في اليمن.", [("اليمن", "LOC")], "ASSAULT", None),
    # «تظاهر» keeps none: also 'pretended'
    ("وتظاهر آلاف العراقيين في بغداد احتجاجا على انقطاع الكهرباء.",
     [("بغداد", "LOC")], "PROTEST", None),
    # «احتجاج» keeps no mode: a protest said as often as marched
    ("وتواصل احتجاج العمال أمام وزارة النفط في بغداد.", [("بغداد", "LOC")], "PROTEST", None),
])
def test_the_acts_stay(text: str, names: Names, kind: str, mode: str | None) -> None:
    assert (kind, mode) in _events(text, names)
