"""Word lists shared by Persian and Arabic, matched folded (issue 5, session 20): a row
written for one language may name it after a tab, and a caller that knows the text's
language leaves the other language's rows out. Folded, Persian «کل» 'chief' («فرمانده
کل») is Arabic «كل» 'each', Arabic «معظم» 'most' is Persian «معظم» 'revered'."""

from __future__ import annotations

import pytest

from khabar.entities.titles import role_words
from khabar.entities.words import for_language, listed_keys
from khabar.events.participant_words import apposition_heads, outlet_heads
from khabar.events.quote_words import arabic_relation_words, relation_words, unnamed_quantifiers
from khabar.normalize.fold import fold
from khabar.resources import load_tsv

TAGGED_LISTS = ("entities/role_words.txt", "events/relation_words.txt",
                "events/unnamed_quantifiers.txt", "events/outlet_heads.txt",
                "events/apposition_heads.txt")


def test_a_row_of_one_language_serves_that_language_only() -> None:
    chief = fold("کل")
    assert chief in role_words("fa") and chief not in role_words("ar")
    assert chief in role_words()  # a caller that does not know the language keeps it
    assert fold("رئيس") in role_words("ar") and fold("رئیس") in role_words("fa")


@pytest.mark.parametrize(("words", "word", "own", "other"), [
    (unnamed_quantifiers, "معظم", "ar", "fa"),  # «رهبر معظم انقلاب»: 'revered'
    (unnamed_quantifiers, "آخرين", "ar", "fa"),  # «آخرین»: 'last'
    (outlet_heads, "موقع", "ar", "fa"),  # «به موقع»: 'in time'
    (apposition_heads, "ولي", "ar", "fa"),  # «ولی»: 'but'
    (relation_words, "وکیل", "fa", "ar"),  # «وكيل وزارة»: a deputy's post
])
def test_colliding_rows(words, word: str, own: str, other: str) -> None:
    assert fold(word) in words(own) and fold(word) not in words(other)


def test_arabic_relation_words_leave_the_persian_rows_out() -> None:
    assert fold("وکیل") not in arabic_relation_words()
    assert fold("والد") in arabic_relation_words()


@pytest.mark.parametrize("name", TAGGED_LISTS)
def test_tagged_rows_name_a_language(name: str) -> None:
    rows = load_tsv(name)
    assert all(len(row) == 1 or (len(row) == 2 and row[1] in ("fa", "ar")) for row in rows)
    assert listed_keys(name) == listed_keys(name, "fa") | listed_keys(name, "ar")


def test_for_language() -> None:
    assert for_language(("کل",), "ar") and for_language(("کل", "fa"), None)
    assert for_language(("کل", "fa"), "fa") and not for_language(("کل", "fa"), "ar")



def test_a_persian_quote_of_the_revered_one_is_no_unnamed_persons() -> None:
    """«معظم له گفت»: Persian «معظم» 'revered' names someone known, not Arabic «معظم»
    'most', an unnamed quantifier; so the next quote's name is not lent back to it
    (``quote_turns._one_unnamed`` reads the list in the text's language). Review of
    1f10988 (review_b, session 20); sentences written for this test."""
    from doc_builders import quotes_split

    text = ("معظم له گفت: تعداد این بیماران رو به افزایش است.\n"
            "محسن نراقی با بیان اینکه جراحان اندک‌اند، اظهار داشت: بیمه باید هزینه را بدهد.")
    speakers = [q.speaker.text if q.speaker else None
                for q in quotes_split(text, "fa", [("محسن نراقی", "PER")])]
    assert speakers == [None, "محسن نراقی"]
