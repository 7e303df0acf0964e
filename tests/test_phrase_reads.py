"""``PhraseIndex.start_positions`` keeps what it read of the last token list (the entity
stage reads a document's words with several indexes): it must not serve it for a list
changed since, nor after the index has changed."""

from __future__ import annotations

from khabar.entities.phrases import PhraseIndex
from khabar.entities.words import words


def index() -> PhraseIndex[str]:
    built: PhraseIndex[str] = PhraseIndex()
    built.add("اسلام آباد", "islamabad")
    built.add("تهران", "tehran")
    return built


def test_a_token_list_changed_in_place_is_read_again() -> None:
    places = index()
    tokens = words("سفر به تهران و اسلام آباد")
    assert places.start_positions(tokens) == [2, 4]
    tokens[0], tokens[2] = tokens[2], tokens[0]  # same list, same length, other words
    assert places.start_positions(tokens) == [0, 4]
    tokens[1] = words("تهران")[0]
    assert places.start_positions(tokens) == [0, 1, 4]


def test_a_name_added_after_a_read_is_found_in_the_same_list() -> None:
    places = index()
    tokens = words("سفر به مسکو و تهران")
    assert places.start_positions(tokens) == [4]
    places.add("مسکو", "moscow")
    assert places.start_positions(tokens) == [2, 4]
