"""Persian quotes (session 14, 2026-12-06, issue 6). Sentences written for these tests."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.quotes import find_quotes


def test_dialogue_written_with_a_space_is_no_speech_verb() -> None:
    """«گفت وگو» (dialogue) written with a space: «گفت» is the noun's first half, and the
    quote is the one of «افزود» after it, with its own speaker."""
    text = ("رضا رهگذر نویسنده معاصر در گفت وگویی با خبرنگار ما افزود: تئاتر و سینما "
            "هنرهای مرکب هستند.")
    doc = doc_with(text, "fa", [("رضا رهگذر", "PER")])
    quotes = [(q.verb, q.text[:12], q.speaker.text if q.speaker else None)
              for q in find_quotes(doc)]
    assert quotes == [("افزود", "تئاتر و سینم", "رضا رهگذر")]
