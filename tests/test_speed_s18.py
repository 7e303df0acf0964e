"""Speed shortcuts of session 18 (2026-12-06), issue 8: each gives what the plain way it
replaced gives.

- The trigger matcher tries at a word only the triggers whose first two words can match
  that word and the next (``lexicon._openers``); the hits are those of trying every
  trigger that opens with the word.
- ``words`` keeps the last few long texts tokenized, so a long line of the document
  tokenized whole does not push the document out.
- ``meta.lexicon.for_matching`` is remembered for the last texts.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.entities import words as words_module
from khabar.entities.words import SHORT_TEXT, words
from khabar.events import lexicon
from khabar.events.lexicon import clause_words, find_triggers, triggers
from khabar.meta.lexicon import for_matching

FILLERS = {
    "fa": ["وزیر", "خارجه", "ایران", "گفت", "که", "این", "را", "و", "،", ".", "«", "»", "می",
           "شود", "کرد", "داد", "گرفت"],
    "ar": ["وزير", "الخارجية", "إيران", "قال", "إن", "هذا", "و", "،", ".", "«", "»", "في",
           "على", "مع", "عن"],
}


@cache
def vocabulary(lang: str) -> tuple[str, ...]:
    """The words of the language's trigger rows (each piece of a word written with a
    ZWNJ too, as Persian may write it spaced), and a few others."""
    found: set[str] = set(FILLERS[lang])
    for trigger in triggers(lang):
        for segment in trigger.pattern.split(" … "):
            for alternative in segment.split("|"):
                for word in alternative.split():
                    if word.startswith("{"):
                        continue
                    word = word.rstrip("*")
                    found.add(word)
                    found.update(piece for piece in word.split("\u200c") if piece)
    if lang == "ar":  # a proclitic on the first word («وأعلن», «بالهجوم»)
        found.update("و" + w for w in list(found)[:200])
    return tuple(sorted(found))


def plain_triggers(text: str, lang: str) -> list[lexicon.TriggerHit]:
    """``find_triggers`` trying every trigger that opens with each word."""
    tokens = clause_words(text)
    saved = lexicon._openers
    lexicon._openers = lambda folded, following, lang: lexicon._candidates_of(folded, lang)  # type: ignore[assignment]
    try:
        return find_triggers(text, tokens, lang)
    finally:
        lexicon._openers = saved


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_openers_find_what_every_candidate_finds(lang: str) -> None:
    words_of = st.lists(st.sampled_from(vocabulary(lang)), min_size=1, max_size=14)

    @settings(max_examples=300, deadline=None)
    @given(words_of)
    def check(chosen: list[str]) -> None:
        text = " ".join(chosen)
        assert find_triggers(text, clause_words(text), lang) == plain_triggers(text, lang)

    check()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر خارجه ایران به شدت این حمله را محکوم کرد و به سفر خود به مسکو ادامه داد.", "fa"),
        ("رئیس جمهور با همتای خود دیدار و گفت و گو کرد.", "fa"),
        ("وزیران دو کشور درباره این موضوع گفت و گو کردند.", "fa"),  # the first word spaced
        ("دولت در این شهر منع رفت و آمد اعلام کرد.", "fa"),  # the second word spaced
        ("وأعلن وزير الخارجية عن زيارته إلى موسكو وأدان الهجوم", "ar"),
    ],
)
def test_openers_on_sentences(text: str, lang: str) -> None:
    hits = find_triggers(text, clause_words(text), lang)
    assert hits == plain_triggers(text, lang)
    assert hits


def test_the_next_word_rules_out_most_triggers_that_open_with_a_word() -> None:
    opening = lexicon._candidates_of("به", "fa")
    kept = lexicon._openers("به", "شدت", "fa")
    assert len(kept) < len(opening) // 2
    assert set(kept) <= set(opening)
    # no word after it: only a one-word start (a gap after it, a light verb) is left
    assert all(any(len(alt) == 1 for alt in t.segments[0])
               for t in lexicon._openers("به", None, "fa"))


LONG = "همکاری‌های ایران و پاکستان ۲٫۵ درصد، " * 12


def test_a_long_line_tokenized_whole_leaves_the_document_in_place(monkeypatch) -> None:
    text = LONG + "سرلشکر باقری گفت."
    whole = words(text)
    line = text[: SHORT_TEXT + 20]
    assert len(line) > SHORT_TEXT
    words(line)  # a rule reads a long line of the document whole
    monkeypatch.setattr(words_module, "_tokenized", None)  # any tokenizing now fails
    assert words(text, whole[-4].start, len(text)) == whole[-4:]
    assert words(text) == whole


def test_for_matching_is_remembered() -> None:
    text = "دوشنبه ۱ بهمن ۱۴۰۳ - ۰۹:۵۳ ، كتب الصحفي في يوم الاثنين " * 10
    first = for_matching(text)
    assert len(first) == len(text)
    assert for_matching(text) is first
