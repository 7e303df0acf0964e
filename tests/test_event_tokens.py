"""The event stage cuts each sentence's words from one pass over the text: the same words
as tokenizing the sentence alone, for any text and any span (less bare vowel marks)."""

from __future__ import annotations

from doc_builders import simple_doc
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.entities.gazetteer import words
from khabar.events.arabic_forms import imperfect
from khabar.events.lexicon import clause_words, find_triggers
from khabar.events.stage import SentenceWords, find_events

ALPHABET = "ابپتسکگیهو ۲٫5.,:«»،\u200c\u0640\u064e-\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_sentence_words_equal_tokenizing_the_span(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert SentenceWords(text)(start, end) == clause_words(text, start, end)


def test_clause_words_drop_a_final_tanween_the_tokenizer_splits_off() -> None:
    text = "تلقى الأمير اتصالاً هاتفياً من الملك"
    assert "" in [w.folded for w in words(text)]  # the shared tokenizer's split
    assert [w.text for w in clause_words(text)] == [
        "تلقى", "الأمير", "اتصالا", "هاتفيا", "من", "الملك"]


def test_a_two_word_trigger_matches_across_tanween() -> None:
    text = "تلقى الأمير اتصالاً هاتفياً من الملك"
    hits = find_triggers(text, clause_words(text), "ar")
    assert any(h.trigger.roles == "from" and h.trigger.type == "CONSULT" for h in hits)


def test_a_persian_word_written_in_spaced_pieces_matches_its_trigger() -> None:
    for text in ("رئیس جمهور با همتای خود تلفنی گفت و گو کرد.",
                 "رئیس جمهور با همتای خود تلفنی گفت‌وگو کرد."):
        hits = find_triggers(text, clause_words(text), "fa")
        assert [(h.trigger.type, h.trigger.mode) for h in hits] == [("CONSULT", "phone")]


def test_pieces_that_spell_no_trigger_word_match_nothing() -> None:
    text = "او گفت و رفت."
    assert find_triggers(text, clause_words(text), "fa") == []


def test_arabic_past_triggers_have_regular_imperfect_twins() -> None:
    assert imperfect("اعتقل") == "عتقل"  # form VIII: يعتقل
    assert imperfect("قصف") == "قصف"  # form I: يقصف
    assert imperfect("هاجم") == "هاجم"  # form III: يهاجم
    for irregular in ("ادان", "زار", "وصل", "اعتقال", "اعتقلت", "يندد", "الاتفاق"):
        assert imperfect(irregular) is None, irregular
    text = "السلطات السورية تعتقل أحد أقارب الرئيس"
    hits = find_triggers(text, clause_words(text), "ar")
    assert [(h.trigger.type, h.tense) for h in hits] == [("COERCE", "imperfect")]


def test_an_arabic_imperfect_tells_the_days_news_not_a_plan() -> None:
    doc = simple_doc("الولايات المتحدة تسلم معتقلا إلى السلطات العراقية.", "ar",
                     published="2025-01-20T09:00:00+03:00", with_entities=True)
    handover = find_events(doc)[0]
    assert (handover.type, handover.future) == ("COOPERATE", False)
