"""An Arabic person's "surname" that is a common word («أنا», «البيت», «القطاع», «حريق»)
is not found alone as that person unless a title, post, speech verb or the given name comes
before it, or it is a nisba after no definite word (khabar.entities.arabic_common_surnames;
issue 5, session 27 (2026-12-07), engineer ent_ar11). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import SURNAME_SOURCE, Entity
from khabar.entities.arabic_common_surnames import drop_common_word_surnames
from khabar.entities.gazetteer import words


def _surname_at(text: str, word: str, nth: int = 1) -> Entity:
    start = -1
    for _ in range(nth):
        start = text.index(word, start + 1)
    return Entity(start, start + len(word), type="PER", text=word, key=f"per:{word}",
                  source=SURNAME_SOURCE)


def _kept(text: str, word: str, nth: int = 1) -> bool:
    mention = _surname_at(text, word, nth)
    return mention in drop_common_word_surnames(words(text), [mention])


@pytest.mark.parametrize(("text", "word", "nth"), [
    ("وقال المهندس عمار البيت إن المعتمرين صلوا بجوار البيت العتيق.", "البيت", 2),
    ("وأضاف علي أنا أن الطفلة كتبت: أنا أحبك يا أبي.", "أنا", 2),
    ("وقال المحلل سلمان القطاع إن القطاع النفطي يعاني منذ عام.", "القطاع", 2),
    ("سيطرت فرق الدفاع المدني على حريق بإحدى الغرف.", "حريق", 1),
    ("وتولى الملك مقاليد الحكم بعد وفاة والده.", "الحكم", 1),
    # a nisba after a definite word is its adjective: «الدوري العربي»
    ("وانتقل إلى الدوري العربي الموسم الماضي.", "العربي", 1),
])
def test_a_common_word_is_no_surname_mention(text: str, word: str, nth: int) -> None:
    assert not _kept(text, word, nth)


@pytest.mark.parametrize(("text", "word", "why"), [
    ("وأضاف العيد أن اللاعبين جاهزون.", "العيد", "after a speech verb"),
    ("وأكد الدكتور العيد أن اللاعبين جاهزون.", "العيد", "after a title"),
    ("ودعا الأمين عمر قاضي إلى الرجوع إلى الأنظمة.", "قاضي", "after the given name"),
    ("ووجد العربي صعوبة في الموسم الماضي.", "العربي", "a nisba after a verb"),
    ("وأضاف أن الراجحي وافق على العرض.", "الراجحي", "no common word"),
])
def test_a_surname_mention_named_as_a_person_stays(text: str, word: str, why: str) -> None:
    assert _kept(text, word), why


def test_other_persons_are_left_alone() -> None:
    text = "وقال علي حريق إن الحريق انطفأ."
    tagger = Entity(4, 12, type="PER", text="علي حريق", key="per:حريق", source="crf")
    alone = Entity(4, 7, type="PER", text="علي", key="per:علي", source="crf")
    assert drop_common_word_surnames(words(text), [tagger]) == [tagger]
    assert drop_common_word_surnames(words(text), [alone]) == [alone]
