"""A Persian person that is a given name alone takes the word after it as its surname
(khabar.entities.persian_cut_names; issue 5, session 13 (2026-12-05)). Sentences written
for these tests; the tagger's persons are built by hand."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_cut_names import given_name_surnames


def person(text: str, name: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Entity(start, start + len(name), type="PER", text=name, key=f"per:{name}",
                  source="crf")


def grown(text: str, *found: Entity) -> list[str]:
    return [e.text for e in given_name_surnames(text, words(text), list(found))]


def test_a_lone_given_name_takes_a_common_word_surname() -> None:
    text = "وی تصریح کرد: محمد ارزنده در ماده پرش طول اول شد."
    assert grown(text, person(text, "محمد")) == ["محمد ارزنده"]
    out = given_name_surnames(text, words(text), [person(text, "محمد")])
    assert out[0].key == "per:ارزنده"


def test_a_given_name_after_a_place_or_a_comma_opens_the_name() -> None:
    text = "به گزارش خبرنگار فارس از کرمان محمد نیازی گفت که سمایی، ناصر علاقه‌مندان و قدیری آمدند."
    assert grown(text, person(text, "محمد"), person(text, "ناصر")) == [
        "محمد نیازی", "ناصر علاقه‌مندان"]


def test_an_article_naming_the_person_by_the_given_name_alone() -> None:
    """A story that calls people by their given names («محسن و علی ...») is left: the same
    given name is alone elsewhere with another word after it."""
    text = "مسعود همچنان به کار خود ادامه داد. مصطفی از این عمل مسعود عصبانی شد."
    assert grown(text, person(text, "مسعود"), person(text, "مسعود", 1)) == ["مسعود", "مسعود"]


def test_the_noun_of_a_compound_verb_is_no_surname() -> None:
    text = "پس از تحقیقات، علی دستگیر شد."
    assert grown(text, person(text, "علی")) == ["علی"]


def test_a_function_word_verb_number_or_place_is_no_surname() -> None:
    for text in ("علی از تهران رفت.", "علی پذیرفت که بیاید.", "علی می‌آید.", "علی 2 گل زد.",
                 "علی تهران را ترک کرد."):
        assert grown(text, person(text, "علی")) == ["علی"]


def test_the_holy_are_named_by_the_given_name_alone() -> None:
    for text in ("حضرت زهرا الگوی عبادت خالصانه بود.", "امام حسین الگوی آزادگان است."):
        assert grown(text, person(text, text.split()[1])) == [text.split()[1]]


def test_a_name_word_before_the_given_name_keeps_it() -> None:
    """«صدام [حسین] مورد حمله»: the given name ends a name the tagger cut the other way."""
    text = "این شهر توسط رژیم صدام حسین مورد حمله قرار گرفت."
    assert grown(text, person(text, "حسین")) == ["حسین"]


def test_a_line_break_or_an_entity_after_ends_the_name() -> None:
    text = "او گفت: محمد\nارزنده در مسابقه اول شد."
    assert grown(text, person(text, "محمد")) == ["محمد"]
    text = "او گفت: محمد ارزنده در مسابقه اول شد."
    assert grown(text, person(text, "محمد"), person(text, "ارزنده")) == ["محمد", "ارزنده"]


def test_the_surname_takes_a_compound_surname_end() -> None:
    text = "گروه دانش- مرتضی اسلام زاده: کارشناسان گفتند."
    out = given_name_surnames(text, words(text), [person(text, "مرتضی")])
    assert [(e.text, e.key) for e in out] == [("مرتضی اسلام زاده", "per:اسلامزاده")]


def test_one_of_the_commonest_words_is_no_surname() -> None:
    text = "عبدالله موضوع مخالفت خواهرش را برای زهرا تعریف کرد."
    assert grown(text, person(text, "عبدالله")) == ["عبدالله"]
