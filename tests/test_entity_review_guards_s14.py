"""Guards of session 14's (2026-12-06) Persian entity rules that no test held (reviewer A:
each guard removed in a worktree, the session's tests still passed). Sentences written for
these tests; the entities are given by hand."""

from __future__ import annotations

from dataclasses import replace

from doc_builders import tagged

from khabar.entities.gazetteer import words
from khabar.entities.persian_field_posts import drop_post_fields
from khabar.entities.persian_holy_titles import without_holy_titles
from khabar.entities.persian_untagged_names import untagged_persons
from khabar.kb.entries import KnowledgeBase


def test_only_the_taggers_organisation_after_a_post_is_a_field() -> None:
    # persian_field_posts: the tagger (ARMAN) tags a minister's field as a body; an
    # organisation another rule read after the post word is that rule's, and stays
    text = "وزیر نیرو و وزیر نیرو گفتند."
    first = tagged(text, "نیرو", "ORG")
    second = replace(first, start=text.rindex("نیرو"), end=text.rindex("نیرو") + 4,
                     source="listed")
    out = drop_post_fields(words(text), [first, second], KnowledgeBase.of([]))
    assert [(e.start, e.source) for e in out] == [(second.start, "listed")]


def test_a_reference_opening_on_a_holy_title_keeps_its_words() -> None:
    # persian_holy_titles: a pronoun or a role phrase resolved to a person is a reference,
    # no name to cut; only names lose the title
    text = "امام خمینی گفت و امام خمینی آمد."
    name = tagged(text, "امام خمینی")
    again = text.rindex("امام خمینی")
    role = replace(name, start=again, end=again + len("امام خمینی"), source="role")
    out = without_holy_titles(text, words(text), [name, role])
    assert [(e.text, e.source) for e in out] == [("خمینی", "title"), ("امام خمینی", "role")]


def test_a_two_letter_given_name_opens_no_untagged_person() -> None:
    # persian_untagged_names: «جو» (barley) is a listed given name of two letters; the
    # existing case «جو دوسر مفید است» was refused by the name-end guard alone
    text = "خبر\nجو دوسر، مفید است."
    assert [e.text for e in untagged_persons(text, words(text), [])] == []
