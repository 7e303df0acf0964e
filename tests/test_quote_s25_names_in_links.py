"""Arabic quotes, session 25 (2026-12-07), issue 6, engineer quotes_ar7.

1. A link word that is part of a name the entity stage found opens no quote
   (``quotes._within_name``): the Dutch particle «فان» («بيرند فان ليندر», «فان جال») reads
   as «فإن», «بان» of «بان كي مون» as «بأن». Between a name's first and last words (any
   entity), or first in a person's name; first in another entity or last in a person's it
   is the tagger's slip and still opens the quote.
2. A hyphenated given name split by the entity stage («جان» «ميشال اولاس») is one speaker
   (``quote_names._hyphen_joined``); after a name of two words or more only the word
   glued to the hyphen is taken («كيم يونغ-جو»).
3. «حسبما ذكروا»: a plural verb after the phrase's «ما» has its own pronoun subject, so a
   body named later did not say it (``quote_attribution._plural_pronoun_verb``).
Sentences written for these tests, after the grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        ("وأكد الدكتور بيرند فان ليندر العضو المنتدب للبنك أن المنتج الجديد يلبي حاجات"
         " العملاء في المملكة.",
         [("بيرند فان ليندر", "PER")],
         [("المنتج الج", "بيرند فان ليندر")]),
        ("وقال فان جال للصحفيين بعد المباراة إن اللاعب لن يشارك في المباراة المقبلة.",
         [("فان جال", "PER")],
         [("اللاعب لن ", "فان جال")]),
        ("وقال الأمين العام للأمم المتحدة بان كي مون إن الوضع في المنطقة خطير جدا.",
         [("أمم المتحدة", "ORG"), ("بان كي مون", "PER")],
         [("الوضع في ا", "بان كي مون")]),
    ],
)
def test_link_word_inside_a_name_opens_no_quote(
        text: str, entities: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    assert _speakers(text, entities) == expected


def test_link_word_last_in_a_person_entity_still_opens() -> None:
    """«إبراهيم بأن» tagged as one person: the tagger's slip, the link opens as before."""
    text = "وأوضحت هاجر إبراهيم بأن المشكلة الحقيقية في غياب الرابط بين الإخوة بعد الوفاة."
    found = _speakers(text, [("إبراهيم بأن", "PER")])
    assert [t for t, _ in found] == ["المشكلة ال"]


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        ("مدد النادي عقد هدافه حتى عام 2019 بحسب ما أعلن رئيسه جان-ميشال اولاس اليوم السبت.",
         [("جان", "PER"), ("ميشال اولاس", "PER")],
         "جان-ميشال اولاس"),
        ("وقال وزير الخارجية فرانك-فالتر شتاينماير إن الحل السياسي هو الطريق الوحيد.",
         [("فرانك", "PER"), ("فالتر شتاينماير", "PER")],
         "فرانك-فالتر شتاينماير"),
        ("وقال تشونج مونج-جون ترشحه إن فرص فوزه بالرئاسة جيدة جدا.",
         [("تشونج مونج", "PER"), ("جون ترشحه", "PER")],
         "تشونج مونج-جون"),
    ],
)
def test_hyphenated_given_name_is_one_speaker(
        text: str, entities: list[tuple[str, str]], speaker: str) -> None:
    assert [s for _, s in _speakers(text, entities)] == [speaker]


def test_plural_verb_after_the_phrase_names_no_speaker() -> None:
    """«ذكروا» has its own subject, "they" (the companies): the body named after it, where
    the figures were published, did not say it."""
    text = ("وتراجعت أرباح الشركات خلال الربع الثاني، حسبما ذكروا في بيانات نشرتها هيئة السوق"
            " المالية.")
    assert _speakers(text, [("هيئة السوق المالية", "ORG")]) == []


def test_singular_verb_after_the_phrase_keeps_its_subject() -> None:
    text = "وتراجعت أرباح الشركات خلال الربع الثاني، حسبما ذكرت هيئة السوق المالية."
    assert [s for _, s in _speakers(text, [("هيئة السوق المالية", "ORG")])] \
        == ["هيئة السوق المالية"]
