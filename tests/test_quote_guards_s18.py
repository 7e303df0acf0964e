"""A guard of Arabic quote speakers that no test held (session 17's review B, mutant Q6:
``quote_subjects._definite_body``'s head with the article), session 18 (2026-12-06),
issue 6, engineer reliability. Sentences written for these tests."""

from __future__ import annotations

from doc_builders import arabic_quote_speakers as _speakers


def test_a_body_noun_with_the_article_heads_no_construct() -> None:
    """A construct's head never takes the article: «الشركة منتصف الأسبوع الماضي» is the
    company and a time (it spoke in the middle of last week), no body named «… منتصف
    الأسبوع الماضي» (Q6: without the guard that was the speaker)."""
    text = "وارتفعت الأسعار. وقالت الشركة منتصف الأسبوع الماضي إن المخزونات انخفضت."
    assert _speakers(text, []) == [("المخزونات ", None)]
