"""Speed shortcuts of session 13 (2026-12-05), issue 8: each gives what the plain loop it
replaced gives. The plain loops are written out here as the reference."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.entities.gazetteer import Word, words
from khabar.entities.persian_rules import (
    _key,
    _longest_name,
    _outlet_names,
    _outlet_prefixes,
    name_runs,
)
from khabar.entities.persian_tidy import is_word
from khabar.events.lexicon import (
    Alternative,
    Trigger,
    _match_alternative,
    _State,
    clause_words,
    match_segment,
    triggers,
)
from khabar.meta.outlets import outlets

# -- trigger segments: only the alternatives a word can open are tried ------------------


def every_alternative(text: str, tokens: Sequence[Word], j: int,
                      segment: tuple[Alternative, ...], strip: bool,
                      spaced: bool) -> _State | None:
    """``match_segment`` as it was: every alternative, longest first."""
    for alt in sorted(segment, key=len, reverse=True):
        state = _match_alternative(text, tokens, j, alt, strip, spaced)
        if state is not None:
            return state
    return None


def trigger_texts(trigger: Trigger) -> list[str]:
    """A trigger's alternatives written out, with a word before, spaced pieces for the
    ZWNJ (Persian writes «گفت‌وگو» as «گفت و گو»), a glued «و» (Arabic), a comma after."""
    texts = []
    for segment in trigger.pattern.split(" … "):
        for alt in segment.split("|"):
            plain = alt.replace("*", "ها")
            texts += [f"او {plain} کرد، و", f"{plain.replace(chr(0x200c), ' ')} شد",
                      f"قال و{plain} ثم"]
    return texts


def check_segments(lang: str, step: int) -> int:
    """Every ``step``-th trigger's texts against its own segments and the next trigger's."""
    checked = 0
    listed = triggers(lang)
    for n in range(0, len(listed), step):
        segments = listed[n].segments + listed[(n + 1) % len(listed)].segments
        for text in trigger_texts(listed[n]):
            tokens = clause_words(text)
            for segment in segments:
                for j in range(len(tokens) + 1):
                    for strip, spaced in ((False, False), (True, False), (False, True)):
                        assert match_segment(text, tokens, j, segment, strip, spaced) == \
                            every_alternative(text, tokens, j, segment, strip, spaced)
                        checked += 1
    return checked


def test_persian_segments_match_as_trying_every_alternative() -> None:
    assert check_segments("fa", 2) > 1000


def test_arabic_segments_match_as_trying_every_alternative() -> None:
    assert check_segments("ar", 6) > 1000


# -- listed names: only words whose key starts a name are looked at ----------------------


def runs_word_by_word(text: str, tokens: Sequence[Word], limit: int, names: set[str],
                      prefixes: frozenset[str]) -> list[tuple[int, int]]:
    """``name_runs`` as it was: a loop over every token."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        word, single = tokens[i], tokens[i].text
        key = (word.folded if len(single) > 1 or single.isalnum()
               else _key(text, tokens, i, i + 1))
        if not (is_word(word) and key in prefixes):
            i += 1
            continue
        end = _longest_name(text, tokens, i, limit, names, prefixes)
        if end is None:
            i += 1
        else:
            found.append((i, end))
            i = end
    return found


OUTLETS = sorted(name for outlet in outlets().by_id.values() for name in outlet.names
                 if not name.isascii())[:60]
"""Outlet names as written (several words, some with a ZWNJ)."""
PIECES = ["خبرگزاری", "ایرنا", "فارس", "تسنیم", "ـ", "-", "،", "«", "»", ".", "\u200c", "و",
          "گفت", "به", "گزارش", "5", "a", "ی", "ها"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + OUTLETS), max_size=25),
       st.lists(st.sampled_from(["", " "]), min_size=25, max_size=25))
def test_name_runs_find_what_the_word_by_word_loop_finds(pieces: list[str],
                                                         gaps: list[str]) -> None:
    text = "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=False))
    tokens = words(text)
    names, prefixes = set(_outlet_names()), _outlet_prefixes()
    for limit in (1, 3, 6):
        assert name_runs(text, tokens, limit, names, prefixes) == \
            runs_word_by_word(text, tokens, limit, names, prefixes)
