"""The fold of a long text and the fingerprint's shingles, made faster without changing a
value (issue 8, session 29 (2026-12-07), engineer speed4): from ``fold.REPLACE_FROM``
characters on, ``fold`` replaces each character present that the fold changes instead of
looking every character up through ``str.translate``; ``encoded_shingles`` joins each
shingle's words by map over zipped slices, and ``minhash`` hashes the shingles as they
come rather than through a set."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.normalize import fold as f
from khabar.stories import fingerprint as fp


def _translated(text: str) -> str:
    """The fold as ``str.translate`` gives it, the one pass the replacements stand for."""
    return text.translate(f._translation()).lower()


def test_the_table_allows_replacing_character_by_character() -> None:
    changed = f._changed()
    assert changed is not None  # no result holds a character the fold changes
    assert len(changed) > 100 and "\u06a9" in changed  # Persian keheh, among others


def test_every_changed_character_in_a_long_text_folds_as_translate_folds_it() -> None:
    changed = f._changed()
    assert changed is not None
    text = " ".join(f"{source}x{source}" for source in sorted(changed)) + " ABC İ"
    assert len(text) >= f.REPLACE_FROM
    assert f.fold(text) == _translated(text)


def test_a_short_text_is_translated() -> None:
    text = "كتاب"  # a word: the translate path
    assert len(text) < f.REPLACE_FROM and f.fold(text) == _translated(text)


_CHARACTERS = st.sampled_from(sorted(set(f.fold_table()) | set("".join(f.fold_table().values()))
                                     | set("abcXYZ 0123\u200c\n.-")))


@settings(max_examples=200, deadline=None)
@given(st.lists(_CHARACTERS, min_size=f.REPLACE_FROM, max_size=3 * f.REPLACE_FROM))
def test_long_texts_fold_as_translate_folds_them(characters: list[str]) -> None:
    text = "".join(characters)
    assert f.fold(text) == _translated(text)


def test_a_changed_table_whose_result_holds_a_changed_character_is_translated() -> None:
    f._changed.cache_clear()
    f._changed_keys.cache_clear()
    table = f.fold_table()
    original = dict(table)
    try:
        table["\u06a9"] = "\u06cc\u0643"  # keheh -> Persian yeh, kaf: that yeh is changed
        assert f._changed() is None
        text = "\u06a9" * f.REPLACE_FROM
        assert f.fold(text) == _translated(text)
    finally:
        table.clear()
        table.update(original)
        f._changed.cache_clear()
        f._changed_keys.cache_clear()
    assert f._changed() is not None


def _shingles_one_by_one(text: str, size: int) -> set[bytes]:
    """The shingles as written before: each joined from a slice of the words."""
    tokens = [token.encode("utf-8") for token in fp._WORD.findall(f.fold(text))]
    if len(tokens) < size:
        return {b" ".join(tokens)} if tokens else set()
    return {b" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["کتاب", "الكتاب", "و", "news", "۱۲", "a"]), max_size=12),
       st.integers(min_value=1, max_value=4))
def test_shingles_as_joined_one_by_one(words: list[str], size: int) -> None:
    text = " ".join(words)
    assert fp.encoded_shingles(text, size) == _shingles_one_by_one(text, size)


def _minhash_of_the_set(text: str) -> list[int]:
    """The signature as written before: each distinct shingle hashed once."""
    grams = _shingles_one_by_one(text, fp.SHINGLE)
    if not grams:
        return []
    bins = [fp._EMPTY] * fp.NUM_HASHES
    for gram in grams:
        hashed = fp._hash64(gram.decode("utf-8"))
        slot, value = hashed >> fp._VALUE_BITS, hashed & fp._VALUE_MASK
        if bins[slot] == fp._EMPTY or value < bins[slot]:
            bins[slot] = value
    return fp._densify(bins)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["کتاب", "الكتاب", "و", "news", "۱۲", "a", "ـ"]), max_size=40))
def test_repeated_shingles_leave_the_signature_as_the_set_gives_it(words: list[str]) -> None:
    text = " ".join(words * 2)  # every shingle of the first half met again
    assert fp.minhash(text) == _minhash_of_the_set(text)


def test_grams_keep_repeats_and_shingles_drop_them() -> None:
    text = "a b c a b c"
    assert fp._encoded_grams(text) == [b"a b c", b"b c a", b"c a b", b"a b c"]
    assert fp.encoded_shingles(text) == {b"a b c", b"b c a", b"c a b"}
