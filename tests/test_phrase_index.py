"""``PhraseIndex`` finds what trying every length from the longest down finds: its
matcher only skips the lengths whose joint words begin no name written in parts."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.entities.gazetteer import PhraseIndex, clitic_variants
from khabar.entities.phrases import WORD_GAP
from khabar.entities.words import Word, words

VOCABULARY = ("اسلام", "آباد", "ال", "والاسلام", "بن", "سلمان", "محمد", "کرد", "،", "-")


def joined_run(text: str, tokens: Sequence[Word], i: int, limit: int) -> int:
    """How many words from ``i`` (at most ``limit``) are letters separated only by spaces
    or joiners."""
    if limit <= 0 or not tokens[i].text[0].isalnum():
        return 0
    n = 1
    while n < limit and tokens[i + n].text[0].isalnum() and WORD_GAP.fullmatch(
            text, tokens[i + n - 1].end, tokens[i + n].start):
        n += 1
    return n


def may_start(index: PhraseIndex[int], head: str) -> bool:
    """Whether a name written in parts begins with the word's first four letters."""
    return bool(head) and any(key.startswith(head[:4]) for key in index._splittable)


def every_length(index: PhraseIndex[int], text: str, tokens: Sequence[Word], i: int,
                 strip: bool) -> tuple[int, int, int] | None:
    """The longest name at word ``i``, trying every length (the matcher before it
    learned to skip lengths)."""
    if index.cannot_start(tokens[i], strip):
        return None
    variants = clitic_variants(tokens[i]) if strip else ((0, tokens[i].folded),)
    starters = [v for v in variants if may_start(index, v[1])]
    longest = min(index.max_words, len(tokens) - i) if starters else 1
    for n in range(joined_run(text, tokens, i, longest), 0, -1):
        tail = "".join(w.folded for w in tokens[i + 1 : i + n])
        for skip, head in variants if n == 1 else starters:
            value = index.get_keyed(head + tail)
            if value is not None and (n == 1 or head + tail in index._splittable):
                return tokens[i].start + skip, tokens[i + n - 1].end, value
    return None


phrases = st.lists(st.sampled_from(VOCABULARY[:8]), min_size=1, max_size=4).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(phrases, min_size=1, max_size=8), st.booleans(), st.data())
def test_match_at_finds_the_longest_name_any_length_would(
        names: list[str], strip: bool, data: st.DataObject) -> None:
    index: PhraseIndex[int] = PhraseIndex()
    for value, name in enumerate(names):
        index.add(name, value)
    pieces = st.one_of(st.sampled_from(VOCABULARY), st.sampled_from(names),
                       st.sampled_from(names).map(lambda name: "و" + name))
    text = " ".join(data.draw(st.lists(pieces, max_size=8)))
    tokens = words(text)
    for i in range(len(tokens)):
        found = index.match_at(text, tokens, i, strip)
        expected = every_length(index, text, tokens, i, strip)
        assert (None if found is None else (found.start, found.end, found.value)) == expected


def test_a_name_written_in_parts_is_found_across_a_space_and_a_joiner() -> None:
    index: PhraseIndex[str] = PhraseIndex()
    index.add("اسلام آباد", "Islamabad")
    for name in ("اسلام آباد", "اسلام\u200cآباد", "اسلامآباد"):
        text = f"به {name} رفت"
        found = index.find_all(text, words(text))
        assert [(m.value, text[m.start:m.end]) for m in found] == [("Islamabad", name)]


def test_of_two_names_as_long_the_word_as_written_wins_over_its_stripped_form() -> None:
    index: PhraseIndex[str] = PhraseIndex()
    index.add("الاسلام آباد", "stripped")
    index.add("والاسلام آباد", "as written")
    text = "والاسلام آباد"
    found = index.match_at(text, words(text), 0, strip_clitics=True)
    assert found is not None and (found.start, found.value) == (0, "as written")
