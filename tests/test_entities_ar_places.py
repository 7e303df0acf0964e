"""Arabic bodies named with their place, session 13 (2026-12-05), issue 5
(entities/org_patterns): a head whose genitive is a place names a body with it («جامعة
تبوك», as the gold keeps «شرطة دبي»), also through a noun of a territorial unit («أمانة
منطقة الرياض»); not after a head that with a place names a place or a group («قناة
السويس»), nor before a definite word that may go on the place's name."""

from __future__ import annotations

import pytest

from khabar.entities.org_patterns import add_org_names, org_names
from khabar.entities.stage import candidates, resolve_overlaps
from khabar.entities.words import words


def _orgs(text: str) -> list[str]:
    tokens = words(text)
    places = [e for e in resolve_overlaps(candidates(text, tokens, True)) if e.type == "LOC"]
    return [e.text for e in org_names(text, tokens, places)]


@pytest.mark.parametrize(("text", "name"), [
    ("أوضحت جامعة تبوك من خلال بيان أن الطالبة قبلت.", "جامعة تبوك"),
    ("وأبرمت غرفة الرياض مؤخرا عقدا مع مكتب استشاري.", "غرفة الرياض"),
    ("وخصصت أمانة منطقة الرياض عددا من الجوائز.", "أمانة منطقة الرياض"),
    ("بالتعاون مع هيئة تطوير مدينة الرياض، أقيمت الفعاليات.", "هيئة تطوير مدينة الرياض"),
    ("والسحوبات التي تقدمها بلدية محافظة الخرج للزوار.", "بلدية محافظة الخرج"),
])
def test_a_body_ends_on_its_place(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize("text", [
    "وعبرت السفينة قناة السويس، ثم توجهت شمالا.",
    "وفي مجموعة أميركا، فاز الفريق بهدفين.",
    "وأوضحت بلدية ينبع النخل أن الأعمال مستمرة.",
])
def test_no_body_of_a_place_head_or_a_place_that_goes_on(text: str) -> None:
    assert _orgs(text) == []


def test_the_body_takes_the_place_inside_it() -> None:
    text = "وأوضحت جامعة تبوك أن الطالبة قبلت."
    tokens = words(text)
    kept = [e for e in resolve_overlaps(candidates(text, tokens, True)) if e.type == "LOC"]
    assert [e.text for e in kept] == ["تبوك"]
    assert [(e.type, e.text) for e in add_org_names(text, tokens, kept)] == [("ORG", "جامعة تبوك")]


@pytest.mark.parametrize(("text", "name"), [
    ("وأكدت الشركة السعودية للكهرباء أن الانقطاع انتهى.", "الشركة السعودية للكهرباء"),
    ("وفي إطار سعي الإدارة العامة للتعليم بمنطقة الرياض للاستعداد.", "الإدارة العامة للتعليم"),
    ("بالتعاون مع المركز الوطني للدراسات والبحوث الاجتماعية في الرياض.",
     "المركز الوطني للدراسات والبحوث الاجتماعية"),
])
def test_a_complemented_head_names_a_body(text: str, name: str) -> None:
    """Session 13: a definite «الشركة», «الإدارة», «المركز»... with an adjective of reach
    or nation and a complement with «ل» is a body's name."""
    assert name in _orgs(text)


@pytest.mark.parametrize("text", [
    "وقالت الشركة الإسبانية إنها ستدفع المبلغ.",
    "ثم إن الشركة الراعية للمباراة هي من سيدفع.",
    "وأكدت الإدارة العامة للشركة أن الأرباح تراجعت.",
    "وتقرر عقد الجمعية العمومية للشركة الشهر المقبل.",
    "ولا يترك كل شيء للشركة الراعية فقط.",
])
def test_no_body_of_a_complemented_head_without_scope_or_own_complement(text: str) -> None:
    assert _orgs(text) == []
