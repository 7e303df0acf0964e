"""Arabic organisation mentions, session 21 (2026-12-06), issue 5, engineer ent_ar.
Sentences written for these tests.

- ``arabic_company_names``: a Saudi company named by one listed word of its own is the
  organisation bare in running text, a proclitic left out, the next word taken when it is
  a listed end of the name; a person of that one word gives way to it.
- ``arabic_kind_names``: no bare name after a noun of kind that counts things («مليون سهم
  توزعت», «60 شركة إسكان»), nor from a word in «لل» («شبكة للري»).
- ``org_patterns``: after a definite head, the complement's verbal noun may head a
  construct chain of common nouns ending on a definite word («الهيئة العليا لتطوير مدينة
  الرياض»), not through a foreign name or a pronoun.
"""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_company_names import company_names
from khabar.entities.arabic_kind_names import kind_names
from khabar.entities.org_patterns import org_names
from khabar.entities.words import words


def _companies(text: str, kept: list[Entity] | None = None) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in company_names(text, words(text), list(kept or []))]


@pytest.mark.parametrize(("text", "found"), [
    ("وقدمت موبايلي لعملائها خدمات مستقرة.", [("موبايلي", "ORG")]),  # bare, before a «ل» word
    ("وإثراء المعرفة التابع لأرامكو والهيئة الملكية.", [("أرامكو", "ORG")]),  # «ل» left out
    ("بفعل أسهم كل من: سابك، سافكو، وينساب.",
     [("سابك", "ORG"), ("سافكو", "ORG"), ("ينساب", "ORG")]),  # «و» left out
    ("التي حققتها أرامكو السعودية في إعداد المخطط.", [("أرامكو السعودية", "ORG")]),  # name_end
    ("و بوبا للتأمين 13.12% و سيسكو بنسبة 11%.", [("بوبا للتأمين", "ORG")]),  # name_end
])
def test_a_listed_company_is_the_organisation(text: str, found: list[tuple[str, str]]) -> None:
    assert _companies(text) == found


def test_a_person_of_the_word_gives_way() -> None:
    text = "يذكر أن سبكيم طرف ثابت في رعاية الاحتفالات."
    start = text.index("سبكيم")
    person = Entity(start, start + 5, type="PER", text="سبكيم", key="per:سبكيم", source="crf")
    assert _companies(text, [person]) == [("سبكيم", "ORG")]


def test_a_body_or_a_longer_name_is_kept() -> None:
    text = "وقالت شركة سابك للبتروكيماويات إنها ستبيع."
    start = text.index("سابك")
    body = Entity(start, start + 19, type="ORG", text=text[start:start + 19], source="crf")
    assert _companies(text, [body]) == [(text[start:start + 19], "ORG")]


@pytest.mark.parametrize("text", [
    "وكان عدد الأسهم المتداولة 133 مليون سهم توزعت على أكثر من 86 ألف صفقة.",  # a magnitude
    "وبلغت الأسهم المتداولة 187 مليون سهم متداول.",  # a magnitude
    "رحل ما يقدر بـ60 شركة إسكان للعمل في إربد.",  # a number
    "وإنشاء شبكة للري، وتجهيز مواقف سيارات.",  # «لل»: «ل» on the article
    "يتكون المشروع من شبكة للمترو، بعدد ثلاثة خطوط.",  # «لل»
])
def test_no_bare_name_after_a_count_or_from_a_lil_word(text: str) -> None:
    assert [e.text for e in kind_names(text, words(text), [])] == []


def test_a_name_in_bl_is_still_read() -> None:
    # «ب» then «ل» opens a name («بلومبرج», «بلايستيشن»): only «لل» is «ل» on the article
    text = "وقال موقع بلومبرج في تقرير أمس."
    assert [e.text for e in kind_names(text, words(text), [])] == ["بلومبرج"]


def _orgs(text: str) -> list[str]:
    return [e.text for e in org_names(text, words(text), [])]


@pytest.mark.parametrize(("text", "name"), [
    # a definite head's complement whose verbal noun heads a construct chain
    ("دعت المؤسسة الألمانية لعلاج أمراض الكبد لتحسين سبل التوعية.",
     "المؤسسة الألمانية لعلاج أمراض الكبد"),
    ("بالتنسيق مع الهيئة العليا لتطوير مدينة الرياض خلال أيام العيد.",
     "الهيئة العليا لتطوير مدينة الرياض"),
    ("وأعلنت المديرية العامة لإدارة جوازات منطقة الرياض عن بدء العمل.",
     "المديرية العامة لإدارة جوازات منطقة الرياض"),
])
def test_a_complement_chain_ends_on_its_definite_word(text: str, name: str) -> None:
    assert _orgs(text) == [name]


@pytest.mark.parametrize("text", [
    # a foreign name in the chain: no common noun, the complement is not read
    "في قاعدة بيانات الجمعية السعودية الخيرية لمرض ألزهايمر المنتشرة في المملكة.",
    # a two-letter pronoun in the chain
    "يذكر أن الجمعية السعودية الخيرية لمرضى ألزهايمر هي الجمعية الأولى.",
])
def test_no_chain_through_a_name_or_a_pronoun(text: str) -> None:
    assert all("المنتشرة" not in found and " هي " not in found for found in _orgs(text))
