"""Gulf given names counted in the corpus (session 22, ``given_names_ar.txt``): such a name
right before a tagger's person is its first word, and such a name before a family word in
«ال» that no entity holds is a person (``name_extent.complete_given_names``).
Sentences written for these tests; the tagger's output is given by hand, so no test depends
on a trained model."""

from __future__ import annotations

from doc_builders import tagged

from khabar.entities.gazetteer import words
from khabar.entities.name_extent import complete_given_names


def completed(text: str, phrase: str) -> list[str]:
    tokens = words(text)
    return [e.text for e in complete_given_names(text, tokens, [tagged(text, phrase)])]


def test_a_counted_gulf_given_name_before_the_tagger_person_is_its_first_word() -> None:
    text = "والمصابون عبدالله الحبابي، ومرزوق رجاء الدساسمة في المستشفى."
    assert completed(text, "رجاء الدساسمة") == ["مرزوق رجاء الدساسمة"]


def test_a_counted_gulf_given_name_and_a_family_word_are_a_person() -> None:
    text = "وقال خالد الفيصل إن مفرح السويلمي شرح الصور."
    assert completed(text, "خالد الفيصل") == ["خالد الفيصل", "مفرح السويلمي"]


def test_a_common_word_folded_like_a_name_is_left_out() -> None:
    # «مناحي» is 'aspects', «سائر» 'all' folds like the name «ساير»: neither is listed
    text = "وقال خالد الفيصل إن التطور شمل مناحي الحياة وسائر المسلمين."
    assert completed(text, "خالد الفيصل") == ["خالد الفيصل"]
