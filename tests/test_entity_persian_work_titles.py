"""A Persian person that opens a quoted title right after a noun of a work is no person
(khabar.entities.persian_work_titles; issue 5, session 13 (2026-12-05)). Sentences written
for these tests; the tagger's persons are built by hand."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_work_titles import drop_work_titles


def persons(text: str, *names: str) -> list[Entity]:
    out, start = [], -1
    for name in names:
        start = text.index(name, start + 1)
        out.append(Entity(start, start + len(name), type="PER", text=name, source="crf"))
    return out


def kept(text: str, *names: str) -> list[str]:
    return [e.text for e in drop_work_titles(text, words(text), persons(text, *names))]


def test_a_quoted_title_after_a_noun_of_a_work_is_no_person() -> None:
    text = "او رمان «صید قزل‌آلا در آمریکا» را ترجمه کرد و صید قزل‌آلا را ستود."
    assert kept(text, "صید قزل‌آلا", "صید قزل‌آلا") == []
    text = "«صید قزل‌آلا در آمریکا» را ستودند و او رمان «صید قزل‌آلا در آمریکا» را نوشت."
    assert kept(text, "صید قزل‌آلا") == []
    text = "مجموعه‌ای با عنوان «دری لولاشده به فراموشی» منتشر شد."
    assert kept(text, "دری لولاشده") == []


def test_the_quoted_author_of_a_genitive_stays() -> None:
    text = "وی ترانه‌های «پرویز خطیبی» را ستود و عنوان فیلم ناصر تقوایی را گفت."
    assert kept(text, "پرویز خطیبی", "ناصر تقوایی") == ["پرویز خطیبی", "ناصر تقوایی"]


def test_a_person_named_in_quotes_after_another_noun_stays() -> None:
    text = "کارگردان این فیلم مردی به نام «عمران فراست» است."
    assert kept(text, "عمران فراست") == ["عمران فراست"]


def test_a_title_opening_with_a_longer_word_keeps_the_person() -> None:
    text = "ناصر به دیدن فیلم «ناصرالدین شاه اکتور سینما» رفت."
    assert kept(text, "ناصر") == ["ناصر"]
