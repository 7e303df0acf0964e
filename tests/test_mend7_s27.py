"""Session 27 (2026-12-07), mend7: one piece of code where two places held the same logic.
Output-identical (600-article contract dumps byte-identical, bench/mend7_session27_results.json).

- ``text.sentences.sentence_index`` is the search for the sentence holding a position that
  ``antecedents``, ``arabic_posts``, ``stated_acts_fa`` and ``performatives`` wrote inline;
- ``arabic_claims.claims`` takes each sentence's words from the event stage's
  ``SentenceWords.starting_in`` (a bisection), not a filter over the whole text's words;
- ``persian_quoted_speech.speech_spans`` gives a Persian text's quoted words and lead-ins
  from one scan for speech colons: ``quoted_speech`` and ``lead_ins`` each scanned every
  Persian article, so the entity stage scanned it twice;
- ``entities.words.listed_lengths`` keys a list of names with their numbers of words, as five
  rules wrote out (``persian_listed_clubs``, ``persian_media_kinds``, ``persian_units`` twice,
  ``persian_tidy``);
- ``entities.words.folded_words`` reads a long gzipped word list, as the three common-word
  loaders wrote out (``arabic_kind_names`` twice, ``persian_word_persons``);
- ``persian_clubs.common_noun_cues`` (the words after which a club's name is a common noun or
  a place's) serves ``persian_listed_clubs``, which had its own copy of the same three lists.
"""

from __future__ import annotations

import pytest

from khabar.doc import Doc, Entity
from khabar.entities import (
    arabic_kind_names,
    ner,
    persian_clubs,
    persian_listed_clubs,
    persian_media_kinds,
    persian_quoted_speech,
    persian_tidy,
    persian_units,
    persian_word_persons,
)
from khabar.entities import words as entity_words
from khabar.entities.words import Word, words
from khabar.events import antecedents, arabic_claims, arabic_posts, performatives, stated_acts_fa
from khabar.events.stage import SentenceWords
from khabar.normalize.fold import fold_word
from khabar.resources import load_lines
from khabar.text import sentences as text_sentences
from khabar.text.sentences import sentence_index, split_sentences


@pytest.mark.parametrize("position", [0, 5, 19, 20, 21, 59, 60, 61, 200])
def test_sentence_index_holds_the_position(position: int) -> None:
    spans = [(0, 19), (20, 59), (61, 90)]
    before = [i for i, (start, _) in enumerate(spans) if start <= position]
    assert sentence_index(spans, position) == (before[-1] if before else -1)
    assert sentence_index([(10, 19)], 3) == -1  # before the first sentence
    assert sentence_index([], 3) == -1


def test_the_event_modules_find_a_sentence_with_the_one_search() -> None:
    for module in (antecedents, arabic_posts, stated_acts_fa, performatives):
        assert module.sentence_index is text_sentences.sentence_index


_CLAIM = "وقع انفجار في السوق. وأعلنت حركة طالبان مسؤوليتها عن الهجوم.\nوقال مسؤول إن 3 قتلوا."


def test_sentence_words_start_inside_the_span() -> None:
    sentence_words = SentenceWords(_CLAIM)
    for start, end in [(0, 19), (19, 60), (5, 7), (0, len(_CLAIM)), (60, 60)]:
        assert sentence_words.starting_in(start, end) == [
            w for w in sentence_words.words if start <= w.start < end]


def test_claims_read_each_sentence_s_words_from_the_stage() -> None:
    asked: list[tuple[int, int]] = []
    sentence_words = SentenceWords(_CLAIM)

    def words_in(start: int, end: int) -> list[Word]:
        asked.append((start, end))
        return sentence_words.starting_in(start, end)

    start = _CLAIM.index("حركة طالبان")
    taliban = Entity(start, start + len("حركة طالبان"), type="ORG", text="حركة طالبان")
    doc = Doc(raw=_CLAIM, id="mend7", text=_CLAIM, lang="ar", sentences=split_sentences(_CLAIM),
              entities=[taliban])
    found = arabic_claims.claims(doc, words_in)
    assert [(c.at, c.claimant) for c in found] == [(_CLAIM.index("وأعلنت"), taliban)]
    assert asked == doc.sentences


_SPEECH = ("به گزارش خبرگزاری فارس از قم، علی رضایی در مراسم گرامیداشت اظهار داشت: "
           "کار ادامه دارد. ما آماده‌ایم.\n"
           "وی افزود: «این موضوع بررسی می‌شود.» جلسه پایان یافت.وی تصریح کرد: پایان.\n")


def test_one_scan_gives_the_quoted_words_and_the_lead_ins(
        monkeypatch: pytest.MonkeyPatch) -> None:
    tokens, sentences = words(_SPEECH), split_sentences(_SPEECH)
    quoted = persian_quoted_speech.quoted_speech(_SPEECH, tokens, sentences)
    opened = persian_quoted_speech.lead_ins(tokens, sentences)
    assert len(quoted) == len(opened) == 3
    scans = []
    scan = persian_quoted_speech._speech_colons
    monkeypatch.setattr(persian_quoted_speech, "_speech_colons",
                        lambda t: scans.append(1) or scan(t))
    assert persian_quoted_speech.speech_spans(_SPEECH, tokens, sentences) == (quoted, opened)
    assert len(scans) == 1


def test_the_entity_stage_reads_speech_with_the_one_scan() -> None:
    assert ner.speech_spans is persian_quoted_speech.speech_spans



def test_listed_names_are_keyed_with_their_lengths_by_the_one_helper() -> None:
    for module in (persian_listed_clubs, persian_media_kinds, persian_units, persian_tidy):
        assert module.listed_lengths is entity_words.listed_lengths
    lengths = entity_words.listed_lengths("entities/media_kinds_fa.txt")
    lines = load_lines("entities/media_kinds_fa.txt")
    assert lengths == {entity_words.phrase_key(line): len(line.split()) for line in lines}
    assert any(n > 1 for n in lengths.values())
    assert persian_media_kinds._kinds() == lengths


def test_long_word_lists_are_read_by_the_one_helper() -> None:
    for module in (arabic_kind_names, persian_word_persons):
        assert module.folded_words is entity_words.folded_words
    common = entity_words.folded_words("entities/common_words_fa.txt.gz")
    assert persian_word_persons.common_words() == common
    assert fold_word("آب") in common
    assert not any(w.startswith("#") for w in common)  # the header row is no word


def test_club_rules_read_one_list_of_common_noun_cues() -> None:
    assert persian_listed_clubs.common_noun_cues is persian_clubs.common_noun_cues
    cues = persian_clubs.common_noun_cues()
    assert {entity_words.phrase_key("این"), entity_words.phrase_key("یک")} <= cues
