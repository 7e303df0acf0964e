"""A role noun followed by a relative clause (review of session 13 (2026-12-05), engineer
review_b): «وقال المدافع الذي ...» names no one new, so the defender named before speaks;
without ``clause_particles`` in ``quote_subjects._names_more`` the clause's verb was read
as a name the entity stage missed and the quote lost its speaker. Sentences written for
this test."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.quotes import find_quotes


def test_role_then_a_relative_clause() -> None:
    text = ("أكد مدافع مانشستر يونايتد ريو فرديناند أن الفريق قادر على المنافسة. وقال "
            "المدافع الذي اعتزل اللعب العام الماضي إن «الموسم سيكون صعبا».")
    doc = doc_with(text, "ar", [("ريو فرديناند", "PER")])
    speakers = [q.speaker.text if q.speaker else None for q in find_quotes(doc)]
    assert speakers == ["ريو فرديناند", "ريو فرديناند"]
