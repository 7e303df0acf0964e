"""Session 29 (2026-12-07), mend10: session 29's new quote code reads its letters and endings
from the constants that name them. Output-identical (600-article contract dumps
byte-identical, bench/mend10_session29_results.json).

- ``quote_words.NISBA_ENDINGS`` is the nisba test that ``quote_definite_bodies._naming`` and
  ``quote_subjects._definite_body`` each wrote as the literal ``("يه", "ي")``;
- ``quote_definite_bodies`` reads the article from ``text.arabic_article.ARTICLE`` and names
  its prepositions (``IN``, ``AT``, ``OF``) beside its other settings;
- ``quote_definite_bodies._heads_no_body`` is the head test that ``definite_body`` held
  inline;
- ``text.persian_function_words.FROM`` is the key of «از» that ``events.arguments`` (new this
  session) and six other modules each declared, and ``persian_readings`` wrote as a literal;
- ``persian_described_bodies.parent_body_heads`` is public, and ``persian_repeated_bodies``
  (new this session) reads it instead of a copy of its own;
- ``text.persian_function_words.OBJECT_MARK`` is the key of «را», which
  ``persian_repeated_bodies`` (new this session) declared as ``OBJECT_MARKER`` and twelve
  other modules declared (``OBJECT``, ``OBJECT_MARK``) or wrote as a literal;
- ``arabic_family_names`` (new this session) reads the article from ``text.arabic_article``
  and the common-word given names through ``arabic_common_given.common_word_given_names``.
"""

from __future__ import annotations

import importlib

import pytest

from khabar.entities.gazetteer import Word, words
from khabar.events import quote_definite_bodies, quote_subjects, quote_words


def _word(text: str) -> Word:
    (word,) = words(text)
    return word


@pytest.mark.parametrize(("text", "nisba"), [("الصحية", True), ("الوحداوية", True),
                                             ("حكومي", True), ("العاملة", False)])
def test_nisba_endings_on_folded_words(text: str, nisba: bool) -> None:
    assert _word(text).folded.endswith(quote_words.NISBA_ENDINGS) is nisba


def test_definite_body_rules_share_the_nisba_endings() -> None:
    assert quote_subjects.NISBA_ENDINGS is quote_words.NISBA_ENDINGS
    assert quote_definite_bodies.NISBA_ENDINGS is quote_words.NISBA_ENDINGS


@pytest.mark.parametrize(("text", "no_body"), [("المصادر", True), ("الفريق", True),
                                               ("الجوازات", False), ("الإدارة", False)])
def test_heads_no_body(text: str, no_body: bool) -> None:
    assert quote_definite_bodies._heads_no_body(_word(text)) is no_body


def test_prepositions_are_settings() -> None:
    assert (quote_definite_bodies.AT, quote_definite_bodies.OF) == ("ب", "ل")
    assert _word("في").folded == quote_definite_bodies.IN


@pytest.mark.parametrize("module", ["khabar.entities.datelines", "khabar.events.arguments",
                                    "khabar.events.persian_addressees",
                                    "khabar.events.persian_asked", "khabar.events.persian_groups",
                                    "khabar.events.persian_partners",
                                    "khabar.events.persian_readings",
                                    "khabar.events.persian_welcomes"])
def test_persian_from_has_one_home(module: str) -> None:
    """«از» is keyed once, in ``text.persian_function_words``; the rules that compare a word
    with it read that constant."""
    from khabar.text import persian_function_words

    assert importlib.import_module(module).FROM is persian_function_words.FROM
    assert _word("از").folded == persian_function_words.FROM


def test_parent_heads_read_once() -> None:
    """``persian_repeated_bodies`` (new this session) read ``parent_heads_fa.tsv`` as
    ``persian_described_bodies`` did, in a private copy; it reads the public one."""
    from khabar.entities import persian_described_bodies, persian_repeated_bodies

    heads = persian_described_bodies.parent_body_heads()
    assert persian_repeated_bodies.parent_body_heads is persian_described_bodies.parent_body_heads
    assert _word("وزارت").folded in heads
    assert not hasattr(persian_repeated_bodies, "_parent_heads")


@pytest.mark.parametrize("module", ["khabar.entities.persian_national_bodies",
                                    "khabar.entities.persian_repeated_bodies",
                                    "khabar.events.light_ellipsis", "khabar.events.participants",
                                    "khabar.events.persian_asked", "khabar.events.persian_groups",
                                    "khabar.events.persian_objects",
                                    "khabar.events.persian_phrases",
                                    "khabar.events.persian_readings",
                                    "khabar.events.persian_welcomes",
                                    "khabar.events.quote_persian", "khabar.events.stance_owners",
                                    "khabar.events.support_verbs"])
def test_persian_object_mark_has_one_home(module: str) -> None:
    """«را» is keyed once, in ``text.persian_function_words``, where thirteen modules keyed
    or wrote it under three names."""
    from khabar.text import persian_function_words

    assert importlib.import_module(module).OBJECT_MARK is persian_function_words.OBJECT_MARK
    assert _word("را").folded == persian_function_words.OBJECT_MARK


def test_family_names_read_shared_article_and_common_given() -> None:
    """``arabic_family_names`` (ent_ar14, new this session) wrote the article again and
    read ``common_word_given_names_ar.txt`` by a path constant of its own, as
    ``arabic_common_given`` does; it reads ``text.arabic_article.ARTICLE`` and
    ``arabic_common_given.common_word_given_names``."""
    from khabar.entities import arabic_common_given, arabic_family_names
    from khabar.text import arabic_article

    assert arabic_family_names.ARTICLE is arabic_article.ARTICLE
    common = arabic_common_given.common_word_given_names
    assert arabic_family_names.common_word_given_names is common
    assert not hasattr(arabic_family_names, "COMMON_GIVEN")
    assert _word("صالح").folded in common()
