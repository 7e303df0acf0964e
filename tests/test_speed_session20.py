"""Per-word work done once (issue 8, session 20 (2026-12-06), engineer speed): the same
answers as before, with the repeated lookups gone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.entities import arabic_club_words, arabic_family_names, arabic_kind_names
from khabar.entities.org_words import (
    _head_kinds,
    article_start,
    complemented_heads,
    definite_heads,
    head_at,
    heads,
    titled_heads,
    trade_heads,
)
from khabar.entities.phrases import _variants_of, clitic_variants
from khabar.entities.words import Word, words
from khabar.stories.fingerprint import _hash64, encoded_shingles, minhash, shingles

TEXT = ("وقال محمد العتيبي رئيس نادي الهلال ووزارة الصحة إن والشمري وفهد "
        "التقيا مع سعود الفيصل في فريق النصر، وقالت قوات التحالف في بيان للتحالف إن وزارة التجارة "
        "والصناعة و«الهيئة العامة للرياضة» تعمل مع شركة أرامكو السعودية وللمستشفى.")


def test_clitic_variants_kept_on_the_word() -> None:
    for word in words(TEXT):
        found = clitic_variants(word)
        assert found == _variants_of(word.text, word.folded)
        assert word.variants is found and clitic_variants(word) is found
    # the memo is no part of the word's value
    plain = Word(0, 6, "والشمري", words("والشمري")[0].folded)
    asked = Word(0, 6, "والشمري", plain.folded)
    clitic_variants(asked)
    assert asked == plain and hash(asked) == hash(plain) and repr(asked) == repr(plain)


def _head_at_by_lists(word: Word) -> tuple[int, bool] | None:
    """``head_at`` as it read the five lists one by one before session 20."""
    for skip, rest in clitic_variants(word):
        if rest in heads() or rest in titled_heads():
            return skip, False
        if rest in definite_heads() or rest in complemented_heads() or rest in trade_heads():
            return article_start(word, skip, rest), True
    return None


def test_head_at_reads_one_table_as_the_five_lists() -> None:
    listed = heads() | titled_heads() | definite_heads() | complemented_heads() | trade_heads()
    assert set(_head_kinds()) == listed
    probes = [w for w in words(TEXT)]
    for head in sorted(listed)[:400]:
        for clitic in ("", "و", "ل", "ب", "وال"):
            probes.extend(words(clitic + head))
    assert any(head_at(w) is not None for w in probes)
    for word in probes:
        assert head_at(word) == _head_at_by_lists(word), word.text


def test_encoded_shingles_are_the_shingles_bytes() -> None:
    for text in (TEXT, "کلمه", "دو کلمه", ""):
        assert encoded_shingles(text) == {s.encode("utf-8") for s in shingles(text)}
    bins = [-1] * 64
    for gram in shingles(TEXT):
        hashed = _hash64(gram)
        slot, value = hashed >> 58, hashed & ((1 << 58) - 1)
        if bins[slot] == -1 or value < bins[slot]:
            bins[slot] = value
    signature = minhash(TEXT)
    assert all(signature[k] == bins[k] for k in range(64) if bins[k] != -1)


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    calls = [0]
    function = getattr(module, name)

    def counted(*args: object) -> object:
        calls[0] += 1
        return function(*args)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_given_name_tested_before_the_title(monkeypatch: pytest.MonkeyPatch) -> None:
    tokens = words(TEXT)
    before = [arabic_family_names._given_first(TEXT, tokens, i) for i in range(len(tokens))]
    assert 0 in before and 1 in before  # «سعود»; «وفهد»
    calls = _counting(monkeypatch, arabic_family_names, "titles")
    again = [arabic_family_names._given_first(TEXT, tokens, i) for i in range(len(tokens))]
    assert again == before
    # only the given names («سعود», «وفهد») look at the word before them
    assert calls[0] == sum(1 for i, found in enumerate(before) if found is not None and i)


def test_word_lists_read_once_per_word(monkeypatch: pytest.MonkeyPatch) -> None:
    tokens = words(TEXT)
    clubs = [arabic_club_words._club_skip(w) for w in tokens]
    kinds = [arabic_kind_names._head(w) for w in tokens]
    club_calls = _counting(monkeypatch, arabic_club_words, "_words")
    kind_calls = _counting(monkeypatch, arabic_kind_names, "keys_by_kind")
    assert [arabic_club_words._club_skip(w) for w in tokens] == clubs
    assert [arabic_kind_names._head(w) for w in tokens] == kinds
    assert club_calls[0] == len(tokens) and kind_calls[0] == len(tokens)
