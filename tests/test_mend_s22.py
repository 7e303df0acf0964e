"""Follow-ups of session 22's review (engineer mend, 2026-12-07).

- The Arabic victims' words (the passive forms of «قتل», the place preposition «في») are
  resource files, not literals (``arabic_victims``).
- The search for an attack's unnamed victims ends with the clause: a noun of people in the
  next clause is that clause's.
- The quoted-name reading of ``persian_credits`` and ``persian_quoted_persons`` is one
  helper (``persian_credits.quoted_name_end``) over public tests of the words.
- ``stories.home.shared_home``: the one home every report compared has.
- A town written with vowel marks after a writer's dash is read as one without
  (``header_lines._unlisted_place_slot``).
"""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.entities.gazetteer import words
from khabar.entities.header_lines import writer_beside
from khabar.entities.persian_credits import quoted_name_end
from khabar.entities.persian_press import borrowed_word
from khabar.entities.persian_untagged_names import is_long_given_name, name_ends
from khabar.events import arabic_victims
from khabar.stories.home import home_capital, home_country, shared_home


def test_the_victims_words_are_resource_lists() -> None:
    assert {"قتل", "قتلت"} <= arabic_victims.killed_forms()
    assert "في" in arabic_victims.place_prepositions()


def test_the_victims_search_ends_with_the_clause() -> None:
    """«أعلن مقتل ثلاثة | جنود»: the clause ends before the noun of people."""
    text = "أعلن مقتل ثلاثة جنود"
    doc = simple_doc(text, "ar")
    tokens = words(text)
    whole = arabic_victims._victims(doc, tokens, (0, len(text)))
    assert whole is not None and whole.text == "جنود"
    assert arabic_victims._victims(doc, tokens, (0, text.index(" جنود"))) is None


def test_one_quoted_name_helper_with_public_word_tests() -> None:
    text = "«جیم جارموش» گفت"
    tokens = words(text)
    assert callable(borrowed_word) and callable(name_ends)
    assert is_long_given_name(tokens[1])
    assert quoted_name_end(text, tokens, 1, set(), is_long_given_name, lambda w: True) == 3
    assert quoted_name_end(text, tokens, 1, {2}, is_long_given_name, lambda w: True) is None
    assert quoted_name_end(text, tokens, 1, set(), lambda w: False, lambda w: True) is None
    assert quoted_name_end(text, tokens, 1, set(), is_long_given_name, lambda w: False) is None


def test_one_shared_home_check() -> None:
    assert shared_home("IRN", "IRN") == "IRN"
    assert shared_home("IRN", None) is None and shared_home() is None
    assert shared_home("IRN", "SAU") is None
    assert home_capital("IRN", "IRN") and home_country("IRN", "IRN")
    assert not home_capital("IRN", "SAU") and not home_country(None)


def test_a_town_with_vowel_marks_after_a_writer() -> None:
    for line in ("عبدالرحمن الشهري – بارِق", "علي السحاري – القُنْفُذَة"):
        writer = writer_beside(line, words(line))
        assert writer is not None and writer.type == "PER", line
        assert writer.text == line.split(" –")[0]
