"""Persian set phrases opened by a word that is also a given name («حسن نیت», «حافظ صلح»):
no person (session 12, 2026-12-05). Sentences written for these tests; the persons are given
by hand as the tagger or the given-name rule read them."""

from __future__ import annotations

from doc_builders import tagged

from khabar.entities.gazetteer import words
from khabar.entities.persian_tidy import drop_name_word_phrases


def persons(text: str, *spans: str) -> list[str]:
    kept = [tagged(text, span, "PER") for span in spans]
    return [e.text for e in drop_name_word_phrases(words(text), kept)]


def test_a_set_phrase_is_no_person() -> None:
    text = "دو کشور بر حسن همجواری تاکید کردند و نیروهای حافظ صلح ماندند."
    assert persons(text, "حسن همجواری", "حافظ صلح") == []


def test_the_first_word_of_a_set_phrase_is_no_person() -> None:
    text = "او به حسن نیت طرف مقابل شک دارد و سوئیس حافظ منافع آمریکاست."
    assert persons(text, "حسن", "حافظ") == []


def test_the_given_name_outside_a_phrase_stays() -> None:
    text = "حسن روحانی گفت که دیوان حافظ دوباره چاپ شد."
    assert persons(text, "حسن روحانی", "حافظ") == ["حسن روحانی", "حافظ"]
