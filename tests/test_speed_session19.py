"""Fewer passes over every word (issue 8, session 19 (2026-12-06), engineer speed): the
same answers as the plain scans. Sentences written for these tests."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.arabic_word_persons import _inside
from khabar.entities.words import words
from khabar.kb.short_bodies import _bare, first_words, short_names

TEXT = ("وقال محمد العتيبي رئيس نادي الهلال ووزارة الصحة إن والشمري وفهد "
        "التقيا في فريق النصر، وقالت قوات التحالف في بيان للتحالف إن وزارة التجارة "
        "والصناعة و«الهيئة العامة للرياضة» تعمل مع شركة أرامكو السعودية.")


def test_words_inside_an_entity_by_binary_search() -> None:
    tokens = words(TEXT)
    starts = [w.start for w in tokens]
    for first in range(len(tokens)):
        for last in range(first, min(first + 4, len(tokens))):
            e = Entity(tokens[first].start, tokens[last].end, type="PER", text="")
            plain = [w for w in tokens if e.start <= w.start and w.end <= e.end]
            assert list(_inside(tokens, starts, e)) == plain
    inner = Entity(tokens[1].start + 1, tokens[3].end - 1, type="PER", text="")
    assert list(_inside(tokens, starts, inner)) == [tokens[2]]


def test_short_names_open_only_at_their_first_words() -> None:
    names = short_names("ar")
    firsts = first_words("ar")
    assert firsts == {key[0] for key in names}
    opening = [w.text for w in words(TEXT) if _bare(w.folded, True) in firsts]
    assert "قوات" in opening and "للتحالف" in opening
    assert "محمد" not in opening
