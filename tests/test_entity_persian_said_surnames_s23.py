"""A Persian surname of two words cut before a speech verb (issue 5, session 23, ent_fa5:
khabar.entities.persian_said_surnames)."""

from __future__ import annotations

import pytest

import khabar


def _persons(text: str) -> list[str]:
    doc = khabar.process(text, meta={"lang": "fa"})
    return [e.text for e in doc.entities if e.type == "PER" and e.source not in ("pronoun", "role")]


@pytest.mark.parametrize(("text", "person"), [
    # the second word of the surname is a common word ('adjective', 'unique')
    ("محمد رضا امیری صفت گفت: استفاده از کمربند ایمنی لازم است.", "محمد رضا امیری صفت"),
    ("حسین ابراهیمی یگانه گفت: آلودگی صوتی زیاد است.", "حسین ابراهیمی یگانه"),
    # a title and one word: the rest of the surname before a speech verb of two words
    ("مهندس وحید مفید اعلام کرده است که برخی از شیرها سالم است.", "وحید مفید"),
    # an «انه» word that is no adverb of manner («وزیری هامانه», the minister)
    ("مهندس وزیری هامانه ابراز امیدواری کرد که کار تمام شود.", "وزیری هامانه"),
    # adverbs between, and an interview for a speech verb
    ("محمد رضا امیری صفت صبح امروز گفت: کمربند ایمنی لازم است.", "محمد رضا امیری صفت"),
    ("حسین ابراهیمی یگانه امروز در گفت‌وگو با خبرنگار فارس افزود: هوا آلوده است.",
     "حسین ابراهیمی یگانه"),
    # a given name alone: a common word of any weight before an interview is its surname
    # (persian_cut_names)
    ("محمد‌حسين فرهنگي امروز در گفتگو با خبرنگار فارس در تبريز گفت كه باغ مهم است.",
     "محمد\u200cحسین فرهنگی"),
])
def test_the_word_before_a_speech_verb_ends_the_surname(text: str, person: str) -> None:
    assert person in _persons(text)


@pytest.mark.parametrize(("text", "person"), [
    ("علی کریمی سپس گفت: ما آماده ایم.", "علی کریمی"),  # an adverb (subject_adverbs_fa)
    ("علی کریمی رسماً اعلام کرد که می رود.", "علی کریمی"),  # tanween dropped by folding
    ("آن روز که غلام پیروانی مظلومانه گفت تیمش را قربانی می‌کنند.", "غلام پیروانی"),  # manner
    ("علی کریمی نیز گفت: ما آماده ایم.", "علی کریمی"),  # a stopword
    ("علی کریمی امروز در گفت‌وگو با خبرنگار گفت که آماده است.", "علی کریمی"),  # time
])
def test_an_adverb_before_the_verb_is_no_surname(text: str, person: str) -> None:
    persons = _persons(text)
    assert person in persons, persons
