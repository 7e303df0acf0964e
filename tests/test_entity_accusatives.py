"""A word written with tanween (the accusative ـاً of adverbs and participles) is no name."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Entity
from khabar.entities.accusatives import drop_accusatives


@pytest.mark.parametrize(
    "text",
    [
        "تلقى الوزير اتصالاً هاتفياً من نظيره، داعياً إلى الحوار.",
        "أجرى المدير اتصالًا هاتفيًا مع الشركة.",  # the mark before the alef
        "وقد أصبح أباً لثلاثة أطفال.",
    ],
)
def test_no_entity_ends_in_tanween(text: str) -> None:
    found = [e.text for e in khabar.process(text).entities]
    assert not any(w in t for t in found for w in ("هاتفي", "داعي", "أب")), found


def test_a_name_followed_by_a_word_is_kept() -> None:
    text = "زار الوزير سوريا أمس، ثم التقى مسؤولاً تركياً."
    syria, turkish = text.index("سوريا"), text.index("تركيا")
    entities = [Entity(syria, syria + 5, type="LOC"), Entity(turkish, turkish + 5, type="LOC")]
    assert [e.start for e in drop_accusatives(text, entities)] == [syria]


def test_a_span_cut_before_the_accusative_alef_is_dropped() -> None:
    """The tagger may stop a word before its «اً»: the mark after the alef still counts."""
    text = "أجرى الوزير اتصالاً هاتفياً أمس."
    phone = text.index("هاتفي")
    assert drop_accusatives(text, [Entity(phone, phone + len("هاتفي"), type="LOC")]) == []
