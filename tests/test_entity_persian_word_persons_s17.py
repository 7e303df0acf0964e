"""A Persian person that is a common word is dropped (khabar.entities.persian_word_persons;
issue 5, session 17 (2026-12-06), engineer ent_fa_fp). Sentences written for these tests;
the entities found before are built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.persian_word_persons import common_words, drop_word_persons
from khabar.entities.words import fold_word
from khabar.kb.entries import load_kb


def person(text: str, name: str, source: str = "crf", at: int = 0) -> Entity:
    start = text.index(name, at)
    return Entity(start, start + len(name), type="PER", text=name, key=f"per:{name}",
                  source=source)


def persons(text: str, *found: Entity) -> list[str]:
    return [e.text for e in drop_word_persons(text, list(found), load_kb()) if e.type == "PER"]


@pytest.mark.parametrize("text, name", [
    ("کریستین داوید دار فانی را وداع گفت.", "فانی"),  # 'mortal': a common adjective
    ("آثار خود را با موضوع شهید غواص ارسال کنید.", "غواص"),  # 'diver'
    ("مهاجم پاری سن ژرمن اعلام کرد.", "ژرمن"),
    ("فضاپیمای دیسکاوری پرواز کرد.", "فضاپیمای دیسکاوری"),  # a noun in its ezafe form
    ("نمایش لوبیای سحرآمیز اجرا شد.", "لوبیای سحرآمیز"),
    ("او در سریال عصای پیری بازی کرد.", "عصای پیری"),
])
def test_a_common_word_read_as_a_person_is_dropped(text: str, name: str) -> None:
    assert persons(text, person(text, name)) == []


@pytest.mark.parametrize("text, name, source", [
    ("دکتر ابتکار گفت.", "ابتکار", "title"),  # a title vouches for the name
    ("ابتکار گفت.", "ابتکار", "pronoun"),  # references are left
    ("ابتکار گفت.", "ابتکار", "role"),
    ("«ابتکار» گفت.", "ابتکار", "quoted"),
    ("خرازی گفت.", "خرازی", "crf"),  # no common word (hazm lists it with no count)
    ("بوش به صلح امیدوار است.", "بوش", "crf"),  # a surname of the knowledge base
    ("ظریف به صلح امیدوار است.", "ظریف", "crf"),  # 'delicate', and a KB surname
    ("حسینی گفت.", "حسینی", "crf"),  # ARMAN writes it inside persons: left out of the list
    ("محمد گفت که می‌آید.", "محمد", "crf"),  # a given name of the lists
    ("مرد جوانی به نام امید گفت.", "امید", "crf"),  # a word that introduces a name
    ("دو جوان به نام‌های امید و بهار آمدند.", "امید", "crf"),
    ("قاضی الهی زاده گفت.", "زاده", "crf"),  # the end of a surname written apart
    ("خسروی گفت.", "خسروی", "crf"),  # «خسرو» is a given name: no ezafe head
    ("شیدای عزیز آمد.", "شیدای عزیز", "crf"),  # «شیدا» is a common word and a given name
    ("آقای رضایی گفت.", "آقای رضایی", "crf"),  # «آقا» is a title, not an ezafe head
    ("وانگ ونک گم گفت.", "وانگ ونک گم", "crf"),  # no glued «و» read: a foreign name
    ("در جلسه‌ای که نوبخت رئیس سازمان برنامه بود گفت.", "نوبخت", "crf"),  # a post after it
    ("موحد فرماندار رباط کریم گفت.", "موحد", "crf"),  # a post of post_nouns_fa.txt
    ("موحد، فرماندار رباط کریم گفت.", "موحد", "crf"),
    ("آقای محمد رضایی گفت.", "آقای محمد رضایی", "crf"),  # a title, a given name after it
    ("ولی امیری گفت.", "ولی امیری", "crf"),  # «ولی» is a given name, not «و» + «لی»
])
def test_other_persons_are_left(text: str, name: str, source: str) -> None:
    assert persons(text, person(text, name, source)) == [name]


def test_a_surname_of_a_longer_name_in_the_article_is_left() -> None:
    text = "محمدمهدی گویا گفت. گویا افزود."  # «گویا» 'as if', a common word
    full, short = person(text, "محمدمهدی گویا"), person(text, "گویا", at=15)
    assert persons(text, full, short) == ["محمدمهدی گویا", "گویا"]
    assert persons(text, short) == []  # with no longer name


@pytest.mark.parametrize("text", ["علمداری و گویا بازی کردند.", "علمداری، گویا بازی کردند."])
def test_an_item_of_a_list_of_persons_is_left(text: str) -> None:
    first, second = person(text, "علمداری"), person(text, "گویا")
    assert persons(text, first, second) == ["علمداری", "گویا"]
    assert persons(text, second) == []  # alone


def test_other_types_are_left() -> None:
    text = "فانی اعلام کرد."
    body = Entity(0, 4, type="ORG", text="فانی", key="org:فانی")
    assert drop_word_persons(text, [body], load_kb()) == [body]


def test_the_list_leaves_out_what_arman_writes_as_persons() -> None:
    words = common_words()
    assert fold_word("فانی") in words and fold_word("غواص") in words
    assert not {fold_word(w) for w in ("حسینی", "گوته", "مولانا", "استالین")} & words
    assert fold_word("طباطبایی") not in words  # ARMAN writes «طباطبائی»: compared folded
