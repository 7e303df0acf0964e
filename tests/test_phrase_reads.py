"""``PhraseIndex.start_positions`` keeps what it read of the last token list (the entity
stage reads a document's words with several indexes), and reads long lists by word
number (``word_marks``): it must find what testing each word finds, and not serve what
it kept for a list changed since, nor after the index or the numbering has changed."""

from __future__ import annotations

from khabar.entities import word_marks
from khabar.entities.phrases import PhraseIndex
from khabar.entities.word_marks import MIN_TOKENS
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


def long_text(words_needed: int) -> str:
    filler = "و در این سفر به تهران رفت اسلام آباد دیدار مسکو کرد"
    return " ".join([filler] * (words_needed // len(filler.split()) + 1))


def test_a_long_list_is_read_by_number_as_word_by_word(monkeypatch) -> None:
    places = index()
    places.add("والاسلام", "other")  # a proclitic form: strip_clitics matters
    tokens = words(long_text(MIN_TOKENS * 2))
    assert len(tokens) >= MIN_TOKENS
    for strip in (False, True):
        expected = [i for i, w in enumerate(tokens) if not places.cannot_start(w, strip)]
        assert expected  # the text holds names
        assert places.start_positions(tokens, strip) == expected
        assert places.start_positions(tokens, strip) == expected  # from the marks
    places.add("مسکو", "moscow")
    assert places.start_positions(tokens) == [
        i for i, w in enumerate(tokens) if not places.cannot_start(w)]
    assert any(w.text == "مسکو" for w in (tokens[i] for i in places.start_positions(tokens)))


def test_a_new_numbering_drops_the_old_marks(monkeypatch) -> None:
    monkeypatch.setattr(word_marks, "MAX_WORDS", 10)
    places = index()
    first = words(long_text(MIN_TOKENS))
    other = words("از " + long_text(MIN_TOKENS).replace("تهران", "کابل"))
    for tokens in (first, other, first):
        assert places.start_positions(tokens) == [
            i for i, w in enumerate(tokens) if not places.cannot_start(w)]
