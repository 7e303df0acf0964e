"""Guards of session 15's entity rules that no test held (hygiene2, session 15 (2026-12-06),
issue 5): each test fails when its guard is removed (checked in a worktree). Sentences
written for these tests; the tagger's and the place index's entities built by hand."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.arabic_clubs import club_names
from khabar.entities.arabic_year_ends import cut_year_ends
from khabar.entities.persian_clubs import introduced, with_cities
from khabar.entities.words import words


def _entity(text: str, name: str, kind: str, source: str = "crf", key: str = "x") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, key=key, source=source)


def test_a_club_noun_past_three_words_introduces_no_club() -> None:
    """persian_clubs.introduced: «تیم» or «باشگاه» within three words before the name, the
    words between kind words («باشگاه فرهنگی ورزشی صنام»); one word further it is no longer
    the name's noun."""
    near = "باشگاه فرهنگی ورزشی صنام"
    far = "باشگاه فرهنگی ورزشی فوتبال صنام"
    for text, found in ((near, True), (far, False)):
        tokens = words(text)
        org = _entity(text, "صنام", "ORG")
        assert introduced(tokens, [t.start for t in tokens], org) is found


def test_only_a_club_named_again_takes_the_city_after_it() -> None:
    """persian_clubs.with_cities: a club's mention the rule added («club_again») takes the
    place after it in; the tagger's own organisation before a place keeps its span (it
    read the place as apart)."""
    text = "بازی استقلال تهران دیروز"
    city = _entity(text, "تهران", "LOC", "gazetteer")
    again = _entity(text, "استقلال", "ORG", "club_again")
    assert [e.text for e in with_cities(text, [again, city])] == ["استقلال تهران"]
    tagged = _entity(text, "استقلال", "ORG")
    assert [e.text for e in with_cities(text, [tagged, city])] == ["استقلال", "تهران"]


def test_an_organisation_already_over_the_club_s_span_is_kept() -> None:
    """arabic_clubs.club_names: where an organisation already covers the club's words it
    stays, with its own key and source; no new club replaces it."""
    text = "وخسر ريال مدريد أمام فريق محلي."
    known = _entity(text, "ريال مدريد", "ORG", key="wikidata:Q8682")
    [club] = club_names(text, words(text), [known])
    assert (club.key, club.source) == ("wikidata:Q8682", "crf")


def test_a_club_word_after_a_city_with_a_proclitic_is_another_word() -> None:
    """arabic_clubs: a last word of a club's name after a city only without a proclitic;
    «ليفربول وسيتي» is Liverpool and City, no club «Liverpool City»."""
    text = "وفاز ليفربول وسيتي أمس."
    liverpool = _entity(text, "ليفربول", "LOC", "gazetteer")
    assert [(e.type, e.text) for e in club_names(text, words(text), [liverpool])] == [
        ("LOC", "ليفربول")]


def test_a_name_starting_between_words_that_is_only_the_year_noun_is_dropped() -> None:
    """arabic_year_ends.cut_year_ends: a name that starts in the space before the year noun
    holds no word before it; it is dropped, not cut to an empty name."""
    text = "وتزعم الحركة عام 1996 حتى سقوطها."
    start = text.index(" عام")
    name = Entity(start, start + len(" عام"), type="PER", text=" عام", key="x", source="crf")
    assert cut_year_ends(text, words(text), [name]) == []
