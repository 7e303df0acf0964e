"""Twins mended in session 25 (2026-12-07), engineer mend5: one shared piece where two
modules each kept a copy."""

from __future__ import annotations

from pathlib import Path

import pytest

import khabar
from khabar.entities import arabic_club_words, arabic_foreign_clubs
from khabar.entities.arabic_club_words import listed_word
from khabar.entities.words import words
from khabar.stories import headline_words, markets, topic

LISTED = frozenset({"تم", "في", "النصر"})


@pytest.mark.parametrize(("written", "listed"), [
    ("وتم", True),      # a glued «و» on a two-letter word the proclitics leave whole
    ("وفي", True),
    ("فتم", True),      # «ف» too
    ("والنصر", True),   # a proclitic the variants read
    ("ؤتم", False),     # a hamza seat folds to «و» but is no conjunction
    ("تمت", False),
])
def test_a_word_is_listed_a_proclitic_allowed(written: str, listed: bool) -> None:
    [word] = words(written)
    assert listed_word(word, LISTED) is listed


def test_the_foreign_clubs_read_listed_words_as_the_club_words_do() -> None:
    # one reading, not a hand copy in each module
    assert not hasattr(arabic_foreign_clubs, "_listed")
    assert arabic_foreign_clubs.listed_word is arabic_club_words.listed_word


def test_a_lead_is_read_from_an_opening_of_twenty_characters_a_word() -> None:
    text = "كلمة " * 400
    assert headline_words.opening(text, topic.LEAD_WORDS) == text[:600]
    assert headline_words.opening(text, markets.LEAD_WORDS) == text[:1000]
    assert headline_words.opening(None, 5) == ""
    assert not hasattr(topic, "LEAD_CHARS") and not hasattr(markets, "LEAD_CHARS")


def test_no_rule_replaces_what_a_new_body_overlaps_by_hand() -> None:
    # seven rules built «[e for e in out if e not in inside] + [Entity(...)]»: what
    # ``words.with_org`` / ``words.in_place_of_overlaps`` do
    package = Path(khabar.__file__).parent
    copies = [str(path.relative_to(package)) for path in sorted(package.rglob("*.py"))
              if "e not in inside] + [" in path.read_text(encoding="utf-8")]
    assert copies == []
