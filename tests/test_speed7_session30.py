"""The trigger lookup made cheaper with the same hits (issue 8, session 30 (2026-12-07),
engineer speed7): ``_openers`` tests the first word once per form (``_opening_needs``)
and the word after it against a set; a Persian segment is not tried at a word that is
none of its first words nor the start of one written in pieces; a light-verb
alternative is not tried at a word no form of the verb starts at."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from khabar.events import lexicon
from khabar.events.lexicon import (
    Alternative,
    Trigger,
    _candidates_of,
    _forms,
    _matches,
    _openers,
    _opening_needs,
    clause_words,
    compile_segments,
    match_segment,
    triggers,
)


def _reference_may_open(alt: Alternative, folded: str, following: str | None,
                        lang: str) -> bool:
    """``_openers``' test as it was written before, one alternative and pair at a time."""
    spaced = lang == "fa"
    if not alt or alt[0].startswith("{"):
        return True
    if not _matches(alt[0], _forms(folded) if lang == "ar" else (folded,)):
        return spaced and len(folded) < len(alt[0]) and alt[0].startswith(folded)
    if len(alt) == 1:
        return True
    second = alt[1]
    if following is None:
        return False
    return (second.startswith("{") or _matches(second, (following,))
            or (spaced and len(following) < len(second) and second.startswith(following)))


def _reference_openers(folded: str, following: str | None, lang: str) -> tuple[Trigger, ...]:
    return tuple(trigger for trigger in _candidates_of(folded, lang)
                 if any(_reference_may_open(alt, folded, following, trigger.lang)
                        for alt in trigger.segments[0]))


def _words_of(lang: str) -> Iterator[str]:
    """The triggers' own first and second words, their beginnings, and glued forms."""
    for trigger in triggers(lang):
        for alt in trigger.segments[0]:
            for element in alt[:2]:
                word = element.strip("{}*")
                yield from {word, word[:2], word[:-1], word + "ها", "و" + word, "ال" + word}


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_openers_are_those_the_pairwise_test_keeps(lang: str) -> None:
    words = sorted(set(_words_of(lang)))
    firsts = [w for w in words if _candidates_of(w, lang)]
    assert firsts
    followers: list[str | None] = [None, "", *words[::7]]
    for folded in firsts:
        for following in followers:
            assert _openers(folded, following, lang) == _reference_openers(
                folded, following, lang), (folded, following)


def test_a_trigger_that_opens_whatever_follows_needs_no_second_word() -> None:
    needs = [need for word in ("گفت", "دیدار") for _, need in _opening_needs(word, "fa")]
    assert None in needs


def test_a_persian_segment_is_not_tried_at_a_word_that_opens_none_of_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[int] = []
    real = lexicon._match_alternative

    def counting(*args: object, **kwargs: object) -> object:
        tried.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(lexicon, "_match_alternative", counting)
    text = "گفت و گو کردند"
    tokens = clause_words(text)
    segment = compile_segments("گفت‌وگو|مذاکره")[0]
    assert match_segment(text, tokens, 2, segment, False, spaced=True) is None
    assert not tried  # «گو» is neither word nor the start of one
    found = match_segment(text, tokens, 0, segment, False, spaced=True)
    assert found is not None and found.index == 3  # «گفت و گو» spells «گفت‌وگو»
