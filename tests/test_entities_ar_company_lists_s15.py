"""Arabic companies listed after «أسهم شركات», session 15 (2026-12-06), issue 5
(entities/arabic_company_lists). Sentences written for these tests in the form of the
daily market reports; entities found before given by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_company_lists import company_lists
from khabar.entities.ner import _arabic_rules
from khabar.entities.words import words


def _names(text: str, kept: list[Entity] | None = None) -> list[str]:
    return [e.text for e in company_lists(text, words(text), kept or []) if e.type == "ORG"]


@pytest.mark.parametrize(("text", "names"), [
    ("وكانت أسهم شركات سابك ,وموبايلي ,والراجحي الأكثر ارتفاعا اليوم.",
     ["سابك", "موبايلي", "الراجحي"]),
    # a comma with no «و», a three-word item, a «و» written apart, «بنسب» ends the list
    ("كما تراجعت أسهم شركات زين السعودية، الإنماء طوكيو للتأمين ,و ملاذ بنسب متفاوتة.",
     ["زين السعودية", "الإنماء طوكيو للتأمين", "ملاذ"]),
    # the first item keeps the «و» of its name; a proclitic on «أسهم»
    ("وتراجعت بأسهم شركات ولاء للتأمين ووفاء للتأمين على رأس الشركات.",
     ["ولاء للتأمين", "وفاء للتأمين"]),
    # a full stop ends the list
    ("وارتفعت أسهم شركات الراجحي وسابك والاتصالات.", ["الراجحي", "سابك", "الاتصالات"]),
])
def test_the_listed_companies_are_read(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    # sectors: every item with the article
    "وارتفعت أسهم شركات البتروكيماويات والإسمنت الأكثر ارتفاعا.",
    # a preposition after the nouns: a phrase, no list
    "وارتفعت أسهم شركات التصدير السويسرية وصناعة الساعات، انخفضت من حيث القيمة.",
    "وأسهم شركات النفط وأسعار النفط في نهاية العام.",
    # another mark or a number
    "وارتفعت أسهم شركات سابك وموبايلي 5 في المئة.",
    # one item only
    "وارتفعت أسهم شركات سابك الأكثر ارتفاعا.",
    # an item of more than three words
    "وارتفعت أسهم شركات سابك وصناعة الورق الوطنية الكبرى الجديدة الأكثر ارتفاعا.",
    # no «أسهم» before «شركات»
    "ووقعت شركات سابك وموبايلي الأكثر ارتفاعا.",
    # «شركة» is no list
    "وارتفعت أسهم شركة سابك وموبايلي الأكثر ارتفاعا.",
    # a line break ends the run before a second item: one item
    "وارتفعت أسهم شركات سابك\nوموبايلي الأكثر ارتفاعا.",
    "وارتفعت أسهم شركات\nسابك وموبايلي الأكثر ارتفاعا.",
    # a comma right after «شركات»: no construct
    "وارتفعت أسهم شركات، سابك وموبايلي الأكثر ارتفاعا.",
])
def test_no_list(text: str) -> None:
    assert _names(text) == []


def test_overlapping_entities_give_way() -> None:
    """The tagger's «زين والإنماء» (a person) runs two companies into one."""
    text = "فيما جاءت أسهم شركات زين والإنماء وملاذ على قائمة أكثر الأسهم نشاطا."
    at = text.index("زين والإنماء")
    tagged = Entity(at, at + len("زين والإنماء"), type="PER", text="زين والإنماء",
                    key="x", source="crf")
    found = company_lists(text, words(text), [tagged])
    assert [(e.type, e.text) for e in found] == [("ORG", "زين"), ("ORG", "الإنماء"),
                                                 ("ORG", "ملاذ")]


def test_the_arabic_rules_read_the_lists() -> None:
    text = "وكانت أسهم شركات سابك ,وموبايلي ,والراجحي الأكثر ارتفاعا اليوم."
    assert [e.text for e in _arabic_rules(text, words(text), [])
            if e.source == "company_list"] == ["سابك", "موبايلي", "الراجحي"]
