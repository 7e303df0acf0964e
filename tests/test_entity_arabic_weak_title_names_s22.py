"""An unlisted two-word name after the weak rank «الفريق» (issue 5, session 22, ent_ar3)."""

from __future__ import annotations

import khabar


def _persons(text: str) -> list[str]:
    return [e.text for e in khabar.process(text, meta={}).entities if e.type == "PER"]


def test_unlisted_name_after_rank_is_kept() -> None:
    persons = _persons("وقال الفريق مهاب مميش رئيس هيئة قناة السويس إن العمل مستمر.")
    assert "مهاب مميش" in persons


def test_team_before_verb_or_definite_word_is_no_person() -> None:
    for text in ("وفاز الفريق الأول على منافسه.", "وحقق الفريق فوزه الثالث.",
                 'وقال المدرب: "الفريق يعج بالأسماء المميزة".'):
        assert _persons(text) == [], text


def test_word_written_twice_is_no_name() -> None:
    assert _persons("وزار امير عسير عسير المحافظة.") == []


def test_other_weak_titles_keep_no_unlisted_name() -> None:
    assert _persons("وتعيد هوية العميد كبطل بمشيئة الله.") == []
