"""Repeated work gone (issue 8, session 22 (2026-12-07), engineer speed): the Persian credit
test (``persian_word_persons._credited``) reads the words before a person as a range of
the article, not as a copy of its line. A long line copied was kept as a document of its
own by ``words`` and, four lines later, pushed the article out, so the event and quote
stages tokenized it again. Sentences and names written for these tests."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities import words as words_module
from khabar.entities.persian_word_persons import CREDIT_WORDS, _credited, credit_words
from khabar.entities.words import DOCUMENTS, SHORT_TEXT, words

FILLER = "همکاری‌های اقتصادی ایران و پاکستان در سال گذشته ۲٫۵ درصد افزایش یافت و "


def _long_line(ending: str) -> str:
    line = FILLER * 5 + ending
    assert len(line) > SHORT_TEXT
    return line


def _person(text: str, name: str, after: int = 0) -> Entity:
    start = text.index(name, after)
    return Entity(start, start + len(name), type="PER", text=name)


def test_credit_test_leaves_the_article_kept() -> None:
    lines = [_long_line(f"به قلم رضایی {n}") for n in range(DOCUMENTS + 1)]
    text = "\n".join(lines)
    whole = words(text)
    for n, line in enumerate(lines):
        at = text.index(line)
        assert _credited(text, _person(text, "رضایی", at))  # «به قلم» two words before
        assert not _credited(text, _person(text, "ایران", at))
        assert words_module._documents[0][0] is text, n
    assert words(text) == whole


def test_credit_test_reads_the_words_a_copy_of_the_line_gives() -> None:
    text = "گزارش\n" + _long_line("ترجمه از: پویان") + "\nپویان گفت"
    words(text)
    first, second = (_person(text, "پویان"), _person(text, "پویان", text.index("\n", 10)))
    assert _credited(text, first)
    assert not _credited(text, second)  # the credit is on the line before


def _credited_before(text: str, entity: Entity) -> bool:
    """``_credited`` as it tokenized a copy of the line before session 22."""
    line = text[text.rfind("\n", 0, entity.start) + 1:entity.start]
    before = [w.folded for w in words(line) if w.text[:1].isalnum()][-CREDIT_WORDS:]
    pairs = [" ".join(before[i:i + 2]) for i in range(len(before) - 1)]
    return any(w in credit_words() for w in [*before, *pairs])


def test_credit_test_as_before_at_every_word() -> None:
    text = "\n".join([_long_line("با بازی رضا عطاران، گردآوری: مریم"), "به قلم: سارا",
                      "ترجمه از رضایی", _long_line("عکس از علی")])
    for word in words(text):
        person = Entity(word.start, word.end, type="PER", text=word.text)
        assert _credited(text, person) == _credited_before(text, person), word
