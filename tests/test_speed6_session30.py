"""The attribution formulas' pattern as one flat alternation, the same matches made
faster (issue 8, session 30 (2026-12-07), engineer speed6): nested as a group of two
alternations (the multi-word formulas, then the guarded single words), the pattern gave
``re`` no first characters to skip ahead by, so it was tried at every position of every
searchable line (half the sources stage). ``flat_alternation`` joins the tries'
alternatives into one, each opening with a literal, in the same order."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.meta import sources
from khabar.meta.alternation import MARK, RB, flat_alternation
from khabar.meta.lexicon import SPACE, alternation, for_matching
from khabar.resources import load_tsv


def _nested(multi: list[str], single: list[str]) -> re.Pattern[str]:
    """The formulas' pattern as it was written before: a group of two alternations."""
    return re.compile(f"(?P<f>{alternation(multi)}|{alternation(single, guard=True)})"
                      f"{RB}(?:{SPACE}*:)?")


def _flat(multi: list[str], single: list[str]) -> re.Pattern[str]:
    return re.compile(f"(?P<f>{flat_alternation((multi, False), (single, True))})"
                      f"{RB}(?:{SPACE}*:)?")


def _hits(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("f")) for m in pattern.finditer(text)]


def _formulas() -> tuple[list[str], list[str]]:
    multi, single = [], []
    for _lang, relation, _mode, phrase in load_tsv("meta/attribution.tsv"):
        if relation != "-":
            (multi if " " in phrase.strip() else single).append(phrase)
    return multi, single


def test_the_shipped_pattern_is_the_flat_alternation_of_the_formulas() -> None:
    multi, single = _formulas()
    assert multi and single
    assert sources._formulas().pattern.pattern == _flat(multi, single).pattern


def test_every_formula_in_context_matches_as_the_nested_pattern_matches() -> None:
    multi, single = _formulas()
    nested, flat = _nested(multi, single), _flat(multi, single)
    for phrase in multi + single:
        # alone, glued to the word before, inside a word, with a colon, a joiner after
        for text in (phrase, f"یابد{phrase} ایرنا،", f"الخبر {phrase}: واس", f"x{phrase}y",
                     f"({phrase}\u200cها)", f"{phrase.upper()} Reuters"):
            folded = for_matching(text)
            assert _hits(flat, folded) == _hits(nested, folded), text
        assert _hits(flat, for_matching(phrase)), phrase  # each formula alone is found


def test_an_empty_list_adds_nothing_and_no_list_never_matches() -> None:
    assert flat_alternation(([], False), (["منبع"], True)) == flat_alternation(
        (["منبع"], True))
    assert re.search(flat_alternation(), "منبع: ایرنا") is None
    assert re.search(flat_alternation(([], True)), "") is None


_PHRASES = st.lists(st.text(alphabet="ابن قلعa b.", min_size=1, max_size=6), max_size=6)
_TEXT = st.text(alphabet=f"ابن قلعa b.:\u200c\n{MARK}x", max_size=60)


@settings(max_examples=300, deadline=None)
@given(_PHRASES, _PHRASES, _TEXT)
def test_flat_and_nested_alternations_find_the_same_matches(
    multi: list[str], single: list[str], text: str
) -> None:
    assert _hits(_flat(multi, single), text) == _hits(_nested(multi, single), text)
