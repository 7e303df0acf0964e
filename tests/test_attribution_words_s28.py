"""The longest outlet cue, «گفت و گو با», is four words: a lead-in opening with it, written
with spaces, cites an outlet like any shorter cue (session 28, the lead: the window was
three words, so this cue was never read)."""

from __future__ import annotations

from khabar.entities.gazetteer import words
from khabar.entities.persian_quoted_speech import outlet_cues, past_attribution
from khabar.entities.words import phrase_key
from khabar.events.quote_untagged_fa import _cites_outlet


def test_the_longest_cue_is_listed_and_four_words() -> None:
    assert phrase_key("گفت و گو با") in outlet_cues()


def test_a_lead_in_opening_with_the_spaced_cue_starts_after_its_comma() -> None:
    text = "گفت و گو با خبرنگار ما، وزیر گفت"
    tokens = words(text, 0, len(text))
    assert past_attribution(tokens, 0) == text.index("،") + 1


def test_a_paragraph_with_the_spaced_cue_cites_an_outlet() -> None:
    assert _cites_outlet("وی در گفت و گو با ما افزود که کار ادامه دارد.")
