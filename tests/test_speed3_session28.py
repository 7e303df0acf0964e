"""Issue 8 (session 28, speed3): the settled phrase indexes share one table of where names
may start (``shared_starts``). Read from it, ``start_positions`` must find what testing
each word finds (``cannot_start``), in both modes, for every member, on documents (by
word number) and shorter lists (by text), and go on doing so when a member changes (it
leaves) or a new one joins (every mask is worked out again)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.entities import phrases
from khabar.entities.phrases import PhraseIndex
from khabar.entities.shared_starts import JOIN_AFTER, SharedStarts
from khabar.entities.word_marks import MIN_TOKENS
from khabar.entities.words import words

FILLER = ("و در این سفر به تهران رفت اسلام آباد دیدار مسکو کرد والاسلام ولندن "
          "قال وزير الخارجية في بيروت إن الأمم المتحدة")


@pytest.fixture(autouse=True)
def fresh_table(monkeypatch: pytest.MonkeyPatch) -> SharedStarts:
    table = SharedStarts(phrases._heads, phrases._PREFIX)
    monkeypatch.setattr(phrases, "_SHARED", table)
    return table


def index(*names: str) -> PhraseIndex[str]:
    built: PhraseIndex[str] = PhraseIndex()
    for name in names:
        built.add(name, name)
    return built


def document(shift: int) -> list:
    """A long token list (read by word number); ``shift`` makes each one another."""
    filler = FILLER.split()
    text = " ".join(filler[(i + shift) % len(filler)] for i in range(MIN_TOKENS + 20))
    return words(text)


def by_word(places: PhraseIndex[str], tokens: list, strip: bool) -> list[int]:
    return [i for i, word in enumerate(tokens) if not places.cannot_start(word, strip)]


def settle(*indexes: PhraseIndex[str]) -> None:
    for shift in range(JOIN_AFTER + 1):
        for places in indexes:
            places.start_positions(document(shift))


def test_indexes_join_after_reading_documents_unchanged(fresh_table: SharedStarts) -> None:
    places, cities = index("اسلام آباد", "تهران"), index("مسکو", "بيروت", "لندن")
    settle(places, cities)
    tokens = document(5)
    for places_ in (places, cities):
        assert fresh_table.by_number(places_, *phrases._read(tokens).numbered(), tokens,
                                     False) is not None
        for strip in (False, True):
            assert places_.start_positions(tokens, strip) == by_word(places_, tokens, strip)
    assert places.start_positions(tokens) != cities.start_positions(tokens)


def test_a_member_changed_leaves_and_reads_its_new_names(fresh_table: SharedStarts) -> None:
    places, cities = index("اسلام آباد", "تهران"), index("مسکو")
    settle(places, cities)
    tokens = document(7)
    before = cities.start_positions(tokens)
    places.add("الأمم المتحدة", "un")
    assert fresh_table.by_number(places, *phrases._read(tokens).numbered(), tokens,
                                 False) is None
    for strip in (False, True):
        assert places.start_positions(tokens, strip) == by_word(places, tokens, strip)
    assert cities.start_positions(tokens) == before  # the others' keys merged again


def test_an_index_changed_between_reads_never_joins(fresh_table: SharedStarts) -> None:
    places = index("تهران")
    places.start_positions(document(0))
    places.add("مسکو", "moscow")
    settle(places)
    tokens = document(3)
    assert fresh_table.by_number(places, *phrases._read(tokens).numbered(), tokens,
                                 False) is None
    assert places.start_positions(tokens) == by_word(places, tokens, False)


def test_short_lists_are_read_from_the_texts_masks(fresh_table: SharedStarts) -> None:
    places, cities = index("اسلام آباد", "تهران"), index("مسکو", "بيروت")
    settle(places, cities)
    tokens = words("قال وزير الخارجية في بيروت إن مسکو و تهران اسلام آباد")
    assert len(tokens) < MIN_TOKENS
    assert fresh_table.by_text(places, phrases._read(tokens), False) is not None
    for places_ in (places, cities):
        for strip in (False, True):
            assert places_.start_positions(tokens, strip) == by_word(places_, tokens, strip)


def test_an_index_built_for_one_document_never_joins(fresh_table: SharedStarts) -> None:
    tokens = document(0)
    phrases._read(tokens).numbered()
    once = index("مسکو")
    for _ in range(JOIN_AFTER + 2):
        assert once.start_positions(tokens) == by_word(once, tokens, False)
    assert fresh_table.by_number(once, *phrases._read(tokens).numbered(), tokens,
                                 False) is None


NAMES = st.lists(st.sampled_from(
    ["تهران", "اسلام آباد", "مسکو", "بيروت", "الأمم المتحدة", "وزير الخارجية", "لندن",
     "در این", "سفر", "قال"]), min_size=1, max_size=4)


@settings(max_examples=30, deadline=None)
@given(st.lists(NAMES, min_size=1, max_size=4), st.integers(0, 30))
def test_shared_positions_are_those_word_by_word(names: list[list[str]], shift: int) -> None:
    table = SharedStarts(phrases._heads, phrases._PREFIX)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(phrases, "_SHARED", table)
        indexes = [index(*chosen) for chosen in names]
        settle(*indexes)
        tokens = document(shift)
        for places in indexes:
            for strip in (False, True):
                assert places.start_positions(tokens, strip) == by_word(places, tokens, strip)
