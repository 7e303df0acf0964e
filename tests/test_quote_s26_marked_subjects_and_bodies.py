"""Arabic quote speakers, session 26 (2026-12-07), issue 6, engineer quotes_ar8.

1. A name in quotation marks right after a speech verb that the entity stage tagged
   elsewhere in the article but not there («وأشارت "صب سي 7" إلى أن», «قالت «كامبل سوب»
   ... إنها») speaks (``quote_names.marked_subject``); before, the quote had no speaker,
   or the part of the name an entity covered («ستانلي» of «مورغان ستانلي»). Only words
   the article names so elsewhere: quoted words right after the verb stay a quote.
2. More Arabic heads of speaking bodies in ``speaker_heads.tsv`` (بنك, مفوضية, سفارة,
   صندوق, بلدية, مستشفى, نقابة, قنصلية): «وأوضح البنك ... أن» after «البنك الأهلي التجاري»
   is the bank's, not no one's. A fronted definite head and description that refers back
   («لكن البنك المركزي اعتبر», ``quote_fronted._described``) is the body with that head
   named before (``quote_fronted._told_body``), not the speaker before it.
3. A definite body noun and its adjectives bound by «لـ» to what the body belongs to
   («المركز الإعلامي للمقاومة») speak as written (``quote_bodies.genitive_body``); the
   subject phrase stopped before the «لـ» and its noun and adjective named no one. «لـ» on
   the people told («للصحفيين», ``audience_nouns_ar.txt``) or on an outlet is no genitive.
Sentences written for these tests, after the grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        ("فازت «كامبل سوب» بجائزة الجودة هذا العام.\nوقالت «كامبل سوب» أكبر شركة لمنتجات"
         " الحساء في العالم إنها ستوقف إضافة المادة إلى منتجاتها.",
         [("كامبل سوب", "ORG")], "كامبل سوب"),
        ("وقعت شركة صب سي 7 عقدا جديدا في مصر.\nوأشارت \"صب سي 7\" إلى أن عقدها يشمل أعمال"
         " الهندسة والمشتريات.",
         [("صب سي 7", "ORG")], "صب سي 7"),
    ],
)
def test_marked_name_tagged_elsewhere_speaks(
        text: str, entities: list[tuple[str, str]], speaker: str) -> None:
    assert [s for _, s in _speakers(text, entities)][-1] == speaker


def test_quoted_words_after_the_verb_are_no_name() -> None:
    """Marked words that name nothing in the article are the quote, not its speaker."""
    text = ("وقال وزير الخارجية عادل الجبير إن الاتفاق لن يغير شيئا.\nوأضاف \"لكن إيران"
            " حصلت على ما هو أكثر\" في إشارة إلى الاتفاق النووي.")
    found = _speakers(text, [("عادل الجبير", "PER"), ("إيران", "LOC")])
    assert all(s is None or "لكن" not in s for _, s in found)


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        ("أعلن البنك الأهلي التجاري طرح صكوك بقيمة ملياري ريال.\nوأوضح البنك في إعلان نشره"
         " اليوم أن هذه الإصدارات تعزز رأس المال.",
         [("البنك الأهلي التجاري", "ORG")], "البنك الأهلي التجاري"),
        ("وكانت نقابة الصحفيين اليمنيين قد أدانت الانتهاكات بحق الصحفيين وقالت أنه جرى"
         " إغلاق مقرات الصحف.",
         [], "نقابة الصحفيين اليمنيين"),
    ],
)
def test_body_head_noun_speaks(
        text: str, entities: list[tuple[str, str]], speaker: str) -> None:
    assert [s for _, s in _speakers(text, entities)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال المركز الإعلامي للمقاومة إن الثوار استطاعوا السيطرة على مواقع جديدة.",
         "المركز الإعلامي للمقاومة"),
        ("وأوضحت المديرية العامة للجوازات أن عدد المستفيدين بلغ ثلاثة آلاف.",
         "المديرية العامة للجوازات"),
    ],
)
def test_body_bound_to_its_owner_speaks(text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(text, [])] == [speaker]


def test_body_telling_journalists_is_no_genitive() -> None:
    text = "وقالت الوزارة الأمريكية للصحفيين إن الاجتماع تأجل إلى الأسبوع المقبل."
    assert all(s is None or "للصحفيين" not in s for _, s in _speakers(text, []))


def test_fronted_body_told_before_speaks() -> None:
    """«البنك» is a body head now, so «البنك المركزي» standing first only describes the
    bank named before; that bank speaks, not the minister quoted last."""
    text = ("خفض البنك المركزي الروسي فائدته الموجهة.\nوقال وزير المالية أنطون سيلوانوف إن"
            " الاقتصاد يتعافى.\nلكن البنك المركزي اعتبر أن ميزان التهديدات يميل نحو التباطؤ.")
    found = _speakers(text, [("البنك المركزي الروسي", "ORG"), ("أنطون سيلوانوف", "PER"),
                             ("البنك المركزي", "ORG")])
    assert [s for _, s in found] == ["أنطون سيلوانوف", "البنك المركزي الروسي"]
