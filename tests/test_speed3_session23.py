"""Throughput, session 23 (2026-12-07), engineer speed3 (issue 8): the same answers with
less repeated work. Words are tokenized without a match object each; the Persian club
lists and pairs are looked for only where a head's first word stands; the linker strips a name's
titles once. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from khabar.entities import persian_club_lists, persian_club_pairs
from khabar.entities import words as words_module
from khabar.entities.persian_club_lists import club_lists
from khabar.entities.persian_club_pairs import club_pairs
from khabar.entities.titles import titles
from khabar.entities.words import key_and_parts, words
from khabar.errors import ResourceError
from khabar.kb import link
from khabar.normalize.fold import fold_word
from khabar.text.tokens import token_starts, token_texts, tokenize

# white space and «_» between words, a ZWNJ inside and alone, a decimal number, a tatweel,
# marks before and inside words, Latin and punctuation glued on
TRICKY = [
    "همکاری‌ها  با_ما ۲٫۵ درصد \u200c («الرياض» - واس)__x",
    "_a_b_ \t\n  ـ \u064bقال\u064b 3.5/7 U.S. فی‌المثل،",
    "",
    "   ",
    "_",
    "عبدالله ـ رحمه الله ـ",
]


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls = [0]
    original: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


@pytest.mark.parametrize("text", TRICKY)
def test_token_texts_and_starts_are_the_tokenizers(text: str) -> None:
    tokens = tokenize(text)
    texts = token_texts(text)
    assert texts == [t.text for t in tokens]
    assert token_starts(text, texts) == [t.start for t in tokens]


@pytest.mark.parametrize("text", TRICKY)
def test_a_range_is_tokenized_as_before(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            expected = [(t.start, t.end, t.text) for t in tokenize(text, start, end)]
            texts = token_texts(text, start, end)
            assert list(zip(token_starts(text, texts, start),
                            [s + len(t) for s, t in zip(token_starts(text, texts, start), texts,
                                                        strict=True)],
                            texts, strict=True)) == expected


def test_words_make_no_match_object_a_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails before session 23: ``words`` read each word's offsets from a match object."""
    def no_matches(*args: object) -> None:
        raise AssertionError("a match object a word")

    monkeypatch.setattr(words_module, "token_matches", no_matches, raising=False)
    text = "همکاری‌ها با ما ۲٫۵ درصد (speed3 session 23)"
    found = words(text)
    assert [(w.start, w.end, w.text) for w in found] == [
        (t.start, t.end, t.text) for t in tokenize(text)]
    name = "سرلشکر سید محمد باقری speed3"
    assert key_and_parts(name) == ("".join(fold_word(t.text) for t in tokenize(name)), 5)


def _heads_kept() -> None:
    """Where ``_head_openers`` is missing (before session 23): the heads alone."""
    persian_club_lists._heads()


CLUBS = "در لیگ برتر تیم‌های هسا اصفهان، پاس تهران و سایپا تهران ثبت نام کرده اند."


def test_club_lists_compare_heads_only_where_one_opens(monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:
    """Fails before session 23: every word of a sports report was compared with every
    head, word by word."""
    getattr(persian_club_lists, "_head_openers", _heads_kept)()  # kept before counting
    calls = _counting(monkeypatch, persian_club_lists, "_heads")
    tokens = words(CLUBS)
    kept = [words_module.Entity(CLUBS.index(city, at), CLUBS.index(city, at) + len(city),
                                type="LOC", text=city, source="gazetteer")
            for city, at in (("اصفهان", 0), ("تهران", 0), ("تهران", CLUBS.index("سایپا")))]
    found = [e.text for e in club_lists(CLUBS, tokens, kept) if e.type == "ORG"]
    assert found == ["هسا اصفهان", "پاس تهران", "سایپا تهران"]
    assert calls[0] == 1  # at «تیم‌های» alone, not at each of the sentence's words


PAIR = "تیم‌های راه‌آهن و استقلال خوزستان فردا بازی می‌کنند. این دیدار در لیگ برتر فوتبال است."


def test_club_pairs_compare_heads_only_where_one_opens(monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:
    """Fails before session 23: every word of a sports report was compared with every
    pair head, word by word."""
    getattr(persian_club_pairs, "_head_openers", persian_club_pairs._heads)()
    calls = _counting(monkeypatch, persian_club_pairs, "_heads")
    kept = [words_module.Entity(PAIR.index(name), PAIR.index(name) + len(name), type=kind,
                                text=name, source="crf")
            for name, kind in (("راه‌آهن", "ORG"), ("خوزستان", "LOC"))]
    found = sorted(e.text for e in club_pairs(PAIR, words(PAIR), kept) if e.type == "ORG")
    assert found == ["استقلال خوزستان", "راه‌آهن"]
    assert calls[0] == 1  # at «تیم‌های» alone


@pytest.mark.parametrize("module", [persian_club_lists, persian_club_pairs])
def test_a_head_line_without_a_word_is_refused(monkeypatch: pytest.MonkeyPatch,
                                               module: Any) -> None:
    """A line that holds no word would be a head found at every word."""
    module._heads.cache_clear()
    # the heads are read by words.folded_phrases, shared by both modules
    monkeypatch.setattr(words_module, "load_lines", lambda name: ("تیم‌های", "_"))
    try:
        with pytest.raises(ResourceError, match=r"heads_fa\.txt: a line without a word"):
            module._heads()
    finally:
        monkeypatch.undo()
        module._heads.cache_clear()
        module._head_openers.cache_clear()


def test_a_name_has_its_titles_stripped_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails before session 23: the linker matched the titles again for each mention."""
    titles()
    calls = _counting(monkeypatch, link, "titles")
    name = "سرلشکر سید محمد باقری‌نژاد‌سپید"
    assert link.strip_titles(name) == "محمد باقری‌نژاد‌سپید"
    first = calls[0]
    assert first > 0
    assert link.strip_titles(name) == "محمد باقری‌نژاد‌سپید"
    assert calls[0] == first
