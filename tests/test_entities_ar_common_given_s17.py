"""Arabic given names that are also common words (issue 5, session 17 (2026-12-06),
engineer ent_ar_fp): a two-word person the given-name rule reads from «حسن», «عمر», «جو»,
«صالح»… stands only where the tagger reads a person over it too
(entities/arabic_common_given). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_common_given import confirm_common_given
from khabar.entities.words import words


def _span(text: str, name: str, source: str, kind: str = "PER") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, key=f"per:{name}",
                  source=source)


@pytest.mark.parametrize(("text", "name"), [
    ("توفي الفنان عن عمر يناهز 68 عاما بعد صراع مع المرض.", "عمر يناهز"),
    ("يمارسون حياتهم في جو يسوده الأمن والاستقرار.", "جو يسوده"),
    ("نسأل الله أن يتقبل من الجميع صالح أعمالهم.", "صالح أعمالهم"),
])
def test_a_common_word_pair_the_tagger_does_not_read_is_dropped(text: str, name: str) -> None:
    assert confirm_common_given(words(text), [_span(text, name, "given_name")], []) == []


@pytest.mark.parametrize(("text", "name", "model", "source", "why"), [
    ("وقال رضا ضراب إن الشحنات وصلت.", "رضا ضراب", "رضا ضراب", "given_name",
     "the tagger reads the person too"),
    ("وقال رضا ضراب إن الشحنات وصلت.", "رضا ضراب", None, "title",
     "not the given-name rule's"),
    ("وقال حسن ناصر بشيري إن الحدود آمنة.", "حسن ناصر بشيري", None, "given_name",
     "three words: a name's run, not a phrase"),
    ("وقال محمد يناهز إن الحدود آمنة.", "محمد يناهز", None, "given_name",
     "a given name that is no common word"),
])
def test_names_that_stay(text: str, name: str, model: str | None, source: str,
                         why: str) -> None:
    found = [_span(text, name, source)]
    tagged = [_span(text, model, "crf")] if model else []
    assert confirm_common_given(words(text), found, tagged) == found, why
