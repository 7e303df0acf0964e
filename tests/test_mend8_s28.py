"""Session 28 (2026-12-07), mend8: one piece of code where several places held the same logic,
and names that say how the tests that stay apart differ. Output-identical (600-article
contract dumps byte-identical, bench/mend8_session28_results.json).

- ``persian_described_bodies.generic_use`` (a head after a demonstrative, a number, an
  ordinal) is public: ``headline``, ``persian_acronyms`` and ``persian_named_after`` imported
  it as a private name;
- ``quote_words.is_feminine_past`` is the test that ``quote_feminine_subjects`` and
  ``quote_fronted`` each wrote; quote_fronted's looser count is its ``counting_proclitic``;
- ``text.arabic_article`` holds the article and the pattern of a word opening with it behind
  its proclitics, once; the rules' own tests of a definite word are named for what they take
  in, and differ as the table below shows;
- ``clusters.vocabulary_of`` and ``clusters.word_vectors`` serve ``embeddings``, which imported
  clusters' private steps and wrote the rest again;
- ``stage.compound_end`` and ``arabic_family_names.family_word`` are public: another module
  imported each as a private name.
"""

from __future__ import annotations

import pytest

from khabar.entities import (
    arabic_clitic_surnames,
    arabic_common_surnames,
    arabic_conjoined_words,
    arabic_family_names,
    arabic_phrase_persons,
    arabic_post_names,
    arabic_run_on_words,
    arabic_weak_title_names,
    clusters,
    embeddings,
    headline,
    persian_acronyms,
    persian_described_bodies,
    persian_named_after,
    stage,
)
from khabar.entities.gazetteer import words
from khabar.events import (
    arabic_condemned,
    arabic_forms,
    arabic_owners,
    arabic_posts,
    quote_feminine_subjects,
    quote_fronted,
    quote_words,
)
from khabar.text import arabic_article
from khabar.text.arabic_article import ARTICLE, opens_with_article
from khabar.train import person_common_words_ar


@pytest.mark.parametrize("text, generic", [
    ("مدیر این سازمان گفت", True),  # a demonstrative before the head
    ("مدیران 42 شرکت آمدند", True),  # a number before the head
    ("رئیس سازمان برنامه گفت", False),
])
def test_generic_use_is_public_and_shared(text: str, generic: bool) -> None:
    tokens = words(text)
    assert persian_described_bodies.generic_use(tokens, 2) is generic
    for module in (headline, persian_acronyms, persian_named_after):
        assert module.generic_use is persian_described_bodies.generic_use


@pytest.mark.parametrize("text, strict, counting_proclitic", [
    ("قالت", True, True),
    ("وقالت", True, True),  # «و» + four letters
    ("أدانت", True, True),
    ("وصلت", False, True),  # three letters after a «و» read as glued
    ("وبيت", False, True),
    ("بيت", False, False),  # too short either way: as often a noun
    ("قَالَت", False, True),  # marks on the word
    ("قالوا", False, False),
])
def test_feminine_past_one_function_two_counts(text: str, strict: bool,
                                               counting_proclitic: bool) -> None:
    word = words(text)[0]
    assert quote_words.is_feminine_past(word) is strict
    assert quote_words.is_feminine_past(word, counting_proclitic=True) is counting_proclitic
    for module in (quote_feminine_subjects, quote_fronted):
        assert module.is_feminine_past is quote_words.is_feminine_past


def test_the_article_is_one_constant_and_one_pattern() -> None:
    for module in (arabic_forms, arabic_conjoined_words, arabic_phrase_persons,
                   arabic_run_on_words):
        assert module.ARTICLE is ARTICLE
    assert arabic_common_surnames.opens_with_article is opens_with_article
    # the training pattern is the shared opening and the stem it counts
    assert person_common_words_ar.ARTICLE_STEM.pattern == (
        arabic_article.ARTICLE_OPENING + r"(\w{2,})$")
    assert person_common_words_ar.ARTICLE_STEM.match("والشؤون").group(1) == "شؤون"


# (word, opens_with_article, owners: no proclitic, condemned: ب/ل only,
#  posts: the clitic list, weak titles: the article as written, two letters in)
@pytest.mark.parametrize("text, opening, first, object_, behind_clitic, as_written", [
    ("المكتب", True, True, True, True, True),
    ("للأمم", True, False, True, True, True),  # the owner's «ل»: ends the subject
    ("بالقصف", True, False, True, True, True),  # «ندد بالقصف»: the object
    ("والمكتب", True, False, False, True, True),  # «و» opens another phrase
    ("كالعادة", True, False, False, True, True),
    ("إلى", True, True, True, True, False),  # folds to the article, not written with it
    ("بلدان", False, False, True, False, False),  # ب + ل read as a one-lam article
])
def test_the_definite_tests_differ_on_purpose(text: str, opening: bool, first: bool,
                                              object_: bool, behind_clitic: bool,
                                              as_written: bool) -> None:
    word = words(text)[0]
    assert opens_with_article(word.folded) is opening
    assert arabic_owners._article_first(word) is first
    assert arabic_condemned._definite_object(word) is object_
    assert arabic_posts._definite_behind_clitic(word) is behind_clitic
    assert arabic_weak_title_names._definite_behind_proclitic(word) is as_written


def test_clusters_and_embeddings_share_the_vector_steps() -> None:
    assert embeddings.word_vectors is clusters.word_vectors
    assert embeddings.vocabulary_of is clusters.vocabulary_of
    sentences = [["a", "b", "a"], ["b", "c", "a"], ["d"]]
    assert clusters.vocabulary_of(sentences, 2, 2) == ["a", "b"]
    assert clusters.vocabulary_of(sentences, 5, 2) == ["a", "b"]  # «c», «d» too rare


def test_private_names_used_elsewhere_are_public() -> None:
    assert arabic_clitic_surnames.compound_end is stage.compound_end
    assert stage.compound_end("عبد العزيز") and not stage.compound_end("سلمان العزيز")
    assert arabic_post_names.family_word is arabic_family_names.family_word
